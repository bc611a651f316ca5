from __future__ import annotations

import json
from pathlib import Path
from types import SimpleNamespace
from typing import Any

import orjson
import pytest

from merx.appconfig.registry import ConfigRegistry, ConfigValue
from merx.routes import all_routes
from merx.store.registry import StoreView
from merx.webapi.datamodel import CustomAttribute, DataModel
from merx.webapi.openapi import build_schema, clear_cache, operation_id, swagger_path
from merx.webapi.routing import ANONYMOUS, Route
from merx.webapi.search_criteria import SearchCriteria

SUBSET = Path("/work/shared/spec/magento-admin-schema-2.4.8-subset.json")
DEFAULT = StoreView(1, "default", 1, 1, "Default Store View", 0, True)
ADMIN = StoreView(0, "admin", 0, 0, "Admin", 0, True)
RESOURCE = ("Magento_Customer::manage",)


class PetTagExtension(DataModel):
    __interface__ = "pet-data-tag-extension-interface"


class PetTag(DataModel):
    """A tag on a pet."""

    __interface__ = "pet-data-tag-interface"

    label: str
    weight: float | None = None
    extension_attributes: PetTagExtension | None = None


class PetOwner(DataModel):  # no __interface__: named after the class
    id: int | None = None
    email: str


class Pet(DataModel):
    __interface__ = "pet-data-pet-interface"

    id: int | None = None
    name: str
    is_good: bool
    owner: PetOwner | None = None
    tags: list[PetTag] | None = None
    nicknames: list[str]
    children: list[Pet] | None = None  # self-reference
    custom_attributes: list[CustomAttribute] | None = None


async def get_pet(pet_id: int, with_tags: bool = False) -> Pet:
    raise NotImplementedError


async def save_pet(pet: Pet, customer_id: int, note: str | None = None) -> Pet:
    """Create or update a pet.

    Longer text that is not part of the description.
    """
    raise NotImplementedError


async def list_pets(customer_id: int, names: list[str] | None = None) -> list[Pet]:
    raise NotImplementedError


async def delete_pet(pet_id: int) -> None:
    raise NotImplementedError


async def find_pets(search_criteria: SearchCriteria) -> list[Pet]:
    raise NotImplementedError


async def find_by_name(search_criteria: dict[str, Any]) -> list[Pet]:  # detected by the argument name
    raise NotImplementedError


async def ping(owner: PetOwner) -> bool:
    raise NotImplementedError


def pet_routes() -> list[Route]:
    return [
        Route("GET", "/V1/pets/:petId", get_pet, RESOURCE),
        Route("PUT", "/V1/pets/:petId", save_pet, RESOURCE, force={"customer_id": "%customer_id%"}),
        Route("POST", "/V1/pets", save_pet, ("self",), force={"customer_id": "%customer_id%", "pet.id": "x"}),
        Route("GET", "/V1/pets/mine", list_pets, ("self",), force={"customerId": "%customer_id%"}),
        Route("DELETE", "/V1/pets/:petId", delete_pet, RESOURCE),
        Route("GET", "/V1/pets/search", find_pets, RESOURCE),
        Route("GET", "/V1/pets/search-by-name", find_by_name, RESOURCE),
        Route("GET", "/V1/pets/ping", ping, (ANONYMOUS,), tag="petPingV1"),
        Route("POST", "/V1/pet-owners/:ownerId/pets-delete", delete_pet, RESOURCE),
    ]


def runtime(base_url: str | None = None) -> Any:
    values = [] if base_url is None else [ConfigValue("default", 0, "web/unsecure/base_url", base_url)]
    return SimpleNamespace(config=ConfigRegistry(values))


@pytest.fixture(autouse=True)
def _fresh_cache() -> None:
    clear_cache()


@pytest.fixture(scope="module")
def subset() -> dict[str, Any]:
    data: dict[str, Any] = json.loads(SUBSET.read_text())
    return data


def refs(node: Any) -> set[str]:
    found: set[str] = set()
    if isinstance(node, dict):
        for key, value in node.items():
            if key == "$ref":
                found.add(value)
            else:
                found |= refs(value)
    elif isinstance(node, list):
        for value in node:
            found |= refs(value)
    return found


def operation(document: dict[str, Any], method: str, path: str) -> dict[str, Any]:
    op: dict[str, Any] = document["paths"][path][method]
    return op


def body_schema(op: dict[str, Any]) -> dict[str, Any]:
    (body,) = [p for p in op["parameters"] if p["in"] == "body"]
    assert body["name"] == op["operationId"] + "Body"
    schema: dict[str, Any] = body["schema"]
    return schema


def assert_well_formed(routes: list[Route], document: dict[str, Any]) -> None:
    orjson.dumps(document)
    assert document["swagger"] == "2.0"
    assert document["securityDefinitions"] == {"api_key": {"type": "apiKey", "name": "api_key", "in": "header"}}
    count = sum(len(item) for item in document["paths"].values())
    assert count == len({(r.method, r.path) for r in routes})
    for route in routes:
        path = swagger_path(route.path)
        assert ":" not in path
        op = operation(document, route.method.lower(), path)
        # a second route with the same id (POST /V1/customers/ beside POST /V1/customers) gets a "_"
        assert op["operationId"].rstrip("_") == operation_id(route.method, route.path)
        placeholders = [p["name"] for p in op.get("parameters", []) if p["in"] == "path"]
        assert placeholders == list(route.placeholders)
        assert [f"{{{p}}}" in path for p in placeholders] == [True] * len(placeholders)
        assert "default" in op["responses"] and "200" in op["responses"]
    for ref in refs(document):
        assert ref.startswith("#/definitions/")
        assert ref.removeprefix("#/definitions/") in document["definitions"], ref
    names = [op["operationId"] for item in document["paths"].values() for op in item.values()]
    assert len(names) == len(set(names))


def test_all_routes_document() -> None:
    routes = all_routes()
    document = build_schema(runtime(), DEFAULT, routes)
    assert_well_formed(routes, document)
    assert document["basePath"] == "/rest/default"
    assert operation(document, "get", "/V1/store/storeViews")["operationId"] == "GetV1StoreStoreViews"


def test_store_definitions_match_magento(subset: dict[str, Any]) -> None:
    definitions = build_schema(runtime(), DEFAULT, all_routes())["definitions"]
    for name in ("store-data-store-interface", "store-data-store-config-interface"):
        ours, theirs = definitions[name], subset["definitions"][name]
        assert list(ours["properties"]) == list(theirs["properties"])
        assert ours["required"] == theirs["required"]
        for key, schema in ours["properties"].items():
            assert schema.get("type") == theirs["properties"][key].get("type")
    for name in ("error-response", "error-errors", "error-errors-item", "error-parameters", "error-parameters-item"):
        assert definitions[name] == subset["definitions"][name]


def test_store_operations_match_magento(subset: dict[str, Any]) -> None:
    document = build_schema(runtime(), DEFAULT, all_routes())
    for path in ("/V1/store/storeViews", "/V1/store/storeConfigs", "/V1/store/websites", "/V1/store/storeGroups"):
        ours, theirs = operation(document, "get", path), subset["paths"][path]["get"]
        assert ours["operationId"] == theirs["operationId"]
        assert ours["summary"] == theirs["summary"]
        assert ours.get("parameters") == theirs.get("parameters")
        assert ours["responses"]["200"] == theirs["responses"]["200"]
        assert "Magento_Backend::store" in ours["description"]
    token = operation(document, "post", "/V1/integration/admin/token")
    magento = subset["paths"]["/V1/integration/admin/token"]["post"]
    assert token["parameters"] == magento["parameters"]
    assert "401" not in token["responses"] and "security" not in token


def test_operation_ids_follow_magento(subset: dict[str, Any]) -> None:
    for path, item in subset["paths"].items():
        for method, op in item.items():
            assert operation_id(method.upper(), path.replace("{", ":").replace("}", "")) == op["operationId"]
    assert swagger_path("/V1/inventory/x/:sku/:stockId") == "/V1/inventory/x/{sku}/{stockId}"


def test_own_routes_document() -> None:
    routes = pet_routes()
    document = build_schema(runtime(), DEFAULT, routes)
    assert_well_formed(routes, document)
    definitions = document["definitions"]

    pet = definitions["pet-data-pet-interface"]
    assert list(pet["properties"]) == [
        "id",
        "name",
        "is_good",
        "owner",
        "tags",
        "nicknames",
        "children",
        "custom_attributes",
    ]
    assert pet["required"] == ["name", "is_good", "nicknames"]
    assert pet["properties"]["owner"] == {"$ref": "#/definitions/pet-owner"}
    assert pet["properties"]["tags"] == {"type": "array", "items": {"$ref": "#/definitions/pet-data-tag-interface"}}
    assert pet["properties"]["nicknames"] == {"type": "array", "items": {"type": "string"}}
    assert pet["properties"]["children"]["items"] == {"$ref": "#/definitions/pet-data-pet-interface"}
    assert pet["properties"]["is_good"] == {"type": "boolean"}
    tag = definitions["pet-data-tag-interface"]
    assert tag["description"] == "A tag on a pet."
    assert tag["properties"]["weight"] == {"type": "number"}
    assert tag["required"] == ["label"]
    assert definitions["pet-data-tag-extension-interface"] == {"type": "object"}
    assert definitions["pet-owner"]["required"] == ["email"]
    assert definitions["framework-attribute-interface"]["required"] == ["attribute_code", "value"]

    put = operation(document, "put", "/V1/pets/{petId}")
    assert put["parameters"][0] == {"name": "petId", "in": "path", "type": "string", "required": True}
    schema = body_schema(put)
    assert list(schema["properties"]) == ["pet", "note"]  # forced customer_id is absent
    assert schema["required"] == ["pet"]
    assert schema["properties"]["pet"] == {"$ref": "#/definitions/pet-data-pet-interface"}
    assert schema["type"] == "object" and schema["xml"] == {"name": "request"}
    assert "Create or update a pet." in put["description"] and "Longer" not in put["description"]
    assert "Resources: Magento_Customer::manage" in put["description"]
    assert put["x-acl"] == ["Magento_Customer::manage"] and put["security"] == [{"api_key": []}]

    post = operation(document, "post", "/V1/pets")
    assert list(body_schema(post)["properties"]) == ["pet", "note"]
    assert body_schema(post)["required"] == ["pet"]

    get = operation(document, "get", "/V1/pets/{petId}")
    assert get["parameters"] == [
        {"name": "petId", "in": "path", "type": "integer", "required": True},
        {"name": "withTags", "in": "query", "type": "boolean", "required": False},
    ]
    assert get["responses"]["200"]["schema"] == {"$ref": "#/definitions/pet-data-pet-interface"}
    assert set(get["responses"]) == {"200", "400", "401", "500", "default"}

    mine = operation(document, "get", "/V1/pets/mine")
    assert mine["parameters"] == [
        {"name": "names", "in": "query", "type": "array", "items": {"type": "string"}, "required": False}
    ]
    assert mine["responses"]["200"]["schema"]["type"] == "array"

    delete = operation(document, "delete", "/V1/pets/{petId}")
    assert delete["responses"]["200"] == {"description": "200 Success."}

    ping_op = operation(document, "get", "/V1/pets/ping")
    assert ping_op["tags"] == ["petPingV1"] and ping_op["summary"] == "pets/ping"
    assert [p["name"] for p in ping_op["parameters"]] == ["owner[id]", "owner[email]"]
    assert "401" not in ping_op["responses"] and "security" not in ping_op

    unmatched = operation(document, "post", "/V1/pet-owners/{ownerId}/pets-delete")
    assert unmatched["operationId"] == "PostV1PetownersOwnerIdPetsdelete"
    assert [p["in"] for p in unmatched["parameters"]] == ["path", "body"]
    assert unmatched["parameters"][0]["type"] == "string"


def test_search_criteria_query_parameters(subset: dict[str, Any]) -> None:
    document = build_schema(runtime(), DEFAULT, pet_routes())
    search = operation(document, "get", "/V1/pets/search")
    assert search["parameters"] == subset["paths"]["/V1/customers/search"]["get"]["parameters"]
    by_name = operation(document, "get", "/V1/pets/search-by-name")
    assert by_name["parameters"] == search["parameters"]
    assert "framework-search-criteria-interface" not in document["definitions"]  # only query parameters here


class PetSearchResults(DataModel):
    __interface__ = "pet-data-pet-search-results-interface"

    items: list[Pet]
    search_criteria: SearchCriteria
    total_count: int


async def search_body(criteria: SearchCriteria) -> PetSearchResults:  # detected by the class name
    raise NotImplementedError


def test_search_criteria_in_body_and_results() -> None:
    routes = [Route("POST", "/V1/pets/search", search_body, RESOURCE)]
    document = build_schema(runtime(), DEFAULT, routes)
    assert_well_formed(routes, document)
    criteria = {"$ref": "#/definitions/framework-search-criteria-interface"}
    assert body_schema(operation(document, "post", "/V1/pets/search"))["properties"] == {"criteria": criteria}
    results = document["definitions"]["pet-data-pet-search-results-interface"]
    assert results["properties"]["search_criteria"] == criteria
    assert results["required"] == ["items", "search_criteria", "total_count"]


def test_header_fields_and_cache() -> None:
    routes = pet_routes()
    first = build_schema(runtime("https://shop.example.com/"), DEFAULT, routes)
    assert first["host"] == "shop.example.com" and first["schemes"] == ["https"]
    assert build_schema(runtime("https://shop.example.com/"), DEFAULT, routes) is first
    assert build_schema(runtime("https://shop.example.com/"), DEFAULT, routes[:2]) is not first
    admin = build_schema(runtime(), ADMIN, routes)
    assert admin["basePath"] == "/rest/all"
    assert admin["host"] and admin["schemes"] == ["http"]
