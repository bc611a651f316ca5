from __future__ import annotations

from merx.webapi.routing import Route

ROUTES: list[Route] = []
