"""Customer address rules, pure: Magento's address validators and the region fill-in done on save.

Order and messages follow Customer\\Model\\Address\\Validator\\General (required fields), then
Validator\\Country (country allowed for the store, region required / belonging to the country); their
errors are aggregated into one InputException. The EAV attribute checks that run afterwards, when
the address row is saved (line count, lengths), raise a ValidatorException: the messages rendered
and joined with newlines, with no parameters.
"""

from __future__ import annotations

from dataclasses import dataclass, field, replace

from merx.appconfig.registry import ConfigRegistry
from merx.directory import catalog
from merx.directory.store_settings import (
    allowed_countries,
    countries_with_optional_zip,
    countries_with_required_state,
)
from merx.webapi.errors import InputError, MerxError

INVALID_VALUE = 'Invalid value of "%value" provided for the %fieldName field.'
NOT_RELATED = "Provided customer ID \"%customer_id\" isn't related to current customer address."
TOO_MANY_LINES = '"%s" cannot contain more than %d lines.'
TOO_LONG = '"%s" length must be equal or less than %d characters.'
MAX_TEXT_LENGTH = 255

LABELS = {
    "prefix": "Name Prefix", "firstname": "First Name", "middlename": "Middle Name/Initial",
    "lastname": "Last Name", "suffix": "Name Suffix", "company": "Company", "street": "Street Address",
    "city": "City", "region": "State/Province", "postcode": "Zip/Postal Code", "telephone": "Phone Number",
    "fax": "Fax", "vat_id": "VAT Number",
}
_LENGTH_LIMITS = {"prefix": 40, "suffix": 40}


@dataclass(frozen=True)
class AddressRules:
    """What a store view requires of an address (config read once per call)."""

    allowed_countries: frozenset[str]
    state_required: frozenset[str]
    optional_zip: frozenset[str]
    street_lines: int = 2
    telephone_required: bool = True
    company_required: bool = False
    fax_required: bool = False

    @classmethod
    def from_config(cls, config: ConfigRegistry, store_id: int | None, website_id: int | None) -> AddressRules:
        def shown(path: str) -> str:
            return config.get(f"customer/address/{path}", store_id, website_id) or ""

        return cls(
            allowed_countries=allowed_countries(config, store_id, website_id),
            state_required=countries_with_required_state(config, store_id, website_id),
            optional_zip=countries_with_optional_zip(config, store_id, website_id),
            street_lines=config.get_int("customer/address/street_lines", store_id, website_id, default=2),
            telephone_required=shown("telephone_show") == "req",
            company_required=shown("company_show") == "req",
            fax_required=shown("fax_show") == "req",
        )


@dataclass(frozen=True)
class AddressDraft:
    """An address as it is about to be stored."""

    firstname: str | None = None
    lastname: str | None = None
    middlename: str | None = None
    prefix: str | None = None
    suffix: str | None = None
    company: str | None = None
    street: tuple[str, ...] = field(default_factory=tuple)
    city: str | None = None
    telephone: str | None = None
    fax: str | None = None
    postcode: str | None = None
    country_id: str | None = None
    region_id: int | None = None
    region: str | None = None
    region_code: str | None = None
    vat_id: str | None = None


def is_empty(value: object) -> bool:
    """Laminas NotEmpty as Magento configures it: null, '' and whitespace-only strings are empty."""
    return value is None or (isinstance(value, str) and value.strip() == "")


def escape_html(value: str) -> str:
    """Magento's Escaper::escapeHtml (htmlspecialchars with ENT_QUOTES)."""
    return (value.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
            .replace('"', "&quot;").replace("'", "&#039;"))


def invalid_value(field_name: str, value: str) -> InputError:
    return InputError(INVALID_VALUE, {"fieldName": field_name, "value": value})


def general_errors(address: AddressDraft, rules: AddressRules) -> list[MerxError]:
    required = [
        ("firstname", address.firstname),
        ("lastname", address.lastname),
        ("street", address.street[0] if address.street else None),
        ("city", address.city),
    ]
    if rules.telephone_required:
        required.append(("telephone", address.telephone))
    if rules.fax_required:
        required.append(("fax", address.fax))
    if rules.company_required:
        required.append(("company", address.company))
    if address.country_id not in rules.optional_zip:
        required.append(("postcode", address.postcode))
    return [InputError.required(name) for name, value in required if is_empty(value)]


def country_errors(address: AddressDraft, rules: AddressRules) -> list[MerxError]:
    country_id = address.country_id
    if is_empty(country_id):
        return [InputError.required("countryId")]
    assert country_id is not None
    if country_id not in rules.allowed_countries:
        return [invalid_value("countryId", escape_html(country_id))]
    allowed_regions = {r.region_id for r in catalog.regions_of(country_id)}
    region_required = country_id in rules.state_required
    if region_required and not allowed_regions and is_empty(address.region):
        return [InputError.required("region")]
    if allowed_regions and not address.region_id and region_required:
        return [InputError.required("regionId")]
    if allowed_regions and address.region_id and address.region_id not in allowed_regions:
        return [invalid_value("regionId", escape_html(str(address.region_id)))]
    return []


def owner_errors(customer_id: int, stored_owner_id: int | None) -> list[MerxError]:
    """Validator\\Customer: an existing address id must belong to the customer being saved."""
    if stored_owner_id is not None and stored_owner_id != customer_id:
        return [InputError(NOT_RELATED, {"customer_id": customer_id})]
    return []


def validation_errors(address: AddressDraft, rules: AddressRules) -> list[MerxError]:
    return general_errors(address, rules) + country_errors(address, rules)


def attribute_messages(address: AddressDraft, rules: AddressRules) -> list[str]:
    """The EAV checks run when the row is saved: line count, then lengths, in attribute order."""
    messages: list[str] = []
    if len(address.street) > rules.street_lines:
        messages.append(TOO_MANY_LINES % (LABELS["street"], rules.street_lines))
    for name in ("prefix", "firstname", "middlename", "lastname", "suffix", "company", "street", "city",
                 "region", "postcode", "telephone", "fax", "vat_id"):
        limit = _LENGTH_LIMITS.get(name, MAX_TEXT_LENGTH)
        values = address.street if name == "street" else (getattr(address, name),)
        if any(isinstance(v, str) and len(v) > limit for v in values):
            messages.append(TOO_LONG % (LABELS[name], limit))
    return messages


def resolve_region_id(address: AddressDraft) -> AddressDraft:
    """AbstractAddress::getRegionId: with no id, a numeric region text is the id, else the region is
    looked up by code (the region text when one was sent, otherwise the region code)."""
    if address.region_id:
        return address
    if address.region is not None and address.region.isdigit():
        return replace(address, region_id=int(address.region), region=None)
    code = address.region if address.region is not None else address.region_code
    found = catalog.region_by_code(address.country_id, code) if code and address.country_id else None
    return replace(address, region_id=found.region_id if found is not None else None)


def fill_region(address: AddressDraft) -> AddressDraft:
    """AbstractAddress::getRegion on save: a region id of the address's country brings its name.

    A region id that names nothing of a country without a region list is dropped. The region code
    is never stored: it is derived when the address is read.
    """
    known = catalog.region(address.region_id) if address.region_id else None
    if known is not None and known.country_id == address.country_id:
        return replace(address, region=known.name)
    if address.region_id and not catalog.regions_of(address.country_id or ""):
        return replace(address, region_id=None)
    return address


def region_code_of(region_id: int | None, region: str | None, country_id: str) -> str | None:
    """AbstractAddress::getRegionCode for a stored address."""
    known = catalog.region(region_id) if region_id else None
    if known is not None and known.country_id == country_id:
        return known.code
    return region
