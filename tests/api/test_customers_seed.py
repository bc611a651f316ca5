"""The tutorials' customer calls replayed as printed: bodies equal except ids, timestamps and tokens."""

from __future__ import annotations

import re

from sqlalchemy import Engine
from starlette.testclient import TestClient

from merx.runtime import Runtime
from tests.api.customer_helpers import bearer, key_order, tutorial_call, without_volatile
from tests.api.test_stores import create_seed_stores

TIMESTAMP = re.compile(r"^\d{4}-\d\d-\d\d \d\d:\d\d:\d\d$")


def _replay(client: TestClient, call: dict[str, object], headers: dict[str, str]) -> object:
    response = client.request(str(call["method"]), str(call["path"]), json=call["request"], headers=headers)
    assert response.status_code == 200, response.text
    return response.json()


def _check_customer(body: dict[str, object], printed: dict[str, object]) -> None:
    assert without_volatile(body) == without_volatile(printed)
    assert key_order(body) == key_order(printed)
    assert TIMESTAMP.match(str(body["created_at"])) and TIMESTAMP.match(str(body["updated_at"]))
    address = body["addresses"][0]  # type: ignore[index]
    assert body["default_billing"] == body["default_shipping"] == str(address["id"])
    assert address["customer_id"] == body["id"]


def test_final_revision_step_6(client: TestClient, admin_headers: dict[str, str]) -> None:
    create = tutorial_call("6", "Create customer")
    body = _replay(client, create, admin_headers)
    _check_customer(body, create["response"])  # type: ignore[arg-type]
    token_call = tutorial_call("6", "Generate")
    token = _replay(client, token_call, {})
    assert isinstance(token, str) and re.fullmatch(r"[0-9a-z]{32}", token)
    me = client.get("/rest/default/V1/customers/me", headers=bearer(token))
    assert me.status_code == 200
    assert me.json() == body


def test_legacy_revision_l6(client: TestClient, admin_headers: dict[str, str], engine: Engine,
                            runtime: Runtime) -> None:
    create_seed_stores(engine)
    runtime.refresh_if_changed()
    views = tutorial_call("legacy-v2.3-6", "List store views")
    assert _replay(client, views, admin_headers) == views["response"]
    create = tutorial_call("legacy-v2.3-6", "Create customer")
    body = _replay(client, create, admin_headers)
    _check_customer(body, create["response"])  # type: ignore[arg-type]
    token = _replay(client, tutorial_call("legacy-v2.3-6", "Customer token"), {})
    assert isinstance(token, str) and len(token) == 32
    me = client.get("/rest/us/V1/customers/me", headers=bearer(token)).json()
    assert me["created_in"] == "US Store View" and me["website_id"] == 2 and me["store_id"] == 2


def test_orders_tutorial_self_registration(client: TestClient) -> None:
    create = tutorial_call("orders-3", "Create customer")
    body = _replay(client, create, {})
    printed = dict(create["response"])  # type: ignore[arg-type]
    # The page predates the newsletter extension attribute; Magento 2.4 adds it.
    assert without_volatile({k: v for k, v in body.items() if k != "extension_attributes"}) == without_volatile(printed)
    assert body["extension_attributes"] == {"is_subscribed": False}
    assert isinstance(_replay(client, tutorial_call("orders-3", "Get the"), {}), str)
