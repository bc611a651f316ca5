"""Customer account pages (sign in, create account, My Account, Address Book, sign out)."""

from __future__ import annotations

from typing import Any

from merx.runtime import Runtime


def account_routes(runtime: Runtime) -> list[Any]:
    del runtime
    return []
