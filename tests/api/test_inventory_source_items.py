"""Source items (MSI's SourceItemsSave ValidationTest cases) and the bulk mass actions."""

from __future__ import annotations

from typing import Any

import pytest
from sqlalchemy import Engine
from starlette.testclient import TestClient

from tests.api.inventory_helpers import deploy_sample_data, quantities

ITEMS = "/rest/V1/inventory/source-items"
VALID = {"sku": "SKU-1", "quantity": 1.5, "source_code": "eu-1", "status": 1}


@pytest.fixture
def eu_sources(client: TestClient, admin_headers: dict[str, str]) -> None:
    for code in ("eu-1", "eu-2"):
        source = {"source_code": code, "name": code, "country_id": "DE", "postcode": "10115"}
        assert client.post("/rest/V1/inventory/sources", headers=admin_headers, json={"source": source}).json() == []


def _save(client: TestClient, headers: dict[str, str], *items: dict[str, Any]) -> Any:
    return client.post(ITEMS, headers=headers, json={"sourceItems": list(items)})


def _empty(field: str) -> dict[str, Any]:
    return {"message": '"%field" can not be empty.', "parameters": {"field": field}}


@pytest.mark.parametrize(
    ("field", "value", "message", "errors"),
    [
        ("sku", None, 'Validation Failed: "sku" can not be empty.', [_empty("sku")]),
        ("sku", "", 'Validation Failed: "sku" can not be empty.', [_empty("sku")]),
        ("sku", " ", 'Validation Failed: "sku" can not be empty.',
         [_empty("sku"), {"message": '"%field" can not contain leading or trailing spaces.',
                          "parameters": {"field": "sku"}}]),
        ("status", "999999", 'Validation Failed: "status" should a known status.',
         [{"message": '"%field" should a known status.', "parameters": {"field": "status"}}]),
        ("quantity", None, 'Validation Failed: "quantity" should be numeric.',
         [{"message": '"%field" should be numeric.', "parameters": {"field": "quantity"}}]),
        ("status", None, 'Validation Failed: "status" should be numeric.',
         [{"message": '"%field" should be numeric.', "parameters": {"field": "status"}}]),
        ("source_code", None, 'Validation Failed: "source_code" can not be empty.', [_empty("source_code")]),
        ("source_code", " ", 'Validation Failed: "source_code" can not be empty.',
         [_empty("source_code"), {"message": '"%field" can not contain whitespaces.',
                                  "parameters": {"field": "source_code"}}]),
        ("source_code", "source code", 'Validation Failed: "source_code" can not contain whitespaces.',
         [{"message": '"%field" can not contain whitespaces.', "parameters": {"field": "source_code"}}]),
    ],
)  # fmt: skip
def test_validation(
    client: TestClient, admin_headers: dict[str, str], eu_sources: None,
    field: str, value: Any, message: str, errors: list[dict[str, Any]],
) -> None:
    response = _save(client, admin_headers, {**VALID, field: value})
    assert response.status_code == 400
    assert response.json() == {"message": message, "errors": errors}


@pytest.mark.parametrize("field", ["sku", "source_code", "quantity", "status"])
def test_missing_field(client: TestClient, admin_headers: dict[str, str], eu_sources: None, field: str) -> None:
    item = {k: v for k, v in VALID.items() if k != field}
    response = _save(client, admin_headers, item)
    assert response.status_code == 400
    assert response.json()["errors"][0]["parameters"] == {"field": field}


def test_rest_only_type_errors_and_empty_input(client: TestClient, admin_headers: dict[str, str]) -> None:
    response = _save(client, admin_headers, {**VALID, "quantity": "test"})
    assert response.json() == {"message": 'Error occurred during "quantity" processing. The "test" value\'s type is '
                                          'invalid. The "float" type was expected. Verify and try again.'}
    response = _save(client, admin_headers, {**VALID, "source_code": []})
    assert response.json() == {"message": 'Error occurred during "source_code" processing. The "array" value\'s '
                                          'type is invalid. The "string" type was expected. Verify and try again.'}
    empty = client.post(ITEMS, headers=admin_headers, json={"sourceItems": []})
    assert (empty.status_code, empty.json()) == (400, {"message": "Input data is empty"})
    missing = client.post(ITEMS, headers=admin_headers, json={})
    assert missing.json() == {"message": '"%fieldName" is required. Enter and try again.',
                              "parameters": {"fieldName": "sourceItems"}}


def test_unknown_source_and_one_bad_item_write_nothing(
    engine: Engine, client: TestClient, admin_headers: dict[str, str], eu_sources: None
) -> None:
    response = _save(client, admin_headers, VALID, {**VALID, "source_code": "not-existed-source-code"})
    assert (response.status_code, response.json()) == (400, {"message": "Could not save Source Item"})
    response = _save(client, admin_headers, VALID, {**VALID, "sku": "SKU-2", "status": 7})
    assert response.status_code == 400
    assert quantities(engine, "SKU-1") == {}


def test_save_update_search_delete(
    engine: Engine, client: TestClient, admin_headers: dict[str, str], eu_sources: None
) -> None:
    assert _save(client, admin_headers, VALID, {**VALID, "source_code": "eu-2", "quantity": 3}).json() == []
    assert _save(client, admin_headers, {**VALID, "quantity": "2.25", "status": "0"}).json() == []
    assert quantities(engine, "SKU-1") == {"eu-1": (2.25, 0), "eu-2": (3, 1)}
    query = ("searchCriteria[filter_groups][0][filters][0][field]=sku&searchCriteria[filter_groups][0][filters][0]"
             "[value]=SKU-1&searchCriteria[sortOrders][0][field]=quantity&searchCriteria[sortOrders][0][direction]=DESC")
    body = client.get(f"{ITEMS}?{query}", headers=admin_headers).json()
    assert body["items"] == [{"sku": "SKU-1", "source_code": "eu-2", "quantity": 3, "status": 1},
                             {"sku": "SKU-1", "source_code": "eu-1", "quantity": 2.25, "status": 0}]
    assert body["total_count"] == 2
    deleted = client.post(f"{ITEMS}-delete", headers=admin_headers,
                          json={"sourceItems": [{"sku": "SKU-1", "source_code": "eu-2"}]})
    assert deleted.json() == []
    assert quantities(engine, "SKU-1") == {"eu-1": (2.25, 0)}
    empty = client.post(f"{ITEMS}-delete", headers=admin_headers, json={"sourceItems": []})
    assert empty.json() == {"message": "Input data is empty"}


def test_bulk_assign_unassign(
    engine: Engine, client: TestClient, admin_headers: dict[str, str], eu_sources: None
) -> None:
    deploy_sample_data(engine)
    body = {"skus": ["24-WB01", "MH01", "nope"], "sourceCodes": ["eu-1", "eu-2"]}
    assign = client.post("/rest/V1/inventory/bulk-product-source-assign", headers=admin_headers, json=body)
    assert assign.json() == 2  # the configurable parent and the unknown sku are skipped
    assert quantities(engine, "24-WB01") == {"default": (100, 1), "eu-1": (0, 0), "eu-2": (0, 0)}
    again = client.post("/rest/V1/inventory/bulk-product-source-assign", headers=admin_headers, json=body)
    assert again.json() == 0
    unknown = client.post("/rest/V1/inventory/bulk-product-source-assign", headers=admin_headers,
                          json={"skus": ["24-WB01"], "sourceCodes": ["mars"]})
    assert unknown.json() == {"message": "Validation Failed", "errors": [
        {"message": "Source %sourceCode does not exist", "parameters": {"sourceCode": "mars"}}]}
    unassign = client.post("/rest/V1/inventory/bulk-product-source-unassign", headers=admin_headers,
                           json={"skus": ["24-WB01"], "sourceCodes": ["eu-1", "default"]})
    assert unassign.json() == 2
    assert quantities(engine, "24-WB01") == {"eu-2": (0, 0)}


def test_transfers(engine: Engine, client: TestClient, admin_headers: dict[str, str], eu_sources: None) -> None:
    deploy_sample_data(engine)
    _save(client, admin_headers, {"sku": "24-WB01", "source_code": "eu-1", "quantity": 7, "status": 1})
    transfer = {"skus": ["24-WB01", "MH01"], "originSource": "default", "destinationSource": "eu-1",
                "unassignFromOrigin": False}  # fmt: skip
    response = client.post("/rest/V1/inventory/bulk-product-source-transfer", headers=admin_headers, json=transfer)
    assert response.json() is True
    assert quantities(engine, "24-WB01") == {"default": (0, 0), "eu-1": (107, 1)}
    assert quantities(engine, "MH01") == {}
    moved = {**transfer, "skus": ["24-WB03"], "destinationSource": "eu-2", "unassignFromOrigin": True}
    client.post("/rest/V1/inventory/bulk-product-source-transfer", headers=admin_headers, json=moved)
    assert quantities(engine, "24-WB03") == {"eu-2": (100, 1)}

    partial = {"originSourceCode": "eu-1", "destinationSourceCode": "default", "items": [{"sku": "24-WB01", "qty": 7}]}
    response = client.post("/rest/V1/inventory/bulk-partial-source-transfer", headers=admin_headers, json=partial)
    assert response.json() == []
    assert quantities(engine, "24-WB01") == {"default": (7, 1), "eu-1": (100, 1)}


def test_transfer_errors(client: TestClient, admin_headers: dict[str, str], eu_sources: None) -> None:
    same = {"skus": ["24-WB01"], "originSource": "mars", "destinationSource": "mars", "unassignFromOrigin": True}
    response = client.post("/rest/V1/inventory/bulk-product-source-transfer", headers=admin_headers, json=same)
    assert response.status_code == 400
    assert response.json() == {
        "message": "Validation Error: Select different sources for origin and destination.",
        "errors": [
            {"message": "Origin source %sourceCode does not exist", "parameters": {"sourceCode": "mars"}},
            {"message": "Destination source %sourceCode does not exist", "parameters": {"sourceCode": "mars"}},
            {"message": "Cannot transfer a source on itself", "parameters": []},
        ],
    }
    _save(client, admin_headers, {"sku": "A", "source_code": "eu-1", "quantity": 2, "status": 1})
    partial = {"originSourceCode": "eu-1", "destinationSourceCode": "eu-2",
               "items": [{"sku": "A", "qty": 5}, {"sku": "B", "qty": 1}]}  # fmt: skip
    response = client.post("/rest/V1/inventory/bulk-partial-source-transfer", headers=admin_headers, json=partial)
    assert response.status_code == 400
    assert response.json() == {"message": "Transfer validation failed", "errors": [
        {"message": "Requested transfer amount for sku %sku is not available", "parameters": {"sku": "A"}},
        {"message": "%message", "parameters": {"message": "Source item for A and eu-2 does not exist"}},
        {"message": "%message", "parameters": {"message": "Source item for B and eu-1 does not exist"}},
    ]}  # fmt: skip
