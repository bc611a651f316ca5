"""SQL for source items: set-based writes (one statement per chunk, never a round trip per row)."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import Any, cast

from sqlalchemy import Table, delete, select, text, tuple_, update
from sqlalchemy.dialects import sqlite
from sqlalchemy.orm import Session

from merx.db.models.inventory import InventorySource, InventorySourceItem, InventorySourceStockLink
from merx.webapi.search_criteria import SearchCriteria, SearchField, apply_page, build_query

I = cast(Table, InventorySourceItem.__table__)  # noqa: E741 (the table)
SRC = cast(Table, InventorySource.__table__)
LNK = cast(Table, InventorySourceStockLink.__table__)
# 4 parameters a row: 2,000 rows stay well under SQLite's 32,766 bound parameters and PostgreSQL's 65,535.
_CHUNK = 2000

SEARCH_FIELDS: dict[str, SearchField] = {
    "source_item_id": SearchField(I.c.source_item_id, "int"),
    "sku": SearchField(I.c.sku, "str"),
    "source_code": SearchField(I.c.source_code, "str"),
    "quantity": SearchField(I.c.quantity, "float"),
    "status": SearchField(I.c.status, "int"),
}

Row = Mapping[Any, Any]
Key = tuple[str, str]  # (source_code, sku)


def search(session: Session, criteria: SearchCriteria) -> tuple[list[Row], int]:
    count_select, listing = build_query(select(I), criteria, SEARCH_FIELDS, tie_breaker=I.c.source_item_id)
    total = session.execute(count_select).scalar_one()
    rows: list[Row] = list(session.execute(apply_page(listing, total, criteria)).mappings()) if total else []
    return rows, total


_PG_UPSERT = text(
    "INSERT INTO inventory_source_item (source_code, sku, quantity, status) "
    "SELECT * FROM unnest(CAST(:codes AS varchar[]), CAST(:skus AS varchar[]), CAST(:quantities AS numeric[]), "
    "CAST(:statuses AS smallint[])) "
    "ON CONFLICT (source_code, sku) DO "
)
_PG_OVERWRITE = "UPDATE SET quantity = excluded.quantity, status = excluded.status"


def _sqlite_upsert(*, overwrite: bool) -> Any:
    statement = sqlite.insert(I)
    keys = [I.c.source_code, I.c.sku]
    if not overwrite:
        return statement.on_conflict_do_nothing(index_elements=keys)
    return statement.on_conflict_do_update(
        index_elements=keys, set_={"quantity": statement.excluded.quantity, "status": statement.excluded.status}
    )


def upsert(session: Session, rows: Sequence[Mapping[str, Any]], *, overwrite: bool = True) -> int:
    """INSERT ... ON CONFLICT (source_code, sku): update (or keep, when not `overwrite`) existing rows.

    One statement whatever the number of rows: arrays through unnest() on PostgreSQL, a prepared
    statement run by executemany on SQLite. A key repeated in `rows` keeps its last values, as MySQL's
    insertOnDuplicate would. Returns the number of rows written.
    """
    unique = list({(r["source_code"], r["sku"]): r for r in rows}.values())
    if not unique:
        return 0
    if session.get_bind().dialect.name == "postgresql":
        sql = _PG_UPSERT.text + (_PG_OVERWRITE if overwrite else "NOTHING")
        params = {
            "codes": [r["source_code"] for r in unique],
            "skus": [r["sku"] for r in unique],
            "quantities": [r["quantity"] for r in unique],
            "statuses": [r["status"] for r in unique],
        }
        result = session.execute(text(sql), params)
    else:
        result = session.execute(_sqlite_upsert(overwrite=overwrite), [dict(r) for r in unique])
    return max(int(getattr(result, "rowcount", 0) or 0), 0)


def delete_keys(session: Session, keys: Sequence[Key]) -> int:
    unique = list(dict.fromkeys(keys))
    deleted = 0
    for start in range(0, len(unique), _CHUNK):
        chunk = unique[start : start + _CHUNK]
        result = session.execute(delete(I).where(tuple_(I.c.source_code, I.c.sku).in_(chunk)))
        deleted += int(getattr(result, "rowcount", 0) or 0)
    return deleted


def delete_for(session: Session, skus: Sequence[str], source_codes: Sequence[str]) -> int:
    if not skus or not source_codes:
        return 0
    condition = I.c.sku.in_(list(skus)) & I.c.source_code.in_(list(source_codes))
    result = session.execute(delete(I).where(condition))
    return int(getattr(result, "rowcount", 0) or 0)


def delete_sku(session: Session, sku: str) -> None:
    session.execute(delete(I).where(I.c.sku == sku))


def items_for(session: Session, skus: Sequence[str], source_code: str) -> dict[str, Row]:
    if not skus:
        return {}
    query = select(I).where(I.c.source_code == source_code, I.c.sku.in_(list(skus)))
    return {row["sku"]: row for row in session.execute(query).mappings()}


def set_quantity(session: Session, source_code: str, sku: str, quantity: float, status: int | None = None) -> None:
    values: dict[str, Any] = {"quantity": quantity}
    if status is not None:
        values["status"] = status
    session.execute(update(I).where(I.c.source_code == source_code, I.c.sku == sku).values(**values))


def zero_out(session: Session, skus: Sequence[str], source_code: str) -> None:
    if skus:
        query = update(I).where(I.c.source_code == source_code, I.c.sku.in_(list(skus)))
        session.execute(query.values(quantity=0, status=0))


def stock_levels(session: Session, skus: Sequence[str], stock_id: int) -> dict[str, tuple[float, bool]]:
    """sku -> (in-stock quantity, any item in stock) over the stock's enabled sources.

    A sku with no source item on those sources is absent: it is not in the stock's index.
    """
    if not skus:
        return {}
    query = (
        select(I.c.sku, I.c.quantity, I.c.status)
        .join(LNK, LNK.c.source_code == I.c.source_code)
        .join(SRC, SRC.c.source_code == I.c.source_code)
        .where(LNK.c.stock_id == stock_id, SRC.c.enabled == 1, I.c.sku.in_(list(skus)))
    )
    levels: dict[str, tuple[float, bool]] = {}
    for sku, quantity, status in session.execute(query):
        total, any_in_stock = levels.get(sku, (0.0, False))
        if status == 1:
            levels[sku] = (total + float(quantity or 0), True)
        else:
            levels[sku] = (total, any_in_stock)
    return levels
