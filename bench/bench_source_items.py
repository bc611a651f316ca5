"""Issue 4: 100,000 source items posted in batches of 1,000 through POST /V1/inventory/source-items.

Ten sources, 10,000 SKUs each; the batches are sent one after the other by one client to one
worker. Prints items/s on PostgreSQL (the figure the issue asks for) and, for comparison, SQLite.
A second pass re-posts every batch (updates of existing rows).
"""

from __future__ import annotations

import time

import httpx
import orjson

from bench.bench_salable_qty import postgres_database
from bench.harness import free_port, install, merx_server, server

ITEMS = 100_000
BATCH = 1_000
SOURCES = 10


def _batches() -> list[bytes]:
    items = [
        {"sku": f"BENCH-{index // SOURCES:06d}", "source_code": f"src_{index % SOURCES}",
         "quantity": index % 97 + 0.5, "status": 1}
        for index in range(ITEMS)
    ]  # fmt: skip
    return [orjson.dumps({"sourceItems": items[start : start + BATCH]}) for start in range(0, ITEMS, BATCH)]


def measure(label: str, database_url: str | None) -> None:
    batches = _batches()
    with install(database_url) as env:
        port = free_port()
        with server(merx_server(env, port), env, port) as base, httpx.Client(base_url=base, timeout=60) as client:
            token = client.post(
                "/rest/V1/integration/admin/token", json={"username": "admin", "password": "Admin123456"}
            ).json()
            headers = {"Authorization": f"Bearer {token}", "Content-Type": "application/json"}
            for index in range(SOURCES):
                source = {"source_code": f"src_{index}", "name": f"Source {index}", "country_id": "US",
                          "postcode": "10001"}  # fmt: skip
                assert client.post("/rest/V1/inventory/sources", headers=headers, json={"source": source}).json() == []
            timings = []
            for _ in range(2):
                started = time.perf_counter()
                for body in batches:
                    response = client.post("/rest/V1/inventory/source-items", headers=headers, content=body)
                    assert response.status_code == 200, response.text
                timings.append(time.perf_counter() - started)
            count = client.get("/rest/V1/inventory/source-items?searchCriteria[pageSize]=1", headers=headers)
            assert count.json()["total_count"] == ITEMS
    inserted, updated = (ITEMS / seconds for seconds in timings)
    print(f"{label:<11}{inserted:>14,.0f}{updated:>14,.0f}{timings[0]:>10.1f}")


def main() -> None:
    print(f"POST /V1/inventory/source-items, {ITEMS:,} items in batches of {BATCH:,}, 1 worker, 1 client")
    print(f"{'database':<11}{'new items/s':>14}{'updates/s':>14}{'new s':>10}")
    with postgres_database() as url:
        measure("PostgreSQL", url)
    measure("SQLite", None)


if __name__ == "__main__":
    main()
