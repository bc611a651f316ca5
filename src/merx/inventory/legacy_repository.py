"""SQL for the legacy stock item rows (cataloginventory_stock_item)."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import Any, cast

from sqlalchemy import Table, insert, select, update
from sqlalchemy.orm import Session

from merx.db.models.catalog import ProductEntity
from merx.db.models.inventory import LegacyStockItem

L = cast(Table, LegacyStockItem.__table__)
P = cast(Table, ProductEntity.__table__)
DEFAULT_STOCK_ID = 1

Row = Mapping[Any, Any]


def rows_by_product(session: Session, product_ids: Sequence[int]) -> dict[int, Row]:
    if not product_ids:
        return {}
    query = select(L).where(L.c.product_id.in_(list(product_ids)), L.c.stock_id == DEFAULT_STOCK_ID)
    return {int(row["product_id"]): row for row in session.execute(query).mappings()}


def product_facts(session: Session, skus: Sequence[str]) -> dict[str, tuple[int, str, Row | None]]:
    """sku -> (product id, type id, stock item row or None) for existing products, in one query."""
    if not skus:
        return {}
    query = (
        select(P.c.sku, P.c.entity_id, P.c.type_id, L)
        .select_from(P)
        .outerjoin(L, (L.c.product_id == P.c.entity_id) & (L.c.stock_id == DEFAULT_STOCK_ID))
        .where(P.c.sku.in_(list(skus)))
    )
    found: dict[str, tuple[int, str, Row | None]] = {}
    for row in session.execute(query).mappings():
        stock_row = row if row["item_id"] is not None else None
        found[row["sku"]] = (int(row["entity_id"]), str(row["type_id"]), stock_row)
    return found


def save_row(session: Session, product_id: int, values: Mapping[str, Any]) -> None:
    existing = session.execute(
        select(L.c.item_id).where(L.c.product_id == product_id, L.c.stock_id == DEFAULT_STOCK_ID)
    ).scalar_one_or_none()
    if existing is None:
        session.execute(insert(L).values(product_id=product_id, stock_id=DEFAULT_STOCK_ID, **values))
    elif values:
        session.execute(update(L).where(L.c.item_id == existing).values(**values))
