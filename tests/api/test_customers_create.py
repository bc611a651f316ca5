"""POST /V1/customers (createAccount): every class of bad input, with Magento's status and body."""

from __future__ import annotations

from typing import Any

import pytest
from sqlalchemy import Engine, func, select
from starlette.testclient import TestClient

from merx.appconfig.service import set_value
from merx.db.models.customer import CustomerAddressEntity, CustomerEntity, NewsletterSubscriber
from merx.runtime import Runtime
from tests.api.customer_helpers import address, create_customer, jane, required
from tests.api.test_stores import create_seed_stores

URL = "/rest/default/V1/customers"


def post(client: TestClient, body: dict[str, Any], headers: dict[str, str] | None = None) -> Any:
    return client.post(URL, json=body, headers=headers or {})


def count_customers(engine: Engine) -> tuple[int, int]:
    with engine.connect() as connection:
        customers = connection.execute(select(func.count()).select_from(CustomerEntity)).scalar_one()
        addresses = connection.execute(select(func.count()).select_from(CustomerAddressEntity)).scalar_one()
    return customers, addresses


def assert_rejected(client: TestClient, engine: Engine, body: dict[str, Any], status: int,
                    expected: dict[str, Any], headers: dict[str, str] | None = None) -> None:
    response = post(client, body, headers)
    assert (response.status_code, response.json()) == (status, expected)
    assert count_customers(engine) == (0, 0)  # nothing half-created


def test_missing_arguments(client: TestClient) -> None:
    assert post(client, {}).json() == required("customer")
    response = client.post(URL, json={"password": "Password1"})
    assert response.status_code == 400 and response.json() == required("customer")


def test_missing_and_invalid_email(client: TestClient, engine: Engine) -> None:
    body = jane()
    del body["customer"]["email"]
    assert_rejected(client, engine, body, 400, {"message": "The customer email is missing. Enter and try again."})
    assert_rejected(client, engine, jane(email="invalid"), 400,
                    {"message": '"Email" is not a valid email address.'})
    assert_rejected(client, engine, jane(email="jdoe@example"), 400,
                    {"message": '"Email" is not a valid email address.'})


def test_missing_and_invalid_names(client: TestClient, engine: Engine) -> None:
    body = jane()
    del body["customer"]["firstname"], body["customer"]["lastname"]
    assert_rejected(client, engine, body, 400,
                    {"message": '"First Name" is a required value.\n"Last Name" is a required value.'})
    assert_rejected(client, engine, jane(firstname="J@ne", middlename="<b>"), 400,
                    {"message": "First Name is not valid!\nMiddle Name is not valid!"})
    assert_rejected(client, engine, jane(lastname="D" * 256), 400,
                    {"message": '"Last Name" length must be equal or less than 255 characters.\n'
                                "Last Name is not valid!"})
    created = create_customer(client, jane(firstname="Zoë-Anne O'Neil", email="zoe@example.com"))
    assert created["firstname"] == "Zoë-Anne O'Neil"


def test_address_required_fields(client: TestClient, engine: Engine) -> None:
    assert_rejected(client, engine, jane(addresses=[address(firstname=None)]), 400, required("firstname"))
    assert_rejected(client, engine, jane(addresses=[address(city="  ", telephone=None, postcode="")]), 400, {
        "message": "One or more input exceptions have occurred.",
        "errors": [{"message": required(f)["message"], "parameters": {"fieldName": f}}
                   for f in ("city", "telephone", "postcode")],
    })
    assert_rejected(client, engine, jane(addresses=[address(street=[])]), 400, required("street"))


def test_address_region_rules(client: TestClient, engine: Engine) -> None:
    no_region = address(region=None)
    assert_rejected(client, engine, jane(addresses=[no_region]), 400, required("regionId"))
    bavaria = address(region={"regionId": 81})
    assert_rejected(client, engine, jane(addresses=[bavaria]), 400, {
        "message": 'Invalid value of "%value" provided for the %fieldName field.',
        "parameters": {"fieldName": "regionId", "value": "81"},
    })
    by_code = create_customer(client, jane(addresses=[address(region={"regionCode": "TX"})]))
    assert by_code["addresses"][0]["region"] == {"region_code": "TX", "region": "Texas", "region_id": 57}
    uk = create_customer(client, jane(email="uk@example.com", addresses=[
        address(countryId="GB", region={"region": "London"}, postcode=None)]))
    assert uk["addresses"][0]["region"] == {"region_code": "London", "region": "London", "region_id": 0}
    assert uk["addresses"][0]["region_id"] == 0 and "postcode" not in uk["addresses"][0]


def test_address_street_lines(client: TestClient, engine: Engine, runtime: Runtime) -> None:
    three = address(street=["1 Main St", "Floor 2", "Suite 3"])
    assert_rejected(client, engine, jane(addresses=[three]), 400,
                    {"message": '"Street Address" cannot contain more than 2 lines.'})
    with runtime.uow() as uow:
        set_value(uow.session, "customer/address/street_lines", "3")
        uow.commit()
    runtime.reload_config()
    created = create_customer(client, jane(addresses=[three]))
    assert created["addresses"][0]["street"] == ["1 Main St", "Floor 2", "Suite 3"]


def test_address_of_a_country_the_store_does_not_allow_is_skipped(client: TestClient) -> None:
    """createAccount drops addresses whose country the store does not allow (isAddressAllowedForWebsite)."""
    created = create_customer(client, jane(addresses=[address(countryId="XX"), address(countryId=None)]))
    assert created["addresses"] == [] and "default_billing" not in created


@pytest.mark.parametrize(("password", "message", "parameters"), [
    ("Pass1", "The password needs at least %1 characters. Create a new password and try again.", [8]),
    ("x" * 257, "Please enter a password with at most %1 characters.", [256]),
    (" Password1", "The password can't begin or end with a space. Verify the password and try again.", None),
    ("password1", "Minimum of different classes of characters in password is %1. Classes of characters: "
                  "Lower Case, Upper Case, Digits, Special Characters.", [3]),
    ("", "The password needs at least %1 characters. Create a new password and try again.", [8]),
])
def test_weak_passwords(client: TestClient, engine: Engine, password: str, message: str,
                        parameters: list[int] | None) -> None:
    expected: dict[str, Any] = {"message": message}
    if parameters:
        expected["parameters"] = parameters
    assert_rejected(client, engine, dict(jane(), password=password), 400, expected)


def test_password_equal_to_email(client: TestClient, engine: Engine) -> None:
    body = dict(jane(email="Abcdef12@Example.com"), password="abcdef12@example.COM")
    assert_rejected(client, engine, body, 400, {
        "message": "The password can't be the same as the email address. Create a new password and try again."})


def test_password_is_optional(client: TestClient) -> None:
    body = jane()
    del body["password"]
    assert create_customer(client, body)["email"] == "jdoe@example.com"


def test_duplicate_email_per_website_and_global(client: TestClient, engine: Engine, runtime: Runtime) -> None:
    create_seed_stores(engine)
    runtime.refresh_if_changed()
    create_customer(client, jane())
    duplicate = {"message": "A customer with the same email address already exists in an associated website."}
    for email in ("jdoe@example.com", "JDoe@Example.COM"):
        response = post(client, jane(email=email))
        assert (response.status_code, response.json()) == (400, duplicate)
    assert create_customer(client, jane(), store="us")["website_id"] == 2  # another website: allowed
    with runtime.uow() as uow:
        set_value(uow.session, "customer/account_share/scope", "0")
        uow.commit()
    runtime.reload_config()
    response = client.post("/rest/de/V1/customers", json=jane())
    assert (response.status_code, response.json()) == (400, duplicate)


def test_store_and_website_scope(client: TestClient, engine: Engine, runtime: Runtime) -> None:
    create_seed_stores(engine)
    runtime.refresh_if_changed()
    mismatch = post(client, jane(store_id=2, website_id=3))
    assert (mismatch.status_code, mismatch.json()) == (
        400, {"message": "The store view is not in the associated website."})
    unknown_store = post(client, jane(store_id=99))
    assert unknown_store.status_code == 404
    assert unknown_store.json() == {
        "message": "The store that was requested wasn't found. Verify the store and try again."}
    unknown_website = post(client, jane(website_id=99))
    assert unknown_website.status_code == 404
    assert unknown_website.json() == {
        "message": "The website with id %1 that was requested wasn't found. Verify the website and try again.",
        "parameters": [99]}
    from_website = create_customer(client, jane(website_id=3))
    assert (from_website["store_id"], from_website["created_in"]) == (3, "Germany Store View")
    from_url = create_customer(client, jane(), store="us")
    assert (from_url["store_id"], from_url["website_id"], from_url["created_in"]) == (2, 2, "US Store View")
    for path in ("/rest/V1/customers", "/rest/all/V1/customers"):
        response = client.post(path, json=jane(email=f"x{len(path)}@example.com"))
        assert response.json()["store_id"] == 1 and response.json()["created_in"] == "Default Store View"


def test_group_id_needs_manage_permission(client: TestClient, admin_headers: dict[str, str], engine: Engine) -> None:
    anonymous = create_customer(client, jane(group_id=3))
    assert anonymous["group_id"] == 1
    admin = create_customer(client, jane(email="w@example.com", group_id=2), headers=admin_headers)
    assert admin["group_id"] == 2
    response = post(client, jane(email="v@example.com", group_id=77), admin_headers)
    assert (response.status_code, response.json()) == (
        400, {"message": "The specified customer group id does not exist."})


def test_subscription_and_unknown_fields(client: TestClient, engine: Engine) -> None:
    created = create_customer(client, jane(extension_attributes={"is_subscribed": True}))
    assert created["extension_attributes"] == {"is_subscribed": True}
    with engine.connect() as connection:
        status = connection.execute(select(NewsletterSubscriber.subscriber_status)).scalar_one()
    assert status == 1
    response = post(client, jane(email="n@example.com", nickname="JJ"))
    assert (response.status_code, response.json()) == (400, {
        "message": '"%fieldName" is not supported. Correct the field name and try again.',
        "parameters": {"fieldName": "Nickname"}})


def test_concurrent_registrations_of_one_email(client: TestClient, engine: Engine) -> None:
    from concurrent.futures import ThreadPoolExecutor

    with ThreadPoolExecutor(4) as pool:
        statuses = sorted(pool.map(lambda _i: post(client, jane()).status_code, range(4)))
    assert statuses == [200, 400, 400, 400]
    assert count_customers(engine) == (1, 1)
