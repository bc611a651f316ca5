"""The inventory tutorial's MSI calls, replayed exactly as printed (final and v2.3 revisions).

Steps 6-12 (customer, cart, order, invoice, shipment) belong to other domains: the order's
reservations and the shipment's deductions are made here through the inventory services they will
call, so that the quantities of tutorial.md §3 can be checked after every step.
"""

from __future__ import annotations

from sqlalchemy import Engine
from starlette.testclient import TestClient

from merx.db.uow import UnitOfWork
from merx.inventory import source_item_repository
from merx.inventory.reservations import EVENT_ORDER_PLACED, EVENT_SHIPMENT_CREATED, SalesEvent, compensate, reserve
from merx.runtime import Runtime
from tests.api.inventory_helpers import call, calls, deploy_sample_data, quantities, replay, salable
from tests.api.test_stores import create_seed_stores

WB01, WB03, LV06 = "24-WB01", "24-WB03", "240-LV06"

AFTER_STEP_5 = {
    WB01: {"ne_wh": (35, 1), "west_wh": (15, 1), "brooklyn": (10, 1), "manhattan": (10, 1), "huntington": (10, 1),
           "berkeley": (10, 1), "sausalito": (10, 1)},
    WB03: {"ne_wh": (50, 1), "west_wh": (10, 1), "berkeley": (20, 1), "sausalito": (20, 1), "brooklyn": (0, 1),
           "manhattan": (0, 1), "huntington": (0, 1)},
    LV06: {"hq": (9999, 1)},
}  # fmt: skip


def _order_3(engine: Engine) -> SalesEvent:
    event = SalesEvent(EVENT_ORDER_PLACED, "order", "3", "000000003")
    with UnitOfWork(engine) as uow:
        reserve(uow.session, 2, [(WB03, 20), (WB01, 40), (LV06, 1)], event)
        uow.commit()
    return event


def _ship_as_advised(engine: Engine) -> None:
    """Steps 10 and 12 as the sales domain will do them: deduct from the sources, compensate reservations."""
    shipped = SalesEvent(EVENT_SHIPMENT_CREATED, "order", "3", "000000003")
    with UnitOfWork(engine) as uow:
        session = uow.session
        source_item_repository.set_quantity(session, "hq", LV06, 9998)
        source_item_repository.set_quantity(session, "ne_wh", WB01, 0, 0)
        source_item_repository.set_quantity(session, "west_wh", WB01, 10)
        source_item_repository.set_quantity(session, "ne_wh", WB03, 30)
        compensate(session, 2, [(LV06, 1), (WB01, 40), (WB03, 20)], shipped)
        uow.commit()


def test_final_revision(engine: Engine, client: TestClient, admin_headers: dict[str, str]) -> None:
    deploy_sample_data(engine)
    assert quantities(engine, WB01) == {"default": (100, 1)}
    for step in ("2", "3", "4", "5"):
        for item in calls(step):
            replay(client, admin_headers, item)
        if step == "2":
            codes = client.get("/rest/V1/inventory/sources?searchCriteria=", headers=admin_headers).json()
            assert [s["source_code"] for s in codes["items"]] == [
                "berkeley", "brooklyn", "default", "hq", "huntington", "manhattan", "ne_wh", "sausalito", "west_wh"
            ]
        if step == "3":
            stock = client.get("/rest/V1/inventory/stocks/2", headers=admin_headers).json()
            assert stock == {"stock_id": 2, "name": "US Stock",
                             "extension_attributes": {"sales_channels": [{"type": "website", "code": "base"}]}}
            default = client.get("/rest/V1/inventory/stocks/1", headers=admin_headers).json()
            assert default == {"stock_id": 1, "name": "Default Stock", "extension_attributes": {"sales_channels": []}}
    for sku, expected in AFTER_STEP_5.items():
        assert quantities(engine, sku) == expected
    for item in calls("7"):
        if "/inventory/" in item["path"]:
            replay(client, admin_headers, item)  # 7.2 and 7.3: 100 and 100
    assert salable(client, admin_headers, LV06, 2) == 9999

    _order_3(engine)
    assert [salable(client, admin_headers, sku, 2) for sku in (WB01, WB03, LV06)] == [60, 80, 9998]

    _ship_as_advised(engine)
    assert quantities(engine, WB01)["ne_wh"] == (0, 0)
    assert quantities(engine, WB01)["west_wh"] == (10, 1)
    assert quantities(engine, WB03)["ne_wh"] == (30, 1)
    assert quantities(engine, LV06) == {"hq": (9998, 1)}
    assert [salable(client, admin_headers, sku, 2) for sku in (WB01, WB03, LV06)] == [60, 80, 9998]

    for item in calls("13"):
        replay(client, admin_headers, item)
    assert quantities(engine, WB01) == {
        "ne_wh": (10, 1), "west_wh": (15, 1), "brooklyn": (10, 1), "manhattan": (10, 1), "huntington": (0, 0),
        "berkeley": (10, 1), "sausalito": (5, 1),
    }  # fmt: skip
    assert quantities(engine, WB03) == {**AFTER_STEP_5[WB03], "ne_wh": (30, 1)}
    assert salable(client, admin_headers, WB01, 2) == 60


def test_legacy_revision(engine: Engine, runtime: Runtime, client: TestClient, admin_headers: dict[str, str]) -> None:
    create_seed_stores(engine)
    runtime.refresh_if_changed()
    deploy_sample_data(engine)
    for step in ("legacy-v2.3-2", "legacy-v2.3-3", "legacy-v2.3-4", "legacy-v2.3-5"):
        for item in calls(step):
            replay(client, admin_headers, item)
    assert quantities(engine, WB01) == {
        "baltimore_wh": (35, 1), "austin_wh": (10, 1), "reno_wh": (25, 1), "berlin_wh": (15, 1),
        "frankfurt_wh": (15, 1),
    }  # fmt: skip
    assert quantities(engine, WB03) == {
        "baltimore_wh": (19, 1), "austin_wh": (0, 1), "reno_wh": (42, 1), "berlin_wh": (32, 1), "frankfurt_wh": (7, 1),
    }  # fmt: skip
    replay(client, admin_headers, call("L7.2"))  # 70 through /rest/us/
    replay(client, admin_headers, call("L7.3"))  # 61
    assert salable(client, admin_headers, WB03, 3, store="de") == 39
    resolved = client.get("/rest/all/V1/inventory/stock-resolver/website/eu_site", headers=admin_headers).json()
    assert resolved["stock_id"] == 3

    with UnitOfWork(engine) as uow:  # L12: 20 x 24-WB01 and 19 x 24-WB03 from Baltimore, 31 x 24-WB03 from Reno
        session = uow.session
        source_item_repository.set_quantity(session, "baltimore_wh", WB01, 15)
        source_item_repository.set_quantity(session, "baltimore_wh", WB03, 0, 0)
        source_item_repository.set_quantity(session, "reno_wh", WB03, 11)
        uow.commit()
    for item in calls("legacy-v2.3-13"):
        replay(client, admin_headers, item)
    assert quantities(engine, WB03) == {"baltimore_wh": (32, 1), "austin_wh": (7, 1), "reno_wh": (11, 1)}
    assert salable(client, admin_headers, WB03, 3, store="de") == 0  # "no European salable quantity"
    assert salable(client, admin_headers, WB03, 2, store="us") == 50
