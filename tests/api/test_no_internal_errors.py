"""Bad input on every route gets a 4xx with Magento's envelope, never a 500."""

from __future__ import annotations

import re
from typing import Any

from starlette.testclient import TestClient

from merx.routes import all_routes
from merx.webapi.datamodel import plan_of

PATH_VALUES = ["x", "-1", "0", "99999999999999999999999", "%2F", "a%20b"]


def _paths(path: str) -> list[str]:
    return [re.sub(r":[A-Za-z]+", value, path) for value in PATH_VALUES]


def _bodies(route: Any) -> list[Any]:
    bodies: list[Any] = [{}, [], {"x": 1}, "text", 5]
    for argument in route.signature.arguments:
        for junk in ("s", 1.5, -1, True, [], {}, [{}], {"unknown_field": 1}, None):
            bodies.append({argument.camel: junk})
        model = argument.spec.model or (argument.spec.item.model if argument.spec.item else None)
        if model is not None:
            for field in plan_of(model).fields:
                for junk in ("s", -1, [], {"x": 1}, [1, "a"], "9" * 30):
                    value = {field.name: junk}
                    bodies.append({argument.camel: [value] if argument.spec.kind == "list" else value})
    return bodies


def test_no_route_answers_500(client: TestClient, admin_headers: dict[str, str]) -> None:
    failures: list[str] = []
    for route in all_routes():
        for path in _paths(route.path):
            url = f"/rest/V1{path[3:]}"
            if route.method in ("GET", "DELETE"):
                requests = [(url, None), (url + "?searchCriteria[pageSize]=x&searchCriteria[filter_groups][0]"
                                          "[filters][0][field]=nosuch", None)]
            else:
                requests = [(url, body) for body in _bodies(route)] if path == _paths(route.path)[0] else [(url, {})]
            for target, body in requests:
                response = client.request(route.method, target, json=body, headers=admin_headers)
                if response.status_code >= 500 or "message" not in (response.json() if response.status_code >= 400
                                                                     else {"message": 1}):
                    failures.append(f"{route.method} {target} {str(body)[:80]} -> {response.status_code} "
                                    f"{response.text[:160]}")
    assert not failures, "\n".join(failures[:40])


def test_id_past_the_integer_range_is_not_found(client: TestClient, admin_headers: dict[str, str]) -> None:
    response = client.get("/rest/V1/customers/99999999999", headers=admin_headers)
    assert response.status_code == 404
    assert response.json() == {"message": "No such entity with %fieldName = %fieldValue",
                               "parameters": {"fieldName": "customerId", "fieldValue": 99999999999}}
