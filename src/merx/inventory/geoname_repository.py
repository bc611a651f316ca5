"""SQL for the offline geodata table."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import Any, cast

from sqlalchemy import Table, delete, insert, select
from sqlalchemy.orm import Session

from merx.db.models.inventory import InventoryGeoname

G = cast(Table, InventoryGeoname.__table__)
_CHUNK = 2000


def replace_country(session: Session, country_code: str, rows: Sequence[Mapping[str, Any]]) -> None:
    """UpdateGeoNames: the country's rows are replaced by the imported ones."""
    session.execute(delete(G).where(G.c.country_code == country_code))
    for start in range(0, len(rows), _CHUNK):
        session.execute(insert(G), list(rows[start : start + _CHUNK]))


def by_postcode(session: Session, country_code: str, postcode: str) -> Mapping[Any, Any] | None:
    query = select(G).where(G.c.country_code == country_code, G.c.postcode == postcode).limit(1)
    return session.execute(query).mappings().first()


def by_city(session: Session, country_code: str, city: str) -> Mapping[Any, Any] | None:
    query = select(G).where(G.c.country_code == country_code, G.c.city.like(city + "%")).order_by(G.c.entity_id)
    return session.execute(query.limit(1)).mappings().first()


def by_region(session: Session, country_code: str, region: str) -> Mapping[Any, Any] | None:
    query = select(G).where(G.c.country_code == country_code, G.c.region == region).order_by(G.c.entity_id)
    return session.execute(query.limit(1)).mappings().first()
