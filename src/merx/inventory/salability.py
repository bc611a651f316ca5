"""Salable quantity and salability rules of MSI (InventorySales), as pure functions.

Inputs are what the database knows about one sku in one stock: its stock level (the stock index row
Magento would compute from source items on the stock's enabled sources), the sum of its reservations
and its stock item configuration.
"""

from __future__ import annotations

from dataclasses import dataclass

from merx.webapi.coercion import php_float_text

BACKORDERS_NO = 0
_PRECISION = 4


@dataclass(frozen=True)
class StockItemConfig:
    """The effective (config-resolved) stock options of a product."""

    manage_stock: bool = True
    min_qty: float = 0.0
    backorders: int = BACKORDERS_NO
    min_sale_qty: float = 1.0
    max_sale_qty: float = 10000.0
    qty_increments: float = 0.0  # 0 when quantity increments are off
    is_qty_decimal: bool = False


@dataclass(frozen=True)
class StockLevel:
    """One sku's row in a stock's index: present when it has a source item on an enabled linked source."""

    quantity: float  # sum of the quantities of in-stock source items
    any_in_stock: bool


@dataclass(frozen=True)
class SalabilityError:
    code: str
    message: str


NOT_ASSIGNED = SalabilityError(
    "is_salable_with_reservations-no_data", "The requested sku is not assigned to given stock"
)
NOT_ENOUGH_QTY = SalabilityError("is_salable_with_reservations-not_enough_qty", "The requested qty is not available")
NO_SOURCE_ITEMS_IN_STOCK = SalabilityError(
    "is_any_source_item_in_stock-no_source_items_in_stock", "There are no source items with the in stock status"
)
BACKORDERS_DISABLED = SalabilityError("back_order-disabled", "Backorders are disabled")
MANAGE_STOCK_ENABLED = SalabilityError("manage_stock-enabled", "Manage stock is enabled")


def _round(value: float) -> float:
    return round(value, _PRECISION) + 0.0  # + 0.0 turns -0.0 into 0.0


def index_is_salable(level: StockLevel | None, config: StockItemConfig) -> bool:
    """The stock index's is_salable (IsStockItemSalableConditionChain): reservations not included."""
    if level is None:
        return False
    if not config.manage_stock:
        return True
    if config.backorders != BACKORDERS_NO and level.any_in_stock:
        return True
    return level.any_in_stock and level.quantity > config.min_qty


def salable_qty(level: StockLevel | None, reservations: float, config: StockItemConfig) -> float:
    """GetProductSalableQty: 0 unless the index says salable; then quantity + reservations - min_qty."""
    if not index_is_salable(level, config):
        return 0.0
    assert level is not None
    return _round(level.quantity + reservations - config.min_qty)


def _any_source_item_in_stock(level: StockLevel | None, config: StockItemConfig) -> bool:
    if not config.manage_stock:
        return True
    return level is not None and level.any_in_stock


def _salable_with_reservations(level: StockLevel | None, reservations: float, config: StockItemConfig) -> bool:
    if level is None:
        return False
    return level.quantity + reservations > config.min_qty


def is_salable(level: StockLevel | None, reservations: float, config: StockItemConfig) -> bool:
    """IsProductSalableConditionChain: required conditions, then any sufficient one."""
    if not _any_source_item_in_stock(level, config):
        return False
    return (
        config.backorders != BACKORDERS_NO
        or not config.manage_stock
        or _salable_with_reservations(level, reservations, config)
    )


def requested_qty_errors(
    level: StockLevel | None, reservations: float, config: StockItemConfig, requested: float
) -> list[SalabilityError]:
    """IsProductSalableForRequestedQtyConditionChain (add-to-cart flavour); [] when salable."""
    required = _correct_qty_errors(config, requested)
    if not _any_source_item_in_stock(level, config):
        required.append(NO_SOURCE_ITEMS_IN_STOCK)
    if required:
        return required
    sufficient: list[SalabilityError] = []
    if config.backorders != BACKORDERS_NO:
        return []
    sufficient.append(BACKORDERS_DISABLED)
    if not config.manage_stock:
        return []
    sufficient.append(MANAGE_STOCK_ENABLED)
    if level is None:
        sufficient.append(NOT_ASSIGNED)
        return sufficient
    if _enough(salable_qty(level, reservations, config), requested):
        return []
    sufficient.append(NOT_ENOUGH_QTY)
    return sufficient


def placement_shortfall(
    level: StockLevel | None, reservations: float, config: StockItemConfig, requested: float
) -> bool:
    """The place-order chain (back orders, manage stock, salable with reservations): True when short."""
    if config.backorders != BACKORDERS_NO or not config.manage_stock:
        return False
    if level is None:
        return True
    return not _enough(salable_qty(level, reservations, config), requested)


def _enough(available: float, requested: float) -> bool:
    return _round(available) >= _round(requested)


def _correct_qty_errors(config: StockItemConfig, requested: float) -> list[SalabilityError]:
    if config.min_sale_qty and requested < config.min_sale_qty:
        text = php_float_text(float(config.min_sale_qty))
        return [SalabilityError("is_correct_qty-min_sale_qty", f"The fewest you may purchase is {text}.")]
    if config.max_sale_qty and requested > config.max_sale_qty:
        return [
            SalabilityError(
                "is_correct_qty-max_sale_qty", "The requested qty exceeds the maximum qty allowed in shopping cart"
            )
        ]
    if config.qty_increments and not _is_multiple(requested, config.qty_increments):
        text = php_float_text(float(config.qty_increments))
        return [
            SalabilityError(
                "is_correct_qty-qty_increment", f"You can buy this product only in quantities of {text} at a time."
            )
        ]
    if not config.is_qty_decimal and float(requested) != int(requested):
        return [SalabilityError("is_correct_qty-is_qty_decimal", "You cannot use decimal quantity for this product.")]
    return []


def _is_multiple(value: float, step: float) -> bool:
    """Magento's Math\\Division::getExactDivision == 0, with its 1e-4 tolerance."""
    remainder = abs(value) % step
    return remainder < 1e-4 or step - remainder < 1e-4
