"""SQL for the reservation ledger and its per (stock, sku) running total."""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from typing import Any, cast

from sqlalchemy import Insert, Table, delete, func, insert, select
from sqlalchemy.dialects import postgresql, sqlite
from sqlalchemy.orm import Session

from merx.db.models.inventory import InventoryReservation, InventoryReservationTotal

R = cast(Table, InventoryReservation.__table__)
TOTAL = cast(Table, InventoryReservationTotal.__table__)
_CHUNK = 2000


@dataclass(frozen=True)
class Reservation:
    stock_id: int
    sku: str
    quantity: float
    metadata: str | None


def _dialect_insert(session: Session) -> Any:
    return postgresql.insert if session.get_bind().dialect.name == "postgresql" else sqlite.insert


def append(session: Session, reservations: Sequence[Reservation]) -> None:
    """Append to the ledger and add to the running totals, in the caller's transaction."""
    if not reservations:
        return
    rows = [
        {"stock_id": r.stock_id, "sku": r.sku, "quantity": r.quantity, "metadata": r.metadata} for r in reservations
    ]
    for start in range(0, len(rows), _CHUNK):
        session.execute(insert(R), rows[start : start + _CHUNK])
    sums: dict[tuple[int, str], float] = {}
    for r in reservations:
        sums[(r.stock_id, r.sku)] = sums.get((r.stock_id, r.sku), 0.0) + r.quantity
    add_to_totals(session, sums)


def add_to_totals(session: Session, sums: dict[tuple[int, str], float]) -> None:
    """quantity = quantity + :delta for each key (an upsert; keys in sorted order, so lockers never cross)."""
    keys = sorted(sums)
    for start in range(0, len(keys), _CHUNK):
        chunk = [{"stock_id": s, "sku": k, "quantity": sums[(s, k)]} for s, k in keys[start : start + _CHUNK]]
        statement = _dialect_insert(session)(TOTAL).values(chunk)
        statement = statement.on_conflict_do_update(
            index_elements=[TOTAL.c.stock_id, TOTAL.c.sku],
            set_={"quantity": TOTAL.c.quantity + statement.excluded.quantity},
        )
        session.execute(statement)


def lock_totals(session: Session, stock_id: int, skus: Sequence[str]) -> dict[str, float]:
    """The running totals of these skus, row-locked in sku order until the transaction ends.

    Rows are created (at 0) first so that even a sku never reserved before has a row to lock.
    SQLite has a single writer (write transactions BEGIN IMMEDIATE), so no row lock is needed there.
    """
    ordered = sorted(set(skus))
    if not ordered:
        return {}
    seed: Insert = _dialect_insert(session)(TOTAL).values(
        [{"stock_id": stock_id, "sku": sku, "quantity": 0} for sku in ordered]
    )
    session.execute(seed.on_conflict_do_nothing(index_elements=[TOTAL.c.stock_id, TOTAL.c.sku]))  # type: ignore[attr-defined]
    query = (
        select(TOTAL.c.sku, TOTAL.c.quantity)
        .where(TOTAL.c.stock_id == stock_id, TOTAL.c.sku.in_(ordered))
        .order_by(TOTAL.c.sku)
    )
    if session.get_bind().dialect.name == "postgresql":
        query = query.with_for_update()
    return {sku: float(quantity or 0) for sku, quantity in session.execute(query)}


def totals(session: Session, stock_id: int, skus: Sequence[str]) -> dict[str, float]:
    if not skus:
        return {}
    query = select(TOTAL.c.sku, TOTAL.c.quantity).where(TOTAL.c.stock_id == stock_id, TOTAL.c.sku.in_(list(skus)))
    return {sku: float(quantity or 0) for sku, quantity in session.execute(query)}


def total(session: Session, stock_id: int, sku: str) -> float:
    query = select(TOTAL.c.quantity).where(TOTAL.c.stock_id == stock_id, TOTAL.c.sku == sku)
    value = session.execute(query).scalar_one_or_none()
    return float(value or 0)


def ledger(session: Session, batch: int = 5000) -> Iterator[Reservation]:
    """Every reservation in id order, read in batches (keyset paging)."""
    last = 0
    while True:
        query = select(R).where(R.c.reservation_id > last).order_by(R.c.reservation_id).limit(batch)
        rows = list(session.execute(query).mappings())
        if not rows:
            return
        for row in rows:
            yield Reservation(int(row["stock_id"]), row["sku"], float(row["quantity"]), row["metadata"])
        last = int(rows[-1]["reservation_id"])


def delete_for_sku(session: Session, sku: str) -> None:
    session.execute(delete(R).where(R.c.sku == sku))
    session.execute(delete(TOTAL).where(TOTAL.c.sku == sku))


def ledger_sums(session: Session) -> dict[tuple[int, str], float]:
    """Sum of the ledger per (stock, sku), for checking the running totals."""
    query = select(R.c.stock_id, R.c.sku, func.sum(R.c.quantity)).group_by(R.c.stock_id, R.c.sku)
    return {(int(s), str(k)): float(q or 0) for s, k, q in session.execute(query)}
