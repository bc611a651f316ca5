"""Stocks, sales channels, stock resolution and stock-source links."""

from __future__ import annotations

from typing import Any

import pytest
from sqlalchemy import Engine
from starlette.testclient import TestClient

from merx.runtime import Runtime
from tests.api.test_stores import create_seed_stores

STOCKS = "/rest/V1/inventory/stocks"
LINKS = "/rest/V1/inventory/stock-source-links"


def _stock(name: str, *codes: str) -> dict[str, Any]:
    channels = [{"type": "website", "code": code} for code in codes]
    return {"stock": {"name": name, "extension_attributes": {"sales_channels": channels}}}


def _source(client: TestClient, headers: dict[str, str], code: str) -> None:
    source = {"source_code": code, "name": code.upper(), "country_id": "US", "postcode": "10001"}
    assert client.post("/rest/V1/inventory/sources", headers=headers, json={"source": source}).json() == []


def _channels(client: TestClient, headers: dict[str, str], stock_id: int) -> list[str]:
    body = client.get(f"{STOCKS}/{stock_id}", headers=headers).json()
    return [c["code"] for c in body["extension_attributes"]["sales_channels"]]


def test_default_stock(client: TestClient, admin_headers: dict[str, str]) -> None:
    assert client.get(f"{STOCKS}/1", headers=admin_headers).json() == {
        "stock_id": 1, "name": "Default Stock",
        "extension_attributes": {"sales_channels": [{"type": "website", "code": "base"}]},
    }  # fmt: skip
    response = client.get(f"{STOCKS}/-1", headers=admin_headers)
    assert response.status_code == 404
    assert response.json() == {"message": 'Stock with id "%value" does not exist.', "parameters": {"value": -1}}


def test_channels_move_between_stocks(
    engine: Engine, runtime: Runtime, client: TestClient, admin_headers: dict[str, str]
) -> None:
    create_seed_stores(engine)
    runtime.refresh_if_changed()
    assert _channels(client, admin_headers, 1) == ["base", "eu_site", "na_site"]  # new websites join stock 1
    assert client.post(STOCKS, headers=admin_headers, json=_stock("NA", "na_site")).json() == 2
    assert client.post(STOCKS, headers=admin_headers, json=_stock("EU", "eu_site", "base")).json() == 3
    assert _channels(client, admin_headers, 1) == []
    assert _channels(client, admin_headers, 3) == ["base", "eu_site"]
    # PUT replaces the channel list: base goes back to the default stock
    response = client.put(f"{STOCKS}/3", headers=admin_headers, json=_stock("Europe", "eu_site"))
    assert response.json() == 3
    assert _channels(client, admin_headers, 1) == ["base"]
    assert client.get(f"{STOCKS}/3", headers=admin_headers).json()["name"] == "Europe"
    resolved = client.get("/rest/V1/inventory/stock-resolver/website/na_site", headers=admin_headers).json()
    assert resolved == {"stock_id": 2, "name": "NA",
                        "extension_attributes": {"sales_channels": [{"type": "website", "code": "na_site"}]}}
    missing = client.get("/rest/V1/inventory/stock-resolver/website/nowhere", headers=admin_headers)
    assert missing.status_code == 404
    assert missing.json() == {
        "message": "No such entity with %fieldName = %fieldValue, %field2Name = %field2Value",
        "parameters": {"fieldName": "type", "fieldValue": "website", "field2Name": "code", "field2Value": "nowhere"},
    }
    listing = client.get(f"{STOCKS}?searchCriteria[filter_groups][0][filters][0][field]=name"
                         "&searchCriteria[filter_groups][0][filters][0][value]=%25S%25"
                         "&searchCriteria[filter_groups][0][filters][0][condition_type]=like", headers=admin_headers)
    assert [s["stock_id"] for s in listing.json()["items"]] == [1]


def test_stock_validation(client: TestClient, admin_headers: dict[str, str]) -> None:
    response = client.post(STOCKS, headers=admin_headers, json={
        "stock": {"name": " ", "extension_attributes": {"sales_channels": [{"type": "website", "code": "mars"},
                                                                          {"type": "", "code": ""}]}}
    })  # fmt: skip
    assert response.status_code == 400
    assert response.json() == {"message": "Validation Failed", "errors": [
        {"message": '"%field" can not be empty.', "parameters": {"field": "name"}},
        {"message": 'The website with code "%code" does not exist.', "parameters": {"code": "mars"}},
        {"message": '"%field" can not be empty.', "parameters": {"field": "type"}},
        {"message": '"%field" can not be empty.', "parameters": {"field": "code"}},
    ]}  # fmt: skip


def test_delete_rules(client: TestClient, admin_headers: dict[str, str]) -> None:
    default = client.delete(f"{STOCKS}/1", headers=admin_headers)
    assert (default.status_code, default.json()) == (400, {"message": "Default Stock could not be deleted."})
    client.post(STOCKS, headers=admin_headers, json=_stock("Main", "base"))
    busy = client.delete(f"{STOCKS}/2", headers=admin_headers)
    assert busy.json() == {"message": "Stock has at least one sale channel and could not be deleted."}
    client.put(f"{STOCKS}/2", headers=admin_headers, json={"stock": {"name": "Main"}})
    assert _channels(client, admin_headers, 1) == ["base"]
    deleted = client.delete(f"{STOCKS}/2", headers=admin_headers)
    assert (deleted.status_code, deleted.json()) == (200, [])
    missing = client.delete(f"{STOCKS}/2", headers=admin_headers)
    assert missing.status_code == 404
    assert missing.json() == {"message": 'There is no stock with "%fieldValue" for "%fieldName". Verify and try again.',
                              "parameters": {"fieldName": "stock_id", "fieldValue": 2}}


def test_links(client: TestClient, admin_headers: dict[str, str]) -> None:
    for code in ("a", "b", "c"):
        _source(client, admin_headers, code)
    client.post(STOCKS, headers=admin_headers, json=_stock("Two"))
    links = [{"source_code": "b", "stock_id": 2, "priority": 2}, {"source_code": "a", "stock_id": 2, "priority": 1},
             {"source_code": "c", "stock_id": 2, "priority": 3}]  # fmt: skip
    assert client.post(LINKS, headers=admin_headers, json={"links": links}).json() == []
    ordered = client.get("/rest/V1/inventory/get-sources-assigned-to-stock-ordered-by-priority/2",
                         headers=admin_headers)
    assert [s["source_code"] for s in ordered.json()] == ["a", "b", "c"]
    # saving again updates the priority
    client.post(LINKS, headers=admin_headers, json={"links": [{"source_code": "c", "stock_id": 2, "priority": 0}]})
    client.post(LINKS, headers=admin_headers, json={"links": [{"source_code": "c", "stock_id": 2, "priority": 1}]})
    query = ("searchCriteria[filter_groups][0][filters][0][field]=stock_id"
             "&searchCriteria[filter_groups][0][filters][0][value]=2")
    found = client.get(f"{LINKS}?{query}", headers=admin_headers).json()
    assert found["items"] == [{"stock_id": 2, "source_code": "b", "priority": 2},
                              {"stock_id": 2, "source_code": "a", "priority": 1},
                              {"stock_id": 2, "source_code": "c", "priority": 1}]  # fmt: skip
    assert found["total_count"] == 3
    deleted = client.post(f"{LINKS}-delete", headers=admin_headers,
                          json={"links": [{"source_code": "b", "stock_id": 2}]})
    assert deleted.json() == []
    assert client.get(f"{LINKS}?{query}", headers=admin_headers).json()["total_count"] == 2


@pytest.mark.parametrize(
    ("link", "expected"),
    [
        ({"source_code": "a", "stock_id": 1, "priority": 1},
         {"message": "Validation Failed",
          "errors": [{"message": "Can not save link related to Default Source or Default Stock", "parameters": []}]}),
        ({"source_code": "default", "stock_id": 2, "priority": 1},
         {"message": "Validation Failed",
          "errors": [{"message": "Can not save link related to Default Source or Default Stock", "parameters": []}]}),
        ({"source_code": "a", "stock_id": 2, "priority": 0},
         {"message": "Validation Failed",
          "errors": [{"message": '"%field" should be greater then 0.', "parameters": {"field": "priority"}}]}),
        ({"source_code": "", "stock_id": 2, "priority": 1},
         {"message": "Validation Failed",
          "errors": [{"message": '"%field" can not be empty.', "parameters": {"field": "source_code"}}]}),
        ({"source_code": "nope", "stock_id": 2, "priority": 1}, {"message": "Could not save StockSourceLinks"}),
        ({"source_code": "a", "stock_id": 99, "priority": 1}, {"message": "Could not save StockSourceLinks"}),
    ],
)
def test_link_errors(
    client: TestClient, admin_headers: dict[str, str], link: dict[str, Any], expected: dict[str, Any]
) -> None:
    _source(client, admin_headers, "a")
    client.post(STOCKS, headers=admin_headers, json=_stock("Two"))
    response = client.post(LINKS, headers=admin_headers, json={"links": [link]})
    assert (response.status_code, response.json()) == (400, expected)


def test_link_input_errors(client: TestClient, admin_headers: dict[str, str]) -> None:
    empty = client.post(LINKS, headers=admin_headers, json={"links": []})
    assert (empty.status_code, empty.json()) == (400, {"message": "Input data is empty"})
    default = client.post(f"{LINKS}-delete", headers=admin_headers,
                          json={"links": [{"source_code": "default", "stock_id": 1}]})
    assert default.json() == {"message": "Can not delete link related to Default Source or Default Stock"}
    required = client.get(LINKS, headers=admin_headers)
    assert required.json() == {"message": '"%fieldName" is required. Enter and try again.',
                               "parameters": {"fieldName": "searchCriteria"}}
