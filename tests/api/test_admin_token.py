from __future__ import annotations

from starlette.testclient import TestClient

from merx.appconfig.service import set_value
from merx.db.uow import UnitOfWork
from merx.runtime import Runtime
from tests.api.conftest import ADMIN_PASSWORD, ADMIN_USER

TOKEN = "/rest/V1/integration/admin/token"
SIGN_IN = {
    "message": "The account sign-in was incorrect or your account is disabled temporarily. "
    "Please wait and try again later."
}


def test_token_is_a_bare_json_string(client: TestClient) -> None:
    response = client.post(TOKEN, json={"username": ADMIN_USER, "password": ADMIN_PASSWORD})
    assert response.status_code == 200
    token = response.json()
    assert isinstance(token, str) and len(token) == 32 and token.isalnum() and token == token.lower()


def test_wrong_password_and_unknown_user(client: TestClient) -> None:
    for body in ({"username": ADMIN_USER, "password": "wrong1234"}, {"username": "nobody", "password": "x"}):
        response = client.post(TOKEN, json=body)
        assert response.status_code == 401
        assert response.json() == SIGN_IN


def test_both_credentials_missing_is_aggregate(client: TestClient) -> None:
    response = client.post(TOKEN, json={"username": "", "password": ""})
    assert response.status_code == 400
    assert response.json() == {
        "message": "One or more input exceptions have occurred.",
        "errors": [
            {"message": '"%fieldName" is required. Enter and try again.', "parameters": {"fieldName": "username"}},
            {"message": '"%fieldName" is required. Enter and try again.', "parameters": {"fieldName": "password"}},
        ],
    }
    one = client.post(TOKEN, json={"username": "admin"})
    assert one.json() == {"message": '"%fieldName" is required. Enter and try again.',
                          "parameters": {"fieldName": "password"}}


def test_lockout_after_six_failures(client: TestClient) -> None:
    for _ in range(5):
        client.post(TOKEN, json={"username": ADMIN_USER, "password": "wrong1234"})
    assert client.post(TOKEN, json={"username": ADMIN_USER, "password": ADMIN_PASSWORD}).status_code == 200
    for _ in range(6):
        client.post(TOKEN, json={"username": ADMIN_USER, "password": "wrong1234"})
    locked = client.post(TOKEN, json={"username": ADMIN_USER, "password": ADMIN_PASSWORD})
    assert locked.status_code == 401
    assert locked.json() == SIGN_IN


def test_bad_tokens_make_a_guest(client: TestClient, admin_token: str) -> None:
    for header in (f"Bearer {admin_token}x", f"Token {admin_token}", f"Bearer  {admin_token}", "Bearer"):
        response = client.get("/rest/V1/store/storeViews", headers={"Authorization": header})
        assert response.status_code == 401, header
    assert client.get("/rest/V1/store/storeViews",
                      headers={"Authorization": f"bearer {admin_token}"}).status_code == 200


def test_expired_token_is_refused(client: TestClient, runtime: Runtime) -> None:
    with runtime.uow() as uow:
        set_value(uow.session, "oauth/access_token_lifetime/admin", "0.0003")  # about one second
        uow.commit()
    runtime.reload_config()
    token = client.post(TOKEN, json={"username": ADMIN_USER, "password": ADMIN_PASSWORD}).json()
    headers = {"Authorization": f"Bearer {token}"}
    assert client.get("/rest/V1/store/storeViews", headers=headers).status_code == 200
    import time

    time.sleep(1.3)
    assert client.get("/rest/V1/store/storeViews", headers=headers).status_code == 401


def test_password_change_revokes_admin_tokens(client: TestClient, admin_token: str, runtime: Runtime) -> None:
    from merx.user.service import create_admin_user

    headers = {"Authorization": f"Bearer {admin_token}"}
    assert client.get("/rest/V1/store/storeViews", headers=headers).status_code == 200
    with UnitOfWork(runtime.engine) as uow:
        create_admin_user(uow.session, ADMIN_USER, "Another1234", "admin@example.com", "Ad", "Min")
        uow.commit()
    runtime.refresh_if_changed()
    assert client.get("/rest/V1/store/storeViews", headers=headers).status_code == 401
