"""The legacy stock item (CatalogInventory) of products: the default source seen through stock 1.

For product types with source items, quantity and stock status live on the `default` source item
(MSI keeps the legacy row in step with it); the options (min qty, manage stock...) live in
`cataloginventory_stock_item`. Other types (configurable, bundle, grouped) keep both in the row.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import Any

from sqlalchemy.orm import Session

from merx.appconfig.registry import ConfigRegistry
from merx.catalog.product_lookup import TYPES_WITH_SOURCE_ITEMS
from merx.inventory import legacy_repository, reservation_repository, source_item_repository
from merx.inventory.item_options import ItemOptions
from merx.inventory.schemas import StockItemData
from merx.inventory.validation import DEFAULT_SOURCE_CODE, DEFAULT_STOCK_ID

# StockItemData fields stored as they are sent (bools as 0/1).
_STORED_FIELDS = (
    "use_config_min_qty", "min_qty", "use_config_min_sale_qty", "min_sale_qty", "use_config_max_sale_qty",
    "max_sale_qty", "use_config_backorders", "backorders", "use_config_notify_stock_qty", "notify_stock_qty",
    "use_config_qty_increments", "qty_increments", "use_config_enable_qty_inc", "enable_qty_increments",
    "use_config_manage_stock", "manage_stock", "low_stock_date", "is_qty_decimal", "is_decimal_divided",
    "stock_status_changed_auto",
)  # fmt: skip


def legacy_stock_items(
    session: Session, config: ConfigRegistry, products: Sequence[tuple[int, str, str]]
) -> dict[str, StockItemData]:
    """sku -> the product's legacy stock item, as GET /V1/products shows it in extension_attributes."""
    rows = legacy_repository.rows_by_product(session, [product_id for product_id, _, _ in products])
    managed = [sku for _, sku, type_id in products if type_id in TYPES_WITH_SOURCE_ITEMS]
    default_items = source_item_repository.items_for(session, managed, DEFAULT_SOURCE_CODE)
    result: dict[str, StockItemData] = {}
    for product_id, sku, type_id in products:
        row = rows.get(product_id)
        if type_id in TYPES_WITH_SOURCE_ITEMS:
            item = default_items.get(sku)
            qty = float(item["quantity"]) if item is not None else 0.0
            in_stock = item is not None and int(item["status"]) == 1
        else:
            qty = float(row["qty"] or 0) if row is not None else 0.0
            in_stock = bool(row["is_in_stock"]) if row is not None else False
        result[sku] = stock_item_data(row, config, product_id, qty, in_stock)
    return result


def stock_item_data(
    row: Mapping[Any, Any] | None, config: ConfigRegistry, product_id: int, qty: float, in_stock: bool
) -> StockItemData:
    options = ItemOptions(row, config)
    values = options.row
    return StockItemData.model_construct(
        item_id=int(values["item_id"]) if values.get("item_id") is not None else None,
        product_id=product_id,
        stock_id=DEFAULT_STOCK_ID,
        qty=qty,
        is_in_stock=in_stock,
        is_qty_decimal=bool(values["is_qty_decimal"]),
        show_default_notification_message=False,
        use_config_min_qty=bool(values["use_config_min_qty"]),
        min_qty=options.min_qty,
        use_config_min_sale_qty=int(values["use_config_min_sale_qty"]),
        min_sale_qty=options.min_sale_qty,
        use_config_max_sale_qty=bool(values["use_config_max_sale_qty"]),
        max_sale_qty=options.max_sale_qty,
        use_config_backorders=bool(values["use_config_backorders"]),
        backorders=options.backorders,
        use_config_notify_stock_qty=bool(values["use_config_notify_stock_qty"]),
        notify_stock_qty=options.notify_stock_qty,
        use_config_qty_increments=bool(values["use_config_qty_increments"]),
        qty_increments=options.qty_increments,
        use_config_enable_qty_inc=bool(values["use_config_enable_qty_inc"]),
        enable_qty_increments=options.enable_qty_increments,
        use_config_manage_stock=bool(values["use_config_manage_stock"]),
        manage_stock=options.manage_stock,
        low_stock_date=values["low_stock_date"],
        is_decimal_divided=bool(values["is_decimal_divided"]),
        stock_status_changed_auto=int(values["stock_status_changed_auto"] or 0),
    )


def _stored_values(data: StockItemData | None) -> dict[str, Any]:
    sent = _sent_fields(data)
    values: dict[str, Any] = {}
    for name in _STORED_FIELDS:
        if name in sent:
            value = getattr(data, name)
            values[name] = int(value) if isinstance(value, bool) else value
    return values


def save_legacy_stock_item(
    session: Session, product_id: int, sku: str, type_id: str, data: StockItemData | None, is_new: bool
) -> None:
    """Store the product's stock options; put qty / is_in_stock on its default source item.

    A new product of a type with source items is assigned to the default source; an existing one
    follows MSI's UpdateSourceItemAtLegacyStockItemSavePlugin (only when in stock, a non-zero qty
    or an existing default source item).
    """
    sent = _sent_fields(data)
    values = _stored_values(data)
    managed = type_id in TYPES_WITH_SOURCE_ITEMS
    if not managed:
        if "qty" in sent:
            values["qty"] = data.qty  # type: ignore[union-attr]
        if "is_in_stock" in sent:
            values["is_in_stock"] = int(bool(data.is_in_stock))  # type: ignore[union-attr]
    legacy_repository.save_row(session, product_id, values)
    if not managed or (data is None and not is_new):
        return
    existing = source_item_repository.items_for(session, [sku], DEFAULT_SOURCE_CODE).get(sku)
    previous_qty = float(existing["quantity"]) if existing is not None else 0.0
    qty = float(data.qty) if "qty" in sent else previous_qty  # type: ignore[union-attr]
    if "is_in_stock" in sent:
        status = int(bool(data.is_in_stock))  # type: ignore[union-attr]
    else:
        status = int(existing["status"]) if existing is not None else int(qty > 0)
    options = ItemOptions(legacy_repository.rows_by_product(session, [product_id]).get(product_id), None)
    if options.manage_stock and options.backorders == 0 and qty <= options.min_qty:
        status = 0  # StockStateProvider::verifyStock: a managed item at or below min qty is out of stock
    if is_new or status == 1 or qty != 0 or existing is not None:
        source_item_repository.upsert(
            session, [{"source_code": DEFAULT_SOURCE_CODE, "sku": sku, "quantity": qty, "status": status}]
        )


def _sent_fields(data: StockItemData | None) -> set[str]:
    """Fields the client sent with a value (a JSON null counts as not sent)."""
    if data is None:
        return set()
    return {name for name in data.model_fields_set if getattr(data, name) is not None}


def delete_product_inventory(session: Session, sku: str) -> None:
    """A deleted product leaves no source items and no reservations behind (MSI's delete plugins)."""
    source_item_repository.delete_sku(session, sku)
    reservation_repository.delete_for_sku(session, sku)
