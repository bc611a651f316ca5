"""`config:set` / `config:show` with Magento's scopes."""

from __future__ import annotations

from sqlalchemy.orm import Session

from merx.appconfig import repository
from merx.appconfig.registry import SCOPE_DEFAULT, SCOPE_STORES, SCOPE_WEBSITES, SCOPES
from merx.db import generations
from merx.store import repository as store_repository
from merx.webapi.errors import InputError


def resolve_scope(session: Session, scope: str, scope_code: str | None) -> int:
    if scope not in SCOPES:
        raise InputError('The "%1" scope is invalid. Use one of: default, websites, stores.', [scope])
    if scope == SCOPE_DEFAULT:
        return 0
    if not scope_code:
        raise InputError("Enter a scope code before saving this configuration.")
    if scope == SCOPE_WEBSITES:
        website = store_repository.website_by_code(session, scope_code)
        if website is None:
            raise InputError('The "%1" value doesn\'t exist. Enter another value.', [scope_code])
        return website.website_id
    assert scope == SCOPE_STORES
    store = store_repository.store_by_code(session, scope_code)
    if store is None:
        raise InputError('The "%1" value doesn\'t exist. Enter another value.', [scope_code])
    return store.store_id


def set_value(session: Session, path: str, value: str | None, scope: str = SCOPE_DEFAULT,
              scope_code: str | None = None) -> None:
    if not path or path.count("/") != 2:
        raise InputError('The "%1" path doesn\'t exist. Verify and try again.', [path])
    scope_id = resolve_scope(session, scope, scope_code)
    repository.save(session, scope, scope_id, path, value)
    generations.bump(session, generations.CONFIG)
