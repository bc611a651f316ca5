"""Rows -> customer data interfaces (CustomerRepository::getById's output)."""

from __future__ import annotations

from datetime import datetime
from typing import Any

from merx.customer.address_rules import region_code_of
from merx.customer.repository import TAX_CLASS_NAMES
from merx.customer.schemas import AddressData, CustomerData, CustomerExtension, GroupData, RegionData
from merx.db.models.customer import CustomerAddressEntity, CustomerEntity, CustomerGroup

DATETIME_FORMAT = "%Y-%m-%d %H:%M:%S"


def _datetime(value: datetime | None) -> str | None:
    return value.strftime(DATETIME_FORMAT) if value is not None else None


def street_lines(street: str) -> list[str]:
    return street.split("\n") if street else []


def address_data(address: CustomerAddressEntity, default_billing: int | None,
                 default_shipping: int | None) -> AddressData:
    region_id = address.region_id or 0
    region_fields: dict[str, Any] = {
        "region_code": region_code_of(address.region_id, address.region, address.country_id),
        "region": address.region,
        "region_id": region_id,
    }
    region = RegionData.model_construct(**region_fields)
    return AddressData.model_construct(
        id=address.entity_id, customer_id=address.parent_id, region=region, region_id=region_id,
        country_id=address.country_id, street=street_lines(address.street), company=address.company,
        telephone=address.telephone, fax=address.fax, postcode=address.postcode, city=address.city,
        firstname=address.firstname, lastname=address.lastname, middlename=address.middlename,
        prefix=address.prefix, suffix=address.suffix, vat_id=address.vat_id,
        default_shipping=True if address.entity_id == default_shipping else None,
        default_billing=True if address.entity_id == default_billing else None,
    )


def customer_data(customer: CustomerEntity, addresses: list[CustomerAddressEntity],
                  subscribed: bool) -> CustomerData:
    billing, shipping = customer.default_billing, customer.default_shipping
    names: dict[str, Any] = {"firstname": customer.firstname, "lastname": customer.lastname}
    return CustomerData.model_construct(
        **names,
        id=customer.entity_id,
        group_id=customer.group_id,
        default_billing=str(billing) if billing is not None else None,
        default_shipping=str(shipping) if shipping is not None else None,
        confirmation=customer.confirmation,
        created_at=_datetime(customer.created_at),
        updated_at=_datetime(customer.updated_at),
        created_in=customer.created_in,
        dob=customer.dob.isoformat() if customer.dob is not None else None,
        email=customer.email,
        middlename=customer.middlename,
        prefix=customer.prefix,
        suffix=customer.suffix,
        gender=customer.gender,
        store_id=customer.store_id,
        taxvat=customer.taxvat,
        website_id=customer.website_id,
        addresses=[address_data(a, billing, shipping) for a in addresses],
        disable_auto_group_change=customer.disable_auto_group_change,
        extension_attributes=CustomerExtension.model_construct(is_subscribed=subscribed),
    )


def group_data(group: CustomerGroup) -> GroupData:
    return GroupData.model_construct(
        id=group.customer_group_id, code=group.customer_group_code, tax_class_id=group.tax_class_id,
        tax_class_name=TAX_CLASS_NAMES.get(group.tax_class_id),
    )
