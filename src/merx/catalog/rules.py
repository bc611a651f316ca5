"""Pure product rules: validation of a save, value coercion, store fallback, website assignment."""

from __future__ import annotations

from collections.abc import Callable, Iterable, Mapping, Sequence
from datetime import datetime
from typing import Any

from merx.catalog import errors
from merx.catalog.attributes import (
    BY_CODE,
    DEFAULT_ATTRIBUTE_SET_ID,
    PRODUCT_TYPES,
    TYPES_REQUIRING_PRICE,
    Attribute,
)
from merx.webapi.coercion import to_float, to_int, to_str
from merx.webapi.errors import InputError, MerxError, WebapiError, type_error

# Attribute sets of the product entity: Magento's Default, and the Luma sets the sample data uses.
PRODUCT_ATTRIBUTE_SETS = {DEFAULT_ATTRIBUTE_SET_ID: "Default", 9: "Top", 11: "Gear", 15: "Bag"}
_DATE_FORMATS = ("%Y-%m-%d %H:%M:%S", "%Y-%m-%d", "%Y-%m-%dT%H:%M:%S", "%m/%d/%Y")


def check_type(type_id: str) -> None:
    if type_id not in PRODUCT_TYPES or type_id == "grouped":
        raise errors.invalid_value("type_id", type_id)


def check_attribute_set(attribute_set_id: int | None) -> None:
    if attribute_set_id not in PRODUCT_ATTRIBUTE_SETS:
        raise errors.invalid_attribute_set()


def check_required(
    *, type_id: str, name: str | None, sku: str | None, price: float | None, price_given: bool
) -> None:
    """Magento validates attributes in attribute-id order and stops at the first failure."""
    if name is None or str(name).strip() == "":
        raise errors.attribute_empty(BY_CODE["name"].label)
    if sku is None or sku.strip() == "":
        raise errors.attribute_empty("sku")
    if len(sku.strip()) > errors.PRODUCT_MAX_SKU_LENGTH:
        raise MerxError(errors.SKU_TOO_LONG, [errors.PRODUCT_MAX_SKU_LENGTH])
    if type_id in TYPES_REQUIRING_PRICE and price is None:
        raise errors.attribute_empty(BY_CODE["price"].label)
    if price_given and price is not None and price < 0:
        raise MerxError(errors.NEGATIVE_PRICE)


# Column limits, as MySQL in strict mode enforces them (Magento then answers "unable to be saved").
MAX_DECIMAL = 10**14  # decimal(20,6)
MAX_WEIGHT = 10**8  # decimal(12,4)
SMALLINT = (-(2**15), 2**15 - 1)
INT = (-(2**31), 2**31 - 1)
MAX_NAME_LENGTH = 255


def check_column_limits(data: Mapping[str, Any]) -> None:
    name, price, weight = data.get("name"), data.get("price"), data.get("weight")
    if isinstance(name, str) and len(name) > MAX_NAME_LENGTH:
        raise errors.unable_to_save()
    if price is not None and abs(price) >= MAX_DECIMAL:
        raise errors.unable_to_save()
    if weight is not None and abs(weight) >= MAX_WEIGHT:
        raise errors.unable_to_save()
    for code in ("status", "visibility"):
        value = data.get(code)
        if value is not None and not SMALLINT[0] <= value <= SMALLINT[1]:
            raise errors.unable_to_save()


def check_price(value: float | None) -> None:
    if value is not None and value < 0:
        raise MerxError(errors.NEGATIVE_PRICE)


def stored_text(attribute: Attribute, raw: Any) -> str | None:
    """A custom attribute value as stored and returned: text; decimals as `12.500000`.

    Typed attributes are coerced as ServiceInputProcessor::convertCustomAttributeValue does
    (int for `int` backends, double for `decimal`), with its nested error message.
    """
    if raw is None:
        return None
    if attribute.backend == "int":
        integer = int(_typed(attribute, raw, to_int, "int"))
        if not INT[0] <= integer <= INT[1]:
            raise errors.unable_to_save()
        return str(integer)
    if attribute.backend == "decimal":
        number = float(_typed(attribute, raw, to_float, "double"))
        if attribute.frontend_input == "price":
            check_price(number)
        if abs(number) >= MAX_DECIMAL:
            raise errors.unable_to_save()
        return f"{number:.6f}"
    if isinstance(raw, dict | list):
        raise _custom_attribute_error(attribute, type_error("array", "string"))
    text = to_str(raw)
    if attribute.backend == "datetime" and text != "":
        return _date_text(attribute, text)
    return text


def _typed(attribute: Attribute, raw: Any, cast: Callable[[Any], Any], php_type: str) -> Any:
    try:
        return cast(raw)
    except WebapiError:
        shown = "array" if isinstance(raw, dict | list) else to_str(raw) if not isinstance(raw, str) else raw
        raise _custom_attribute_error(attribute, type_error(shown, php_type)) from None


def _custom_attribute_error(attribute: Attribute, inner: WebapiError) -> WebapiError:
    return WebapiError(
        f'Error occurred during "custom_attributes" processing. '
        f'Attribute "{attribute.code}" has invalid value. {inner.message}'
    )


def _date_text(attribute: Attribute, text: str) -> str:
    for pattern in _DATE_FORMATS:
        try:
            return datetime.strptime(text.strip(), pattern).strftime("%Y-%m-%d %H:%M:%S")
        except ValueError:
            continue
    raise errors.invalid_value(attribute.code, text)


def effective(values: Iterable[tuple[str, int, str | None]], store_id: int) -> dict[str, str | None]:
    """Store-view values win over store 0 values (rows are (code, store_id, value))."""
    result: dict[str, str | None] = {}
    overrides: dict[str, str | None] = {}
    for code, row_store, value in values:
        if row_store == 0:
            result[code] = value
        elif row_store == store_id:
            overrides[code] = value
    result.update(overrides)
    return result


def website_ids_for_new(
    given: Sequence[int] | None, *, store_is_admin: bool, store_website_id: int, all_websites: Sequence[int]
) -> list[int]:
    """Sent website_ids are saved as sent; otherwise the request's website, or every website for `all`."""
    if given is not None:
        return sorted(set(given))
    if store_is_admin:
        return sorted(all_websites)
    return [store_website_id]


def check_configurable_links(
    children: Sequence[int], attribute_codes: Sequence[str], values: Mapping[int, Mapping[str, str]]
) -> None:
    """ConfigurableProduct ProductRepositorySave::validateProductLinks."""
    seen: dict[str, int] = {}
    for child_id in children:
        child_values = values.get(child_id, {})
        key = ""
        for code in attribute_codes:
            value = child_values.get(code)
            if not value or value == "0":
                raise InputError(errors.LINK_LACKS_ATTRIBUTE, [child_id, code])
            key += f"{code}:{value};"
        if key in seen:
            raise InputError(errors.SAME_ATTRIBUTE_VALUES, [child_id, seen[key]])
        seen[key] = child_id
