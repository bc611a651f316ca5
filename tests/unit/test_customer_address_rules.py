"""Pure address rules (Validator\\General, Validator\\Country, the region fill-in) and customer scope."""

from __future__ import annotations

import pytest

from merx.customer.address_rules import (
    AddressDraft,
    AddressRules,
    attribute_messages,
    fill_region,
    owner_errors,
    region_code_of,
    resolve_region_id,
    validation_errors,
)
from merx.customer.scope import SHARE_GLOBAL, SHARE_WEBSITE, new_customer_scope, request_store
from merx.store.registry import Group, StoreRegistry, StoreView, Website
from merx.webapi.errors import MerxError

RULES = AddressRules(allowed_countries=frozenset({"US", "DE", "GB", "FR"}), state_required=frozenset({"US"}),
                     optional_zip=frozenset({"GB"}), street_lines=2)
NY = AddressDraft(firstname="Jane", lastname="Doe", street=("160 1st St.",), city="Mineola", telephone="516",
                  postcode="11501", country_id="US", region_id=43)


def fields(errors: list[MerxError]) -> list[object]:
    return [(e.message, e.parameters) for e in errors]


def test_valid_address() -> None:
    assert validation_errors(NY, RULES) == []
    assert attribute_messages(NY, RULES) == []


def test_required_fields_in_magento_order() -> None:
    empty = AddressDraft(country_id="US", region_id=43)
    assert [e.parameters for e in validation_errors(empty, RULES)] == [
        {"fieldName": name} for name in ("firstname", "lastname", "street", "city", "telephone", "postcode")]
    relaxed = AddressRules(RULES.allowed_countries, RULES.state_required, RULES.optional_zip, 2,
                           telephone_required=False, company_required=True)
    errors = validation_errors(AddressDraft(firstname=" ", lastname="D", street=("x",), city="c", country_id="GB"),
                               relaxed)
    assert [e.parameters for e in errors] == [{"fieldName": "firstname"}, {"fieldName": "company"}]


def test_country_and_region() -> None:
    invalid = '"Invalid value of "%value" provided for the %fieldName field.'[1:]
    assert fields(validation_errors(AddressDraft(**{**NY.__dict__, "country_id": None}), RULES))[-1] == (
        '"%fieldName" is required. Enter and try again.', {"fieldName": "countryId"})
    assert fields(validation_errors(AddressDraft(**{**NY.__dict__, "country_id": "<XX>"}), RULES)) == [
        (invalid, {"fieldName": "countryId", "value": "&lt;XX&gt;"})]
    assert fields(validation_errors(AddressDraft(**{**NY.__dict__, "region_id": 81}), RULES)) == [
        (invalid, {"fieldName": "regionId", "value": "81"})]
    assert fields(validation_errors(AddressDraft(**{**NY.__dict__, "region_id": None}), RULES)) == [
        ('"%fieldName" is required. Enter and try again.', {"fieldName": "regionId"})]
    # Germany has regions but does not require one
    assert validation_errors(AddressDraft(**{**NY.__dict__, "country_id": "DE", "region_id": None}), RULES) == []


def test_region_resolution_and_fill() -> None:
    by_code = resolve_region_id(AddressDraft(country_id="US", region_code="ny"))
    assert by_code.region_id == 43
    by_text = resolve_region_id(AddressDraft(country_id="US", region="New York", region_code="NY"))
    assert by_text.region_id is None  # Magento looks the region text up as a code
    numeric = resolve_region_id(AddressDraft(country_id="US", region="57"))
    assert (numeric.region_id, numeric.region) == (57, None)
    assert fill_region(AddressDraft(country_id="US", region_id=43, region="NYC")).region == "New York"
    assert fill_region(AddressDraft(country_id="GB", region_id=43, region="London")).region_id is None
    assert region_code_of(43, "New York", "US") == "NY"
    assert region_code_of(None, "London", "GB") == "London"


def test_line_count_lengths_and_owner() -> None:
    draft = AddressDraft(**{**NY.__dict__, "street": ("a", "b", "c"), "city": "x" * 256, "prefix": "p" * 41})
    assert attribute_messages(draft, RULES) == [
        '"Street Address" cannot contain more than 2 lines.',
        '"Name Prefix" length must be equal or less than 40 characters.',
        '"City" length must be equal or less than 255 characters.',
    ]
    assert owner_errors(5, 5) == [] and owner_errors(5, None) == []
    assert fields(owner_errors(5, 6)) == [
        ("Provided customer ID \"%customer_id\" isn't related to current customer address.", {"customer_id": 5})]


def _registry() -> StoreRegistry:
    websites = [Website(0, "admin", "Admin", 0, 0, False), Website(1, "base", "Main", 0, 1, True),
                Website(2, "na", "NA", 0, 2, False)]
    groups = [Group(0, 0, "default", "Default", 0, 0), Group(1, 1, "main", "Main", 2, 1), Group(2, 2, "na", "NA", 2, 2)]
    stores = [StoreView(0, "admin", 0, 0, "Admin", 0, True),
              StoreView(1, "default", 1, 1, "Default Store View", 0, True),
              StoreView(2, "us", 2, 2, "US Store View", 0, True)]
    return StoreRegistry(websites, groups, stores)


def test_scope_resolution() -> None:
    stores = _registry()
    default, us, admin = stores.store(1), stores.store(2), stores.admin_store
    assert default is not None and us is not None
    assert request_store(stores, us, True) == us
    assert request_store(stores, admin, True) == default  # /rest/all
    assert request_store(stores, default, False) == default  # /rest/V1
    assert new_customer_scope(stores, us, None, None, SHARE_WEBSITE).store == us
    assert new_customer_scope(stores, default, None, 2, SHARE_WEBSITE).store == us
    assert new_customer_scope(stores, default, 2, None, SHARE_WEBSITE).website_id == 2
    assert new_customer_scope(stores, default, 0, 0, SHARE_WEBSITE).store == default  # 0 means not given
    with pytest.raises(MerxError) as mismatch:
        new_customer_scope(stores, default, 2, 1, SHARE_WEBSITE)
    assert (mismatch.value.status, mismatch.value.message) == (400, "The store view is not in the associated website.")
    assert new_customer_scope(stores, default, 2, 1, SHARE_GLOBAL).website_id == 1
    with pytest.raises(MerxError) as unknown_store:
        new_customer_scope(stores, default, 9, None, SHARE_WEBSITE)
    assert unknown_store.value.status == 404
    with pytest.raises(MerxError) as unknown_website:
        new_customer_scope(stores, default, None, 9, SHARE_WEBSITE)
    assert (unknown_website.value.status, unknown_website.value.parameters) == (404, [9])
