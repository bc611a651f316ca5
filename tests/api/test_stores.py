from __future__ import annotations

from sqlalchemy import Engine
from starlette.testclient import TestClient

from merx.db.uow import UnitOfWork
from merx.runtime import Runtime
from merx.store.management import create_group, create_store_view, create_website

SEED_STORE_VIEWS = [
    {"id": 1, "code": "default", "name": "Default Store View", "website_id": 1, "store_group_id": 1, "is_active": 1},
    {"id": 0, "code": "admin", "name": "Admin", "website_id": 0, "store_group_id": 0, "is_active": 1},
    {"id": 2, "code": "us", "name": "US Store View", "website_id": 2, "store_group_id": 2, "is_active": 1},
    {"id": 3, "code": "de", "name": "Germany Store View", "website_id": 3, "store_group_id": 3, "is_active": 1},
]


def create_seed_stores(engine: Engine) -> None:
    with UnitOfWork(engine) as uow:
        session = uow.session
        create_website(session, "na_site", "North America Site")
        create_group(session, "na_site", "na_store", "North America Store")
        create_store_view(session, "na_store", "us", "US Store View")
        create_website(session, "eu_site", "Europe Site")
        create_group(session, "eu_site", "eu_store", "Europe Store")
        create_store_view(session, "eu_store", "de", "Germany Store View")
        uow.commit()


def test_seed_store_views_body(client: TestClient, admin_headers: dict[str, str], engine: Engine,
                               runtime: Runtime) -> None:
    create_seed_stores(engine)
    runtime.refresh_if_changed()
    response = client.get("/rest/all/V1/store/storeViews", headers=admin_headers)
    assert response.status_code == 200
    assert response.json() == SEED_STORE_VIEWS
    assert list(response.json()[0]) == ["id", "code", "name", "website_id", "store_group_id", "is_active"]
    assert response.headers["content-type"] == "application/json; charset=utf-8"


def test_default_install_store_views(client: TestClient, admin_headers: dict[str, str]) -> None:
    response = client.get("/rest/V1/store/storeViews", headers=admin_headers)
    assert response.json() == SEED_STORE_VIEWS[:2]


def test_websites_and_groups(client: TestClient, admin_headers: dict[str, str]) -> None:
    websites = client.get("/rest/V1/store/websites", headers=admin_headers).json()
    assert websites == [
        {"id": 1, "code": "base", "name": "Main Website", "default_group_id": 1},
        {"id": 0, "code": "admin", "name": "Admin", "default_group_id": 0},
    ]
    groups = client.get("/rest/V1/store/storeGroups", headers=admin_headers).json()
    assert groups[0] == {"id": 1, "website_id": 1, "root_category_id": 2, "default_store_id": 1,
                         "name": "Main Website Store", "code": "main_website_store"}


def test_store_configs_filtered_by_code(client: TestClient, admin_headers: dict[str, str], engine: Engine,
                                        runtime: Runtime) -> None:
    create_seed_stores(engine)
    runtime.refresh_if_changed()
    response = client.get("/rest/V1/store/storeConfigs?storeCodes[]=us", headers=admin_headers)
    assert response.status_code == 200
    body = response.json()
    assert [c["code"] for c in body] == ["us"]
    assert list(body[0]) == [
        "id", "code", "website_id", "locale", "base_currency_code", "default_display_currency_code", "timezone",
        "weight_unit", "base_url", "base_link_url", "base_static_url", "base_media_url", "secure_base_url",
        "secure_base_link_url", "secure_base_static_url", "secure_base_media_url",
    ]
    everything = client.get("/rest/V1/store/storeConfigs", headers=admin_headers).json()
    assert [c["code"] for c in everything] == ["default", "us", "de"]


def test_store_code_scopes_and_unknown_code(client: TestClient, admin_headers: dict[str, str]) -> None:
    assert client.get("/rest/default/V1/store/storeViews", headers=admin_headers).status_code == 200
    response = client.get("/rest/nosuch/V1/store/storeViews", headers=admin_headers)
    assert response.status_code == 404
    assert response.json() == {"message": "Request does not match any route."}
    # the admin store's code is not a URL store code
    assert client.get("/rest/admin/V1/store/storeViews", headers=admin_headers).status_code == 404


def test_store_routes_need_admin(client: TestClient) -> None:
    response = client.get("/rest/V1/store/storeViews")
    assert response.status_code == 401
    assert response.json() == {
        "message": "The consumer isn't authorized to access %resources.",
        "parameters": {"resources": "Magento_Backend::store"},
    }


def test_new_store_is_seen_after_generation_poll(client: TestClient, admin_headers: dict[str, str],
                                                  engine: Engine) -> None:
    import time

    create_seed_stores(engine)
    deadline = time.time() + 5
    codes: list[str] = []
    while time.time() < deadline:
        codes = [s["code"] for s in client.get("/rest/V1/store/storeViews", headers=admin_headers).json()]
        if "us" in codes:
            break
        time.sleep(0.05)
    assert "us" in codes
