"""Cache generations: a counter per registry, bumped in the writing transaction."""

from __future__ import annotations

from sqlalchemy import select, update
from sqlalchemy.orm import Session

from merx.db.models import CacheGeneration

STORES = "stores"
CONFIG = "config"
AUTH = "auth"
CUSTOMERS = "customers"
ALL = (STORES, CONFIG, AUTH, CUSTOMERS)


def bump(session: Session, name: str) -> None:
    result = session.execute(
        update(CacheGeneration).where(CacheGeneration.name == name).values(value=CacheGeneration.value + 1)
    )
    if getattr(result, "rowcount", 0) == 0:
        session.add(CacheGeneration(name=name, value=1))
        session.flush()


def read_all(session: Session) -> dict[str, int]:
    rows = session.execute(select(CacheGeneration.name, CacheGeneration.value)).all()
    return {r.name: r.value for r in rows}
