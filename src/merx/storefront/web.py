"""Page plumbing: store views in URLs, server-side sessions, form keys, templates.

Every storefront URL exists with a store code (`/us/customer/account/`, Magento's "Add Store Code to
URLs") and without one for the default store view (`/customer/account/`). A page handler is a plain
function run in a thread inside one unit of work: it loads the session, does its work, and the session
is saved in the same transaction before the response is sent.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from jinja2 import Environment, FileSystemLoader, select_autoescape
from sqlalchemy.orm import Session
from starlette.concurrency import run_in_threadpool
from starlette.datastructures import FormData
from starlette.requests import Request
from starlette.responses import HTMLResponse, RedirectResponse, Response
from starlette.routing import Route

from merx.db.uow import UnitOfWork
from merx.runtime import Runtime
from merx.store.registry import StoreView
from merx.storefront import sessions
from merx.storefront.sessions import SessionState

TEMPLATES = Path(__file__).parent / "templates"
INVALID_FORM_KEY = "Invalid Form Key. Please refresh the page."

environment = Environment(loader=FileSystemLoader(str(TEMPLATES)), autoescape=select_autoescape(["html"]))


@dataclass
class Page:
    """What a page handler sees: the store view, the visitor's session and the request data."""

    runtime: Runtime
    store: StoreView
    state: SessionState
    uow: UnitOfWork
    method: str
    path_prefix: str  # "" for the default store view without a code, else "/<code>"
    query: dict[str, str]
    form: dict[str, str] = field(default_factory=dict)

    @property
    def db(self) -> Session:
        return self.uow.session

    def url(self, path: str) -> str:
        return f"{self.path_prefix}/{path.lstrip('/')}"

    def flash(self, message: str) -> None:
        self.state.flash = message

    def take_flash(self) -> str | None:
        message, self.state.flash = self.state.flash, None
        return message

    def render(self, template: str, status: int = 200, **values: Any) -> Response:
        body = environment.get_template(template).render(page=self, store=self.store, **values)
        return HTMLResponse(body, status_code=status)

    def redirect(self, path: str) -> Response:
        return RedirectResponse(self.url(path), status_code=302)

    def form_key_ok(self) -> bool:
        return self.state.form_key_matches(self.form.get("form_key"))


PageHandler = Callable[[Page], Response]


def page_routes(runtime: Runtime, path: str, handler: PageHandler, methods: tuple[str, ...] = ("GET",)) -> list[Route]:
    """The route with and without a store code."""

    async def endpoint(request: Request) -> Response:
        code = request.path_params.get("store_code")
        stores = runtime.stores
        store = stores.default_store() if code is None else stores.url_store(code)
        if store is None or not store.is_active:
            return HTMLResponse(environment.get_template("not_found.html").render(page=None, store=None),
                                status_code=404)
        form = _plain(await request.form()) if request.method == "POST" else {}
        cookie = request.cookies.get(sessions.COOKIE)
        prefix = "" if code is None else f"/{code}"
        query = dict(request.query_params)
        return await run_in_threadpool(_run, runtime, handler, store, cookie, request.method, prefix, query, form)

    return [
        Route(path, endpoint, methods=list(methods)),
        Route("/{store_code}" + path, endpoint, methods=list(methods)),
    ]


def _plain(form: FormData) -> dict[str, str]:
    return {key: value for key, value in form.items() if isinstance(value, str)}


def _run(runtime: Runtime, handler: PageHandler, store: StoreView, cookie: str | None, method: str, prefix: str,
         query: dict[str, str], form: dict[str, str]) -> Response:
    with runtime.uow(write=False) as read:
        state = sessions.load(read.session, cookie, store.store_id)
    # The write transaction begins lazily, so a handler can verify a password (Argon2id) before it
    # takes SQLite's single write lock.
    with runtime.uow(write=True) as uow:
        page = Page(runtime, store, state, uow, method, prefix, query, form)
        response = handler(page)
        sessions.save(uow.session, page.state)
        uow.commit()
    if page.state.is_new or page.state.changed:
        response.set_cookie(sessions.COOKIE, page.state.session_id, max_age=int(sessions.LIFETIME.total_seconds()),
                            httponly=True, samesite="lax", path="/")
    return response
