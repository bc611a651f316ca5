"""SQL for sources and their carrier links."""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from typing import Any, cast

from sqlalchemy import Table, delete, insert, select, update
from sqlalchemy.orm import Session

from merx.db.models.inventory import InventorySource, InventorySourceCarrierLink, InventorySourceStockLink
from merx.webapi.search_criteria import SearchCriteria, SearchField, apply_page, build_query

T = cast(Table, InventorySource.__table__)
SOURCE_COLUMNS = tuple(c.name for c in T.columns)

SEARCH_FIELDS: dict[str, SearchField] = {
    "source_code": SearchField(T.c.source_code, "str"),
    "name": SearchField(T.c.name, "str"),
    "email": SearchField(T.c.email, "str"),
    "contact_name": SearchField(T.c.contact_name, "str"),
    "enabled": SearchField(T.c.enabled, "int"),
    "description": SearchField(T.c.description, "str"),
    "latitude": SearchField(T.c.latitude, "float"),
    "longitude": SearchField(T.c.longitude, "float"),
    "country_id": SearchField(T.c.country_id, "str"),
    "region_id": SearchField(T.c.region_id, "int"),
    "region": SearchField(T.c.region, "str"),
    "city": SearchField(T.c.city, "str"),
    "street": SearchField(T.c.street, "str"),
    "postcode": SearchField(T.c.postcode, "str"),
    "phone": SearchField(T.c.phone, "str"),
    "fax": SearchField(T.c.fax, "str"),
    "use_default_carrier_config": SearchField(T.c.use_default_carrier_config, "int"),
    "is_pickup_location_active": SearchField(T.c.is_pickup_location_active, "int"),
    "frontend_name": SearchField(T.c.frontend_name, "str"),
    "frontend_description": SearchField(T.c.frontend_description, "str"),
}

Row = Mapping[Any, Any]


def get(session: Session, source_code: str) -> Row | None:
    return session.execute(select(T).where(T.c.source_code == source_code)).mappings().first()


def exists(session: Session, source_code: str) -> bool:
    return session.execute(select(T.c.source_code).where(T.c.source_code == source_code)).first() is not None


def existing_codes(session: Session, codes: Iterable[str]) -> set[str]:
    wanted = sorted(set(codes))
    if not wanted:
        return set()
    return set(session.execute(select(T.c.source_code).where(T.c.source_code.in_(wanted))).scalars())


def enabled_codes(session: Session) -> set[str]:
    return set(session.execute(select(T.c.source_code).where(T.c.enabled == 1)).scalars())


def search(session: Session, criteria: SearchCriteria) -> tuple[list[Row], int]:
    count_select, listing = build_query(select(T), criteria, SEARCH_FIELDS, tie_breaker=T.c.source_code)
    total = session.execute(count_select).scalar_one()
    rows: list[Row] = list(session.execute(apply_page(listing, total, criteria)).mappings()) if total else []
    return rows, total


def insert_source(session: Session, values: Mapping[str, Any]) -> None:
    session.execute(insert(T).values(**values))


def update_source(session: Session, source_code: str, values: Mapping[str, Any]) -> None:
    if values:
        session.execute(update(T).where(T.c.source_code == source_code).values(**values))


L = cast(Table, InventorySourceCarrierLink.__table__)


def carrier_links(session: Session, source_codes: Sequence[str]) -> dict[str, list[Row]]:
    found: dict[str, list[Row]] = {code: [] for code in source_codes}
    if not source_codes:
        return found
    query = select(L).where(L.c.source_code.in_(list(source_codes))).order_by(L.c.link_id)
    for row in session.execute(query).mappings():
        found[row["source_code"]].append(row)
    return found


def replace_carrier_links(session: Session, source_code: str, links: Sequence[Mapping[str, Any]]) -> None:
    session.execute(delete(L).where(L.c.source_code == source_code))
    if links:
        session.execute(insert(L), [{"source_code": source_code, **link} for link in links])


SSL = cast(Table, InventorySourceStockLink.__table__)


def assigned_to_stock(session: Session, stock_id: int) -> list[Row]:
    """The stock's sources, highest priority (lowest number) first."""
    query = (
        select(T)
        .join(SSL, SSL.c.source_code == T.c.source_code)
        .where(SSL.c.stock_id == stock_id)
        .order_by(SSL.c.priority, SSL.c.link_id)
    )
    return list(session.execute(query).mappings())
