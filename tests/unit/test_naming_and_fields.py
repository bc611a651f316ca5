from __future__ import annotations

import pytest

from merx.webapi.fields_filter import InvalidFieldsFilter, apply_fields, parse_fields
from merx.webapi.naming import normalise, to_camel, to_snake, to_upper_camel


def test_names() -> None:
    assert to_snake("defaultBilling") == "default_billing"
    assert to_snake("default_billing") == "default_billing"
    assert to_camel("customer_id") == "customerId"
    assert to_camel("search_criteria") == "searchCriteria"
    assert to_upper_camel("foo_bar") == "FooBar"
    assert to_upper_camel("city.") == "City."
    assert normalise("default_billing") == normalise("DefaultBilling")


def test_parse_fields_nesting() -> None:
    tree = parse_fields("name,extension_attributes[category_links,stock_item[item_id,qty]]")
    assert tree == {"name": None, "extension_attributes": {"category_links": None,
                                                           "stock_item": {"item_id": None, "qty": None}}}


@pytest.mark.parametrize("text", ["", "a b", "a.b", "a[b", "a]b", "[a]", "a[b]]"])
def test_invalid_fields(text: str) -> None:
    with pytest.raises(InvalidFieldsFilter):
        parse_fields(text)


def test_apply_fields_on_lists_and_custom_attributes() -> None:
    value = {"items": [{"sku": "a", "price": 1, "custom_attributes": [
        {"attribute_code": "color", "value": "red"}, {"attribute_code": "size", "value": "L"}]}], "total_count": 1}
    tree = parse_fields("items[sku,custom_attributes[color]],unknown")
    assert apply_fields(value, tree) == {
        "items": [{"sku": "a", "custom_attributes": [{"attribute_code": "color", "value": "red"}]}]
    }
