"""Salable quantity and salability (InventorySalesApi) over source items, reservations and min qty."""

from __future__ import annotations

from sqlalchemy import Engine
from starlette.testclient import TestClient

from merx.appconfig.service import set_value
from merx.db.uow import UnitOfWork
from merx.inventory.reservations import SalesEvent, reserve
from merx.runtime import Runtime
from tests.api.inventory_helpers import deploy_sample_data, salable

V1 = "/rest/V1/inventory"


def _reserve(engine: Engine, sku: str, qty: float, stock_id: int = 1) -> None:
    with UnitOfWork(engine) as uow:
        reserve(uow.session, stock_id, [(sku, qty)], SalesEvent("order_placed", "order", "1", "000000001"))
        uow.commit()


def test_salable_quantity(engine: Engine, client: TestClient, admin_headers: dict[str, str]) -> None:
    deploy_sample_data(engine)
    assert salable(client, admin_headers, "24-WB01", 1) == 100
    _reserve(engine, "24-WB01", 12.5)
    assert salable(client, admin_headers, "24-WB01", 1) == 87.5
    assert salable(client, admin_headers, "24-WB01", 7) == 0  # no such stock: not in its index
    unknown = client.get(f"{V1}/get-product-salable-quantity/nope/1", headers=admin_headers)
    assert (unknown.status_code, unknown.json()) == (
        404, {"message": "The product that was requested doesn't exist. Verify the product and try again."}
    )
    configurable = client.get(f"{V1}/get-product-salable-quantity/MH01/1", headers=admin_headers)
    assert (configurable.status_code, configurable.json()) == (
        400, {"message": "Can't check requested quantity for products without Source Items support."}
    )


def test_min_qty_and_out_of_stock_items(
    engine: Engine, runtime: Runtime, client: TestClient, admin_headers: dict[str, str]
) -> None:
    deploy_sample_data(engine)
    with UnitOfWork(engine) as uow:
        set_value(uow.session, "cataloginventory/item_options/min_qty", "10")
        uow.commit()
    runtime.refresh_if_changed()
    assert salable(client, admin_headers, "24-WB01", 1) == 90
    client.post(f"{V1}/source-items", headers=admin_headers,
                json={"sourceItems": [{"sku": "24-WB01", "source_code": "default", "quantity": 100, "status": 0}]})
    assert salable(client, admin_headers, "24-WB01", 1) == 0
    assert client.get(f"{V1}/is-product-salable/24-WB01/1", headers=admin_headers).json() is False


def test_salability_endpoints(engine: Engine, client: TestClient, admin_headers: dict[str, str]) -> None:
    deploy_sample_data(engine)
    _reserve(engine, "24-WB03", 100)
    assert client.get(f"{V1}/is-product-salable/24-WB01/1", headers=admin_headers).json() is True
    assert client.get(f"{V1}/is-product-salable/24-WB03/1", headers=admin_headers).json() is False
    assert client.get(f"{V1}/is-product-salable/nope/1", headers=admin_headers).json() is False
    many = client.get(f"{V1}/are-products-salable?skus[0]=24-WB01&skus[1]=24-WB03&stockId=1", headers=admin_headers)
    assert many.json() == [{"sku": "24-WB01", "stock_id": 1, "salable": True},
                           {"sku": "24-WB03", "stock_id": 1, "salable": False}]
    enough = client.get(f"{V1}/is-product-salable-for-requested-qty/24-WB01/1/30", headers=admin_headers)
    assert enough.json() == {"salable": True, "errors": []}
    short = client.get(f"{V1}/is-product-salable-for-requested-qty/24-WB01/1/101", headers=admin_headers)
    assert short.json() == {"salable": False, "errors": [
        {"code": "back_order-disabled", "message": "Backorders are disabled"},
        {"code": "manage_stock-enabled", "message": "Manage stock is enabled"},
        {"code": "is_salable_with_reservations-not_enough_qty", "message": "The requested qty is not available"},
    ]}  # fmt: skip
    decimal = client.get(f"{V1}/is-product-salable-for-requested-qty/24-WB01/1/1.5", headers=admin_headers)
    assert decimal.json() == {"salable": False, "errors": [
        {"code": "is_correct_qty-is_qty_decimal", "message": "You cannot use decimal quantity for this product."}]}
    fewest = client.get(f"{V1}/is-product-salable-for-requested-qty/24-WB01/1/0.5", headers=admin_headers)
    assert fewest.json()["errors"][0] == {"code": "is_correct_qty-min_sale_qty",
                                          "message": "The fewest you may purchase is 1."}
    too_many = client.get(f"{V1}/is-product-salable-for-requested-qty/24-WB01/1/10001", headers=admin_headers)
    assert too_many.json()["errors"][0]["code"] == "is_correct_qty-max_sale_qty"
    nowhere = client.get(f"{V1}/is-product-salable-for-requested-qty/24-WB01/2/1", headers=admin_headers)
    assert nowhere.json()["errors"][0] == {"code": "is_any_source_item_in_stock-no_source_items_in_stock",
                                           "message": "There are no source items with the in stock status"}
    bad = client.get(f"{V1}/is-product-salable-for-requested-qty/24-WB01/1/abc", headers=admin_headers)
    assert bad.status_code == 400
    assert client.get(f"{V1}/is-product-salable-for-requested-qty/MH01/1/1", headers=admin_headers).status_code == 400


def test_acl(client: TestClient) -> None:
    response = client.get(f"{V1}/get-product-salable-quantity/24-WB01/1")
    assert response.status_code == 401
    assert response.json()["parameters"] == {"resources": "Magento_InventorySalesApi::stock"}
