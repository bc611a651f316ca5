"""A product's stock options: its legacy stock item row resolved against `cataloginventory/item_options/*`."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from merx.appconfig.defaults import DEFAULTS
from merx.appconfig.registry import ConfigRegistry
from merx.inventory.salability import StockItemConfig

PREFIX = "cataloginventory/item_options/"
DEFAULT_ROW: dict[str, Any] = {
    "item_id": None,
    "product_id": None,
    "stock_id": 1,
    "qty": None,
    "is_in_stock": 0,
    "use_config_min_qty": 1,
    "min_qty": 0.0,
    "use_config_min_sale_qty": 1,
    "min_sale_qty": 1.0,
    "use_config_max_sale_qty": 1,
    "max_sale_qty": 0.0,
    "use_config_backorders": 1,
    "backorders": 0,
    "use_config_notify_stock_qty": 1,
    "notify_stock_qty": 1.0,
    "use_config_qty_increments": 1,
    "qty_increments": 0.0,
    "use_config_enable_qty_inc": 1,
    "enable_qty_increments": 0,
    "use_config_manage_stock": 1,
    "manage_stock": 1,
    "low_stock_date": None,
    "is_qty_decimal": 0,
    "is_decimal_divided": 0,
    "stock_status_changed_auto": 0,
}


class ItemOptions:
    """Effective values of one stock item row (Magento's StockItem getters)."""

    def __init__(self, row: Mapping[Any, Any] | None, config: ConfigRegistry | None) -> None:
        self.row: Mapping[Any, Any] = row if row is not None else DEFAULT_ROW
        self._config = config

    def _config_float(self, name: str) -> float:
        """The configured value; Magento's shipped default when no configuration is at hand."""
        if self._config is not None:
            value = self._config.get_float(PREFIX + name)
        else:
            raw = DEFAULTS.get(PREFIX + name)
            value = float(raw) if raw not in (None, "") else None
        return float(value) if value is not None else 0.0

    def _pick(self, use_config_flag: str, name: str, config_name: str | None = None) -> float:
        if self.row.get(use_config_flag):
            return self._config_float(config_name or name)
        return float(self.row.get(name) or 0)

    @property
    def manage_stock(self) -> bool:
        return bool(self._pick("use_config_manage_stock", "manage_stock"))

    @property
    def min_qty(self) -> float:
        return self._pick("use_config_min_qty", "min_qty")

    @property
    def backorders(self) -> int:
        return int(self._pick("use_config_backorders", "backorders"))

    @property
    def min_sale_qty(self) -> float:
        return self._pick("use_config_min_sale_qty", "min_sale_qty")

    @property
    def max_sale_qty(self) -> float:
        return self._pick("use_config_max_sale_qty", "max_sale_qty")

    @property
    def notify_stock_qty(self) -> float:
        return self._pick("use_config_notify_stock_qty", "notify_stock_qty")

    @property
    def enable_qty_increments(self) -> bool:
        return bool(self._pick("use_config_enable_qty_inc", "enable_qty_increments"))

    @property
    def qty_increments(self) -> float:
        """0 when increments are off or not positive (Magento's getQtyIncrements() returning false)."""
        if not self.enable_qty_increments:
            return 0.0
        value = self._pick("use_config_qty_increments", "qty_increments")
        if not self.row.get("is_qty_decimal"):
            value = float(int(value))
        return value if value > 0 else 0.0

    def salability_config(self) -> StockItemConfig:
        return StockItemConfig(
            manage_stock=self.manage_stock,
            min_qty=self.min_qty,
            backorders=self.backorders,
            min_sale_qty=self.min_sale_qty,
            max_sale_qty=self.max_sale_qty,
            qty_increments=self.qty_increments,
            is_qty_decimal=bool(self.row.get("is_qty_decimal")),
        )
