"""OpenAPI (Swagger 2.0) document of the routes merx implements, in the image of Magento's schema.

Built from the route table (paths, arguments, ACL resources) and the data-interface models
(definitions). The document for one store and one route set is built once and kept: callers must
not mutate it.
"""

from __future__ import annotations

import inspect
import re
import threading
import types
import typing
from typing import TYPE_CHECKING, Any, Union
from urllib.parse import urlsplit

from merx.webapi.datamodel import CustomAttribute, DataModel, TypeSpec, plan_of
from merx.webapi.naming import normalise, to_camel
from merx.webapi.routing import Argument, Route

if TYPE_CHECKING:
    from merx.runtime import Runtime
    from merx.store.registry import StoreView

Json = dict[str, Any]

MEDIA = ["application/json", "application/xml"]
REF = "#/definitions/"
ERROR_REF = {"$ref": REF + "error-response"}
CRITERIA = "framework-search-criteria-interface"
SCALARS = {"int": "integer", "float": "number", "bool": "boolean", "str": "string", "mixed": "string"}
KNOWN_NAMES: dict[type[DataModel], str] = {CustomAttribute: "framework-attribute-interface"}

_CRITERIA_QUERY = (
    ("[filterGroups][0][filters][0][field]", "string", "Field"),
    ("[filterGroups][0][filters][0][value]", "string", "Value"),
    ("[filterGroups][0][filters][0][conditionType]", "string", "Condition type"),
    ("[sortOrders][0][field]", "string", "Sorting field."),
    ("[sortOrders][0][direction]", "string", "Sorting direction."),
    ("[pageSize]", "integer", "Page size."),
    ("[currentPage]", "integer", "Current page."),
)


def _obj(description: str, properties: Json, required: list[str] | None = None) -> Json:
    out: Json = {"type": "object", "description": description} if description else {"type": "object"}
    return {**out, "properties": properties, **({"required": required} if required else {})}


def _str(description: str, kind: str = "string") -> Json:
    return {"type": kind, "description": description}


def _array(description: str, name: str) -> Json:
    return {"type": "array", "description": description, "items": {"$ref": REF + name}}


ERROR_DEFINITIONS: dict[str, Json] = {
    "error-response": _obj(
        "",
        {
            "message": _str("Error message"),
            "errors": {"$ref": REF + "error-errors"},
            "code": _str("Error code", "integer"),
            "parameters": {"$ref": REF + "error-parameters"},
            "trace": _str("Stack trace"),
        },
        ["message"],
    ),
    "error-errors": _array("Errors list", "error-errors-item"),
    "error-errors-item": _obj(
        "Error details", {"message": _str("Error message"), "parameters": {"$ref": REF + "error-parameters"}}
    ),
    "error-parameters": _array("Error parameters list", "error-parameters-item"),
    "error-parameters-item": _obj(
        "Error parameters item",
        {
            "resources": _str("ACL resource"),
            "fieldName": _str("Missing or invalid field name"),
            "fieldValue": _str("Incorrect field value"),
        },
    ),
}
CRITERIA_DEFINITIONS: dict[str, Json] = {
    CRITERIA: _obj(
        "Search criteria interface.",
        {
            "filter_groups": _array("A list of filter groups.", "framework-search-filter-group"),
            "sort_orders": _array("Sort order.", "framework-sort-order"),
            "page_size": _str("Page size.", "integer"),
            "current_page": _str("Current page.", "integer"),
        },
        ["filter_groups"],
    ),
    "framework-search-filter-group": _obj(
        "Groups two or more filters together using a logical OR",
        {"filters": _array("A list of filters in this group", "framework-filter")},
    ),
    "framework-filter": _obj(
        "Filter which can be used by any methods from service layer.",
        {"field": _str("Field"), "value": _str("Value"), "condition_type": _str("Condition type")},
        ["field", "value"],
    ),
    "framework-sort-order": _obj(
        "Data object for sort order.",
        {"field": _str("Sorting field."), "direction": _str("Sorting direction.")},
        ["field", "direction"],
    ),
}

_cache: dict[tuple[str, str, tuple[int, ...]], tuple[tuple[Route, ...], Json]] = {}
_cache_lock = threading.Lock()
_CACHE_SIZE = 32


def build_schema(runtime: Runtime, store: StoreView, routes: list[Route]) -> dict[str, Any]:
    code = "all" if store.store_id == 0 else store.code
    base_url = runtime.config.get("web/unsecure/base_url", store.store_id, store.website_id) or ""
    key = (code, base_url, tuple(id(r) for r in routes))
    with _cache_lock:
        hit = _cache.get(key)
        if hit is not None:
            return hit[1]
    document = _document(code, base_url, routes)
    with _cache_lock:
        if len(_cache) >= _CACHE_SIZE:
            _cache.clear()
        _cache[key] = (tuple(routes), document)  # holding the routes keeps their ids from being reused
    return document


def clear_cache() -> None:
    with _cache_lock:
        _cache.clear()


def _document(code: str, base_url: str, routes: list[Route]) -> Json:
    parts = urlsplit(base_url)
    builder = _Builder()
    paths: dict[str, Json] = {}
    for route in routes:
        builder.add(route, paths)
    definitions = {**ERROR_DEFINITIONS, **builder.definitions}
    if builder.uses_criteria:
        definitions.update(CRITERIA_DEFINITIONS)
    return {
        "swagger": "2.0",
        "info": {
            "version": "2.4",
            "title": "merx REST API",
            "description": "The Magento 2.4 REST endpoints merx implements.",
        },
        "host": parts.netloc or "localhost",
        "basePath": f"/rest/{code}",
        "schemes": [parts.scheme if parts.scheme in ("http", "https") else "http"],
        "securityDefinitions": {"api_key": {"type": "apiKey", "name": "api_key", "in": "header"}},
        "paths": paths,
        "definitions": dict(sorted(definitions.items())),
    }


def swagger_path(path: str) -> str:
    """`/V1/customers/:customerId` -> `/V1/customers/{customerId}`."""
    return re.sub(r"(?<=/):([^/]+)", r"{\1}", path)


def operation_id(method: str, path: str) -> str:
    """Magento's `GetV1CustomersCustomerId`, `PostV1InventorySourceitemsdelete`."""
    words = (p.lstrip(":").replace("-", "") for p in path.split("/"))
    return method.capitalize() + "".join(w[:1].upper() + w[1:] for w in words)


def definition_name(model: type[DataModel]) -> str:
    known = model.__interface__ or KNOWN_NAMES.get(model)
    return known or re.sub(r"(?<!^)(?=[A-Z])", "-", model.__name__).lower()


class _Builder:
    def __init__(self) -> None:
        self.definitions: dict[str, Json] = {}
        self.names: dict[type[DataModel], str] = {}
        self.operation_ids: set[str] = set()
        self.uses_criteria = False

    def add(self, route: Route, paths: dict[str, Json]) -> None:
        method = route.method.lower()
        path = swagger_path(route.path)
        tag = path.lstrip("/").partition("/")[2] or path
        op_id = operation_id(route.method, route.path)
        while op_id in self.operation_ids:
            op_id += "_"
        self.operation_ids.add(op_id)
        parameters = self.parameters(route, op_id)
        operation: Json = {
            "tags": [route.tag or tag],
            "description": _description(route),
            "operationId": op_id,
            "consumes": MEDIA,
            "produces": MEDIA,
            **({"parameters": parameters} if parameters else {}),
        }
        operation["responses"] = self.responses(route, bool(parameters))
        operation["summary"] = tag
        operation["x-acl"] = list(route.resources)
        if not route.is_public:
            operation["security"] = [{"api_key": []}]
        paths.setdefault(path, {})[method] = operation

    def parameters(self, route: Route, op_id: str) -> list[Json]:
        forced = {normalise(k) for k in route.force if "." not in k}
        by_placeholder = {p: _argument(route, p) for p in route.placeholders}
        params: list[Json] = []
        for name, argument in by_placeholder.items():
            kind = argument.spec.kind if argument is not None else "str"
            params.append({"name": name, "in": "path", "type": SCALARS.get(kind, "string"), "required": True})
        taken = {a.name for a in by_placeholder.values() if a is not None}
        rest = [a for a in route.signature.arguments if a.name not in taken and normalise(a.name) not in forced]
        if route.method in ("GET", "DELETE"):
            for argument in rest:
                if _is_criteria(argument.name, argument.spec):
                    params.extend(
                        {"name": argument.camel + suffix, "in": "query", "type": kind, "description": text}
                        for suffix, kind, text in _CRITERIA_QUERY
                    )
                else:
                    params.extend(self.query(argument.camel, argument.spec, argument.required, set()))
        elif rest:
            required = [a.camel for a in rest if a.required]
            schema: Json = {
                **({"required": required} if required else {}),
                "properties": {a.camel: self.schema(a.spec, a.name) for a in rest},
                "type": "object",
                "xml": {"name": "request"},
            }
            params.append({"name": f"{op_id}Body", "in": "body", "schema": schema})
        return params

    def query(self, name: str, spec: TypeSpec, required: bool | None, seen: set[type[DataModel]]) -> list[Json]:
        if spec.kind == "model" and spec.model is not None:
            if spec.model in seen:
                return []
            inner = seen | {spec.model}
            return [
                p
                for f in plan_of(spec.model).fields
                for p in self.query(f"{name}[{to_camel(f.name)}]", f.spec, None, inner)
            ]
        if spec.kind == "list" and spec.item is not None and spec.item.kind == "model":
            return self.query(f"{name}[0]", spec.item, None, seen)
        param: Json = {"name": name, "in": "query"}
        if spec.kind == "list":
            item = spec.item.kind if spec.item is not None else "mixed"
            param.update({"type": "array", "items": {"type": SCALARS.get(item, "string")}})
        else:
            param["type"] = SCALARS.get(spec.kind, "string")
        if required is not None:
            param["required"] = required
        return [param]

    def responses(self, route: Route, has_input: bool) -> Json:
        returns = route.signature.returns
        ok: Json = {"description": "200 Success."}
        if returns is not None:
            ok["schema"] = self.schema(returns)
        out: Json = {"200": ok}
        if has_input:
            out["400"] = {"description": "400 Bad Request", "schema": ERROR_REF}
        if not route.is_public:
            out["401"] = {"description": "401 Unauthorized", "schema": ERROR_REF}
        out["500"] = {"description": "Internal Server error", "schema": ERROR_REF}
        out["default"] = {"description": "Unexpected error", "schema": ERROR_REF}
        return out

    def schema(self, spec: TypeSpec, name: str = "") -> Json:
        if _is_criteria(name, spec):
            self.uses_criteria = True
            return {"$ref": REF + CRITERIA}
        if spec.kind == "model" and spec.model is not None:
            return {"$ref": REF + self.define(spec.model)}
        if spec.kind == "list":
            return {"type": "array", "items": self.schema(spec.item or TypeSpec("mixed", True))}
        if spec.kind == "dict":
            return {"type": "object"}
        return {"type": SCALARS.get(spec.kind, "string")}

    def define(self, model: type[DataModel]) -> str:
        known = self.names.get(model)
        if known is not None:
            return known
        name = base = definition_name(model)
        taken = self.definitions.keys() | ERROR_DEFINITIONS.keys() | CRITERIA_DEFINITIONS.keys()
        number = 1
        while name in taken:  # another class already holds the name
            number += 1
            name = f"{base}-{number}"
        self.names[model] = name
        self.definitions[name] = {}  # reserved before the fields, for self-referencing models
        hints = typing.get_type_hints(model)
        properties: Json = {}
        required: list[str] = []
        for field in plan_of(model).fields:
            schema = self.schema(field.spec, field.name)
            description = model.model_fields[field.name].description
            if description and "$ref" not in schema:
                schema["description"] = description
            properties[field.name] = schema
            if field.spec.kind != "none" and not _admits_none(hints.get(field.name)):
                required.append(field.name)
        definition: Json = {"type": "object"}
        for key, value in (("description", _doc(model)), ("properties", properties), ("required", required)):
            if value:
                definition[key] = value
        self.definitions[name] = definition
        return name


def _argument(route: Route, placeholder: str) -> Argument | None:
    for argument in route.signature.arguments:
        if placeholder in (argument.camel, argument.name):
            return argument
    return None


def _is_criteria(name: str, spec: TypeSpec) -> bool:
    """A SearchCriteria (a registered custom type, not a DataModel), or anything called search_criteria."""
    if spec.kind == "custom" and spec.custom is not None:
        return spec.custom.__name__ == "SearchCriteria"
    return name == "search_criteria" and spec.kind in ("mixed", "dict")


def _admits_none(annotation: Any) -> bool:
    if annotation is None or annotation is type(None):
        return True
    return typing.get_origin(annotation) in (Union, types.UnionType) and type(None) in typing.get_args(annotation)


def _doc(model: type[DataModel]) -> str:
    doc = model.__dict__.get("__doc__")
    return inspect.cleandoc(doc).split("\n\n")[0] if isinstance(doc, str) else ""


def _description(route: Route) -> str:
    doc = inspect.getdoc(route.service) or ""
    summary = doc.split("\n\n")[0].replace("\n", " ").strip()
    resources = "Resources: " + ", ".join(route.resources)
    return f"{summary}\n\n{resources}" if summary else resources
