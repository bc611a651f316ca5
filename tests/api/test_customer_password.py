"""Changing and resetting customer passwords; the reset mail goes through a real local SMTP server."""

from __future__ import annotations

import re
import socket
import time
from collections.abc import Iterator
from dataclasses import replace
from email import message_from_bytes
from email.message import Message
from typing import Any

import pytest
from aiosmtpd.controller import Controller
from aiosmtpd.smtp import Envelope, Session
from starlette.testclient import TestClient

from merx.runtime import Runtime
from tests.api.customer_helpers import PASSWORD, bearer, create_customer, customer_token, jane, required

ME_PASSWORD = "/rest/V1/customers/me/password"


class Inbox:
    def __init__(self) -> None:
        self.messages: list[tuple[Envelope, Message]] = []

    async def handle_DATA(self, server: Any, session: Session, envelope: Envelope) -> str:
        content = envelope.content if isinstance(envelope.content, bytes) else str(envelope.content).encode()
        self.messages.append((envelope, message_from_bytes(content)))
        return "250 OK"

    def wait(self, count: int = 1) -> list[tuple[Envelope, Message]]:
        deadline = time.time() + 5
        while len(self.messages) < count and time.time() < deadline:
            time.sleep(0.02)
        return self.messages


@pytest.fixture
def inbox(runtime: Runtime) -> Iterator[Inbox]:
    handler = Inbox()
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    controller = Controller(handler, hostname="127.0.0.1", port=port)
    controller.start()
    runtime.settings = replace(runtime.settings, smtp_host="127.0.0.1", smtp_port=controller.port,
                               smtp_sender="shop@example.com")
    yield handler
    controller.stop()


def test_change_password(client: TestClient) -> None:
    create_customer(client, jane())
    token = customer_token(client)
    headers = bearer(token)
    wrong = client.put(ME_PASSWORD, headers=headers, json={"currentPassword": "Nope12345", "newPassword": "Newpass12"})
    assert (wrong.status_code, wrong.json()) == (401, {
        "message": "The password doesn't match this account. Verify the password and try again."})
    weak = client.put(ME_PASSWORD, headers=headers, json={"currentPassword": PASSWORD, "newPassword": "short"})
    assert (weak.status_code, weak.json()) == (400, {
        "message": "The password needs at least %1 characters. Create a new password and try again.",
        "parameters": [8]})
    same = client.put(ME_PASSWORD, headers=headers,
                      json={"currentPassword": PASSWORD, "newPassword": "jdoe@example.com"})
    assert same.json()["message"].startswith("The password can't be the same as the email address.")
    missing = client.put(ME_PASSWORD, headers=headers, json={"newPassword": "Newpass12"})
    assert missing.json() == required("currentPassword")
    other_token = customer_token(client)
    changed = client.put(ME_PASSWORD, headers=headers, json={"currentPassword": PASSWORD, "newPassword": "Newpass12"})
    assert (changed.status_code, changed.json()) == (200, True)
    for old in (token, other_token):  # every token of the customer stops working
        assert client.get("/rest/V1/customers/me", headers=bearer(old)).status_code == 401
    assert client.post("/rest/V1/integration/customer/token",
                       json={"username": "jdoe@example.com", "password": PASSWORD}).status_code == 401
    assert customer_token(client, password="Newpass12")
    assert client.put(ME_PASSWORD, json={"currentPassword": "a", "newPassword": "b"}).status_code == 401


def test_wrong_current_passwords_lock_the_account(client: TestClient) -> None:
    create_customer(client, jane())
    headers = bearer(customer_token(client))
    for _ in range(9):
        assert client.put(ME_PASSWORD, headers=headers,
                          json={"currentPassword": "Wrong1234", "newPassword": "Newpass12"}).status_code == 401
    tenth = client.put(ME_PASSWORD, headers=headers, json={"currentPassword": "Wrong1234", "newPassword": "Newpass12"})
    assert (tenth.status_code, tenth.json()) == (401, {"message": "The account is locked."})
    locked_login = client.post("/rest/V1/integration/customer/token",
                               json={"username": "jdoe@example.com", "password": PASSWORD})
    assert locked_login.status_code == 401


def _reset_token(message: Message) -> str:
    body = message.get_payload(decode=True)
    assert isinstance(body, bytes)
    found = re.search(r"createPassword/\?token=([0-9a-f]+)", body.decode())
    assert found is not None
    return found.group(1)


def test_password_reset_by_mail(client: TestClient, inbox: Inbox) -> None:
    create_customer(client, jane())
    old_token = customer_token(client)
    response = client.put("/rest/V1/customers/password",
                          json={"email": "jdoe@example.com", "template": "email_reset", "websiteId": 1})
    assert (response.status_code, response.json()) == (200, True)
    ((envelope, message),) = inbox.wait()
    assert envelope.rcpt_tos == ["jdoe@example.com"] and envelope.mail_from == "shop@example.com"
    assert message["Subject"] == "Reset your Default Store View password"
    token = _reset_token(message)
    url = "/rest/V1/customers/resetPassword"
    mismatch = client.post(url, json={"email": "jdoe@example.com", "resetToken": "0" * 32, "newPassword": "Reset1234"})
    assert (mismatch.status_code, mismatch.json()) == (400, {
        "message": "The password token is mismatched. Reset and try again."})
    weak = client.post(url, json={"email": "jdoe@example.com", "resetToken": token, "newPassword": "weak"})
    assert weak.status_code == 400 and weak.json()["parameters"] == [8]
    done = client.post(url, json={"email": "jdoe@example.com", "resetToken": token, "newPassword": "Reset1234"})
    assert (done.status_code, done.json()) == (200, True)
    assert client.get("/rest/V1/customers/me", headers=bearer(old_token)).status_code == 401
    assert customer_token(client, password="Reset1234")
    reused = client.post(url, json={"email": "", "resetToken": token, "newPassword": "Again1234"})
    assert (reused.status_code, reused.json()) == (404, {
        "message": "No such entity with rp_token = %value", "parameters": {"value": token}})


def test_password_reset_errors(client: TestClient, inbox: Inbox, runtime: Runtime) -> None:
    create_customer(client, jane())
    url = "/rest/V1/customers/password"
    unknown = client.put(url, json={"email": "dummy@example.com", "template": "email_reset", "websiteId": 0})
    assert (unknown.status_code, unknown.json()) == (404, {
        "message": "No such entity with %fieldName = %fieldValue, %field2Name = %field2Value",
        "parameters": {"fieldName": "email", "fieldValue": "dummy@example.com", "field2Name": "websiteId",
                       "field2Value": 0}})
    template = client.put(url, json={"email": "jdoe@example.com", "template": "nope"})
    assert (template.status_code, template.json()) == (400, {
        "message": 'Invalid value of "%value" provided for the %fieldName field. '
                   "Possible values: %template1 or %template2.",
        "parameters": {"value": "nope", "fieldName": "template", "template1": "email_reminder",
                       "template2": "email_reset"}})
    assert client.put(url, json={}).json() == {
        "message": "One or more input exceptions have occurred.",
        "errors": [{"message": required("email")["message"], "parameters": {"fieldName": "email"}},
                   {"message": required("template")["message"], "parameters": {"fieldName": "template"}}]}
    assert inbox.messages == []
    assert client.put(url, json={"email": "jdoe@example.com", "template": "email_reminder"}).json() is True
    ((_, message),) = inbox.wait()
    token = _reset_token(message)
    with runtime.uow() as uow:  # the link outlives customer/password/reset_link_expiration_period (2 hours)
        from sqlalchemy import text

        uow.session.execute(text("UPDATE customer_entity SET rp_token_created_at = '2000-01-01 00:00:00'"))
        uow.commit()
    expired = client.post("/rest/V1/customers/resetPassword",
                          json={"email": "jdoe@example.com", "resetToken": token, "newPassword": "Reset1234"})
    assert (expired.status_code, expired.json()) == (400, {
        "message": "The password token is expired. Reset and try again."})


def test_unreachable_mail_server_still_answers_true(client: TestClient, runtime: Runtime) -> None:
    create_customer(client, jane())
    runtime.settings = replace(runtime.settings, smtp_host="127.0.0.1", smtp_port=1)
    response = client.put("/rest/V1/customers/password", json={"email": "jdoe@example.com", "template": "email_reset"})
    assert (response.status_code, response.json()) == (200, True)
