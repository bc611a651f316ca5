"""The storefront's routes: static files and the pages of each domain."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from starlette.routing import Mount
from starlette.staticfiles import StaticFiles

from merx.runtime import Runtime

STATIC = Path(__file__).parent / "static"


def storefront_routes(runtime: Runtime) -> list[Any]:
    from merx.storefront.account_routes import account_routes

    return [Mount("/static", app=StaticFiles(directory=str(STATIC)), name="static"), *account_routes(runtime)]
