"""SQL for websites, groups and store views."""

from __future__ import annotations

from sqlalchemy import func, select, update
from sqlalchemy.orm import InstrumentedAttribute, Session

from merx.db.models import Store, StoreGroup, StoreWebsite


def next_id(session: Session, column: InstrumentedAttribute[int]) -> int:
    current = session.execute(select(func.max(column))).scalar()
    return int(current or 0) + 1


def website_by_code(session: Session, code: str) -> StoreWebsite | None:
    return session.execute(select(StoreWebsite).where(StoreWebsite.code == code)).scalar_one_or_none()


def group_by_code(session: Session, code: str) -> StoreGroup | None:
    return session.execute(select(StoreGroup).where(StoreGroup.code == code)).scalar_one_or_none()


def store_by_code(session: Session, code: str) -> Store | None:
    return session.execute(select(Store).where(Store.code == code)).scalar_one_or_none()


def add_website(session: Session, website_id: int, code: str, name: str, is_default: bool = False) -> StoreWebsite:
    website = StoreWebsite(website_id=website_id, code=code, name=name, sort_order=0, default_group_id=0,
                           is_default=int(is_default))
    session.add(website)
    session.flush()
    return website


def add_group(session: Session, group_id: int, website_id: int, code: str, name: str,
              root_category_id: int) -> StoreGroup:
    group = StoreGroup(group_id=group_id, website_id=website_id, code=code, name=name,
                       root_category_id=root_category_id, default_store_id=0)
    session.add(group)
    session.flush()
    return group


def add_store(session: Session, store_id: int, group: StoreGroup, code: str, name: str, sort_order: int,
              active: bool) -> Store:
    store = Store(store_id=store_id, code=code, website_id=group.website_id, group_id=group.group_id, name=name,
                  sort_order=sort_order, is_active=int(active))
    session.add(store)
    session.flush()
    return store


def set_website_default_group(session: Session, website_id: int, group_id: int) -> None:
    session.execute(update(StoreWebsite).where(StoreWebsite.website_id == website_id)
                    .values(default_group_id=group_id))


def set_group_default_store(session: Session, group_id: int, store_id: int) -> None:
    session.execute(update(StoreGroup).where(StoreGroup.group_id == group_id).values(default_store_id=store_id))


def all_rows(session: Session) -> tuple[list[StoreWebsite], list[StoreGroup], list[Store]]:
    websites = list(session.execute(select(StoreWebsite).order_by(StoreWebsite.website_id)).scalars())
    groups = list(session.execute(select(StoreGroup).order_by(StoreGroup.group_id)).scalars())
    stores = list(session.execute(select(Store).order_by(Store.store_id)).scalars())
    return websites, groups, stores
