"""The baseline: a bare Starlette app returning the same JSON as merx's storeViews."""

from __future__ import annotations

import os

import orjson
from starlette.applications import Starlette
from starlette.requests import Request
from starlette.responses import Response
from starlette.routing import Route

BODY = orjson.loads(os.environ.get("BARE_BODY", "[]"))


async def store_views(_request: Request) -> Response:
    return Response(orjson.dumps(BODY), media_type="application/json; charset=utf-8")


async def health(_request: Request) -> Response:
    return Response(b"ok")


app = Starlette(routes=[Route("/rest/all/V1/store/storeViews", store_views), Route("/health", health)])
