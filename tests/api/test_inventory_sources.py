"""Sources: every schema field, pickup attributes, validation, the default source's rules."""

from __future__ import annotations

from typing import Any

import pytest
from starlette.testclient import TestClient

SOURCES = "/rest/V1/inventory/sources"


def _source(**overrides: Any) -> dict[str, Any]:
    source: dict[str, Any] = {"source_code": "eu-1", "name": "EU Warehouse", "country_id": "DE", "postcode": "10115"}
    source.update(overrides)
    return source


def _post(client: TestClient, headers: dict[str, str], source: dict[str, Any]) -> Any:
    return client.post(SOURCES, headers=headers, json={"source": source})


def test_default_source(client: TestClient, admin_headers: dict[str, str]) -> None:
    body = client.get(f"{SOURCES}/default", headers=admin_headers).json()
    assert body == {
        "source_code": "default", "name": "Default Source", "enabled": True, "description": "Default Source",
        "latitude": 0, "longitude": 0, "country_id": "US", "postcode": "00000", "use_default_carrier_config": True,
        "carrier_links": [], "extension_attributes": {"is_pickup_location_active": False, "frontend_name": ""},
    }  # fmt: skip


def test_every_field_round_trips_in_schema_order(client: TestClient, admin_headers: dict[str, str]) -> None:
    source = _source(
        email="wh@example.com", contact_name="Angela Kohl", enabled=False, description="Main hub",
        latitude="52.523430", longitude=13.41144, region_id=82, region="Berlin", city="Berlin",
        street="Am Nordbahnhof 5", phone="030 123", fax="030 124", use_default_carrier_config=False,
        carrier_links=[{"carrier_code": "flatrate", "position": 1}, {"carrier_code": "ups", "position": 2}],
        extension_attributes={"is_pickup_location_active": True, "frontend_name": "Berlin Store",
                              "frontend_description": "Near the station"},
    )  # fmt: skip
    assert _post(client, admin_headers, source).json() == []
    body = client.get(f"{SOURCES}/eu-1", headers=admin_headers).json()
    assert list(body) == [
        "source_code", "name", "email", "contact_name", "enabled", "description", "latitude", "longitude",
        "country_id", "region_id", "region", "city", "street", "postcode", "phone", "fax",
        "use_default_carrier_config", "carrier_links", "extension_attributes",
    ]  # fmt: skip
    assert body["latitude"] == 52.52343 and body["longitude"] == 13.41144
    assert body["enabled"] is False and body["use_default_carrier_config"] is False
    assert body["carrier_links"] == [
        {"carrier_code": "flatrate", "position": 1}, {"carrier_code": "ups", "position": 2}
    ]
    assert body["extension_attributes"] == {"is_pickup_location_active": True, "frontend_name": "Berlin Store",
                                            "frontend_description": "Near the station"}


def test_frontend_name_defaults_to_name_and_put_updates_sent_fields(
    client: TestClient, admin_headers: dict[str, str]
) -> None:
    _post(client, admin_headers, _source(city="Berlin"))
    assert client.get(f"{SOURCES}/eu-1", headers=admin_headers).json()["extension_attributes"] == {
        "is_pickup_location_active": False, "frontend_name": "EU Warehouse"
    }
    update = {"name": "EU Hub", "country_id": "DE", "postcode": "10117", "contact_name": "Donna",
              "source_code": "renamed"}  # fmt: skip
    response = client.put(f"{SOURCES}/eu-1", headers=admin_headers, json={"source": update})
    assert response.status_code == 200 and response.json() == []
    body = client.get(f"{SOURCES}/eu-1", headers=admin_headers).json()
    shown = (body["name"], body["postcode"], body["contact_name"], body["city"])
    assert shown == ("EU Hub", "10117", "Donna", "Berlin")
    assert client.get(f"{SOURCES}/renamed", headers=admin_headers).status_code == 404  # source_code is immutable


def test_unknown_source_is_404(client: TestClient, admin_headers: dict[str, str]) -> None:
    response = client.get(f"{SOURCES}/-1", headers=admin_headers)
    assert response.status_code == 404
    assert response.json() == {"message": 'Source with code "%value" does not exist.', "parameters": {"value": "-1"}}


@pytest.mark.parametrize(
    ("field", "value", "errors"),
    [
        ("name", "", [('"%field" can not be empty.', {"field": "name"})]),
        ("name", None, [('"%field" can not be empty.', {"field": "name"})]),
        ("name", "${x}", [("Validation Failed", [])]),
        ("postcode", " ", [('"%field" can not be empty.', {"field": "postcode"})]),
        ("country_id", "", [('"%field" can not be empty.', {"field": "country_id"})]),
        ("source_code", " ", [('"%field" can not be empty.', {"field": "source_code"}),
                              ('"%field" can not contain whitespaces.', {"field": "source_code"})]),
        ("source_code", "a b", [('"%field" can not contain whitespaces.', {"field": "source_code"})]),
    ],
)
def test_validation_errors(
    client: TestClient, admin_headers: dict[str, str], field: str, value: Any, errors: list[tuple[str, Any]]
) -> None:
    response = _post(client, admin_headers, _source(**{field: value}))
    assert response.status_code == 400
    assert response.json() == {
        "message": "Validation Failed",
        "errors": [{"message": message, "parameters": parameters} for message, parameters in errors],
    }


def test_all_required_missing_lists_every_error(client: TestClient, admin_headers: dict[str, str]) -> None:
    response = _post(client, admin_headers, {"description": "x"})
    assert [e["parameters"] for e in response.json()["errors"]] == [
        {"field": "name"}, {"field": "source_code"}, {"field": "postcode"}, {"field": "country_id"}
    ]


def test_default_source_cannot_be_disabled(client: TestClient, admin_headers: dict[str, str]) -> None:
    source = {"name": "Default Source", "country_id": "US", "postcode": "00000", "enabled": False}
    response = client.put(f"{SOURCES}/default", headers=admin_headers, json={"source": source})
    assert response.status_code == 400
    assert response.json() == {
        "message": "Validation Failed", "errors": [{"message": "Default source can not be disabled.", "parameters": []}]
    }
    assert client.delete(f"{SOURCES}/default", headers=admin_headers).status_code == 404  # no delete route


def test_values_the_columns_cannot_hold(client: TestClient, admin_headers: dict[str, str]) -> None:
    response = _post(client, admin_headers, _source(country_id="DEU"))
    assert response.status_code == 400
    assert response.json() == {"message": "Could not save Source"}
    assert _post(client, admin_headers, _source(latitude=123.5)).json() == {"message": "Could not save Source"}


def test_type_errors_and_unknown_fields(client: TestClient, admin_headers: dict[str, str]) -> None:
    response = _post(client, admin_headers, _source(latitude="north"))
    assert response.status_code == 400
    assert response.json()["message"].startswith('Error occurred during "latitude" processing.')
    response = _post(client, admin_headers, _source(colour="red"))
    assert response.json() == {"message": '"%fieldName" is not supported. Correct the field name and try again.',
                               "parameters": {"fieldName": "Colour"}}


def test_search(client: TestClient, admin_headers: dict[str, str]) -> None:
    _post(client, admin_headers, _source())
    _post(client, admin_headers, _source(source_code="us-1", name="US", country_id="US"))
    query = ("searchCriteria[filter_groups][0][filters][0][field]=country_id"
             "&searchCriteria[filter_groups][0][filters][0][value]=US"
             "&searchCriteria[sortOrders][0][field]=name&searchCriteria[sortOrders][0][direction]=ASC")
    body = client.get(f"{SOURCES}?{query}", headers=admin_headers).json()
    assert [s["source_code"] for s in body["items"]] == ["default", "us-1"]
    assert body["total_count"] == 2
    assert body["search_criteria"]["filter_groups"] == [
        {"filters": [{"field": "country_id", "value": "US", "condition_type": "eq"}]}
    ]
    everything = client.get(SOURCES, headers=admin_headers).json()
    assert everything["total_count"] == 3 and everything["search_criteria"] == {"filter_groups": []}


def test_acl(client: TestClient) -> None:
    response = client.post(SOURCES, json={"source": _source()})
    assert response.status_code == 401
    assert response.json()["parameters"] == {"resources": "Magento_InventoryApi::source_edit"}
