"""The inventory `merx` commands: geodata import and the reservation consistency tools."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest
from sqlalchemy import text

from merx.db.engine import make_engine
from merx.db.uow import UnitOfWork
from merx.inventory.geo import location_for_address, postcode_location


def run(env: dict[str, str], *args: str, stdin: str | None = None) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-m", "merx.cli", *args], env=env, capture_output=True, text=True,
                          timeout=120, input=stdin)


@pytest.fixture
def env(tmp_path: Path) -> dict[str, str]:
    environment = dict(os.environ)
    environment["MERX_VAR_DIR"] = str(tmp_path)
    environment.pop("MERX_DATABASE_URL", None)
    environment["PYTHONPATH"] = os.pathsep.join([str(Path("src").resolve()), environment.get("PYTHONPATH", "")])
    assert run(environment, "setup:install").returncode == 0
    return environment


def _engine_url(env: dict[str, str]) -> str:
    return f"sqlite:///{Path(env['MERX_VAR_DIR']) / 'merx.db'}"


def test_geonames_import(env: dict[str, str], tmp_path: Path) -> None:
    shipped = run(env, "inventory-geonames:import", "us")
    assert shipped.returncode == 0, shipped.stderr
    assert shipped.stdout == "Importing us: OK\nDone.\n"
    custom = tmp_path / "DE.txt"
    custom.write_text("DE\t10115\tBerlin\tBerlin\tBE\t\t00\tBerlin, Stadt\t11000\t52.5323\t13.3846\t4\nshort\n")
    assert run(env, "inventory-geonames:import", "DE", "--file", str(custom)).stdout == "Importing DE: OK\nDone.\n"
    assert run(env, "inventory-geonames:import", "zz").stdout == "Importing zz: Cannot download country\nDone.\n"
    engine = make_engine(_engine_url(env))
    try:
        with UnitOfWork(engine, write=False) as uow:
            assert postcode_location(uow.session, "US", "07306") == (40.7321, -74.0661)
            assert postcode_location(uow.session, "DE", "10115") == (52.5323, 13.3846)
            assert postcode_location(uow.session, "US", "99999") is None
            assert location_for_address(uow.session, "US", "10755", "Purchase") == (41.0383, -73.711)
            count = uow.session.execute(text("SELECT count(*) FROM inventory_geoname")).scalar_one()
        assert count == 16
    finally:
        engine.dispose()
    again = run(env, "inventory-geonames:import", "US")
    assert again.returncode == 0  # a re-import replaces the country's rows


def test_reservation_inconsistencies_and_compensations(env: dict[str, str]) -> None:
    assert run(env, "inventory:reservation:list-inconsistencies").stdout == "No order inconsistencies were found\n"
    engine = make_engine(_engine_url(env))
    metadata = '{"event_type":"order_placed","object_type":"order","object_id":"3","object_increment_id":"000000003"}'
    try:
        with engine.begin() as connection:
            for sku, qty in (("24-WB01", -40), ("24-WB03", -20)):
                connection.execute(
                    text("INSERT INTO inventory_reservation (stock_id, sku, quantity, metadata) "
                         "VALUES (2, :sku, :qty, :metadata)"),
                    {"sku": sku, "qty": qty, "metadata": metadata},
                )
    finally:
        engine.dispose()
    pretty = run(env, "inventory:reservation:list-inconsistencies")
    assert pretty.returncode == 255
    assert pretty.stdout == (
        "Order 000000003:\n"
        "  - Product 24-WB01 should be compensated by +40.000000 for stock 2\n"
        "  - Product 24-WB03 should be compensated by +20.000000 for stock 2\n"
    )
    raw = run(env, "inventory:reservation:list-inconsistencies", "-r").stdout
    assert raw == "000000003:24-WB01:40.000000:2\n000000003:24-WB03:20.000000:2\n"
    created = run(env, "inventory:reservation:create-compensations", "000000003:24-WB01:40.000000:2")
    assert created.returncode == 0, created.stderr
    assert created.stdout == (
        "Following reservations were created:\n  - Product 24-WB01 was compensated by +40.000000 for stock 2\n"
    )
    piped = run(env, "inventory:reservation:create-compensations", stdin="000000003:24-WB03:20.000000:2\n")
    assert "24-WB03 was compensated by +20.000000" in piped.stdout
    assert run(env, "inventory:reservation:list-inconsistencies").stdout == "No order inconsistencies were found\n"
    broken = run(env, "inventory:reservation:create-compensations", "garbage")
    assert broken.returncode == 1 and 'Error while parsing argument "garbage"' in broken.stdout
    missing = run(env, "inventory:reservation:create-compensations", stdin="")
    assert missing.returncode == 1
    assert "A list of compensations needs to be defined as argument or STDIN." in missing.stderr
