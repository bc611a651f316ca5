from __future__ import annotations

from collections.abc import Iterator
from dataclasses import replace

import pytest
from sqlalchemy import Engine
from starlette.testclient import TestClient

from merx.app import create_app
from merx.db.uow import UnitOfWork
from merx.runtime import Runtime
from merx.settings import load_settings
from merx.user.service import create_admin_user
from tests.conftest import reset_database

ADMIN_USER = "admin"
ADMIN_PASSWORD = "Admin123456"


@pytest.fixture
def runtime(engine: Engine) -> Iterator[Runtime]:
    settings = replace(load_settings(), access_log=False, cache_poll_seconds=0.05)
    runtime = Runtime(settings, engine)
    with UnitOfWork(engine) as uow:
        create_admin_user(uow.session, ADMIN_USER, ADMIN_PASSWORD, "admin@example.com", "Ad", "Min")
        uow.commit()
    yield runtime
    reset_database(engine)


@pytest.fixture
def client(runtime: Runtime) -> Iterator[TestClient]:
    app = create_app(runtime)
    with TestClient(app, base_url="http://127.0.0.1:8080") as test_client:
        yield test_client


@pytest.fixture
def admin_token(client: TestClient) -> str:
    response = client.post("/rest/V1/integration/admin/token",
                           json={"username": ADMIN_USER, "password": ADMIN_PASSWORD})
    assert response.status_code == 200, response.text
    token = response.json()
    assert isinstance(token, str)
    return token


@pytest.fixture
def admin_headers(admin_token: str) -> dict[str, str]:
    return {"Authorization": f"Bearer {admin_token}"}

