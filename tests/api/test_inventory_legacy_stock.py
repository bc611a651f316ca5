"""The legacy stock item the catalog shows and saves: default source through stock 1."""

from __future__ import annotations

from typing import Any

from sqlalchemy import Engine
from starlette.testclient import TestClient

from merx.db.uow import UnitOfWork
from merx.inventory import reservation_repository
from merx.inventory.legacy_stock import legacy_stock_items
from merx.inventory.reservations import SalesEvent, reserve
from merx.runtime import Runtime
from tests.api.inventory_helpers import deploy_sample_data, quantities

STOCK_ITEM_KEYS = [
    "item_id", "product_id", "stock_id", "qty", "is_in_stock", "is_qty_decimal", "show_default_notification_message",
    "use_config_min_qty", "min_qty", "use_config_min_sale_qty", "min_sale_qty", "use_config_max_sale_qty",
    "max_sale_qty", "use_config_backorders", "backorders", "use_config_notify_stock_qty", "notify_stock_qty",
    "use_config_qty_increments", "qty_increments", "use_config_enable_qty_inc", "enable_qty_increments",
    "use_config_manage_stock", "manage_stock", "low_stock_date", "is_decimal_divided", "stock_status_changed_auto",
]  # fmt: skip


def _stock_item(client: TestClient, headers: dict[str, str], sku: str) -> dict[str, Any]:
    response = client.get(f"/rest/V1/products/{sku}", headers=headers)
    assert response.status_code == 200, response.text
    item: dict[str, Any] = response.json()["extension_attributes"]["stock_item"]
    return item


def test_stock_item_of_a_sample_product(
    engine: Engine, runtime: Runtime, client: TestClient, admin_headers: dict[str, str]
) -> None:
    deploy_sample_data(engine)
    with UnitOfWork(engine, write=False) as uow:
        products = [(8, "24-WB01", "simple"), (67, "MH01", "configurable")]
        items = legacy_stock_items(uow.session, runtime.config, products)
    assert items["24-WB01"].qty == 100 and items["24-WB01"].is_in_stock is True
    body = _stock_item(client, admin_headers, "24-WB01")
    assert list(body) == STOCK_ITEM_KEYS
    assert {k: body[k] for k in ("product_id", "stock_id", "qty", "is_in_stock", "min_qty", "min_sale_qty",
                                 "max_sale_qty", "notify_stock_qty", "qty_increments", "manage_stock",
                                 "low_stock_date", "use_config_min_sale_qty")} == {
        "product_id": 8, "stock_id": 1, "qty": 100, "is_in_stock": True, "min_qty": 0, "min_sale_qty": 1,
        "max_sale_qty": 10000, "notify_stock_qty": 1, "qty_increments": 0, "manage_stock": True,
        "low_stock_date": None, "use_config_min_sale_qty": 1,
    }  # fmt: skip


def test_product_saves_reach_the_default_source(
    engine: Engine, client: TestClient, admin_headers: dict[str, str]
) -> None:
    def post(sku: str, **extension: Any) -> None:
        product = {"sku": sku, "name": sku, "attribute_set_id": 4, "price": 5, "type_id": "simple"}
        if extension:
            product["extension_attributes"] = extension
        response = client.post("/rest/V1/products", headers=admin_headers, json={"product": product})
        assert response.status_code == 200, response.text

    post("with-stock", stock_item={"qty": 5, "is_in_stock": True})
    assert quantities(engine, "with-stock") == {"default": (5, 1)}
    post("no-stock")
    assert quantities(engine, "no-stock") == {"default": (0, 0)}  # a new product is assigned to the default source
    body = _stock_item(client, admin_headers, "with-stock")
    assert (body["qty"], body["is_in_stock"]) == (5, True)

    client.post("/rest/V1/inventory/source-items-delete", headers=admin_headers,
                json={"sourceItems": [{"sku": "with-stock", "source_code": "default"}]})
    body = _stock_item(client, admin_headers, "with-stock")
    assert (body["qty"], body["is_in_stock"]) == (0, False)
    update = {"sku": "with-stock", "name": "Renamed"}
    response = client.put("/rest/V1/products/with-stock", headers=admin_headers, json={"product": update})
    assert response.status_code == 200
    assert quantities(engine, "with-stock") == {}  # an unassigned product stays unassigned
    stock = {"product": {"sku": "with-stock", "extension_attributes": {"stock_item": {"qty": 0, "is_in_stock": False,
                                                                                      "min_qty": 2,
                                                                                      "use_config_min_qty": False}}}}
    client.put("/rest/V1/products/with-stock", headers=admin_headers, json=stock)
    assert quantities(engine, "with-stock") == {}  # qty 0, out of stock: nothing to align
    assert _stock_item(client, admin_headers, "with-stock")["min_qty"] == 2


def test_deleting_a_product_drops_its_inventory(
    engine: Engine, client: TestClient, admin_headers: dict[str, str]
) -> None:
    deploy_sample_data(engine)
    with UnitOfWork(engine) as uow:
        reserve(uow.session, 1, [("24-WB01", 3)], SalesEvent("order_placed", "order", "1", "000000001"))
        uow.commit()
    assert client.delete("/rest/V1/products/24-WB01", headers=admin_headers).json() is True
    assert quantities(engine, "24-WB01") == {}
    with UnitOfWork(engine, write=False) as uow:
        assert reservation_repository.ledger_sums(uow.session) == {}
