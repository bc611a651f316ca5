"""Reading, updating, deleting and searching customers, their addresses and groups."""

from __future__ import annotations

from typing import Any

from starlette.testclient import TestClient

from merx.appconfig.service import set_value
from merx.runtime import Runtime
from tests.api.customer_helpers import address, bearer, create_customer, customer_token, jane, required

NO_SUCH = "No such entity with %fieldName = %fieldValue"


def unauthorized(resources: str) -> dict[str, Any]:
    return {"message": "The consumer isn't authorized to access %resources.", "parameters": {"resources": resources}}


def test_get_by_id_and_unknown_ids(client: TestClient, admin_headers: dict[str, str]) -> None:
    created = create_customer(client, jane())
    got = client.get(f"/rest/V1/customers/{created['id']}", headers=admin_headers)
    assert got.status_code == 200 and got.json() == created
    for path, field in (("/rest/V1/customers/999", "customerId"), ("/rest/V1/customers/addresses/999", "addressId")):
        response = client.get(path, headers=admin_headers)
        assert (response.status_code, response.json()) == (404, {"message": NO_SUCH,
                                                                 "parameters": {"fieldName": field, "fieldValue": 999}})
    bad = client.get("/rest/V1/customers/abc", headers=admin_headers)
    assert bad.status_code == 400
    assert bad.json() == {
        "message": 'The "abc" value\'s type is invalid. The "int" type was expected. Verify and try again.'}
    deleted = client.delete("/rest/V1/customers/999", headers=admin_headers)
    assert (deleted.status_code, deleted.json()["parameters"]) == (404, {"fieldName": "customerId", "fieldValue": 999})


def test_customer_token_reaches_only_itself(client: TestClient) -> None:
    first = create_customer(client, jane())
    second = create_customer(client, jane(email="other@example.com"))
    token = customer_token(client)
    headers = bearer(token)
    assert client.get(f"/rest/V1/customers/{second['id']}", headers=headers).json() == unauthorized(
        "Magento_Customer::customer")
    assert client.get("/rest/V1/customers/search?searchCriteria=", headers=headers).status_code == 401
    assert client.get("/rest/V1/store/storeViews", headers=headers).json() == unauthorized("Magento_Backend::store")
    assert client.delete(f"/rest/V1/customers/{second['id']}", headers=headers).json() == unauthorized(
        "Magento_Customer::manage")
    # the forced id wins over anything sent
    me = client.get(f"/rest/V1/customers/me?customerId={second['id']}", headers=headers).json()
    assert me["id"] == first["id"]
    put = client.put("/rest/V1/customers/me", headers=headers,
                     json={"customer": {"id": second["id"], "email": "jdoe@example.com", "firstname": "Janet",
                                        "lastname": "Doe", "website_id": 1}})
    assert put.status_code == 200 and put.json()["id"] == first["id"] and put.json()["firstname"] == "Janet"
    assert client.get(f"/rest/V1/customers/{second['id']}",
                      headers=bearer(customer_token(client, "other@example.com"))).status_code == 401
    anonymous = client.get("/rest/V1/customers/me")
    assert (anonymous.status_code, anonymous.json()) == (401, unauthorized("self"))


def test_admin_on_a_self_route_has_no_customer_id(client: TestClient, admin_headers: dict[str, str]) -> None:
    response = client.get("/rest/V1/customers/me", headers=admin_headers)
    assert (response.status_code, response.json()) == (400, required("customerId"))


def test_update_by_id(client: TestClient, admin_headers: dict[str, str]) -> None:
    created = create_customer(client, jane())
    cid = created["id"]
    body = {"customer": {"email": "jdoe@example.com", "firstname": "Jane", "lastname": "Smith", "website_id": 1,
                         "group_id": 2, "dob": "1980-02-03", "gender": 2}}
    updated = client.put(f"/rest/V1/customers/{cid}", json=body, headers=admin_headers)
    assert updated.status_code == 200, updated.text
    data = updated.json()
    assert (data["lastname"], data["group_id"], data["dob"], data["gender"]) == ("Smith", 2, "1980-02-03", 2)
    assert data["addresses"] == created["addresses"]  # no addresses sent: the address book stays
    assert data["created_at"] == created["created_at"] and data["created_in"] == "Default Store View"
    missing_website = client.put(f"/rest/V1/customers/{cid}", headers=admin_headers,
                                 json={"customer": {"email": "jdoe@example.com", "firstname": "J", "lastname": "D"}})
    assert (missing_website.status_code, missing_website.json()) == (
        400, {"message": '"Associate to Website" is a required value.'})
    unknown = client.put("/rest/V1/customers/999", json=body, headers=admin_headers)
    assert (unknown.status_code, unknown.json()["parameters"]) == (404, {"fieldName": "customerId", "fieldValue": 999})
    anonymous = client.put(f"/rest/V1/customers/{cid}", json=body)
    assert (anonymous.status_code, anonymous.json()) == (401, unauthorized("Magento_Customer::manage"))


def test_update_replaces_the_address_book(client: TestClient, admin_headers: dict[str, str]) -> None:
    created = create_customer(client, jane())
    cid, old = created["id"], created["addresses"][0]
    customer = {"email": "jdoe@example.com", "firstname": "Jane", "lastname": "Doe", "website_id": 1}
    addresses = [dict(address(city="Albany"), id=old["id"]),
                 address(city="Buffalo", defaultShipping=True, countryId="US", region={"regionId": 43})]
    response = client.put(f"/rest/V1/customers/{cid}", headers=admin_headers,
                          json={"customer": dict(customer, addresses=addresses)})
    assert response.status_code == 200, response.text
    data = response.json()
    first, second = data["addresses"]
    assert (first["id"], first["city"], second["city"]) == (old["id"], "Albany", "Buffalo")
    assert "default_billing" not in data and data["default_shipping"] == str(second["id"])
    assert second["default_shipping"] is True and "default_billing" not in first
    bad = client.put(f"/rest/V1/customers/{cid}", headers=admin_headers,
                     json={"customer": dict(customer, addresses=[address(countryId="XX")])})
    assert (bad.status_code, bad.json()) == (400, {
        "message": 'Invalid value of "%value" provided for the %fieldName field.',
        "parameters": {"fieldName": "countryId", "value": "XX"}})
    other = create_customer(client, jane(email="o@example.com"))
    stolen = client.put(f"/rest/V1/customers/{cid}", headers=admin_headers, json={"customer": dict(
        customer, addresses=[dict(address(), id=other["addresses"][0]["id"])])})
    assert (stolen.status_code, stolen.json()) == (400, {
        "message": "Provided customer ID \"%customer_id\" isn't related to current customer address.",
        "parameters": {"customer_id": cid}})
    emptied = client.put(f"/rest/V1/customers/{cid}", headers=admin_headers,
                         json={"customer": dict(customer, addresses=[])}).json()
    assert emptied["addresses"] == [] and "default_shipping" not in emptied


def test_update_email_conflict_and_post_with_trailing_slash(client: TestClient, admin_headers: dict[str, str]) -> None:
    first = create_customer(client, jane())
    create_customer(client, jane(email="taken@example.com"))
    clash = client.put(f"/rest/V1/customers/{first['id']}", headers=admin_headers, json={"customer": {
        "email": "TAKEN@example.com", "firstname": "Jane", "lastname": "Doe", "website_id": 1}})
    assert clash.status_code == 400
    assert clash.json() == {
        "message": "A customer with the same email address already exists in an associated website."}
    made = client.post("/rest/V1/customers/", headers=admin_headers, json={"customer": {
        "email": "repo@example.com", "firstname": "Rita", "lastname": "Po"}})
    assert made.status_code == 200, made.text
    assert (made.json()["website_id"], made.json()["created_in"]) == (1, "Default Store View")
    assert client.post("/rest/V1/customers/", json={"customer": {}}).status_code == 401


def test_delete_revokes_tokens(client: TestClient, admin_headers: dict[str, str]) -> None:
    created = create_customer(client, jane())
    token = customer_token(client)
    assert client.get("/rest/V1/customers/me", headers=bearer(token)).status_code == 200
    response = client.delete(f"/rest/V1/customers/{created['id']}", headers=admin_headers)
    assert (response.status_code, response.json()) == (200, True)
    assert client.get("/rest/V1/customers/me", headers=bearer(token)).status_code == 401
    assert client.get(f"/rest/V1/customers/{created['id']}", headers=admin_headers).status_code == 404


def test_search(client: TestClient, admin_headers: dict[str, str]) -> None:
    for name in ("ann", "bob", "cid"):
        create_customer(client, jane(email=f"{name}@example.com", firstname=name.title()))
    query = ("searchCriteria[filter_groups][0][filters][0][field]=email"
             "&searchCriteria[filter_groups][0][filters][0][value]=%25b%25"
             "&searchCriteria[filter_groups][0][filters][0][condition_type]=like"
             "&searchCriteria[filter_groups][0][filters][1][field]=firstname"
             "&searchCriteria[filter_groups][0][filters][1][value]=Cid"
             "&searchCriteria[sortOrders][0][field]=email&searchCriteria[sortOrders][0][direction]=desc")
    body = client.get(f"/rest/V1/customers/search?{query}", headers=admin_headers).json()
    assert [i["email"] for i in body["items"]] == ["cid@example.com", "bob@example.com"]
    assert body["total_count"] == 2 and body["items"][0]["addresses"][0]["city"] == "Mineola"
    assert body["search_criteria"]["sort_orders"] == [{"field": "email", "direction": "DESC"}]
    by_city = client.get("/rest/V1/customers/search?searchCriteria[filter_groups][0][filters][0][field]="
                         "billing_city&searchCriteria[filter_groups][0][filters][0][value]=Mineola"
                         "&searchCriteria[pageSize]=2&searchCriteria[currentPage]=2", headers=admin_headers).json()
    assert by_city["total_count"] == 3 and len(by_city["items"]) == 1
    missing = client.get("/rest/V1/customers/search", headers=admin_headers)
    assert (missing.status_code, missing.json()) == (400, required("searchCriteria"))
    bad_field = client.get("/rest/V1/customers/search?searchCriteria[filter_groups][0][filters][0][field]="
                           "password_hash&searchCriteria[filter_groups][0][filters][0][value]=x", headers=admin_headers)
    assert bad_field.status_code == 400 and bad_field.json()["parameters"] == {
        "value": "password_hash", "fieldName": "field"}


def test_addresses(client: TestClient, admin_headers: dict[str, str]) -> None:
    created = create_customer(client, jane())
    cid, aid = created["id"], created["addresses"][0]["id"]
    token = customer_token(client)
    got = client.get(f"/rest/V1/customers/addresses/{aid}", headers=admin_headers).json()
    assert got == created["addresses"][0]
    for kind in ("billingAddress", "shippingAddress"):
        assert client.get(f"/rest/V1/customers/{cid}/{kind}", headers=admin_headers).json() == got
        assert client.get(f"/rest/V1/customers/me/{kind}", headers=bearer(token)).json() == got
    assert client.get(f"/rest/V1/customers/{cid}/billingAddress", headers=bearer(token)).status_code == 401
    assert client.delete(f"/rest/V1/addresses/{aid}", headers=admin_headers).json() is True
    assert client.get(f"/rest/V1/customers/{cid}/billingAddress", headers=admin_headers).json() == []
    customer = client.get(f"/rest/V1/customers/{cid}", headers=admin_headers).json()
    assert "default_billing" not in customer and customer["addresses"] == []
    gone = client.delete(f"/rest/V1/addresses/{aid}", headers=admin_headers)
    assert gone.status_code == 404 and gone.json()["parameters"] == {"fieldName": "addressId", "fieldValue": aid}


def test_groups(client: TestClient, admin_headers: dict[str, str], runtime: Runtime) -> None:
    assert client.get("/rest/V1/customerGroups/1", headers=admin_headers).json() == {
        "id": 1, "code": "General", "tax_class_id": 3, "tax_class_name": "Retail Customer"}
    missing = client.get("/rest/V1/customerGroups/9", headers=admin_headers)
    assert (missing.status_code, missing.json()) == (404, {"message": NO_SUCH,
                                                           "parameters": {"fieldName": "id", "fieldValue": 9}})
    found = client.get("/rest/V1/customerGroups/search?searchCriteria[sortOrders][0][field]=code"
                       "&searchCriteria[sortOrders][0][direction]=ASC", headers=admin_headers).json()
    assert [g["code"] for g in found["items"]] == ["General", "NOT LOGGED IN", "Retailer", "Wholesale"]
    assert found["total_count"] == 4
    assert client.get("/rest/V1/customerGroups/default", headers=admin_headers).json()["id"] == 1
    with runtime.uow() as uow:
        set_value(uow.session, "customer/create_account/default_group", "2")
        uow.commit()
    runtime.reload_config()
    assert client.get("/rest/V1/customerGroups/default/1", headers=admin_headers).json()["code"] == "Wholesale"
    unknown_store = client.get("/rest/V1/customerGroups/default/42", headers=admin_headers)
    assert unknown_store.status_code == 404 and unknown_store.json()["parameters"] == {
        "fieldName": "storeId", "fieldValue": 42}
    assert create_customer(client, jane())["group_id"] == 2
    assert client.get("/rest/V1/customerGroups/1").json() == unauthorized("Magento_Customer::group")


def test_is_email_available(client: TestClient, runtime: Runtime) -> None:
    create_customer(client, jane())
    url = "/rest/V1/customers/isEmailAvailable"
    # 2.4.7+: true for everybody unless guest checkout login is enabled
    assert client.post(url, json={"customerEmail": "jdoe@example.com"}).json() is True
    with runtime.uow() as uow:
        set_value(uow.session, "checkout/options/enable_guest_checkout_login", "1")
        uow.commit()
    runtime.reload_config()
    assert client.post(url, json={"customerEmail": "jdoe@example.com"}).json() is False
    assert client.post(url, json={"customerEmail": "JDOE@example.com", "websiteId": 1}).json() is False
    assert client.post(url, json={"customerEmail": "jdoe@example.com", "websiteId": 0}).json() is True
    assert client.post(url, json={"customerEmail": "invalid", "websiteId": 0}).json() is True
    assert client.post(url, json={}).json() == required("customerEmail")


def test_cached_views_follow_writes(client: TestClient, admin_headers: dict[str, str], runtime: Runtime) -> None:
    created = create_customer(client, jane())
    cid, aid = created["id"], created["addresses"][0]["id"]
    headers = bearer(customer_token(client))
    assert client.get("/rest/V1/customers/me", headers=headers).json() == created
    renamed = client.put("/rest/V1/customers/me", headers=headers, json={"customer": {
        "email": "jdoe@example.com", "firstname": "Janet", "lastname": "Doe", "website_id": 1,
        "extension_attributes": {"is_subscribed": True}}}).json()
    assert client.get("/rest/V1/customers/me", headers=headers).json() == renamed
    assert renamed["firstname"] == "Janet" and renamed["extension_attributes"] == {"is_subscribed": True}
    client.delete(f"/rest/V1/addresses/{aid}", headers=admin_headers)
    assert client.get(f"/rest/V1/customers/{cid}", headers=admin_headers).json()["addresses"] == []


def test_another_worker_write_clears_the_cache(client: TestClient, admin_headers: dict[str, str],
                                               runtime: Runtime) -> None:
    from merx.customer.schemas import CustomerData
    from merx.customer.service_customers import save_customer
    from merx.webapi.context import ServiceContext, UserContext
    from merx.webapi.input import convert_model

    created = create_customer(client, jane())
    assert client.get(f"/rest/V1/customers/{created['id']}", headers=admin_headers).status_code == 200
    assert runtime.customer_views.get(created["id"]) is not None
    other = Runtime(runtime.settings, runtime.engine)  # a second worker on the same database
    other.load()
    data = convert_model({"email": "jdoe@example.com", "firstname": "Other", "lastname": "Worker",
                          "website_id": 1}, CustomerData)
    assert isinstance(data, CustomerData)
    with other.uow() as uow:
        ctx = ServiceContext(other, other.stores.default_store(), UserContext(2, 1), uow)
        save_customer(ctx, data, created["id"], None)
        uow.commit()
    runtime.refresh_if_changed()
    body = client.get(f"/rest/V1/customers/{created['id']}", headers=admin_headers).json()
    assert body["firstname"] == "Other"


def test_path_id_wins_and_me_ignores_a_password_hash(client: TestClient, admin_headers: dict[str, str]) -> None:
    first = create_customer(client, jane())
    second = create_customer(client, jane(email="second@example.com"))
    body = {"customer": {"id": second["id"], "email": "jdoe@example.com", "firstname": "Path", "lastname": "Wins",
                         "website_id": 1}}
    updated = client.put(f"/rest/V1/customers/{first['id']}", json=body, headers=admin_headers).json()
    assert (updated["id"], updated["firstname"]) == (first["id"], "Path")
    untouched = client.get(f"/rest/V1/customers/{second['id']}", headers=admin_headers).json()
    assert untouched["firstname"] == "Jane"
    token = customer_token(client)
    me = {"customer": {"email": "jdoe@example.com", "firstname": "Jane", "lastname": "Doe", "website_id": 1},
          "passwordHash": "0" * 64 + ":salt:1"}
    assert client.put("/rest/V1/customers/me", json=me, headers=bearer(token)).status_code == 200
    assert client.get("/rest/V1/customers/me", headers=bearer(token)).status_code == 200
    assert customer_token(client)  # the password is unchanged
