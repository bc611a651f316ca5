"""POST /V1/integration/customer/token and revoke-customer-token."""

from __future__ import annotations

import hashlib
import time

from sqlalchemy import Engine, select, update
from starlette.testclient import TestClient

from merx.appconfig.service import set_value
from merx.db.models.customer import CustomerEntity
from merx.integration.tokens import utcnow
from merx.runtime import Runtime
from tests.api.customer_helpers import PASSWORD, bearer, create_customer, customer_token, jane, required
from tests.api.test_stores import create_seed_stores

TOKEN = "/rest/V1/integration/customer/token"
REVOKE = "/rest/V1/integration/customer/revoke-customer-token"
SIGN_IN = {"message": "The account sign-in was incorrect or your account is disabled temporarily. "
                      "Please wait and try again later."}


def login(client: TestClient, password: str = PASSWORD, email: str = "jdoe@example.com",
          store: str = "default") -> object:
    response = client.post(f"/rest/{store}/V1/integration/customer/token",
                           json={"username": email, "password": password})
    return response.status_code, response.json()


def set_config(runtime: Runtime, path: str, value: str) -> None:
    with runtime.uow() as uow:
        set_value(uow.session, path, value)
        uow.commit()
    runtime.reload_config()


def test_bad_credentials(client: TestClient) -> None:
    create_customer(client, jane())
    assert login(client, "Wrong1234") == (401, SIGN_IN)
    assert login(client, email="nobody@example.com") == (401, SIGN_IN)
    assert client.post(TOKEN, json={"username": "", "password": None}).json() == required("password")
    both = client.post(TOKEN, json={"username": "", "password": ""})
    assert (both.status_code, both.json()) == (400, {
        "message": "One or more input exceptions have occurred.",
        "errors": [{"message": required("username")["message"], "parameters": {"fieldName": "username"}},
                   {"message": required("password")["message"], "parameters": {"fieldName": "password"}}]})
    assert client.post(TOKEN, json={"username": "jdoe@example.com"}).json() == required("password")


def test_token_endpoint_lockout(client: TestClient) -> None:
    create_customer(client, jane())
    for _ in range(5):
        assert login(client, "Wrong1234") == (401, SIGN_IN)
    assert login(client)[0] == 200  # success resets the count
    for _ in range(6):
        login(client, "Wrong1234")
    assert login(client) == (401, SIGN_IN)  # locked even with the right password


def test_storefront_lockout_blocks_the_token(client: TestClient, engine: Engine, runtime: Runtime) -> None:
    create_customer(client, jane())
    with engine.begin() as connection:
        connection.execute(update(CustomerEntity).values(lock_expires=utcnow().replace(year=2099)))
    assert login(client) == (401, SIGN_IN)
    with engine.begin() as connection:
        connection.execute(update(CustomerEntity).values(lock_expires=utcnow().replace(year=2000)))
    assert login(client)[0] == 200


def test_failures_are_counted_on_the_customer(client: TestClient, engine: Engine, runtime: Runtime) -> None:
    set_config(runtime, "oauth/authentication_lock/max_failures_count", "0")  # token throttle off
    set_config(runtime, "customer/password/lockout_failures", "3")
    create_customer(client, jane())
    for _ in range(3):
        login(client, "Wrong1234")
    with engine.connect() as connection:
        failures, expires = connection.execute(select(CustomerEntity.failures_num, CustomerEntity.lock_expires)).one()
    assert failures == 3 and expires is not None and expires > utcnow()
    assert login(client) == (401, SIGN_IN)


def test_login_is_checked_in_the_url_store_website(client: TestClient, engine: Engine, runtime: Runtime) -> None:
    create_seed_stores(engine)
    runtime.refresh_if_changed()
    create_customer(client, jane(), store="us")
    assert login(client, store="default") == (401, SIGN_IN)
    assert login(client, store="us")[0] == 200
    set_config(runtime, "customer/account_share/scope", "0")
    assert login(client, store="de")[0] == 200


def test_token_lifetime_is_read_at_issue_time(client: TestClient, runtime: Runtime) -> None:
    create_customer(client, jane())
    long_lived = customer_token(client)
    set_config(runtime, "oauth/access_token_lifetime/customer", "0.0003")  # about a second
    short_lived = customer_token(client)
    assert client.get("/rest/V1/customers/me", headers=bearer(short_lived)).status_code == 200
    time.sleep(1.3)
    assert client.get("/rest/V1/customers/me", headers=bearer(short_lived)).status_code == 401
    assert client.get("/rest/V1/customers/me", headers=bearer(long_lived)).status_code == 200


def test_revoke(client: TestClient, admin_headers: dict[str, str]) -> None:
    create_customer(client, jane())
    first, second = customer_token(client), customer_token(client, store="all")
    response = client.post(REVOKE, headers=bearer(first))
    assert (response.status_code, response.json()) == (200, True)
    for token in (first, second):
        assert client.get("/rest/V1/customers/me", headers=bearer(token)).status_code == 401
    assert client.post(REVOKE).json() == {"message": "The consumer isn't authorized to access %resources.",
                                          "parameters": {"resources": "self"}}
    assert client.post(REVOKE, headers=admin_headers).json() == required("customerId")
    assert client.get("/rest/V1/customers/me", headers=bearer(customer_token(client))).status_code == 200


def test_legacy_hash_is_upgraded_on_sign_in(client: TestClient, engine: Engine) -> None:
    create_customer(client, jane())
    salt = "abcdefghabcdefghabcdefghabcdefgh"
    legacy = hashlib.sha256((salt + "Legacy123").encode()).hexdigest() + f":{salt}:1"
    with engine.begin() as connection:
        connection.execute(update(CustomerEntity).values(password_hash=legacy))
    assert login(client, "Legacy123")[0] == 200
    with engine.connect() as connection:
        stored = connection.execute(select(CustomerEntity.password_hash)).scalar_one()
    assert stored.endswith(":3_32_2_67108864")
    assert login(client, "Legacy123")[0] == 200


def test_unconfirmed_account(client: TestClient, engine: Engine, runtime: Runtime) -> None:
    create_customer(client, jane())
    with engine.begin() as connection:
        connection.execute(update(CustomerEntity).values(confirmation="abc"))
    assert login(client)[0] == 200  # confirmation is off by default
    set_config(runtime, "customer/create_account/confirm", "1")
    assert login(client) == (401, {"message": "This account isn't confirmed. Verify and try again."})


def test_bad_tokens_are_guests(client: TestClient, admin_token: str) -> None:
    create_customer(client, jane())
    token = customer_token(client)
    for header in (f"Bearer {token}x", f"Token {token}", "Bearer", f"Bearer {token[:-1]}"):
        response = client.get("/rest/V1/customers/me", headers={"Authorization": header})
        assert (response.status_code, response.json()["parameters"]) == (401, {"resources": "self"}), header
    assert client.get("/rest/V1/customers/me", headers={"Authorization": f"bearer {token}"}).status_code == 200
    # an admin token is no customer token: the forced id is empty
    assert client.get("/rest/V1/customers/me", headers=bearer(admin_token)).json() == required("customerId")
