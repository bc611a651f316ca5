"""Shared pieces of the customer API tests: the tutorial's calls and small request helpers."""

from __future__ import annotations

import copy
import json
from pathlib import Path
from typing import Any

from starlette.testclient import TestClient

CALLS = Path("/work/shared/spec/tutorial-calls.json")
PASSWORD = "Password1"
VOLATILE = {"id", "customer_id", "default_billing", "default_shipping", "created_at", "updated_at"}


def tutorial_call(step: str, title_part: str) -> dict[str, Any]:
    calls = json.loads(CALLS.read_text())
    (call,) = [c for c in calls if c["step"] == step and c["title"].startswith(title_part)]
    return copy.deepcopy(call)


def jane(**customer: Any) -> dict[str, Any]:
    """The final revision's create-customer body (6.1), with overrides on the customer."""
    body = tutorial_call("6", "Create customer")["request"]
    body["customer"].update(customer)
    return body


def address(**fields: Any) -> dict[str, Any]:
    base: dict[str, Any] = {
        "firstname": "Jane", "lastname": "Doe", "region": {"regionCode": "NY", "regionId": 43, "region": "New York"},
        "countryId": "US", "postcode": "11501", "city": "Mineola", "street": ["160 1st St."],
        "telephone": "516-555-1111",
    }
    base.update(fields)
    return {k: v for k, v in base.items() if v is not None}


def without_volatile(value: Any) -> Any:
    """The body minus ids and timestamps, keys still in their order."""
    if isinstance(value, dict):
        return {k: without_volatile(v) for k, v in value.items() if k not in VOLATILE}
    if isinstance(value, list):
        return [without_volatile(v) for v in value]
    return value


def key_order(value: Any) -> Any:
    if isinstance(value, dict):
        return [(k, key_order(v)) for k, v in value.items()]
    if isinstance(value, list):
        return [key_order(v) for v in value]
    return None


def bearer(token: str) -> dict[str, str]:
    return {"Authorization": f"Bearer {token}"}


def create_customer(client: TestClient, body: dict[str, Any], store: str = "default",
                    headers: dict[str, str] | None = None) -> dict[str, Any]:
    response = client.post(f"/rest/{store}/V1/customers", json=body, headers=headers or {})
    assert response.status_code == 200, response.text
    created: dict[str, Any] = response.json()
    return created


def customer_token(client: TestClient, email: str = "jdoe@example.com", password: str = PASSWORD,
                   store: str = "default") -> str:
    response = client.post(f"/rest/{store}/V1/integration/customer/token",
                           json={"username": email, "password": password})
    assert response.status_code == 200, response.text
    token: str = response.json()
    return token


def required(field: str) -> dict[str, Any]:
    return {"message": '"%fieldName" is required. Enter and try again.', "parameters": {"fieldName": field}}
