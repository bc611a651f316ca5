"""Inventory data interfaces, fields in the order of Magento's published schema."""

from __future__ import annotations

from typing import Any

from merx.webapi.datamodel import DataModel


class StockItemExtension(DataModel):
    __interface__ = "catalog-inventory-data-stock-item-extension-interface"


class StockItemData(DataModel):
    """The legacy stock item (CatalogInventory StockItemInterface) on products: default source, stock 1."""

    __interface__ = "catalog-inventory-data-stock-item-interface"

    item_id: int | None = None
    product_id: int | None = None
    stock_id: int | None = None
    qty: float = 0.0
    is_in_stock: bool = False
    is_qty_decimal: bool = False
    show_default_notification_message: bool = False
    use_config_min_qty: bool = True
    min_qty: float = 0.0
    use_config_min_sale_qty: int = 1
    min_sale_qty: float = 1.0
    use_config_max_sale_qty: bool = True
    max_sale_qty: float = 10000.0
    use_config_backorders: bool = True
    backorders: int = 0
    use_config_notify_stock_qty: bool = True
    notify_stock_qty: float = 1.0
    use_config_qty_increments: bool = True
    qty_increments: float = 0.0
    use_config_enable_qty_inc: bool = True
    enable_qty_increments: bool = False
    use_config_manage_stock: bool = True
    manage_stock: bool = True
    low_stock_date: str = None  # type: ignore[assignment]  # non-nullable getter: rendered as null
    is_decimal_divided: bool = False
    stock_status_changed_auto: int = 0
    extension_attributes: StockItemExtension | None = None


class SourceCarrierLinkExtension(DataModel):
    __interface__ = "inventory-api-data-source-carrier-link-extension-interface"


class SourceCarrierLinkData(DataModel):
    __interface__ = "inventory-api-data-source-carrier-link-interface"

    carrier_code: str | None = None
    position: int | None = None
    extension_attributes: SourceCarrierLinkExtension | None = None


class SourceExtension(DataModel):
    __interface__ = "inventory-api-data-source-extension-interface"

    is_pickup_location_active: bool | None = None
    frontend_name: str | None = None
    frontend_description: str | None = None


class SourceData(DataModel):
    __interface__ = "inventory-api-data-source-interface"

    source_code: str | None = None
    name: str | None = None
    email: str | None = None
    contact_name: str | None = None
    enabled: bool | None = None
    description: str | None = None
    latitude: float | None = None
    longitude: float | None = None
    country_id: str | None = None
    region_id: int | None = None
    region: str | None = None
    city: str | None = None
    street: str | None = None
    postcode: str | None = None
    phone: str | None = None
    fax: str | None = None
    use_default_carrier_config: bool | None = None
    carrier_links: list[SourceCarrierLinkData] | None = None
    extension_attributes: SourceExtension | None = None


class SourceSearchResults(DataModel):
    __interface__ = "inventory-api-data-source-search-results-interface"

    items: list[SourceData]
    search_criteria: dict[str, Any]
    total_count: int


class SalesChannelExtension(DataModel):
    __interface__ = "inventory-sales-api-data-sales-channel-extension-interface"


class SalesChannelData(DataModel):
    __interface__ = "inventory-sales-api-data-sales-channel-interface"

    type: str | None = None
    code: str | None = None
    extension_attributes: SalesChannelExtension | None = None


class StockExtension(DataModel):
    __interface__ = "inventory-api-data-stock-extension-interface"

    sales_channels: list[SalesChannelData] | None = None


class StockData(DataModel):
    __interface__ = "inventory-api-data-stock-interface"

    stock_id: int | None = None
    name: str | None = None
    extension_attributes: StockExtension | None = None


class StockSearchResults(DataModel):
    __interface__ = "inventory-api-data-stock-search-results-interface"

    items: list[StockData]
    search_criteria: dict[str, Any]
    total_count: int


class StockSourceLinkExtension(DataModel):
    __interface__ = "inventory-api-data-stock-source-link-extension-interface"

    source_name: str | None = None


class StockSourceLinkData(DataModel):
    __interface__ = "inventory-api-data-stock-source-link-interface"

    stock_id: int | None = None
    source_code: str | None = None
    priority: int | None = None
    extension_attributes: StockSourceLinkExtension | None = None


class StockSourceLinkSearchResults(DataModel):
    __interface__ = "inventory-api-data-stock-source-link-search-results-interface"

    items: list[StockSourceLinkData]
    search_criteria: dict[str, Any]
    total_count: int


class SourceItemExtension(DataModel):
    __interface__ = "inventory-api-data-source-item-extension-interface"


class SourceItemData(DataModel):
    __interface__ = "inventory-api-data-source-item-interface"

    sku: str | None = None
    source_code: str | None = None
    quantity: float | None = None
    status: int | None = None
    extension_attributes: SourceItemExtension | None = None


class SourceItemSearchResults(DataModel):
    __interface__ = "inventory-api-data-source-item-search-results-interface"

    items: list[SourceItemData]
    search_criteria: dict[str, Any]
    total_count: int


class PartialTransferItemData(DataModel):
    __interface__ = "inventory-catalog-api-data-partial-inventory-transfer-item-interface"

    sku: str | None = None
    qty: float | None = None


class ProductSalabilityErrorData(DataModel):
    __interface__ = "inventory-sales-api-data-product-salability-error-interface"

    code: str
    message: str


class ProductSalableResultData(DataModel):
    __interface__ = "inventory-sales-api-data-product-salable-result-interface"

    salable: bool
    errors: list[ProductSalabilityErrorData]


class IsProductSalableResultData(DataModel):
    __interface__ = "inventory-sales-api-data-is-product-salable-result-interface"

    sku: str
    stock_id: int
    salable: bool
