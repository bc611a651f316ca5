"""Creating websites, store groups and store views (the `merx store:*` commands)."""

from __future__ import annotations

import re

from sqlalchemy.orm import Session

from merx.db import generations
from merx.db.models import Store, StoreGroup, StoreWebsite
from merx.store import errors, repository
from merx.webapi.errors import InputError

_CODE = re.compile(r"^[a-z][a-z0-9_]*$")
RESERVED_CODES = {"all", "admin", "V1", "rest", "schema", "static", "media", "customer", "swagger"}


def _check_code(kind: str, code: str) -> None:
    if not _CODE.match(code) or len(code) > 32:
        raise errors.invalid_code(kind, code)
    if code in RESERVED_CODES:
        raise InputError('The "%1" code is reserved. Choose another code.', [code])


def create_website(session: Session, code: str, name: str) -> StoreWebsite:
    _check_code("website", code)
    if repository.website_by_code(session, code) is not None:
        raise errors.website_code_taken()
    website = repository.add_website(session, repository.next_id(session, StoreWebsite.website_id), code, name)
    generations.bump(session, generations.STORES)
    return website


def create_group(session: Session, website_code: str, code: str, name: str, root_category_id: int = 2) -> StoreGroup:
    _check_code("group", code)
    website = repository.website_by_code(session, website_code)
    if website is None:
        raise errors.no_such_website(website_code)
    if repository.group_by_code(session, code) is not None:
        raise errors.group_code_taken()
    group = repository.add_group(session, repository.next_id(session, StoreGroup.group_id), website.website_id,
                                 code, name, root_category_id)
    if not website.default_group_id:
        repository.set_website_default_group(session, website.website_id, group.group_id)
    generations.bump(session, generations.STORES)
    return group


def create_store_view(session: Session, group_code: str, code: str, name: str, sort_order: int = 0,
                      active: bool = True) -> Store:
    _check_code("store", code)
    group = repository.group_by_code(session, group_code)
    if group is None:
        raise errors.no_such_group(group_code)
    if repository.store_by_code(session, code) is not None:
        raise errors.store_code_taken()
    store = repository.add_store(session, repository.next_id(session, Store.store_id), group, code, name,
                                 sort_order, active)
    if not group.default_store_id:
        repository.set_group_default_store(session, group.group_id, store.store_id)
    generations.bump(session, generations.STORES)
    return store


def install_defaults(session: Session) -> bool:
    """Magento's default install: websites 0 admin / 1 base, group 1, store views 0 admin / 1 default."""
    if repository.website_by_code(session, "admin") is not None:
        return False
    repository.add_website(session, 0, "admin", "Admin")
    repository.add_website(session, 1, "base", "Main Website", is_default=True)
    admin_group = repository.add_group(session, 0, 0, "default", "Default", 0)
    main_group = repository.add_group(session, 1, 1, "main_website_store", "Main Website Store", 2)
    repository.add_store(session, 0, admin_group, "admin", "Admin", 0, True)
    repository.add_store(session, 1, main_group, "default", "Default Store View", 0, True)
    repository.set_website_default_group(session, 1, 1)
    repository.set_group_default_store(session, 1, 1)
    for name in generations.ALL:
        generations.bump(session, name)
    return True
