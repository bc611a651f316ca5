"""SQL for stocks, their sales channels and their links to sources."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import Any, cast

from sqlalchemy import Table, delete, insert, select, tuple_, update
from sqlalchemy.orm import Session

from merx.db.models.inventory import InventorySourceStockLink, InventoryStock, InventoryStockSalesChannel
from merx.webapi.search_criteria import SearchCriteria, SearchField, apply_page, build_query

S = cast(Table, InventoryStock.__table__)
C = cast(Table, InventoryStockSalesChannel.__table__)
K = cast(Table, InventorySourceStockLink.__table__)

Row = Mapping[Any, Any]

STOCK_FIELDS: dict[str, SearchField] = {
    "stock_id": SearchField(S.c.stock_id, "int"),
    "name": SearchField(S.c.name, "str"),
}
LINK_FIELDS: dict[str, SearchField] = {
    "link_id": SearchField(K.c.link_id, "int"),
    "stock_id": SearchField(K.c.stock_id, "int"),
    "source_code": SearchField(K.c.source_code, "str"),
    "priority": SearchField(K.c.priority, "int"),
}


def get(session: Session, stock_id: int) -> Row | None:
    return session.execute(select(S).where(S.c.stock_id == stock_id)).mappings().first()


def search(session: Session, criteria: SearchCriteria) -> tuple[list[Row], int]:
    count_select, listing = build_query(select(S), criteria, STOCK_FIELDS, tie_breaker=S.c.stock_id)
    total = session.execute(count_select).scalar_one()
    rows: list[Row] = list(session.execute(apply_page(listing, total, criteria)).mappings()) if total else []
    return rows, total


def insert_stock(session: Session, name: str, stock_id: int | None = None) -> int:
    values: dict[str, Any] = {"name": name}
    if stock_id is not None:
        values["stock_id"] = stock_id
    result = session.execute(insert(S).values(**values).returning(S.c.stock_id))
    return int(result.scalar_one())


def rename_stock(session: Session, stock_id: int, name: str) -> None:
    session.execute(update(S).where(S.c.stock_id == stock_id).values(name=name))


def delete_stock(session: Session, stock_id: int) -> None:
    session.execute(delete(S).where(S.c.stock_id == stock_id))


# ------------------------------------------------------------------------------------------ sales channels


def channels_of(session: Session, stock_ids: Sequence[int]) -> dict[int, list[tuple[str, str]]]:
    found: dict[int, list[tuple[str, str]]] = {stock_id: [] for stock_id in stock_ids}
    if not stock_ids:
        return found
    query = select(C.c.stock_id, C.c.type, C.c.code).where(C.c.stock_id.in_(list(stock_ids)))
    for stock_id, kind, code in session.execute(query.order_by(C.c.type, C.c.code)):
        found[stock_id].append((kind, code))
    return found


def all_channel_codes(session: Session, kind: str) -> set[str]:
    return set(session.execute(select(C.c.code).where(C.c.type == kind)).scalars())


def stock_id_for_channel(session: Session, kind: str, code: str) -> int | None:
    query = select(C.c.stock_id).where(C.c.type == kind, C.c.code == code)
    value = session.execute(query).scalar_one_or_none()
    return int(value) if value is not None else None


def replace_channels(session: Session, stock_id: int, channels: Sequence[tuple[str, str]]) -> None:
    """ReplaceSalesChannelsDataForStock: this stock's channels become exactly these, taken off other stocks."""
    session.execute(delete(C).where(C.c.stock_id == stock_id))
    if not channels:
        return
    unique = list(dict.fromkeys(channels))
    session.execute(delete(C).where(tuple_(C.c.type, C.c.code).in_(unique)))
    session.execute(insert(C), [{"type": kind, "code": code, "stock_id": stock_id} for kind, code in unique])


def add_channels(session: Session, stock_id: int, channels: Sequence[tuple[str, str]]) -> None:
    if channels:
        session.execute(insert(C), [{"type": kind, "code": code, "stock_id": stock_id} for kind, code in channels])


# ------------------------------------------------------------------------------------------- source links


def search_links(session: Session, criteria: SearchCriteria) -> tuple[list[Row], int]:
    count_select, listing = build_query(select(K), criteria, LINK_FIELDS, tie_breaker=K.c.link_id)
    total = session.execute(count_select).scalar_one()
    rows: list[Row] = list(session.execute(apply_page(listing, total, criteria)).mappings()) if total else []
    return rows, total


def existing_link_keys(session: Session, keys: Sequence[tuple[int, str]]) -> set[tuple[int, str]]:
    if not keys:
        return set()
    query = select(K.c.stock_id, K.c.source_code).where(tuple_(K.c.stock_id, K.c.source_code).in_(list(keys)))
    return {(int(stock_id), str(code)) for stock_id, code in session.execute(query)}


def insert_links(session: Session, links: Sequence[Mapping[str, Any]]) -> None:
    if links:
        session.execute(insert(K), list(links))


def update_link_priority(session: Session, stock_id: int, source_code: str, priority: int) -> None:
    query = update(K).where(K.c.stock_id == stock_id, K.c.source_code == source_code).values(priority=priority)
    session.execute(query)


def delete_links(session: Session, keys: Sequence[tuple[int, str]]) -> None:
    if keys:
        session.execute(delete(K).where(tuple_(K.c.stock_id, K.c.source_code).in_(list(keys))))


def linked_source_codes(session: Session, stock_id: int) -> list[str]:
    query = select(K.c.source_code).where(K.c.stock_id == stock_id).order_by(K.c.priority, K.c.link_id)
    return list(session.execute(query).scalars())
