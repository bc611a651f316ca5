"""MSI's webapi.xml (InventoryApi, InventorySalesApi, InventoryCatalogApi) as a route table."""

from __future__ import annotations

from merx.inventory import (
    service_bulk,
    service_legacy_stock,
    service_links,
    service_salable,
    service_source_items,
    service_sources,
    service_stocks,
)
from merx.webapi.routing import Route

SOURCE = ("Magento_InventoryApi::source",)
SOURCE_EDIT = ("Magento_InventoryApi::source_edit",)
STOCK = ("Magento_InventoryApi::stock",)
STOCK_EDIT = ("Magento_InventoryApi::stock_edit",)
STOCK_DELETE = ("Magento_InventoryApi::stock_delete",)
LINK = ("Magento_InventoryApi::stock_source_link",)
ITEM_ASSIGN = ("Magento_InventoryApi::stock_source_item_assign",)
SALES_STOCK = ("Magento_InventorySalesApi::stock",)
PRODUCTS = ("Magento_Catalog::products",)

CATALOG_INVENTORY = ("Magento_CatalogInventory::cataloginventory",)

ROUTES = [
    Route("GET", "/V1/stockItems/:productSku", service_legacy_stock.get_stock_item_by_sku, CATALOG_INVENTORY,
          tag="catalogInventoryStockRegistryV1"),
    Route("PUT", "/V1/products/:productSku/stockItems/:itemId", service_legacy_stock.update_stock_item_by_sku,
          CATALOG_INVENTORY, tag="catalogInventoryStockRegistryV1"),
    Route("GET", "/V1/inventory/sources", service_sources.get_list, SOURCE, tag="inventoryApiSourceRepositoryV1"),
    Route("GET", "/V1/inventory/sources/:sourceCode", service_sources.get, SOURCE,
          tag="inventoryApiSourceRepositoryV1"),
    Route("POST", "/V1/inventory/sources", service_sources.save, SOURCE_EDIT, tag="inventoryApiSourceRepositoryV1"),
    Route("PUT", "/V1/inventory/sources/:sourceCode", service_sources.save, SOURCE_EDIT,
          tag="inventoryApiSourceRepositoryV1"),
    Route("GET", "/V1/inventory/get-sources-assigned-to-stock-ordered-by-priority/:stockId",
          service_sources.assigned_to_stock, SOURCE, tag="inventoryApiGetSourcesAssignedToStockOrderedByPriorityV1"),
    Route("GET", "/V1/inventory/stocks", service_stocks.get_list, STOCK, tag="inventoryApiStockRepositoryV1"),
    Route("GET", "/V1/inventory/stocks/:stockId", service_stocks.get, STOCK, tag="inventoryApiStockRepositoryV1"),
    Route("POST", "/V1/inventory/stocks", service_stocks.save, STOCK_EDIT, tag="inventoryApiStockRepositoryV1"),
    Route("DELETE", "/V1/inventory/stocks/:stockId", service_stocks.delete, STOCK_DELETE,
          tag="inventoryApiStockRepositoryV1"),
    Route("PUT", "/V1/inventory/stocks/:stockId", service_stocks.save, STOCK_EDIT, tag="inventoryApiStockRepositoryV1"),
    Route("GET", "/V1/inventory/stock-source-links", service_links.get_list, LINK,
          tag="inventoryApiGetStockSourceLinksV1"),
    Route("POST", "/V1/inventory/stock-source-links", service_links.save, LINK,
          tag="inventoryApiStockSourceLinksSaveV1"),
    Route("POST", "/V1/inventory/stock-source-links-delete", service_links.delete, LINK,
          tag="inventoryApiStockSourceLinksDeleteV1"),
    Route("GET", "/V1/inventory/source-items", service_source_items.get_list, SOURCE,
          tag="inventoryApiSourceItemRepositoryV1"),
    Route("POST", "/V1/inventory/source-items", service_source_items.save, ITEM_ASSIGN,
          tag="inventoryApiSourceItemsSaveV1"),
    Route("POST", "/V1/inventory/source-items-delete", service_source_items.delete, ITEM_ASSIGN,
          tag="inventoryApiSourceItemsDeleteV1"),
    Route("GET", "/V1/inventory/get-product-salable-quantity/:sku/:stockId", service_salable.get_product_salable_qty,
          SALES_STOCK, tag="inventorySalesApiGetProductSalableQtyV1"),
    Route("GET", "/V1/inventory/is-product-salable/:sku/:stockId", service_salable.is_product_salable, SALES_STOCK,
          tag="inventorySalesApiIsProductSalableV1"),
    Route("GET", "/V1/inventory/are-products-salable", service_salable.are_products_salable, SALES_STOCK,
          tag="inventorySalesApiAreProductsSalableV1"),
    Route("GET", "/V1/inventory/is-product-salable-for-requested-qty/:sku/:stockId/:requestedQty",
          service_salable.is_product_salable_for_requested_qty, SALES_STOCK,
          tag="inventorySalesApiIsProductSalableForRequestedQtyV1"),
    Route("GET", "/V1/inventory/stock-resolver/:type/:code", service_stocks.resolve, SALES_STOCK,
          tag="inventorySalesApiStockResolverV1"),
    Route("POST", "/V1/inventory/bulk-product-source-assign", service_bulk.assign, PRODUCTS,
          tag="inventoryCatalogApiBulkSourceAssignV1"),
    Route("POST", "/V1/inventory/bulk-product-source-unassign", service_bulk.unassign, PRODUCTS,
          tag="inventoryCatalogApiBulkSourceUnassignV1"),
    Route("POST", "/V1/inventory/bulk-product-source-transfer", service_bulk.transfer, PRODUCTS,
          tag="inventoryCatalogApiBulkInventoryTransferV1"),
    Route("POST", "/V1/inventory/bulk-partial-source-transfer", service_bulk.partial_transfer, PRODUCTS,
          tag="inventoryCatalogApiBulkPartialInventoryTransferV1"),
]  # fmt: skip
