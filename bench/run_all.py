"""Run every benchmark in turn."""

from __future__ import annotations

import runpy

for module in (
    "bench.bench_store_views",
    "bench.bench_customer_me",
    "bench.bench_customer_memory",
    "bench.bench_salable_qty",
    "bench.bench_source_items",
    "bench.bench_product_search",
):
    print(f"== {module}")
    runpy.run_module(module, run_name="__main__")
