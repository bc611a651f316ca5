"""Addresses rendered as Magento's storefront shows them (name, street, "City, Region, Postcode", country, T:)."""

from __future__ import annotations

from merx.customer.schemas import AddressData
from merx.directory import catalog


def address_lines(address: AddressData) -> list[str]:
    name = " ".join(p for p in (address.prefix, address.firstname, address.middlename, address.lastname,
                                address.suffix) if p)
    lines = [name]
    if address.company:
        lines.append(address.company)
    lines.extend(line for line in (address.street or []) if line)
    region = address.region.region if address.region is not None and address.region.region else None
    lines.append(", ".join(p for p in (address.city, region, address.postcode) if p))
    country = catalog.country(address.country_id or "")
    lines.append(country.name if country is not None else (address.country_id or ""))
    if address.telephone:
        lines.append(f"T: {address.telephone}")
    return lines
