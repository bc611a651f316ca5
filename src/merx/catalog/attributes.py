"""The product attributes merx knows: Magento's EAV metadata as plain data (no database).

Scope decides where a value is written (conventions §1.1): a `global` attribute always lives in
store 0; `store` and `website` attributes are written in the store the request runs in.
Custom attributes with codes not listed here are ignored, as Magento's extensible model drops
codes that are not attributes of the product entity.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass, field
from typing import Literal

Scope = Literal["global", "website", "store"]
Backend = Literal["static", "varchar", "text", "int", "decimal", "datetime"]

# Entity columns that carry the store-0 value of an attribute (the rest live in catalog_product_value).
ENTITY_COLUMNS = ("name", "price", "status", "visibility", "weight")
STATUS_ENABLED, STATUS_DISABLED = 1, 2
VISIBILITY_NOT_VISIBLE, VISIBILITY_BOTH = 1, 4
DEFAULT_ATTRIBUTE_SET_ID = 4


@dataclass(frozen=True)
class Attribute:
    attribute_id: int
    code: str
    label: str
    backend: Backend
    scope: Scope
    frontend_input: str = "text"
    options: dict[int, str] = field(default_factory=dict)


def _options(*labels: tuple[int, str]) -> dict[int, str]:
    return dict(labels)


COLOR_OPTIONS = _options(
    (49, "Black"), (50, "Blue"), (51, "Brown"), (52, "Gray"), (53, "Green"), (54, "Lavender"),
    (55, "Multi"), (56, "Orange"), (57, "Purple"), (58, "Red"), (59, "White"), (60, "Yellow"),
)
SIZE_OPTIONS = _options((167, "XS"), (168, "S"), (169, "M"), (170, "L"), (171, "XL"))

_ATTRIBUTES = (
    Attribute(73, "name", "Product Name", "varchar", "store"),
    Attribute(74, "sku", "SKU", "static", "global"),
    Attribute(75, "description", "Description", "text", "store", "textarea"),
    Attribute(76, "short_description", "Short Description", "text", "store", "textarea"),
    Attribute(77, "price", "Price", "decimal", "global", "price"),
    Attribute(78, "special_price", "Special Price", "decimal", "global", "price"),
    Attribute(79, "special_from_date", "Special Price From Date", "datetime", "website", "date"),
    Attribute(80, "special_to_date", "Special Price To Date", "datetime", "website", "date"),
    Attribute(81, "cost", "Cost", "decimal", "global", "price"),
    Attribute(82, "weight", "Weight", "decimal", "global", "weight"),
    Attribute(83, "manufacturer", "Manufacturer", "int", "global", "select"),
    Attribute(84, "meta_title", "Meta Title", "varchar", "store"),
    Attribute(85, "meta_keyword", "Meta Keywords", "text", "store", "textarea"),
    Attribute(86, "meta_description", "Meta Description", "varchar", "store", "textarea"),
    Attribute(87, "image", "Base", "varchar", "store", "media_image"),
    Attribute(88, "small_image", "Small", "varchar", "store", "media_image"),
    Attribute(89, "thumbnail", "Thumbnail", "varchar", "store", "media_image"),
    # Custom attributes are returned in this order; size comes before color as O5.4 prints a child.
    Attribute(141, "size", "Size", "int", "global", "select", SIZE_OPTIONS),
    Attribute(93, "color", "Color", "int", "global", "select", COLOR_OPTIONS),
    Attribute(94, "news_from_date", "Set Product as New from Date", "datetime", "website", "date"),
    Attribute(95, "news_to_date", "Set Product as New to Date", "datetime", "website", "date"),
    Attribute(97, "status", "Enable Product", "int", "website", "boolean"),
    Attribute(99, "visibility", "Visibility", "int", "store", "select"),
    Attribute(102, "country_of_manufacture", "Country of Manufacture", "varchar", "website", "select"),
    Attribute(106, "options_container", "Display Product Options In", "varchar", "store", "select"),
    Attribute(107, "required_options", "", "static", "global"),
    Attribute(108, "has_options", "", "static", "global"),
    Attribute(115, "msrp", "Minimum Advertised Price", "decimal", "website", "price"),
    Attribute(116, "msrp_display_actual_price_type", "Display Actual Price", "varchar", "website", "select"),
    Attribute(121, "url_key", "URL Key", "varchar", "store"),
    Attribute(122, "url_path", "URL Path", "varchar", "store"),
    Attribute(127, "tax_class_id", "Tax Class", "int", "website", "select"),
    Attribute(128, "gift_message_available", "Allow Gift Message", "varchar", "store", "boolean"),
    Attribute(129, "swatch_image", "Swatch", "varchar", "store", "media_image"),
    Attribute(130, "price_type", "Dynamic Price", "int", "global", "boolean"),
    Attribute(131, "sku_type", "Dynamic SKU", "int", "global", "boolean"),
    Attribute(132, "weight_type", "Dynamic Weight", "int", "global", "boolean"),
    Attribute(133, "price_view", "Price View", "int", "store", "select"),
    Attribute(134, "shipment_type", "Ship Bundle Items", "int", "global", "select"),
    Attribute(135, "links_purchased_separately", "Links can be purchased separately", "int", "global"),
    Attribute(136, "samples_title", "Samples title", "varchar", "store"),
    Attribute(137, "links_title", "Links title", "varchar", "store"),
    Attribute(138, "links_exist", "Links Exist", "int", "global"),
)

BY_CODE: dict[str, Attribute] = {a.code: a for a in _ATTRIBUTES}
BY_ID: dict[int, Attribute] = {a.attribute_id: a for a in _ATTRIBUTES}

# Returned as custom_attributes: every attribute but the interface's own fields.
INTERFACE_FIELDS = frozenset(("sku", *ENTITY_COLUMNS))
CUSTOM_ATTRIBUTE_CODES = tuple(a.code for a in _ATTRIBUTES if a.code not in INTERFACE_FIELDS)
STATIC_CUSTOM_CODES = frozenset(("required_options", "has_options"))
# Codes a client may write through custom_attributes (static ones are maintained by the catalog).
WRITABLE_CUSTOM_CODES = frozenset(c for c in CUSTOM_ATTRIBUTE_CODES if c not in STATIC_CUSTOM_CODES)
CONFIGURABLE_ATTRIBUTE_INPUTS = frozenset(("select",))

PRODUCT_TYPES = ("simple", "virtual", "downloadable", "configurable", "bundle", "grouped")
TYPES_WITH_WEIGHT = frozenset(("simple", "configurable", "bundle"))
TYPES_REQUIRING_PRICE = frozenset(("simple", "virtual", "downloadable"))
BUNDLE_SELECTION_TYPES = frozenset(("simple", "virtual"))


def attribute(code: str) -> Attribute | None:
    return BY_CODE.get(code)


def store_for_write(code: str, request_store_id: int) -> int:
    """Where a value sent in a request running in `request_store_id` is written."""
    found = BY_CODE.get(code)
    if found is None or found.scope == "global":
        return 0
    return request_store_id


def defaults_for_new_product(type_id: str) -> dict[str, str]:
    """Values Magento gives a new product that does not send them (attribute default values)."""
    values = {
        "options_container": "container2",
        "msrp_display_actual_price_type": "0",
        "tax_class_id": "2",
    }
    if type_id == "bundle":
        values |= {"price_type": "0", "sku_type": "0", "weight_type": "0", "price_view": "0", "shipment_type": "0"}
    if type_id == "downloadable":
        values |= {"links_purchased_separately": "1", "links_title": "Links", "samples_title": "Samples"}
    return values


_NOT_URL_SAFE = re.compile(r"[^0-9a-z]+")


def format_url_key(text: str) -> str:
    """Magento's Product\\Url::formatUrlKey: transliterate, lower-case, non-alphanumerics to '-'."""
    ascii_text = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode("ascii")
    return _NOT_URL_SAFE.sub("-", ascii_text.lower()).strip("-")


def url_key_for(given: str | None, name: str | None) -> str:
    """ProductUrlPathGenerator::prepareProductUrlKey: the sent key, else the name, formatted."""
    key = (given or "").strip().lower()
    return format_url_key(key or (name or ""))
