"""Issue 4: GET /V1/products on 100,000 products (sku like, price range, sort by price, pageSize 50).

Bulk-inserts the catalog with SQLAlchemy Core executemany into a throwaway install, then times
sequential requests against a real `merx serve` (one worker, keep-alive client) and prints p50/p99.
PostgreSQL: a fresh database on MERX_BENCH_DATABASE_URL (default postgresql://postgres@127.0.0.1:5432/test),
dropped afterwards. SQLite: a temporary file. No assertions: figures only.
"""

from __future__ import annotations

import os
import random
import time
import uuid
from collections.abc import Iterator
from contextlib import contextmanager
from datetime import datetime
from pathlib import Path
from urllib.parse import urlencode

import httpx
from sqlalchemy import create_engine, insert, text
from sqlalchemy.engine import make_url

from bench.harness import free_port, install, merx_server, percentile, server
from merx.db.models.catalog import ProductEntity, ProductValue, ProductWebsite

PRODUCTS = 100_000
REQUESTS = 300
WARMUP = 30
BATCH = 10_000
DEFAULT_SERVER = "postgresql://postgres@127.0.0.1:5432/test"


def psycopg_url(url: str) -> str:
    return "postgresql+psycopg://" + url.split("://", 1)[1] if url.startswith("postgresql://") else url


@contextmanager
def fresh_postgres() -> Iterator[str]:
    server_url = psycopg_url(os.environ.get("MERX_BENCH_DATABASE_URL", DEFAULT_SERVER))
    name = f"merx_bench_{uuid.uuid4().hex[:10]}"
    admin = create_engine(server_url, isolation_level="AUTOCOMMIT")
    with admin.connect() as connection:
        connection.execute(text(f'CREATE DATABASE "{name}"'))
    try:
        yield make_url(server_url).set(database=name).render_as_string(hide_password=False)
    finally:
        with admin.connect() as connection:
            connection.execute(text(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)'))
        admin.dispose()


def bulk_insert(database_url: str) -> float:
    """100,000 simple products with a url_key and a tax class each, on website 1."""
    engine = create_engine(database_url)
    rng = random.Random(42)
    now = datetime(2024, 1, 1, 12, 0, 0)
    started = time.perf_counter()
    with engine.begin() as connection:
        for start in range(1, PRODUCTS + 1, BATCH):
            ids = range(start, min(start + BATCH, PRODUCTS + 1))
            connection.execute(insert(ProductEntity), [
                {"entity_id": i, "sku": f"BENCH-{i:06d}", "type_id": "simple", "attribute_set_id": 4,
                 "name": f"Bench Product {i}", "price": round(rng.uniform(1, 1000), 2), "status": 1,
                 "visibility": 4, "weight": 1.0, "has_options": 0, "required_options": 0,
                 "created_at": now, "updated_at": now}
                for i in ids
            ])
            connection.execute(insert(ProductValue), [
                row for i in ids for row in (
                    {"entity_id": i, "attribute_code": "url_key", "store_id": 0, "value": f"bench-product-{i}"},
                    {"entity_id": i, "attribute_code": "tax_class_id", "store_id": 0, "value": "2"},
                )
            ])
            connection.execute(insert(ProductWebsite), [{"product_id": i, "website_id": 1} for i in ids])
        if engine.dialect.name == "postgresql":
            connection.execute(text("SELECT setval(pg_get_serial_sequence('catalog_product_entity', 'entity_id'), "
                                    f"{PRODUCTS + 1}, false)"))
    with engine.connect().execution_options(isolation_level="AUTOCOMMIT") as connection:
        connection.execute(text("ANALYZE"))
    engine.dispose()
    return time.perf_counter() - started


def query(prefix: str, low: int, high: int) -> str:
    group = "searchCriteria[filter_groups][{g}][filters][{f}][{k}]"
    params = {
        group.format(g=0, f=0, k="field"): "sku", group.format(g=0, f=0, k="value"): prefix,
        group.format(g=0, f=0, k="condition_type"): "like",
        group.format(g=1, f=0, k="field"): "price", group.format(g=1, f=0, k="value"): str(low),
        group.format(g=1, f=0, k="condition_type"): "from",
        group.format(g=1, f=1, k="field"): "price", group.format(g=1, f=1, k="value"): str(high),
        group.format(g=1, f=1, k="condition_type"): "to",
        "searchCriteria[sortOrders][0][field]": "price", "searchCriteria[sortOrders][0][direction]": "ASC",
        "searchCriteria[pageSize]": "50", "searchCriteria[currentPage]": "1",
    }
    return "/rest/V1/products?" + urlencode(params)


def measure(client: httpx.Client, base: str, headers: dict[str, str], urls: list[str]) -> tuple[float, float, int]:
    for url in urls[:WARMUP]:
        client.get(base + url, headers=headers)
    times = []
    total = 0
    for index in range(REQUESTS):
        started = time.perf_counter()
        response = client.get(base + urls[index % len(urls)], headers=headers)
        times.append((time.perf_counter() - started) * 1000)
        response.raise_for_status()
        total = int(response.json().get("total_count", 0))
    return percentile(times, 0.5), percentile(times, 0.99), total


def run(label: str, database_url: str | None) -> None:
    with install(database_url) as env:
        url = database_url or f"sqlite:///{Path(env['MERX_VAR_DIR']) / 'merx.db'}"
        seconds = bulk_insert(url)
        port = free_port()
        with server(merx_server(env, port), dict(env, MERX_ACCESS_LOG="0"), port) as base, httpx.Client(
            timeout=60
        ) as client:
            token = client.post(f"{base}/rest/V1/integration/admin/token",
                                json={"username": "admin", "password": "Admin123456"}).json()
            headers = {"Authorization": f"Bearer {token}"}
            rng = random.Random(7)
            prefixes = [f"BENCH-0{d}%" for d in range(10)]
            ranges = [(low, low + 100) for low in range(0, 900, 50)]
            prefix_urls = [query(rng.choice(prefixes), *rng.choice(ranges)) for _ in range(50)]
            infix_urls = [query(f"%{rng.randint(100, 999)}%", *rng.choice(ranges)) for _ in range(50)]
            results = {
                "sku like 'BENCH-0d%' (prefix)": measure(client, base, headers, prefix_urls),
                "sku like '%ddd%' (infix)": measure(client, base, headers, infix_urls),
            }
            single = measure(client, base, headers, ["/rest/V1/products/BENCH-054321"])
    print(f"== {label}: {PRODUCTS:,} products bulk-inserted in {seconds:.1f} s; {REQUESTS} sequential requests, "
          "1 worker")
    for name, (p50, p99, total) in results.items():
        print(f"   {name:<32} + price from/to, sort price ASC, pageSize 50: p50 {p50:6.1f} ms  p99 {p99:6.1f} ms"
              f"  (last total_count {total})")
    print(f"   GET /V1/products/:sku (with stock item)                                p50 {single[0]:6.1f} ms  "
          f"p99 {single[1]:6.1f} ms")


def main() -> None:
    with fresh_postgres() as database_url:
        run("PostgreSQL", database_url)
    run("SQLite", None)


if __name__ == "__main__":
    main()
