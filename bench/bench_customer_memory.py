"""Issue 3: resident memory of one worker after 10,000 customers.

10,000 customers (each with one address and a token) are bulk-inserted into a fresh SQLite database;
one `merx serve` worker then answers `GET /V1/customers/me` for every one of them (which fills its
in-memory token and customer caches). Prints the worker's RSS at start and after.
"""

from __future__ import annotations

import sys
from datetime import UTC, datetime
from pathlib import Path

import httpx
from sqlalchemy import insert

from bench.harness import free_port, install, merx_server, server
from merx.db.engine import make_engine
from merx.db.models.customer import CustomerAddressEntity, CustomerEntity
from merx.db.uow import UnitOfWork
from merx.integration import tokens
from merx.runtime import Runtime
from merx.security.passwords import hash_password
from merx.webapi.context import USER_TYPE_CUSTOMER

CUSTOMERS = 10_000


def rss_mib(pid: int) -> float:
    for line in Path(f"/proc/{pid}/status").read_text().splitlines():
        if line.startswith("VmRSS:"):
            return int(line.split()[1]) / 1024
    return 0.0


def populate(database_url: str) -> list[str]:
    engine = make_engine(database_url)
    now = datetime.now(UTC).replace(tzinfo=None, microsecond=0)
    password = hash_password("Password1")
    customers = [
        {"entity_id": i, "website_id": 1, "email": f"c{i}@example.com", "email_key": f"c{i}@example.com",
         "group_id": 1, "store_id": 1, "created_at": now, "updated_at": now, "created_in": "Default Store View",
         "firstname": "Jane", "lastname": f"Doe{i}", "password_hash": password, "default_billing": i,
         "default_shipping": i}
        for i in range(1, CUSTOMERS + 1)
    ]
    addresses = [
        {"entity_id": i, "parent_id": i, "created_at": now, "updated_at": now, "city": "Purchase",
         "country_id": "US", "firstname": "Jane", "lastname": f"Doe{i}", "postcode": "10755",
         "region": "New York", "region_id": 43, "street": "123 Oak Ave", "telephone": "512-555-1111"}
        for i in range(1, CUSTOMERS + 1)
    ]
    issued = []
    with UnitOfWork(engine) as uow:
        uow.session.execute(insert(CustomerEntity), customers)
        uow.session.execute(insert(CustomerAddressEntity), addresses)
        config = Runtime(engine=engine).config
        for i in range(1, CUSTOMERS + 1):
            issued.append(tokens.issue(uow.session, config, USER_TYPE_CUSTOMER, i))
        uow.commit()
    engine.dispose()
    return issued


def main() -> None:
    with install() as env:
        database_url = env.get("MERX_DATABASE_URL") or f"sqlite:///{env['MERX_VAR_DIR']}/merx.db"
        issued = populate(database_url)
        port = free_port()
        env = dict(env, MERX_ACCESS_LOG="0")
        with server(merx_server(env, port), env, port) as base, httpx.Client(base_url=base) as client:
            pid = _server_pid(port)
            start = rss_mib(pid)
            for token in issued:
                response = client.get("/rest/V1/customers/me", headers={"Authorization": f"Bearer {token}"})
                assert response.status_code == 200, response.text
            after = rss_mib(pid)
    print(f"one worker, {CUSTOMERS:,} customers (each read once through /V1/customers/me, caches filled)")
    print(f"RSS at start: {start:.1f} MiB; after: {after:.1f} MiB; growth {after - start:.1f} MiB "
          f"({(after - start) * 1024 / CUSTOMERS:.2f} KiB per customer)")


def _server_pid(port: int) -> int:
    import subprocess

    output = subprocess.run(["ss", "-ltnpH", f"sport = :{port}"], capture_output=True, text=True).stdout
    marker = "pid="
    if marker not in output:
        sys.exit("cannot find the server's pid")
    return int(output.split(marker, 1)[1].split(",", 1)[0])


if __name__ == "__main__":
    main()
