"""The legacy single-source stock view (CatalogInventory StockRegistry) over the default source."""

from __future__ import annotations

from sqlalchemy import Engine
from starlette.testclient import TestClient

from tests.api.inventory_helpers import deploy_sample_data, quantities


def test_get_and_update_stock_item(client: TestClient, admin_headers: dict[str, str], engine: Engine) -> None:
    deploy_sample_data(engine)
    item = client.get("/rest/V1/stockItems/24-WB01", headers=admin_headers)
    assert item.status_code == 200, item.text
    body = item.json()
    assert body["qty"] == 100 and body["is_in_stock"] is True and body["stock_id"] == 1
    assert list(body)[:5] == ["item_id", "product_id", "stock_id", "qty", "is_in_stock"]
    updated = client.put(f"/rest/V1/products/24-WB01/stockItems/{body['item_id']}", headers=admin_headers,
                         json={"stockItem": {"qty": 42, "is_in_stock": True}})
    assert updated.status_code == 200, updated.text
    assert isinstance(updated.json(), int)
    assert quantities(engine, "24-WB01")["default"][0] == 42
    assert client.get("/rest/V1/stockItems/24-WB01", headers=admin_headers).json()["qty"] == 42


def test_unknown_sku_and_acl(client: TestClient, admin_headers: dict[str, str]) -> None:
    missing = client.get("/rest/V1/stockItems/NOPE", headers=admin_headers)
    assert missing.status_code == 404
    assert missing.json() == {
        "message": "The product that was requested doesn't exist. Verify the product and try again."}
    assert client.get("/rest/V1/stockItems/NOPE").json()["parameters"] == {
        "resources": "Magento_CatalogInventory::cataloginventory"}
    bad = client.put("/rest/V1/products/NOPE/stockItems/1", headers=admin_headers, json={"stockItem": {"qty": "x"}})
    assert bad.status_code == 400
