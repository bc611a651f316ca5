"""Issue 4: get-product-salable-quantity with 0 and with 1,000,000 reservations on one SKU.

For SQLite and PostgreSQL: p50 latency of GET /V1/inventory/get-product-salable-quantity/24-WB01/1
(wrk, one worker), then a million reservations are bulk-loaded for that SKU (Core executemany on
SQLite, COPY on PostgreSQL, plus one running-total update), and the same is measured again.
Prints both p50s and their ratio. PostgreSQL: MERX_BENCH_PG_URL (default postgresql://postgres@127.0.0.1:5432/postgres).
"""

from __future__ import annotations

import os
import time
import uuid
from collections.abc import Iterator
from contextlib import contextmanager

import httpx
from sqlalchemy import create_engine, text
from sqlalchemy.engine import make_url

from bench.harness import free_port, install, merx, merx_server, server, wrk

RESERVATIONS = 1_000_000
SKU = "24-WB01"
NET = -10  # the ledger's sum: 999,990 reservations of +1/-1 that cancel out, then ten of -1
SECONDS = 10
PG_SERVER = os.environ.get("MERX_BENCH_PG_URL", "postgresql://postgres@127.0.0.1:5432/postgres")
METADATA = '{"event_type":"order_placed","object_type":"order","object_id":"1","object_increment_id":"000000001"}'


@contextmanager
def postgres_database() -> Iterator[str]:
    """A throwaway database on the PostgreSQL server, dropped afterwards."""
    server_url = "postgresql+psycopg://" + PG_SERVER.split("://", 1)[1]
    name = f"merx_bench_{uuid.uuid4().hex[:8]}"
    admin = create_engine(server_url, isolation_level="AUTOCOMMIT")
    with admin.connect() as connection:
        connection.execute(text(f'CREATE DATABASE "{name}"'))
    try:
        yield make_url(PG_SERVER).set(database=name).render_as_string(hide_password=False)
    finally:
        with admin.connect() as connection:
            connection.execute(text(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)'))
        admin.dispose()


def _quantities() -> Iterator[int]:
    for index in range(RESERVATIONS + NET):
        yield 1 if index % 2 == 0 else -1
    for _ in range(-NET):
        yield -1


def bulk_load(database_url: str) -> float:
    """Loads the ledger outside the API and adds its sum to the running total; returns seconds taken."""
    url = (
        database_url
        if "://" in database_url and not database_url.startswith("postgresql://")
        else ("postgresql+psycopg://" + database_url.split("://", 1)[1])
    )
    engine = create_engine(url)
    started = time.perf_counter()
    with engine.begin() as connection:
        if engine.dialect.name == "postgresql":
            cursor = connection.connection.driver_connection.cursor()  # type: ignore[union-attr]
            with cursor.copy("COPY inventory_reservation (stock_id, sku, quantity, metadata) FROM STDIN") as copy:
                for quantity in _quantities():
                    copy.write_row((1, SKU, quantity, METADATA))
        else:
            rows = [{"stock_id": 1, "sku": SKU, "quantity": q, "metadata": METADATA} for q in _quantities()]
            connection.execute(
                text(
                    "INSERT INTO inventory_reservation (stock_id, sku, quantity, metadata) "
                    "VALUES (:stock_id, :sku, :quantity, :metadata)"
                ),
                rows,
            )
        connection.execute(
            text(
                "INSERT INTO inventory_reservation_total (stock_id, sku, quantity) VALUES (1, :sku, :net) "
                "ON CONFLICT (stock_id, sku) DO UPDATE SET quantity = inventory_reservation_total.quantity "
                "+ excluded.quantity"
            ),
            {"sku": SKU, "net": NET},
        )
    engine.dispose()
    return time.perf_counter() - started


def measure(label: str, database_url: str | None) -> tuple[float, float, float]:
    with install(database_url) as env:
        merx(env, "sampledata:deploy")
        url = database_url or f"sqlite:///{env['MERX_VAR_DIR']}/merx.db"
        port = free_port()
        with server(merx_server(env, port), env, port) as base:
            token = httpx.post(
                f"{base}/rest/V1/integration/admin/token", json={"username": "admin", "password": "Admin123456"}
            ).json()
            headers = {"Authorization": f"Bearer {token}"}
            target = f"{base}/rest/V1/inventory/get-product-salable-quantity/{SKU}/1"
            assert httpx.get(target, headers=headers).json() == 100
            wrk(target, headers, seconds=2, connections=8)
            empty = wrk(target, headers, seconds=SECONDS, connections=8)
            load_seconds = bulk_load(url)
            assert httpx.get(target, headers=headers).json() == 100 + NET
            wrk(target, headers, seconds=2, connections=8)
            full = wrk(target, headers, seconds=SECONDS, connections=8)
    print(
        f"{label:<11}{empty.p50_ms:>12.2f}{full.p50_ms:>14.2f}{full.p50_ms / empty.p50_ms:>8.2f}"
        f"{empty.requests_per_second:>11.0f}{full.requests_per_second:>11.0f}{load_seconds:>10.1f}"
    )
    return empty.p50_ms, full.p50_ms, load_seconds


def main() -> None:
    print(
        f"GET get-product-salable-quantity/{SKU}/1, 1 worker, wrk -t1 -c8 -d{SECONDS}s; "
        f"{RESERVATIONS:,} reservations on the SKU for the second column"
    )
    print(f"{'database':<11}{'p50 0 ms':>12}{'p50 1M ms':>14}{'ratio':>8}{'req/s 0':>11}{'req/s 1M':>11}{'load s':>10}")
    measure("SQLite", None)
    with postgres_database() as url:
        measure("PostgreSQL", url)


if __name__ == "__main__":
    main()
