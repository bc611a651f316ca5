"""The ASGI application: the REST layer at /rest, plus storefront, health, metrics and Swagger UI."""

from __future__ import annotations

import asyncio
import contextlib
import logging
import os
import time
from collections.abc import AsyncIterator
from typing import Any

from sqlalchemy import text
from starlette.applications import Starlette
from starlette.concurrency import run_in_threadpool
from starlette.requests import Request
from starlette.responses import HTMLResponse, JSONResponse, PlainTextResponse, Response
from starlette.routing import Mount, Route
from starlette.staticfiles import StaticFiles
from starlette.types import Message, Receive, Scope, Send

from merx.ops.access_log import AccessLog
from merx.ops.metrics import Metrics
from merx.routes import all_routes
from merx.runtime import Runtime
from merx.webapi.handler import WebApi
from merx.webapi.openapi import build_schema
from merx.webapi.request import RestRequest
from merx.webapi.routing import Route as WebRoute

log = logging.getLogger("merx.app")


class MerxApp:
    """Dispatches /rest to the web-API layer directly (no router or middleware stack on the hot path)."""

    def __init__(self, runtime: Runtime, webapi: WebApi, site: Starlette, metrics: Metrics,
                 access_log: AccessLog) -> None:
        self.runtime = runtime
        self.webapi = webapi
        self.site = site
        self.metrics = metrics
        self.access_log = access_log
        self._log_requests = runtime.settings.access_log
        self._prefix = os.urandom(4).hex()
        self._counter = 0

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.site(scope, receive, send)
            return
        started = time.perf_counter()
        path: str = scope["path"]
        request_id = self._request_id(scope)
        if path.startswith("/rest/"):
            status, route = await self._rest(scope, receive, send, request_id)
        else:
            status, route = await self._site(scope, receive, send, request_id)
        elapsed = time.perf_counter() - started
        self.metrics.observe(scope["method"], route, status, elapsed)
        if self._log_requests:
            client = scope.get("client")
            self.access_log.record(request_id, scope["method"], path, route, status, elapsed,
                                   client[0] if client else "")

    def _request_id(self, scope: Scope) -> str:
        for key, value in scope.get("headers", ()):
            if key == b"x-request-id" and 0 < len(value) <= 128:
                return bytes(value).decode("latin-1")
        self._counter += 1
        return f"{self._prefix}{self._counter:012x}"

    async def _rest(self, scope: Scope, receive: Receive, send: Send, request_id: str) -> tuple[int, str]:
        body = b""
        more = True
        while more:
            message = await receive()
            body += message.get("body", b"")
            more = message.get("more_body", False)
        headers = dict(scope["headers"])
        raw_path = scope.get("raw_path") or scope["path"].encode()
        rest_path = raw_path.decode("latin-1").split("?", 1)[0][len("/rest"):]
        request = RestRequest(scope["method"], rest_path, scope.get("query_string", b"").decode("latin-1"),
                              headers, body, request_id)
        response = await self.webapi.handle(request)
        response.headers.append((b"x-request-id", request_id.encode()))
        response.headers.append((b"content-length", str(len(response.body)).encode()))
        await send({"type": "http.response.start", "status": response.status, "headers": response.headers})
        await send({"type": "http.response.body", "body": response.body})
        return response.status, response.route

    async def _site(self, scope: Scope, receive: Receive, send: Send, request_id: str) -> tuple[int, str]:
        status = 500

        async def send_wrapper(message: Message) -> None:
            nonlocal status
            if message["type"] == "http.response.start":
                status = message["status"]
                message["headers"] = [*message.get("headers", []), (b"x-request-id", request_id.encode())]
            await send(message)

        await self.site(scope, receive, send_wrapper)
        route = scope.get("route")
        label = getattr(route, "path", None) or "site"
        return status, f"{scope['method']} {label}"


def create_app(runtime: Runtime | None = None, routes: list[WebRoute] | None = None) -> MerxApp:
    runtime = runtime or Runtime()
    metrics = Metrics()
    access_log = AccessLog()
    webapi = WebApi(runtime, all_routes() if routes is None else routes, build_schema)

    @contextlib.asynccontextmanager
    async def lifespan(_app: Starlette) -> AsyncIterator[None]:
        await run_in_threadpool(runtime.load)
        poller = asyncio.create_task(_poll_generations(runtime, access_log))
        try:
            yield
        finally:
            poller.cancel()
            with contextlib.suppress(asyncio.CancelledError):
                await poller
            access_log.flush()
            runtime.dispose()

    async def health(_request: Request) -> Response:
        try:
            await run_in_threadpool(_ping, runtime)
        except Exception as error:  # the database is down or unreachable
            return JSONResponse({"status": "fail", "database": str(error.__class__.__name__)}, status_code=503)
        return JSONResponse({"status": "pass", "database": "ok"})

    async def metrics_page(_request: Request) -> Response:
        return PlainTextResponse(metrics.render(), media_type="text/plain; version=0.0.4")

    site = Starlette(
        routes=[
            Route("/health", health),
            Route("/metrics", metrics_page),
            *_swagger_routes(),
            *_storefront_routes(runtime),
        ],
        lifespan=lifespan,
    )
    return MerxApp(runtime, webapi, site, metrics, access_log)


def _ping(runtime: Runtime) -> None:
    with runtime.engine.connect() as connection:
        connection.execute(text("SELECT 1"))


async def _poll_generations(runtime: Runtime, access_log: AccessLog) -> None:
    interval = min(runtime.settings.cache_poll_seconds, 0.2)
    polls_per_refresh = max(1, round(runtime.settings.cache_poll_seconds / interval))
    tick = 0
    while True:
        await asyncio.sleep(interval)
        access_log.flush()
        tick += 1
        if tick % polls_per_refresh:
            continue
        try:
            await run_in_threadpool(runtime.refresh_if_changed)
        except Exception:
            log.warning("cache generation poll failed", exc_info=True)


def _swagger_routes() -> list[Any]:
    from swagger_ui_bundle import swagger_ui_path

    async def swagger_index(request: Request) -> Response:
        store = request.query_params.get("store", "all")
        html = SWAGGER_PAGE.replace("{{schema_url}}", f"/rest/{store}/schema?services=all")
        return HTMLResponse(html)

    return [
        Route("/swagger", swagger_index),
        Route("/swagger/", swagger_index),
        Mount("/swagger/static", app=StaticFiles(directory=str(swagger_ui_path)), name="swagger-static"),
    ]


def _storefront_routes(runtime: Runtime) -> list[Any]:
    from merx.storefront.routes import storefront_routes

    return list(storefront_routes(runtime))


SWAGGER_PAGE = """<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><title>merx REST API</title>
<link rel="stylesheet" href="/swagger/static/swagger-ui.css"></head>
<body><div id="swagger-ui"></div>
<script src="/swagger/static/swagger-ui-bundle.js"></script>
<script>
window.ui = SwaggerUIBundle({
  url: "{{schema_url}}", dom_id: "#swagger-ui", deepLinking: true,
  requestInterceptor: function (request) {
    var key = request.headers["api_key"];
    if (key) { request.headers["Authorization"] = "Bearer " + key; delete request.headers["api_key"]; }
    return request;
  }
});
</script></body></html>
"""
