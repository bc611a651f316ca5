"""OpenAPI (Swagger 2.0) document of the routes merx implements. (Replaced by the full builder.)"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from merx.webapi.routing import Route

if TYPE_CHECKING:
    from merx.runtime import Runtime
    from merx.store.registry import StoreView


def build_schema(runtime: Runtime, store: StoreView, routes: list[Route]) -> dict[str, Any]:
    paths: dict[str, Any] = {}
    for route in routes:
        paths.setdefault(route.path, {})[route.method.lower()] = {"tags": [route.tag]}
    return {"swagger": "2.0", "info": {"version": "2.4", "title": "merx"}, "basePath": f"/rest/{store.code}",
            "paths": paths}
