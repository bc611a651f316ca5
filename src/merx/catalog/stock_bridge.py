"""The legacy stock item on products, owned by the inventory domain (default source, default stock).

The catalog only calls the inventory domain's functions; this module names that contract.
"""

from __future__ import annotations

from collections.abc import Sequence

from sqlalchemy.orm import Session

from merx.appconfig.registry import ConfigRegistry
from merx.inventory import legacy_stock
from merx.inventory.schemas import StockItemData


def stock_items(
    session: Session, config: ConfigRegistry, products: Sequence[tuple[int, str, str]]
) -> dict[str, StockItemData]:
    if not products:
        return {}
    return legacy_stock.legacy_stock_items(session, config, products)


def save_stock_item(
    session: Session, product_id: int, sku: str, type_id: str, data: StockItemData | None, *, is_new: bool
) -> None:
    legacy_stock.save_legacy_stock_item(session, product_id, sku, type_id, data, is_new)


def delete_product_inventory(session: Session, sku: str) -> None:
    legacy_stock.delete_product_inventory(session, sku)


__all__ = ["StockItemData", "delete_product_inventory", "save_stock_item", "stock_items"]
