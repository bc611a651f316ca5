"""Store-scoped product values (conventions §1.1): create = global, update without a code = default store,
`all` = store 0, `<code>` = that store only; reads fall back to store 0."""

from __future__ import annotations

import pytest
from sqlalchemy import Engine
from starlette.testclient import TestClient

from merx.runtime import Runtime
from tests.api.product_helpers import create, custom, simple
from tests.api.test_stores import create_seed_stores


@pytest.fixture
def stores(engine: Engine, runtime: Runtime) -> None:
    create_seed_stores(engine)
    runtime.refresh_if_changed()


def name_in(client: TestClient, headers: dict[str, str], store: str, sku: str = "s-1") -> str:
    body = client.get(f"/rest/{store}/V1/products/{sku}", headers=headers).json()
    return str(body["name"])


def put(client: TestClient, headers: dict[str, str], prefix: str, product: dict[str, object]) -> dict[str, object]:
    response = client.put(f"{prefix}/V1/products/s-1", headers=headers, json={"product": product})
    assert response.status_code == 200, response.text
    body: dict[str, object] = response.json()
    return body


def test_name_per_scope(client: TestClient, admin_headers: dict[str, str], stores: None) -> None:
    create(client, admin_headers, simple("s-1", "Original"), store="us")  # a create is global, even with a code
    assert [name_in(client, admin_headers, s) for s in ("all", "default", "us", "de")] == ["Original"] * 4

    assert put(client, admin_headers, "/rest", {"name": "Default Name"})["name"] == "Default Name"
    assert [name_in(client, admin_headers, s) for s in ("all", "default", "us", "de")] == [
        "Original", "Default Name", "Original", "Original"]

    assert put(client, admin_headers, "/rest/us", {"name": "US Name"})["name"] == "US Name"
    assert put(client, admin_headers, "/rest/all", {"name": "Global"})["name"] == "Global"
    assert [name_in(client, admin_headers, s) for s in ("all", "default", "us", "de")] == [
        "Global", "Default Name", "US Name", "Global"]
    by_store_id = client.get("/rest/all/V1/products/s-1?storeId=2", headers=admin_headers).json()
    assert by_store_id["name"] == "US Name"


def test_unchanged_values_are_not_copied_to_the_store(client: TestClient, admin_headers: dict[str, str],
                                                      stores: None) -> None:
    full = create(client, admin_headers, simple("s-1", "Original"))
    put(client, admin_headers, "/rest", {"name": "Original", "price": full["price"]})  # a GET-then-PUT round trip
    put(client, admin_headers, "/rest/all", {"name": "Renamed"})
    assert name_in(client, admin_headers, "default") == "Renamed"


def test_global_website_and_store_attributes(client: TestClient, admin_headers: dict[str, str],
                                             stores: None) -> None:
    create(client, admin_headers, simple("s-1", "Original", price=10))
    put(client, admin_headers, "/rest/us", {"price": 12, "status": 2, "custom_attributes": [
        {"attribute_code": "description", "value": "US text"}]})
    us = client.get("/rest/us/V1/products/s-1", headers=admin_headers).json()
    de = client.get("/rest/de/V1/products/s-1", headers=admin_headers).json()
    assert (us["price"], de["price"]) == (12, 12)  # price is global
    assert (us["status"], de["status"]) == (2, 1)  # status is per website
    assert custom(us)["description"] == "US text" and "description" not in custom(de)


def test_search_uses_the_store_value(client: TestClient, admin_headers: dict[str, str], stores: None) -> None:
    create(client, admin_headers, simple("s-1", "Original"))
    put(client, admin_headers, "/rest/us", {"name": "Localised"})
    query = ("/V1/products?searchCriteria[filterGroups][0][filters][0][field]=name"
             "&searchCriteria[filterGroups][0][filters][0][value]=Local%25"
             "&searchCriteria[filterGroups][0][filters][0][conditionType]=like")
    assert client.get(f"/rest/us{query}", headers=admin_headers).json()["total_count"] == 1
    assert client.get(f"/rest/de{query}", headers=admin_headers).json()["total_count"] == 0
    items = client.get(f"/rest/us{query}", headers=admin_headers).json()["items"]
    assert items[0]["name"] == "Localised"


def test_website_assignment(client: TestClient, admin_headers: dict[str, str], stores: None) -> None:
    assert create(client, admin_headers, simple("w-1"), store="all")["extension_attributes"]["website_ids"] == [
        1, 2, 3]
    assert create(client, admin_headers, simple("w-2"), store="de")["extension_attributes"]["website_ids"] == [3]
    assert create(client, admin_headers, simple("w-3"))["extension_attributes"]["website_ids"] == [1]
    given = create(client, admin_headers, simple("w-4", extension_attributes={"website_ids": [2]}))
    assert given["extension_attributes"]["website_ids"] == [2]
    moved = client.put("/rest/V1/products/w-4", headers=admin_headers,
                       json={"product": {"extension_attributes": {"website_ids": [1, 3]}}}).json()
    assert moved["extension_attributes"]["website_ids"] == [1, 3]
