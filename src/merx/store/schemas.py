"""Store data interfaces, fields in the order of Magento's published schema."""

from __future__ import annotations

from merx.webapi.datamodel import DataModel


class StoreExtension(DataModel):
    __interface__ = "store-data-store-extension-interface"


class StoreData(DataModel):
    __interface__ = "store-data-store-interface"

    id: int
    code: str
    name: str
    website_id: int
    store_group_id: int
    is_active: int
    extension_attributes: StoreExtension | None = None


class WebsiteData(DataModel):
    __interface__ = "store-data-website-interface"

    id: int
    code: str
    name: str
    default_group_id: int
    extension_attributes: StoreExtension | None = None


class GroupData(DataModel):
    __interface__ = "store-data-group-interface"

    id: int
    website_id: int
    root_category_id: int
    default_store_id: int
    name: str
    code: str
    extension_attributes: StoreExtension | None = None


class StoreConfigData(DataModel):
    __interface__ = "store-data-store-config-interface"

    id: int
    code: str
    website_id: int
    locale: str
    base_currency_code: str
    default_display_currency_code: str
    timezone: str
    weight_unit: str
    base_url: str
    base_link_url: str
    base_static_url: str
    base_media_url: str
    secure_base_url: str
    secure_base_link_url: str
    secure_base_static_url: str
    secure_base_media_url: str
    extension_attributes: StoreExtension | None = None
