"""Catalog data interfaces, fields in the order of Magento's published schema (admin 2.4.8)."""

from __future__ import annotations

from typing import Any

from merx.catalog.stock_bridge import StockItemData
from merx.webapi.datamodel import CustomAttribute, DataModel


class EmptyExtension(DataModel):
    __interface__ = "framework-extension-interface"


class CategoryLinkData(DataModel):
    __interface__ = "catalog-data-category-link-interface"

    position: int | None = None
    category_id: str
    extension_attributes: EmptyExtension | None = None


class FileContentData(DataModel):
    __interface__ = "downloadable-data-file-content-interface"

    file_data: str
    name: str
    extension_attributes: EmptyExtension | None = None


class DownloadableLinkData(DataModel):
    __interface__ = "downloadable-data-link-interface"

    id: int | None = None
    title: str | None = None
    sort_order: int
    is_shareable: int
    price: float
    number_of_downloads: int | None = None
    link_type: str
    link_file: str | None = None
    link_file_content: FileContentData | None = None
    link_url: str | None = None
    sample_type: str
    sample_file: str | None = None
    sample_file_content: FileContentData | None = None
    sample_url: str | None = None
    extension_attributes: EmptyExtension | None = None


class DownloadableSampleData(DataModel):
    __interface__ = "downloadable-data-sample-interface"

    id: int | None = None
    title: str
    sort_order: int
    sample_type: str
    sample_file: str | None = None
    sample_file_content: FileContentData | None = None
    sample_url: str | None = None
    extension_attributes: EmptyExtension | None = None


class BundleLinkData(DataModel):
    __interface__ = "bundle-data-link-interface"

    id: str | None = None
    sku: str | None = None
    option_id: int | None = None
    qty: float | None = None
    position: int | None = None
    is_default: bool
    price: float
    price_type: int
    can_change_quantity: int | None = None
    extension_attributes: EmptyExtension | None = None


class BundleOptionData(DataModel):
    __interface__ = "bundle-data-option-interface"

    option_id: int | None = None
    title: str | None = None
    required: bool | None = None
    type: str | None = None
    position: int | None = None
    sku: str | None = None
    product_links: list[BundleLinkData] | None = None
    extension_attributes: EmptyExtension | None = None


class ConfigurableOptionValueData(DataModel):
    __interface__ = "configurable-product-data-option-value-interface"

    value_index: int
    extension_attributes: EmptyExtension | None = None


class ConfigurableOptionData(DataModel):
    __interface__ = "configurable-product-data-option-interface"

    id: int | None = None
    attribute_id: str | None = None
    label: str | None = None
    position: int | None = None
    is_use_default: bool | None = None
    values: list[ConfigurableOptionValueData] | None = None
    extension_attributes: EmptyExtension | None = None
    product_id: int | None = None


class ProductExtensionData(DataModel):
    """Magento Open Source's product extension attributes (Commerce's discounts/giftcard_amounts are absent)."""

    __interface__ = "catalog-data-product-extension-interface"

    website_ids: list[int] | None = None
    category_links: list[CategoryLinkData] | None = None
    bundle_product_options: list[BundleOptionData] | None = None
    stock_item: StockItemData | None = None
    downloadable_product_links: list[DownloadableLinkData] | None = None
    downloadable_product_samples: list[DownloadableSampleData] | None = None
    configurable_product_options: list[ConfigurableOptionData] | None = None
    configurable_product_links: list[int] | None = None


class ProductLinkExtensionData(DataModel):
    __interface__ = "catalog-data-product-link-extension-interface"

    qty: float | None = None


class ProductLinkData(DataModel):
    __interface__ = "catalog-data-product-link-interface"

    sku: str
    link_type: str
    linked_product_sku: str
    linked_product_type: str
    position: int
    extension_attributes: ProductLinkExtensionData | None = None


class CustomOptionValueData(DataModel):
    __interface__ = "catalog-data-product-custom-option-values-interface"

    title: str
    sort_order: int
    price: float
    price_type: str
    sku: str | None = None
    option_type_id: int | None = None


class CustomOptionData(DataModel):
    __interface__ = "catalog-data-product-custom-option-interface"

    product_sku: str
    option_id: int | None = None
    title: str
    type: str
    sort_order: int
    is_require: bool
    price: float | None = None
    price_type: str | None = None
    sku: str | None = None
    file_extension: str | None = None
    max_characters: int | None = None
    image_size_x: int | None = None
    image_size_y: int | None = None
    values: list[CustomOptionValueData] | None = None
    extension_attributes: EmptyExtension | None = None


class ImageContentData(DataModel):
    __interface__ = "framework-data-image-content-interface"

    base64_encoded_data: str
    type: str
    name: str


class MediaGalleryEntryData(DataModel):
    __interface__ = "catalog-data-product-attribute-media-gallery-entry-interface"

    id: int | None = None
    media_type: str
    label: str
    position: int
    disabled: bool
    types: list[str]
    file: str | None = None
    content: ImageContentData | None = None
    extension_attributes: dict[str, Any] | None = None


class TierPriceExtensionData(DataModel):
    __interface__ = "catalog-data-product-tier-price-extension-interface"

    percentage_value: float | None = None
    website_id: int | None = None


class TierPriceData(DataModel):
    __interface__ = "catalog-data-product-tier-price-interface"

    customer_group_id: int
    qty: float
    value: float
    extension_attributes: TierPriceExtensionData | None = None


class ProductData(DataModel):
    __interface__ = "catalog-data-product-interface"

    id: int | None = None
    sku: str
    name: str | None = None
    attribute_set_id: int | None = None
    price: float | None = None
    status: int | None = None
    visibility: int | None = None
    type_id: str | None = None
    created_at: str | None = None
    updated_at: str | None = None
    weight: float | None = None
    extension_attributes: ProductExtensionData | None = None
    product_links: list[ProductLinkData] | None = None
    options: list[CustomOptionData] | None = None
    media_gallery_entries: list[MediaGalleryEntryData] | None = None
    tier_prices: list[TierPriceData] | None = None
    custom_attributes: list[CustomAttribute] | None = None


class ProductSearchResults(DataModel):
    __interface__ = "catalog-data-product-search-results-interface"

    items: list[ProductData]
    search_criteria: dict[str, Any]
    total_count: int


def sent(model: DataModel) -> dict[str, Any]:
    """The fields the client sent, by field name (model_construct records exactly those)."""
    return {name: model.__dict__[name] for name in model.model_fields_set if name in model.__dict__}
