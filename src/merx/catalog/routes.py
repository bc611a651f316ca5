"""Catalog routes (Magento_Catalog, ConfigurableProduct, Bundle and Downloadable webapi.xml)."""

from __future__ import annotations

from merx.catalog import service, service_types
from merx.webapi.routing import Route

PRODUCTS = ("Magento_Catalog::products",)
DOWNLOADABLE = ("Magento_Downloadable::downloadable",)
REPOSITORY = "catalogProductRepositoryV1"

ROUTES = [
    Route("POST", "/V1/products", service.save, PRODUCTS, tag=REPOSITORY),
    Route("PUT", "/V1/products/:sku", service.save, PRODUCTS, tag=REPOSITORY),
    Route("DELETE", "/V1/products/:sku", service.delete_product, PRODUCTS, tag=REPOSITORY),
    Route("GET", "/V1/products", service.get_list, PRODUCTS, tag=REPOSITORY),
    Route("GET", "/V1/products/:sku", service.get_product, PRODUCTS, tag=REPOSITORY),
    Route("GET", "/V1/products/:sku/downloadable-links", service_types.downloadable_links, DOWNLOADABLE,
          tag="downloadableLinkRepositoryV1"),
    Route("GET", "/V1/configurable-products/:sku/children", service_types.configurable_children, PRODUCTS,
          tag="configurableProductLinkManagementV1"),
    Route("POST", "/V1/configurable-products/:sku/child", service_types.add_configurable_child, PRODUCTS,
          tag="configurableProductLinkManagementV1"),
    Route("DELETE", "/V1/configurable-products/:sku/children/:childSku", service_types.remove_configurable_child,
          PRODUCTS, tag="configurableProductLinkManagementV1"),
    Route("GET", "/V1/configurable-products/:sku/options/all", service_types.configurable_options, PRODUCTS,
          tag="configurableProductOptionRepositoryV1"),
    Route("GET", "/V1/bundle-products/:sku/options/all", service_types.bundle_options, PRODUCTS,
          tag="bundleProductOptionRepositoryV1"),
    Route("GET", "/V1/bundle-products/:productSku/children", service_types.bundle_children, PRODUCTS,
          tag="bundleProductLinkManagementV1"),
]
