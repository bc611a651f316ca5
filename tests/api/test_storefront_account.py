"""Storefront account pages through HTTP: sign in, My Account, Address Book, sign out, guards."""

from __future__ import annotations

import re

from sqlalchemy import Engine
from starlette.testclient import TestClient

from merx.appconfig.service import set_value
from merx.runtime import Runtime
from tests.api.customer_helpers import create_customer, tutorial_call
from tests.api.test_stores import create_seed_stores

SIGN_IN_FAILED = (
    "The account sign-in was incorrect or your account is disabled temporarily. Please wait and try again later."
)


def seed_customer(client: TestClient, engine: Engine, runtime: Runtime) -> None:
    create_seed_stores(engine)
    runtime.refresh_if_changed()
    body = tutorial_call("legacy-v2.3-6", "Create customer")["request"]
    create_customer(client, body, store="us")


def form_key(html: str) -> str:
    match = re.search(r'name="form_key" value="([^"]+)"', html)
    assert match is not None
    return match.group(1)


def sign_in(client: TestClient, store: str, email: str, password: str) -> object:
    page = client.get(f"/{store}/customer/account/login/")
    return client.post(f"/{store}/customer/account/login/", follow_redirects=False, data={
        "form_key": form_key(page.text), "login[username]": email, "login[password]": password})


def test_seed_customer_signs_in_and_sees_both_default_addresses(client: TestClient, engine: Engine,
                                                                 runtime: Runtime) -> None:
    seed_customer(client, engine, runtime)
    response = sign_in(client, "us", "jdoe@example.com", "Password1")
    assert response.status_code == 302 and response.headers["location"] == "/us/customer/account/"
    cookie = response.headers["set-cookie"].lower()
    assert "httponly" in cookie and "samesite=lax" in cookie
    account = client.get("/us/customer/account/")
    assert account.status_code == 200
    assert "Jane Doe" in account.text and "jdoe@example.com" in account.text
    assert account.text.count("123 Oak Ave") == 2 and "Purchase, New York, 10755" in account.text
    book = client.get("/us/customer/address/")
    assert "Default Billing Address" in book.text and "Default Shipping Address" in book.text
    assert book.text.count("123 Oak Ave") == 2 and "United States" in book.text and "T: 512-555-1111" in book.text
    assert "You have no other address entries in your address book." in book.text


def test_wrong_password_shows_magentos_message(client: TestClient, engine: Engine, runtime: Runtime) -> None:
    seed_customer(client, engine, runtime)
    response = sign_in(client, "us", "jdoe@example.com", "wrong-pass1")
    assert response.status_code == 401  # type: ignore[attr-defined]
    assert SIGN_IN_FAILED in response.text  # type: ignore[attr-defined]


def test_customer_of_one_website_cannot_sign_in_on_another(client: TestClient, engine: Engine,
                                                            runtime: Runtime) -> None:
    seed_customer(client, engine, runtime)
    assert sign_in(client, "de", "jdoe@example.com", "Password1").status_code == 401  # type: ignore[attr-defined]


def test_storefront_lockout(client: TestClient, engine: Engine, runtime: Runtime) -> None:
    seed_customer(client, engine, runtime)
    with runtime.uow() as uow:
        set_value(uow.session, "customer/password/lockout_failures", "3")
        uow.commit()
    runtime.reload_config()
    for _ in range(3):
        sign_in(client, "us", "jdoe@example.com", "wrong-pass1")
    locked = sign_in(client, "us", "jdoe@example.com", "Password1")
    assert locked.status_code == 401 and SIGN_IN_FAILED in locked.text  # type: ignore[attr-defined]


def test_guests_are_sent_to_login_and_form_key_is_checked(client: TestClient, engine: Engine,
                                                           runtime: Runtime) -> None:
    seed_customer(client, engine, runtime)
    for path in ("/us/customer/account/", "/us/customer/address/"):
        response = client.get(path, follow_redirects=False)
        assert response.status_code == 302 and response.headers["location"] == "/us/customer/account/login/"
    client.get("/us/customer/account/login/")
    forged = client.post("/us/customer/account/login/", data={
        "form_key": "forged", "login[username]": "jdoe@example.com", "login[password]": "Password1"})
    assert forged.status_code == 400 and "Invalid Form Key. Please refresh the page." in forged.text


def test_sign_out_ends_the_session(client: TestClient, engine: Engine, runtime: Runtime) -> None:
    seed_customer(client, engine, runtime)
    sign_in(client, "us", "jdoe@example.com", "Password1")
    account = client.get("/us/customer/account/")
    out = client.post("/us/customer/account/logout/", data={"form_key": form_key(account.text)},
                      follow_redirects=False)
    assert out.headers["location"] == "/us/customer/account/logoutSuccess/"
    assert "You are signed out" in client.get("/us/customer/account/logoutSuccess/").text
    assert client.get("/us/customer/account/", follow_redirects=False).status_code == 302


def test_create_account_escapes_what_was_typed(client: TestClient, engine: Engine, runtime: Runtime) -> None:
    create_seed_stores(engine)
    runtime.refresh_if_changed()
    page = client.get("/us/customer/account/create/")
    rejected = client.post("/us/customer/account/create/", data={
        "form_key": form_key(page.text), "firstname": "<script>alert(1)</script>", "lastname": "Doe",
        "email": "eve@example.com", "password": "Password1", "password_confirmation": "Password1"})
    assert rejected.status_code == 400 and "First Name is not valid!" in rejected.text
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in rejected.text and "<script>alert" not in rejected.text
    response = client.post("/us/customer/account/create/", data={
        "form_key": form_key(rejected.text), "firstname": "Eve", "lastname": "O'Neil",
        "email": "eve@example.com", "password": "Password1", "password_confirmation": "Password1"})
    assert response.status_code == 200
    assert "Thank you for registering with North America Store." in response.text
    assert "Eve O&#39;Neil" in response.text
    created = client.get("/rest/us/V1/customers/search?searchCriteria=", headers={})
    assert created.status_code == 401  # the storefront session is not an API credential


def test_default_store_without_code_and_unknown_code(client: TestClient) -> None:
    assert client.get("/customer/account/login/").status_code == 200
    assert client.get("/").status_code == 200
    assert client.get("/nosuch/customer/account/login/").status_code == 404
