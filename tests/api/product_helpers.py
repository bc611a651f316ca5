"""Helpers shared by the product API tests."""

from __future__ import annotations

from typing import Any

from starlette.testclient import TestClient

SKU_FILTER = ("searchCriteria[filter_groups][0][filters][0][field]=sku"
              "&searchCriteria[filter_groups][0][filters][0][value]=")


def simple(sku: str, name: str | None = None, price: float = 10, **extra: Any) -> dict[str, Any]:
    product: dict[str, Any] = {"sku": sku, "name": name or f"Product {sku}", "attribute_set_id": 4,
                               "price": price, "type_id": "simple"}
    product.update(extra)
    return product


def create(client: TestClient, headers: dict[str, str], product: dict[str, Any], store: str = "") -> dict[str, Any]:
    prefix = f"/rest/{store}/V1" if store else "/rest/V1"
    response = client.post(f"{prefix}/products", headers=headers, json={"product": product})
    assert response.status_code == 200, response.text
    body: dict[str, Any] = response.json()
    return body


def custom(body: dict[str, Any]) -> dict[str, Any]:
    return {a["attribute_code"]: a["value"] for a in body.get("custom_attributes", [])}
