"""Reservations: the ledger, its running totals, and `reserve` under concurrency (both databases)."""

from __future__ import annotations

import threading
import time
from collections.abc import Sequence

import orjson
import pytest
from sqlalchemy import Engine, func, select
from sqlalchemy.orm import Session
from starlette.testclient import TestClient

from merx.db.models.inventory import InventoryReservation
from merx.db.uow import UnitOfWork
from merx.inventory import reservation_repository
from merx.inventory.errors import InsufficientStockError
from merx.inventory.reservation_repository import Reservation
from merx.inventory.reservations import SalesEvent, compensate, reserve
from merx.runtime import Runtime
from merx.webapi.errors import NoSuchEntityError
from tests.api.inventory_helpers import deploy_sample_data, salable

EVENT = SalesEvent("order_placed", "order", "3", "000000003")


def test_ledger_and_running_totals(engine: Engine, runtime: Runtime, client: TestClient,
                                   admin_headers: dict[str, str]) -> None:
    deploy_sample_data(engine)
    with UnitOfWork(engine) as uow:
        reserve(uow.session, 1, [("24-WB01", 40), ("24-WB03", 20), ("24-WB01", 2), ("MH01", 1)], EVENT)
        compensate(uow.session, 1, [("24-WB01", 42)], SalesEvent("shipment_created", "order", "3", "000000003"))
        uow.commit()
    with UnitOfWork(engine, write=False) as uow:
        session = uow.session
        rows = session.execute(
            select(InventoryReservation.sku, InventoryReservation.quantity, InventoryReservation.metadata_)
            .order_by(InventoryReservation.reservation_id)
        ).all()
        assert [(sku, qty) for sku, qty, _ in rows] == [("24-WB01", -42), ("24-WB03", -20), ("24-WB01", 42)]
        assert orjson.loads(rows[0][2]) == {"event_type": "order_placed", "object_type": "order",
                                            "object_id": "3", "object_increment_id": "000000003"}
        assert list(orjson.loads(rows[0][2])) == ["event_type", "object_type", "object_id", "object_increment_id"]
        totals = reservation_repository.totals(session, 1, ["24-WB01", "24-WB03"])
        assert totals == {"24-WB01": 0, "24-WB03": -20}
        assert reservation_repository.ledger_sums(session) == {(1, "24-WB01"): 0, (1, "24-WB03"): -20}
    assert salable(client, admin_headers, "24-WB03", 1) == 80


def test_a_short_line_reserves_nothing(engine: Engine, runtime: Runtime) -> None:
    deploy_sample_data(engine)
    with UnitOfWork(engine) as uow, pytest.raises(InsufficientStockError) as raised:
        reserve(uow.session, 1, [("24-WB01", 5), ("24-WB03", 101)], EVENT)
    assert (raised.value.sku, raised.value.requested, raised.value.salable) == ("24-WB03", 101, 100)
    with UnitOfWork(engine) as uow, pytest.raises(NoSuchEntityError):
        reserve(uow.session, 1, [("nope", 1)], EVENT)
    with UnitOfWork(engine, write=False) as uow:
        assert uow.session.scalar(select(func.count()).select_from(InventoryReservation)) == 0


def test_concurrent_checkouts_never_oversell(
    engine: Engine, runtime: Runtime, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Two checkouts of 60 against 100, the first pausing between its salability check and its append:
    the second waits for the first's row lock, then sees its reservation and fails."""
    deploy_sample_data(engine)
    with UnitOfWork(engine) as uow:  # the running-total row exists: only the row lock can serialise
        reserve(uow.session, 1, [("24-WB01", 1)], EVENT)
        compensate(uow.session, 1, [("24-WB01", 1)], EVENT)
        uow.commit()
    checked = threading.Event()
    append = reservation_repository.append

    def slow_append(session: Session, reservations: Sequence[Reservation]) -> None:
        if threading.current_thread().name == "slow":
            checked.set()
            time.sleep(0.5)
        append(session, reservations)

    monkeypatch.setattr(reservation_repository, "append", slow_append)
    outcomes: list[str] = []

    def checkout() -> None:
        try:
            with UnitOfWork(engine) as uow:
                reserve(uow.session, 1, [("24-WB01", 60)], EVENT)
                uow.commit()
            outcomes.append("reserved")
        except InsufficientStockError:
            outcomes.append("short")

    slow = threading.Thread(target=checkout, name="slow")
    slow.start()
    assert checked.wait(10)
    fast = threading.Thread(target=checkout, name="fast")
    fast.start()
    slow.join(30)
    fast.join(30)
    assert sorted(outcomes) == ["reserved", "short"]
    with UnitOfWork(engine, write=False) as uow:
        assert reservation_repository.total(uow.session, 1, "24-WB01") == -60
