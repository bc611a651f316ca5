"""What the salability rules need about skus in one stock, read in a fixed number of queries.

Each read is a keyed lookup (product by sku, source items of the sku, one running-total row), so
the cost does not grow with the reservation ledger.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from sqlalchemy.orm import Session

from merx.appconfig.registry import ConfigRegistry
from merx.catalog.product_lookup import TYPES_WITH_SOURCE_ITEMS
from merx.inventory import errors, legacy_repository, reservation_repository, source_item_repository
from merx.inventory.item_options import ItemOptions
from merx.inventory.salability import StockItemConfig, StockLevel


@dataclass(frozen=True)
class SkuInStock:
    sku: str
    product_id: int
    type_id: str
    config: StockItemConfig
    level: StockLevel | None
    reservations: float
    legacy_in_stock: bool

    @property
    def has_source_items(self) -> bool:
        return self.type_id in TYPES_WITH_SOURCE_ITEMS


def load(
    session: Session,
    config: ConfigRegistry,
    skus: Sequence[str],
    stock_id: int,
    reservations: dict[str, float] | None = None,
) -> dict[str, SkuInStock]:
    """Existing products only; `reservations` (e.g. just locked) replaces the running-total read."""
    facts = legacy_repository.product_facts(session, skus)
    found = list(facts)
    levels = source_item_repository.stock_levels(session, found, stock_id)
    totals = reservations if reservations is not None else reservation_repository.totals(session, stock_id, found)
    result: dict[str, SkuInStock] = {}
    for sku, (product_id, type_id, row) in facts.items():
        level = levels.get(sku)
        result[sku] = SkuInStock(
            sku=sku,
            product_id=product_id,
            type_id=type_id,
            config=ItemOptions(row, config).salability_config(),
            level=StockLevel(level[0], level[1]) if level is not None else None,
            reservations=totals.get(sku, 0.0),
            legacy_in_stock=bool(row["is_in_stock"]) if row is not None else False,
        )
    return result


def load_one(session: Session, config: ConfigRegistry, sku: str, stock_id: int) -> SkuInStock:
    """Raises Magento's errors for an unknown sku or a type without source items."""
    state = load(session, config, [sku], stock_id).get(sku)
    if state is None:
        raise errors.product_not_found()
    if not state.has_source_items:
        raise errors.no_source_items_support()
    return state
