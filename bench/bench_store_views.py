"""Issue 2: merx's storeViews with an admin token against a bare Starlette route, one worker each.

Prints requests/s, p50 and p99 for both and the ratio; then the admin-token call's p50 next to the
cost of the Argon2id hash alone.
"""

from __future__ import annotations

import statistics
import sys
import time

import httpx
import orjson

from bench.harness import free_port, install, merx, merx_server, percentile, server, wrk
from merx.security.passwords import hash_password

SECONDS = 10


def main() -> None:
    with install() as env:
        for args in (("store:website:create", "--code", "na_site", "--name", "North America Site"),
                     ("store:group:create", "--website", "na_site", "--code", "na_store", "--name",
                      "North America Store"),
                     ("store:view:create", "--group", "na_store", "--code", "us", "--name", "US Store View"),
                     ("store:website:create", "--code", "eu_site", "--name", "Europe Site"),
                     ("store:group:create", "--website", "eu_site", "--code", "eu_store", "--name", "Europe Store"),
                     ("store:view:create", "--group", "eu_store", "--code", "de", "--name", "Germany Store View")):
            merx(env, *args)
        port = free_port()
        with server(merx_server(env, port), env, port) as base:
            token = httpx.post(f"{base}/rest/V1/integration/admin/token",
                               json={"username": "admin", "password": "Admin123456"}).json()
            headers = {"Authorization": f"Bearer {token}"}
            body = httpx.get(f"{base}/rest/all/V1/store/storeViews", headers=headers).content
            wrk(f"{base}/rest/all/V1/store/storeViews", headers, seconds=2)  # warm-up
            merx_result = wrk(f"{base}/rest/all/V1/store/storeViews", headers, seconds=SECONDS)
            token_times = []
            for _ in range(30):
                started = time.perf_counter()
                httpx.post(f"{base}/rest/V1/integration/admin/token",
                           json={"username": "admin", "password": "Admin123456"})
                token_times.append((time.perf_counter() - started) * 1000)
        bare_port = free_port()
        bare_env = dict(env, BARE_BODY=body.decode())
        command = [sys.executable, "-m", "uvicorn", "bench.bare_app:app", "--port", str(bare_port),
                   "--loop", "uvloop", "--http", "httptools", "--no-access-log", "--log-level", "warning"]
        with server(command, bare_env, bare_port) as bare_base:
            wrk(f"{bare_base}/rest/all/V1/store/storeViews", headers, seconds=2)
            bare_result = wrk(f"{bare_base}/rest/all/V1/store/storeViews", headers, seconds=SECONDS)
    hash_times = []
    for _ in range(20):
        started = time.perf_counter()
        hash_password("Admin123456")
        hash_times.append((time.perf_counter() - started) * 1000)

    assert orjson.loads(body)[0]["code"] == "default"
    print("GET /rest/all/V1/store/storeViews, admin bearer token, 1 worker, wrk -t1 -c32", f"-d{SECONDS}s")
    print(f"{'':<18}{'req/s':>10}{'p50 ms':>10}{'p99 ms':>10}")
    print(f"{'bare Starlette':<18}{bare_result.requests_per_second:>10.0f}{bare_result.p50_ms:>10.2f}"
          f"{bare_result.p99_ms:>10.2f}")
    print(f"{'merx':<18}{merx_result.requests_per_second:>10.0f}{merx_result.p50_ms:>10.2f}"
          f"{merx_result.p99_ms:>10.2f}")
    ratio = merx_result.requests_per_second / bare_result.requests_per_second
    print(f"ratio merx/bare: {ratio:.2f} (target >= 0.50)  non-2xx: {merx_result.non_2xx}")
    print(f"POST /V1/integration/admin/token p50: {percentile(token_times, 0.5):.1f} ms; "
          f"Argon2id hash alone (ops 2, 64 MiB) p50: {statistics.median(hash_times):.1f} ms")


if __name__ == "__main__":
    main()
