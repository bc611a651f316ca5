"""The seed's "verify this step" in Chromium: sign in on the us store, My Account, Address Book."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import httpx
import pytest
from sqlalchemy import Engine

from merx.db.uow import UnitOfWork
from merx.runtime import Runtime
from merx.user.service import create_admin_user
from tests.api.customer_helpers import tutorial_call
from tests.api.test_stores import create_seed_stores
from tests.browser.conftest import ARTIFACTS

pytestmark = pytest.mark.browser

SIGN_IN_FAILED = (
    "The account sign-in was incorrect or your account is disabled temporarily. Please wait and try again later."
)


def shot(page: Any, name: str) -> None:
    ARTIFACTS.mkdir(exist_ok=True)
    page.screenshot(path=str(Path(ARTIFACTS) / f"account-{name}.png"), full_page=True)


def seed(engine: Engine, live_runtime: Runtime, base: str) -> None:
    create_seed_stores(engine)
    with UnitOfWork(engine) as uow:
        create_admin_user(uow.session, "admin", "Admin123456", "admin@example.com", "Ad", "Min")
        uow.commit()
    live_runtime.refresh_if_changed()
    token = httpx.post(f"{base}/rest/V1/integration/admin/token",
                       json={"username": "admin", "password": "Admin123456"}).json()
    body = tutorial_call("legacy-v2.3-6", "Create customer")["request"]
    created = httpx.post(f"{base}/rest/us/V1/customers", json=body, headers={"Authorization": f"Bearer {token}"})
    assert created.status_code == 200, created.text


def test_seed_customer_verifies_in_a_browser(page: Any, live_server: str, engine: Engine,
                                             live_runtime: Runtime) -> None:
    seed(engine, live_runtime, live_server)
    page.goto(f"{live_server}/us/customer/account/login/")
    page.get_by_label("Email").fill("jdoe@example.com")
    page.get_by_label("Password").fill("not-her-password1")
    page.get_by_role("button", name="Sign In").click()
    page.get_by_role("alert").wait_for()
    assert SIGN_IN_FAILED in page.get_by_role("alert").inner_text()
    shot(page, "1-wrong-password")

    page.get_by_label("Password").fill("Password1")
    page.get_by_role("button", name="Sign In").click()
    page.wait_for_url(f"{live_server}/us/customer/account/")
    assert page.get_by_role("heading", name="My Account").is_visible()
    assert "Welcome, Jane Doe!" in page.locator("header").inner_text()
    contact = page.locator("[data-role=contact]").inner_text()
    assert "Jane Doe" in contact and "jdoe@example.com" in contact
    for role in ("billing", "shipping"):
        box = page.locator(f"[data-role={role}]").inner_text()
        assert "123 Oak Ave" in box and "Purchase, New York, 10755" in box and "United States" in box
    shot(page, "2-my-account")

    page.get_by_role("link", name="Address Book").click()
    page.wait_for_url(f"{live_server}/us/customer/address/")
    assert page.get_by_role("heading", name="Default Addresses").is_visible()
    for role in ("billing", "shipping"):
        box = page.locator(f"[data-role={role}]").inner_text()
        assert "Jane Doe" in box and "123 Oak Ave" in box and "T: 512-555-1111" in box
    shot(page, "3-address-book")

    page.get_by_role("button", name="Sign Out").click()
    page.wait_for_url(f"{live_server}/us/customer/account/logoutSuccess/")
    assert page.get_by_role("heading", name="You are signed out").is_visible()
    shot(page, "4-signed-out")
