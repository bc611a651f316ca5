"""Odd product input never gives a 500 on any product route (Magento answers 200 for some, 4xx for the rest)."""

from __future__ import annotations

from typing import Any

import pytest
from starlette.testclient import TestClient

from tests.api.product_helpers import create, simple

F = "searchCriteria[filterGroups][0][filters][0]"


def bundle(options: list[dict[str, Any]]) -> dict[str, Any]:
    return simple("a", type_id="bundle", extension_attributes={"bundle_product_options": options})


def download(link: dict[str, Any]) -> dict[str, Any]:
    return simple("a", type_id="downloadable", extension_attributes={"downloadable_product_links": [link]})


BAD_BODIES: list[dict[str, Any]] = [
    {"product": "x"},
    {"product": []},
    {"product": {"sku": ["a"]}},
    {"product": {"sku": 5, "name": "n", "price": 1, "attribute_set_id": 4}},
    {"product": simple("a", name=["x"])},
    {"product": simple("a", name="n" * 300)},
    {"product": simple("a", price=1e30)},
    {"product": simple("a", weight=1e30)},
    {"product": simple("a", status=40000)},
    {"product": simple("a", visibility=-99999)},
    {"product": simple("a", attribute_set_id=2**40)},
    {"product": simple("a", custom_attributes="x")},
    {"product": simple("a", custom_attributes=[{"attribute_code": "description", "value": {"a": 1}}])},
    {"product": simple("a", custom_attributes=[{"attribute_code": "special_price", "value": "1e300"}])},
    {"product": simple("a", custom_attributes=[{"attribute_code": "color", "value": "99999999999999999999"}])},
    {"product": simple("a", custom_attributes=[{"attribute_code": "news_from_date", "value": "2024-13-45"}])},
    {"product": simple("a", "!!!", custom_attributes=[{"attribute_code": "url_key", "value": "!!!"}])},
    {"product": simple("a", extension_attributes="x")},
    {"product": simple("a", extension_attributes={"website_ids": ["x"]})},
    {"product": simple("a", extension_attributes={"website_ids": [2**40]})},
    {"product": simple("a", extension_attributes={"stock_item": {"qty": "abc"}})},
    {"product": bundle([{"title": "t"}])},
    {"product": bundle([{"title": "t", "product_links": [{"sku": None}]}])},
    {"product": simple("a", type_id="configurable", extension_attributes={"configurable_product_links": [2**40, -1]})},
    {"product": simple("a", type_id="configurable", extension_attributes={"configurable_product_options": [{}]})},
    {"product": simple("a", type_id="configurable",
                       extension_attributes={"configurable_product_options": [{"attribute_id": "abc"}]})},
    {"product": download({})},
    {"product": download({"title": "t", "link_type": "url", "sort_order": 2**40, "is_shareable": 0, "price": 0,
                          "sample_type": "url"})},
    {"product": download({"title": "t", "link_type": "file", "link_file_content": {"file_data": "x", "name": ""},
                          "sort_order": 1, "is_shareable": 0, "price": 0, "sample_type": "file"})},
    {"product": simple("a", product_links=[{}])},
    {"product": simple("a", product_links=[{"linked_product_sku": "a", "link_type": "x" * 100}])},
]
BAD_READS = [
    "/rest/V1/products/exists?storeId=abc",
    "/rest/V1/products/exists?storeId=99999999999",
    "/rest/V1/products/%20",
    "/rest/V1/products?searchCriteria[pageSize]=99999999999",
    f"/rest/V1/products?{F}[field]=url_key&{F}[value]=x&{F}[conditionType]=gt",
    f"/rest/V1/products?{F}[field]=color&{F}[value]=abc",
    f"/rest/V1/products?{F}[field]=special_price&{F}[value]=1e400&{F}[conditionType]=gt",
    f"/rest/V1/products?{F}[field]=sku&{F}[value]=a%5C&{F}[conditionType]=like",
    f"/rest/V1/products?{F}[field]=sku&{F}[value]=%00&{F}[conditionType]=like",
    f"/rest/V1/products?{F}[field]=name&{F}[value]=x&{F}[conditionType]=finset",
    "/rest/V1/bundle-products/exists/children?optionId=abc",
]


@pytest.fixture
def existing(client: TestClient, admin_headers: dict[str, str]) -> None:
    create(client, admin_headers, simple("exists"))


@pytest.mark.parametrize("body", BAD_BODIES)
def test_bad_bodies_are_not_500(client: TestClient, admin_headers: dict[str, str], existing: None,
                            body: dict[str, Any]) -> None:
    for method, url in (("POST", "/rest/V1/products"), ("PUT", "/rest/V1/products/exists"),
                        ("PUT", "/rest/all/V1/products/exists")):
        response = client.request(method, url, headers=admin_headers, json=body)
        assert response.status_code < 500, (method, url, response.text)


def test_bad_reads_are_not_500(client: TestClient, admin_headers: dict[str, str], existing: None) -> None:
    for url in BAD_READS:
        response = client.get(url, headers=admin_headers)
        assert response.status_code < 500, (url, response.text)
    for body in ({"childSku": None}, {"childSku": ["x"]}, {}, {"childSku": "exists"}):
        response = client.post("/rest/V1/configurable-products/exists/child", headers=admin_headers, json=body)
        assert 400 <= response.status_code < 500, (body, response.text)


def test_column_limits(client: TestClient, admin_headers: dict[str, str]) -> None:
    response = client.post("/rest/V1/products", headers=admin_headers, json={"product": simple("a", "n" * 256)})
    assert (response.status_code, response.json()) == (
        400, {"message": "The product was unable to be saved. Please try again."})
