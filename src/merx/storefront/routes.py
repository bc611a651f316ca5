from __future__ import annotations

from typing import Any

from merx.runtime import Runtime


def storefront_routes(runtime: Runtime) -> list[Any]:
    """The storefront's page routes (filled in by the customer account issue)."""
    del runtime
    return []
