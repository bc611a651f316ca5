"""Pure catalog rules: url keys, value coercion, store fallback, validation order, configurable links."""

from __future__ import annotations

import pytest

from merx.catalog import rules
from merx.catalog.attributes import BY_CODE, format_url_key, store_for_write, url_key_for
from merx.webapi.errors import InputError, MerxError, WebapiError


def test_url_keys() -> None:
    assert format_url_key("Voyage Yoga Bag") == "voyage-yoga-bag"
    assert format_url_key("Advanced Pilates & Yoga (Strength)") == "advanced-pilates-yoga-strength"
    assert format_url_key("  Crème Brûlée -- 2  ") == "creme-brulee-2"
    assert url_key_for(None, "Chaz Kangeroo Hoodie") == "chaz-kangeroo-hoodie"
    assert url_key_for("My Key!", "Ignored") == "my-key"
    assert url_key_for("", "From Name") == "from-name"


def test_write_scope_follows_the_attribute_scope() -> None:
    assert store_for_write("name", 1) == 1
    assert store_for_write("price", 1) == 0
    assert store_for_write("status", 2) == 2
    assert store_for_write("unknown", 2) == 0
    assert store_for_write("name", 0) == 0


def test_effective_values_prefer_the_store() -> None:
    rows = [("name", 0, "Global"), ("name", 2, "US"), ("description", 0, "Text"), ("name", 3, "DE")]
    assert rules.effective(rows, 2) == {"name": "US", "description": "Text"}
    assert rules.effective(rows, 0) == {"name": "Global", "description": "Text"}
    assert rules.effective(rows, 1) == {"name": "Global", "description": "Text"}


def test_stored_text_per_backend() -> None:
    assert rules.stored_text(BY_CODE["color"], 52) == "52"
    assert rules.stored_text(BY_CODE["color"], "52") == "52"
    assert rules.stored_text(BY_CODE["special_price"], "9.5") == "9.500000"
    assert rules.stored_text(BY_CODE["description"], 5) == "5"
    assert rules.stored_text(BY_CODE["description"], True) == "1"
    assert rules.stored_text(BY_CODE["news_from_date"], "2024-02-03") == "2024-02-03 00:00:00"
    assert rules.stored_text(BY_CODE["description"], None) is None
    with pytest.raises(WebapiError, match=r'Attribute "color" has invalid value\. The "red"'):
        rules.stored_text(BY_CODE["color"], "red")
    with pytest.raises(WebapiError, match='The "array" value'):
        rules.stored_text(BY_CODE["description"], ["a"])
    with pytest.raises(MerxError, match="0 or greater"):
        rules.stored_text(BY_CODE["special_price"], -1)
    with pytest.raises(InputError):
        rules.stored_text(BY_CODE["news_from_date"], "someday")


def test_required_checks_in_attribute_order() -> None:
    def first_error(**values: object) -> object:
        arguments = {"type_id": "simple", "name": "N", "sku": "S", "price": 1.0, "price_given": True, **values}
        try:
            rules.check_required(**arguments)  # type: ignore[arg-type]
        except MerxError as error:
            return error.parameters or error.message
        return None

    assert first_error(name=None, sku=None, price=None) == ["Product Name"]
    assert first_error(sku="  ", price=None) == ["sku"]
    assert first_error(price=None) == ["Price"]
    assert first_error(type_id="configurable", price=None) is None
    assert first_error(sku="x" * 65) == [64]
    assert first_error() is None


def test_types_and_attribute_sets() -> None:
    rules.check_type("bundle")
    with pytest.raises(InputError):
        rules.check_type("giftcard")
    rules.check_attribute_set(4)
    for bad in (None, 1, 999):
        with pytest.raises(MerxError, match="Invalid product data"):
            rules.check_attribute_set(bad)


def test_website_ids_for_a_new_product() -> None:
    kwargs = {"store_website_id": 2, "all_websites": [1, 2, 3]}
    assert rules.website_ids_for_new(None, store_is_admin=True, **kwargs) == [1, 2, 3]  # type: ignore[arg-type]
    assert rules.website_ids_for_new(None, store_is_admin=False, **kwargs) == [2]  # type: ignore[arg-type]
    assert rules.website_ids_for_new([3, 1, 3], store_is_admin=False, **kwargs) == [1, 3]  # type: ignore[arg-type]


def test_configurable_links_need_distinct_complete_values() -> None:
    values = {1: {"color": "49", "size": "167"}, 2: {"color": "49", "size": "168"}, 3: {"color": "49"}}
    rules.check_configurable_links([1, 2], ["color", "size"], values)
    with pytest.raises(InputError) as missing:
        rules.check_configurable_links([1, 3], ["color", "size"], values)
    assert missing.value.parameters == [3, "size"]
    with pytest.raises(InputError) as same:
        rules.check_configurable_links([1, 2], ["color"], values)
    assert same.value.parameters == [2, 1]
