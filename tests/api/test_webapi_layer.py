"""The REST layer's mechanics, exercised through a small route table of its own."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from starlette.testclient import TestClient

from merx.app import create_app
from merx.routes import all_routes
from merx.runtime import Runtime
from merx.webapi.context import ServiceContext
from merx.webapi.datamodel import DataModel
from merx.webapi.errors import NoSuchEntityError
from merx.webapi.routing import ANONYMOUS, SELF, Route
from merx.webapi.search_criteria import SearchCriteria, criteria_to_output


class Region(DataModel):
    region_code: str | None = None
    region_id: int | None = None


class Address(DataModel):
    id: int | None = None
    city: str | None = None
    street: list[str] | None = None
    region: Region | None = None
    default_billing: bool | None = None
    score: float | None = None


class Thing(DataModel):
    id: int | None = None
    name: str
    qty: float | None = None
    addresses: list[Address] | None = None
    note: str | None = None


async def echo_thing(thing: Thing, count: int = 1, flag: bool = False) -> Thing:
    thing.note = f"{count}:{flag}"
    return thing


async def get_thing(ctx: ServiceContext, thing_id: int) -> Thing:
    if thing_id == 404:
        raise NoSuchEntityError.single("thingId", thing_id)
    return Thing.model_construct(id=thing_id, name="t", qty=2.0, addresses=[])


async def put_thing(thing_id: int, thing: Thing) -> Thing:
    return thing


class Source(DataModel):
    source_code: str | None = None
    name: str | None = None


async def put_source(source_code: str, source: Source) -> Source:
    return source


async def search_things(search_criteria: SearchCriteria) -> dict[str, object]:
    return {"search_criteria": criteria_to_output(search_criteria)}


async def void_service() -> None:
    return None


async def mine(customer_id: int) -> int:
    return customer_id


async def slash_version() -> str:
    return "slash"


async def plain_version() -> str:
    return "plain"


async def wildcard(name: str) -> str:
    return f"wild:{name}"


ROUTES = [
    Route("POST", "/V1/things", echo_thing, (ANONYMOUS,)),
    Route("POST", "/V1/things/", slash_version, ("Magento_Customer::manage",)),
    Route("GET", "/V1/things/:thingId", get_thing, (ANONYMOUS,)),
    Route("GET", "/V1/things/special", plain_version, (ANONYMOUS,)),
    Route("GET", "/V1/things/:name/x", wildcard, (ANONYMOUS,)),
    Route("PUT", "/V1/things/:thingId", put_thing, (ANONYMOUS,)),
    Route("POST", "/V1/void", void_service, (ANONYMOUS,)),
    Route("GET", "/V1/things-search", search_things, (ANONYMOUS,)),
    Route("PUT", "/V1/sources/:sourceCode", put_source, (ANONYMOUS,)),
    Route("GET", "/V1/mine", mine, (SELF,), force={"customer_id": "%customer_id%"}),
    Route("POST", "/V1/protected", echo_thing, ("Magento_Customer::manage",)),
]


@pytest.fixture
def api(runtime: Runtime) -> Iterator[TestClient]:
    app = create_app(runtime, routes=ROUTES + all_routes())
    with TestClient(app, base_url="http://127.0.0.1:8080") as client:
        yield client


def test_camel_and_snake_keys_at_every_level_and_snake_output(api: TestClient) -> None:
    body = {"thing": {"name": "x", "addresses": [{"defaultBilling": True, "Region": {"regionId": "43"},
                                                  "street": ["a", "b"], "city": 5}]}}
    response = api.post("/rest/V1/things", json=body)
    assert response.status_code == 200, response.text
    assert response.json() == {
        "name": "x",
        "addresses": [{"city": "5", "street": ["a", "b"], "region": {"region_id": 43}, "default_billing": True}],
        "note": "1:False",
    }


def test_first_spelling_wins(api: TestClient) -> None:
    response = api.post("/rest/V1/things", json={"thing": {"name": "first", "Name": "second"}})
    assert response.json()["name"] == "first"


def test_top_level_snake_case_argument_and_coercion(api: TestClient) -> None:
    response = api.post("/rest/V1/things?count=5.7", json={"thing": {"name": "x"}, "flag": "yes"})
    assert response.json()["note"] == "5:True"


def test_unknown_field_is_rejected(api: TestClient) -> None:
    response = api.post("/rest/V1/things", json={"thing": {"name": "x", "foo_bar": 1}})
    assert response.status_code == 400
    assert response.json() == {
        "message": '"%fieldName" is not supported. Correct the field name and try again.',
        "parameters": {"fieldName": "FooBar"},
    }


def test_unknown_top_level_key_is_ignored(api: TestClient) -> None:
    assert api.post("/rest/V1/things", json={"thing": {"name": "x"}, "other": 1}).status_code == 200


def test_nested_type_error_message(api: TestClient) -> None:
    response = api.post("/rest/V1/things", json={"thing": {"name": "x", "qty": "test"}})
    assert response.status_code == 400
    assert response.json() == {
        "message": 'Error occurred during "qty" processing. The "test" value\'s type is invalid. '
        'The "float" type was expected. Verify and try again.'
    }
    array = api.post("/rest/V1/things", json={"thing": {"name": ["x"]}})
    assert array.json()["message"].startswith('Error occurred during "name" processing. The "array" value')


def test_path_type_error(api: TestClient) -> None:
    response = api.get("/rest/V1/things/abc/")
    assert response.status_code == 400
    assert response.json() == {
        "message": 'The "abc" value\'s type is invalid. The "int" type was expected. Verify and try again.'
    }


def test_missing_required_argument(api: TestClient) -> None:
    response = api.post("/rest/V1/things", json={})
    assert response.status_code == 400
    assert response.json() == {"message": '"%fieldName" is required. Enter and try again.',
                               "parameters": {"fieldName": "thing"}}
    scalar = api.post("/rest/V1/things", content=b"[1,2]", headers={"Content-Type": "application/json"})
    assert scalar.json()["parameters"] == {"fieldName": "thing"}


def test_body_decoding_errors(api: TestClient) -> None:
    broken = api.post("/rest/V1/things", content=b"{broken", headers={"Content-Type": "application/json"})
    assert (broken.status_code, broken.json()) == (400, {"message": "Decoding error."})
    no_type = api.post("/rest/V1/things", content=b"{}", headers={"Content-Type": ""})
    assert no_type.json() == {"message": "Content-Type header is empty."}
    text = api.post("/rest/V1/things", content=b"{}", headers={"Content-Type": "text/plain"})
    assert text.json() == {"message": "Server cannot understand Content-Type HTTP header media type text/plain"}
    charset = api.post("/rest/V1/things", content=b"{}", headers={"Content-Type": "application/json; charset=latin1"})
    assert charset.json() == {"message": "UTF-8 is the only supported charset."}
    invalid = api.post("/rest/V1/things", content=b"{}", headers={"Content-Type": "app json"})
    assert invalid.json() == {"message": "Content-Type header is invalid."}


def test_acl_is_checked_before_the_body(api: TestClient) -> None:
    response = api.post("/rest/V1/protected", content=b"{broken", headers={"Content-Type": "application/json"})
    assert response.status_code == 401
    assert response.json()["parameters"] == {"resources": "Magento_Customer::manage"}


def test_trailing_slash_and_exact_match(api: TestClient) -> None:
    assert api.get("/rest/V1/things/7/").json()["id"] == 7
    assert api.get("/rest/V1/things/special").json() == "plain"
    # POST /V1/things/ is its own declared route (Magento's customers quirk)
    assert api.post("/rest/V1/things/", json={}).status_code == 401


def test_last_matching_route_wins_and_placeholders_are_urldecoded(api: TestClient) -> None:
    assert api.get("/rest/V1/things/a+b%2Fc/x").json() == "wild:a b/c"


def test_wrong_method_is_404_and_other_verbs_405(api: TestClient) -> None:
    response = api.delete("/rest/V1/things/1")
    assert (response.status_code, response.json()) == (404, {"message": "Request does not match any route."})
    patch = api.patch("/rest/V1/things/1", json={})
    assert (patch.status_code, patch.json()) == (405, {"message": "The PATCH HTTP method is not supported."})


def test_void_is_empty_array(api: TestClient) -> None:
    response = api.post("/rest/V1/void")
    assert (response.status_code, response.json()) == (200, [])


def test_put_writes_last_placeholder_into_the_object(api: TestClient) -> None:
    response = api.put("/rest/V1/sources/a%20b", json={"source": {"name": "x", "sourceCode": "other"}})
    assert response.json() == {"source_code": "a b", "name": "x"}
    # the object has no field of the placeholder's name: the value goes to the body root
    assert api.put("/rest/V1/things/9", json={"thing": {"name": "x", "id": 1}}).json()["id"] == 1


def test_floats_print_like_php(api: TestClient) -> None:
    assert api.get("/rest/V1/things/3").json()["qty"] == 2
    assert api.get("/rest/V1/things/3").text.count("2.0") == 0


def test_not_found_keeps_template_and_parameters(api: TestClient) -> None:
    response = api.get("/rest/V1/things/404")
    assert response.status_code == 404
    assert response.json() == {"message": "No such entity with %fieldName = %fieldValue",
                               "parameters": {"fieldName": "thingId", "fieldValue": 404}}


def test_fields_filter(api: TestClient) -> None:
    body = {"thing": {"name": "x", "addresses": [{"city": "c", "street": ["s"]}]}}
    response = api.post("/rest/V1/things?fields=name,addresses[city]", json=body)
    assert response.json() == {"name": "x", "addresses": [{"city": "c"}]}
    assert api.post("/rest/V1/things?fields=name.x", json=body).json() == []
    assert api.post("/rest/V1/things?fields=addresses[city", json=body).json() == []


def test_self_route_needs_customer_token(api: TestClient) -> None:
    response = api.get("/rest/V1/mine?customerId=5")
    assert response.status_code == 401
    assert response.json()["parameters"] == {"resources": "self"}


def test_admin_on_self_route_gets_required_error(api: TestClient, admin_headers: dict[str, str]) -> None:
    response = api.get("/rest/V1/mine?customerId=5", headers=admin_headers)
    assert response.status_code == 400
    assert response.json()["parameters"] == {"fieldName": "customerId"}


def test_not_acceptable(api: TestClient) -> None:
    response = api.get("/rest/V1/things/1", headers={"Accept": "text/html"})
    assert response.status_code == 406


def test_request_id_header(api: TestClient) -> None:
    response = api.get("/rest/V1/things/1", headers={"X-Request-Id": "abc123"})
    assert response.headers["x-request-id"] == "abc123"


def test_search_criteria_from_the_query_string(api: TestClient) -> None:
    query = ("searchCriteria[filter_groups][0][filters][0][field]=email"
             "&searchCriteria[filter_groups][0][filters][0][value]=%25@example.com"
             "&searchCriteria[filter_groups][0][filters][0][condition_type]=like"
             "&searchCriteria[sortOrders][0][field]=created_at&searchCriteria[sortOrders][0][direction]=asc"
             "&searchCriteria[pageSize]=20&searchCriteria[currentPage]=1")
    response = api.get(f"/rest/V1/things-search?{query}")
    assert response.json() == {"search_criteria": {
        "filter_groups": [{"filters": [{"field": "email", "value": "%@example.com", "condition_type": "like"}]}],
        "sort_orders": [{"field": "created_at", "direction": "ASC"}],
        "page_size": 20,
        "current_page": 1,
    }}


def test_bad_search_criteria(api: TestClient) -> None:
    missing = api.get("/rest/V1/things-search")
    assert (missing.status_code, missing.json()) == (400, {
        "message": '"%fieldName" is required. Enter and try again.', "parameters": {"fieldName": "searchCriteria"}})
    direction = api.get("/rest/V1/things-search?searchCriteria[sortOrders][0][field]=a"
                        "&searchCriteria[sortOrders][0][direction]=up")
    assert direction.json() == {
        "message": "The sort order has to be specified as %1 for ascending order or %2 for descending order.",
        "parameters": ["ASC", "DESC"]}
    condition = api.get("/rest/V1/things-search?searchCriteria[filter_groups][0][filters][0][field]=a"
                        "&searchCriteria[filter_groups][0][filters][0][value]=1"
                        "&searchCriteria[filter_groups][0][filters][0][condition_type]=drop")
    assert condition.status_code == 400
    page = api.get("/rest/V1/things-search?searchCriteria[pageSize]=abc")
    assert page.status_code == 400 and "pageSize" in page.json()["message"]
