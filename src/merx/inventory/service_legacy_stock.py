"""CatalogInventory's StockRegistry over REST: the legacy single-source stock view of a product."""

from __future__ import annotations

from sqlalchemy.orm import Session

from merx.catalog.product_lookup import find_product_types, product_ids_by_sku
from merx.inventory import errors, legacy_stock
from merx.inventory.schemas import StockItemData
from merx.webapi.context import ServiceContext


def _product(session: Session, sku: str) -> tuple[int, str]:
    product_id = product_ids_by_sku(session, [sku]).get(sku)
    type_id = find_product_types(session, [sku]).get(sku)
    if product_id is None or type_id is None:
        raise errors.product_not_found()
    return product_id, type_id


def get_stock_item_by_sku(ctx: ServiceContext, product_sku: str) -> StockItemData:
    product_id, type_id = _product(ctx.session, product_sku)
    items = legacy_stock.legacy_stock_items(ctx.session, ctx.runtime.config, [(product_id, product_sku, type_id)])
    return items[product_sku]


def update_stock_item_by_sku(ctx: ServiceContext, product_sku: str, item_id: int, stock_item: StockItemData) -> int:
    """Saves qty / is_in_stock / options on the default source and stock; returns the stock item id."""
    product_id, type_id = _product(ctx.session, product_sku)
    legacy_stock.save_legacy_stock_item(ctx.session, product_id, product_sku, type_id, stock_item, False)
    saved = get_stock_item_by_sku(ctx, product_sku)
    return saved.item_id if saved.item_id is not None else item_id
