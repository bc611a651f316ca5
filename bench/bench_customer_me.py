"""Issue 3: GET /V1/customers/me with a customer token against a bare Starlette route, one worker each.

Also prints the cost of creating a customer and of issuing a customer token next to the Argon2id
hash alone (each call hashes exactly once).
"""

from __future__ import annotations

import statistics
import sys
import time

import httpx

from bench.harness import free_port, install, merx_server, server, wrk
from merx.security.passwords import hash_password

SECONDS = 10
ADDRESS = {"defaultBilling": True, "defaultShipping": True, "firstname": "Jane", "lastname": "Doe",
           "region": {"regionCode": "NY", "regionId": 43, "region": "New York"}, "countryId": "US",
           "postcode": "11501", "city": "Mineola", "street": ["160 1st St."], "telephone": "516-555-1111"}


def _timed(call: object, count: int) -> float:
    samples = []
    for index in range(count):
        started = time.perf_counter()
        call(index)  # type: ignore[operator]
        samples.append((time.perf_counter() - started) * 1000)
    return statistics.median(samples)


def main() -> None:
    with install() as env:
        port = free_port()
        with server(merx_server(env, port), env, port) as base:
            def create(index: int) -> None:
                customer = {"email": f"c{index}@example.com", "firstname": "Jane", "lastname": "Doe",
                            "addresses": [ADDRESS]}
                response = httpx.post(f"{base}/rest/V1/customers", json={"customer": customer, "password": "Password1"})
                assert response.status_code == 200, response.text

            def login(index: int) -> None:
                response = httpx.post(f"{base}/rest/V1/integration/customer/token",
                                      json={"username": f"c{index}@example.com", "password": "Password1"})
                assert response.status_code == 200, response.text

            create_ms, token_ms = _timed(create, 20), _timed(login, 20)
            token = httpx.post(f"{base}/rest/V1/integration/customer/token",
                               json={"username": "c0@example.com", "password": "Password1"}).json()
            headers = {"Authorization": f"Bearer {token}"}
            body = httpx.get(f"{base}/rest/V1/customers/me", headers=headers).content
            wrk(f"{base}/rest/V1/customers/me", headers, seconds=2)  # warm-up
            merx_result = wrk(f"{base}/rest/V1/customers/me", headers, seconds=SECONDS)
        bare_port = free_port()
        command = [sys.executable, "-m", "uvicorn", "bench.bare_app:app", "--port", str(bare_port),
                   "--loop", "uvloop", "--http", "httptools", "--no-access-log", "--log-level", "warning"]
        with server(command, dict(env, BARE_BODY=body.decode()), bare_port) as bare_base:
            wrk(f"{bare_base}/rest/all/V1/store/storeViews", headers, seconds=2)
            bare_result = wrk(f"{bare_base}/rest/all/V1/store/storeViews", headers, seconds=SECONDS)
    hash_ms = statistics.median(_timed(lambda _i: hash_password("Password1"), 1) for _ in range(20))
    print("GET /rest/V1/customers/me, customer bearer token, 1 worker, wrk -t1 -c32", f"-d{SECONDS}s")
    print(f"{'':<18}{'req/s':>10}{'p50 ms':>10}{'p99 ms':>10}")
    for name, result in (("bare Starlette", bare_result), ("merx", merx_result)):
        print(f"{name:<18}{result.requests_per_second:>10.0f}{result.p50_ms:>10.2f}{result.p99_ms:>10.2f}")
    ratio = merx_result.requests_per_second / bare_result.requests_per_second
    print(f"ratio merx/bare: {ratio:.2f} (target >= 0.40)  non-2xx: {merx_result.non_2xx}")
    print(f"POST /V1/customers p50: {create_ms:.1f} ms; POST /V1/integration/customer/token p50: {token_ms:.1f} ms; "
          f"Argon2id hash alone p50: {hash_ms:.1f} ms")


if __name__ == "__main__":
    main()
