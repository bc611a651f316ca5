"""Customer data interfaces, fields in the order of Magento's published schema (admin 2.4.8).

`X | None` getters are nullable in Magento (omitted when null); the region's three getters are not,
so an address without a region shows `"region": {"region_code": null, "region": null, "region_id": 0}`.
"""

from __future__ import annotations

from typing import Any

from merx.webapi.datamodel import CustomAttribute, DataModel


class RegionExtension(DataModel):
    __interface__ = "customer-data-region-extension-interface"


class AddressExtension(DataModel):
    __interface__ = "customer-data-address-extension-interface"


class GroupExtension(DataModel):
    __interface__ = "customer-data-group-extension-interface"


class CustomerExtension(DataModel):
    __interface__ = "customer-data-customer-extension-interface"

    is_subscribed: bool | None = None
    assistance_allowed: int | None = None


class RegionData(DataModel):
    __interface__ = "customer-data-region-interface"

    region_code: str
    region: str
    region_id: int
    extension_attributes: RegionExtension | None = None


class AddressData(DataModel):
    __interface__ = "customer-data-address-interface"

    id: int | None = None
    customer_id: int | None = None
    region: RegionData | None = None
    region_id: int | None = None
    country_id: str | None = None
    street: list[str] | None = None
    company: str | None = None
    telephone: str | None = None
    fax: str | None = None
    postcode: str | None = None
    city: str | None = None
    firstname: str | None = None
    lastname: str | None = None
    middlename: str | None = None
    prefix: str | None = None
    suffix: str | None = None
    vat_id: str | None = None
    default_shipping: bool | None = None
    default_billing: bool | None = None
    extension_attributes: AddressExtension | None = None
    custom_attributes: list[CustomAttribute] | None = None


class CustomerData(DataModel):
    __interface__ = "customer-data-customer-interface"

    id: int | None = None
    group_id: int | None = None
    default_billing: str | None = None
    default_shipping: str | None = None
    confirmation: str | None = None
    created_at: str | None = None
    updated_at: str | None = None
    created_in: str | None = None
    dob: str | None = None
    email: str
    firstname: str
    lastname: str
    middlename: str | None = None
    prefix: str | None = None
    suffix: str | None = None
    gender: int | None = None
    store_id: int | None = None
    taxvat: str | None = None
    website_id: int | None = None
    addresses: list[AddressData] | None = None
    disable_auto_group_change: int | None = None
    extension_attributes: CustomerExtension | None = None
    custom_attributes: list[CustomAttribute] | None = None


class CustomerSearchResults(DataModel):
    __interface__ = "customer-data-customer-search-results-interface"

    items: list[CustomerData]
    search_criteria: dict[str, Any]
    total_count: int


class GroupData(DataModel):
    __interface__ = "customer-data-group-interface"

    id: int | None = None
    code: str
    tax_class_id: int
    tax_class_name: str | None = None
    extension_attributes: GroupExtension | None = None


class GroupSearchResults(DataModel):
    __interface__ = "customer-data-group-search-results-interface"

    items: list[GroupData]
    search_criteria: dict[str, Any]
    total_count: int


def given(model: DataModel, name: str) -> Any:
    """A field's value as sent, or None when it was not sent (required fields have no default)."""
    return model.__dict__.get(name)
