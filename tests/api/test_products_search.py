"""GET /V1/products: searchCriteria filters, ranges, sorting, paging and the result envelope."""

from __future__ import annotations

from urllib.parse import urlencode

import pytest
from starlette.testclient import TestClient

from tests.api.product_helpers import create, simple


@pytest.fixture
def catalog(client: TestClient, admin_headers: dict[str, str]) -> None:
    for index, price in enumerate([5, 15, 25, 35, 45, 55], start=1):
        create(client, admin_headers, simple(f"SRCH-{index}", f"Search Item {index}", price, custom_attributes=[
            {"attribute_code": "color", "value": 49 if index % 2 else 52}]))
    create(client, admin_headers, simple("OTHER-1", "Other", 30, type_id="virtual"))


def search(client: TestClient, headers: dict[str, str], **params: object) -> dict[str, object]:
    response = client.get(f"/rest/V1/products?{urlencode(params)}", headers=headers)
    assert response.status_code == 200, response.text
    body: dict[str, object] = response.json()
    return body


def skus(body: dict[str, object]) -> list[str]:
    items = body["items"]
    assert isinstance(items, list)
    return [item["sku"] for item in items]


F = "searchCriteria[filterGroups][{g}][filters][{f}][{k}]"


def flt(group: int, index: int, field: str, value: str, condition: str) -> dict[str, str]:
    return {F.format(g=group, f=index, k="field"): field, F.format(g=group, f=index, k="value"): value,
            F.format(g=group, f=index, k="conditionType"): condition}


def test_like_range_sort_and_paging(client: TestClient, admin_headers: dict[str, str], catalog: None) -> None:
    params = {**flt(0, 0, "sku", "srch-%", "like"), **flt(1, 0, "price", "10", "from"),
              **flt(1, 1, "price", "50", "to"),
              "searchCriteria[sortOrders][0][field]": "price", "searchCriteria[sortOrders][0][direction]": "DESC",
              "searchCriteria[pageSize]": "2", "searchCriteria[currentPage]": "2"}
    body = search(client, admin_headers, **params)
    assert body["total_count"] == 4
    assert skus(body) == ["SRCH-3", "SRCH-2"]
    assert list(body) == ["items", "search_criteria", "total_count"]
    assert body["search_criteria"] == {
        "filter_groups": [
            {"filters": [{"field": "sku", "value": "srch-%", "condition_type": "like"}]},
            {"filters": [{"field": "price", "value": "10", "condition_type": "from"},
                         {"field": "price", "value": "50", "condition_type": "to"}]},
        ],
        "sort_orders": [{"field": "price", "direction": "DESC"}],
        "page_size": 2,
        "current_page": 2,
    }
    assert "stock_item" not in body["items"][0]["extension_attributes"]  # only get() carries it


def test_or_inside_a_group_and_other_fields(client: TestClient, admin_headers: dict[str, str],
                                            catalog: None) -> None:
    body = search(client, admin_headers, **flt(0, 0, "type_id", "virtual", "eq"), **flt(0, 1, "sku", "SRCH-1", "eq"))
    assert sorted(skus(body)) == ["OTHER-1", "SRCH-1"]
    body = search(client, admin_headers, **flt(0, 0, "name", "%item 4", "like"))
    assert skus(body) == ["SRCH-4"]
    body = search(client, admin_headers, **flt(0, 0, "entity_id", "1,2", "in"))
    assert skus(body) == ["SRCH-1", "SRCH-2"]
    sort = {"searchCriteria[sortOrders][0][field]": "url_key", "searchCriteria[sortOrders][0][direction]": "ASC"}
    body = search(client, admin_headers, **flt(0, 0, "color", "52", "eq"), **sort)
    assert skus(body) == ["SRCH-2", "SRCH-4", "SRCH-6"]
    body = search(client, admin_headers, **flt(0, 0, "created_at", "2000-01-01 00:00:00", "gt"))
    assert body["total_count"] == 7


def test_everything_and_past_the_last_page(client: TestClient, admin_headers: dict[str, str], catalog: None) -> None:
    assert search(client, admin_headers, searchCriteria="")["total_count"] == 7
    body = search(client, admin_headers, **{"searchCriteria[pageSize]": "5", "searchCriteria[currentPage]": "9"})
    assert skus(body) == ["SRCH-6", "OTHER-1"]


def test_search_errors(client: TestClient, admin_headers: dict[str, str], catalog: None) -> None:
    missing = client.get("/rest/V1/products", headers=admin_headers)
    assert (missing.status_code, missing.json()["parameters"]) == (400, {"fieldName": "searchCriteria"})
    unknown = client.get(f"/rest/V1/products?{urlencode(flt(0, 0, 'nosuch', '1', 'eq'))}", headers=admin_headers)
    assert unknown.status_code == 400
    bad_direction = client.get("/rest/V1/products?searchCriteria[sortOrders][0][field]=sku"
                               "&searchCriteria[sortOrders][0][direction]=up", headers=admin_headers)
    assert bad_direction.status_code == 400
    assert search(client, admin_headers, **flt(0, 0, "price", "abc", "gt"))["total_count"] == 0
