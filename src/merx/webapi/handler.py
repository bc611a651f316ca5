"""The REST front controller: Magento's processing order (conventions §1.3), one error renderer."""

from __future__ import annotations

import logging
import secrets
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

import orjson
from sqlalchemy.exc import DataError
from starlette.concurrency import run_in_threadpool

from merx.webapi import binding
from merx.webapi.context import GUEST, ServiceContext, UserContext
from merx.webapi.errors import (
    CouldNotSaveError,
    InputError,
    MerxError,
    NoSuchEntityError,
    WebapiError,
    route_not_found,
)
from merx.webapi.fields_filter import InvalidFieldsFilter, apply_fields, parse_fields
from merx.webapi.naming import to_camel, to_snake
from merx.webapi.output import to_output
from merx.webapi.query import parse_query
from merx.webapi.request import RestRequest, check_accept, decode_body
from merx.webapi.routing import METHODS, Match, Route, Router

if TYPE_CHECKING:
    from merx.runtime import Runtime
    from merx.store.registry import StoreView

log = logging.getLogger("merx.webapi")

JSON_HEADERS = [(b"content-type", b"application/json; charset=utf-8")]
ALL_STORES = "all"


@dataclass
class RestResponse:
    status: int
    body: bytes
    headers: list[tuple[bytes, bytes]] = field(default_factory=lambda: list(JSON_HEADERS))
    route: str = "unmatched"


class WebApi:
    def __init__(
        self,
        runtime: Runtime,
        routes: Iterable[Route],
        schema_builder: Callable[[Runtime, StoreView, list[Route]], dict[str, Any]] | None = None,
    ) -> None:
        self.runtime = runtime
        self.router = Router(routes)
        self._schema_builder = schema_builder

    async def handle(self, request: RestRequest) -> RestResponse:
        route_label = "unmatched"
        match = None
        try:
            check_accept(request)
            store, path, store_given = self._resolve_store(request.path)
            if path.strip("/") == "schema" and request.method == "GET":
                return self._schema(store)
            if request.method not in METHODS:
                raise WebapiError(f"The {request.method} HTTP method is not supported.", 405)
            match = self.router.match(request.method, path)
            if match is None:
                raise route_not_found()
            route = match.route
            route_label = f"{route.method} {route.path}"
            user = await self._authenticate(request)
            self.runtime.acl.check(user, route.resources)
            query = parse_query(request.query_string) if request.query_string else {}
            body = decode_body(request) if request.method in ("POST", "PUT") else {}
            data = binding.merge_inputs(request.method, match, query, body)
            if route.force:
                binding.apply_forced(route, data, user)
            kwargs = binding.bind_arguments(route, data)
            ctx = ServiceContext(self.runtime, store, user, store_was_given=store_given)
            result = await self._invoke(route, ctx, kwargs, write=request.method != "GET")
            fields = query.get("fields")
            if isinstance(fields, str) and isinstance(result, dict | list):
                try:
                    result = apply_fields(result, parse_fields(fields))
                except InvalidFieldsFilter:
                    result = []
            response = RestResponse(200, orjson.dumps(result))
        except MerxError as error:
            response = self._error(error)
        except DataError:
            response = self._error(_out_of_range(request.method, match))
        except Exception:
            response = self._internal_error()
        response.route = route_label
        return response

    def _resolve_store(self, raw_path: str) -> tuple[StoreView, str, bool]:
        stores = self.runtime.stores
        segment, _, rest = raw_path.lstrip("/").partition("/")
        if segment == ALL_STORES:
            return stores.admin_store, "/" + rest, True
        store = stores.url_store(segment)
        if store is not None:
            return store, "/" + rest, True
        return stores.default_store(), raw_path, False

    async def _authenticate(self, request: RestRequest) -> UserContext:
        header = request.header("authorization")
        if not header:
            return GUEST
        parts = header.split(" ")
        if len(parts) != 2 or parts[0].lower() != "bearer" or not parts[1]:
            return GUEST
        token = parts[1]
        cached = self.runtime.tokens.get(token)
        if cached is not None:
            return UserContext(cached.user_type, cached.user_id) if cached.user_id else GUEST
        return await run_in_threadpool(self._resolve_token, token)

    def _resolve_token(self, token: str) -> UserContext:
        from merx.integration.tokens import resolve

        with self.runtime.uow(write=False) as uow:
            resolved = resolve(uow.session, token)
        if resolved is None:
            # Unknown, revoked and expired tokens never become valid again: remember the refusal.
            self.runtime.tokens.put(token, GUEST.user_type, 0, None)
            return GUEST
        user, expires = resolved
        assert user.user_id is not None
        self.runtime.tokens.put(token, user.user_type, user.user_id, expires)
        return user

    async def _invoke(self, route: Route, ctx: ServiceContext, kwargs: dict[str, Any], *, write: bool) -> Any:
        signature = route.signature
        if signature.is_async:
            result = await route.service(ctx, **kwargs) if signature.wants_context else await route.service(**kwargs)
            return to_output(result, signature.returns)
        return await run_in_threadpool(self._run_in_unit_of_work, route, ctx, kwargs, write)

    def _run_in_unit_of_work(self, route: Route, ctx: ServiceContext, kwargs: dict[str, Any], write: bool) -> Any:
        signature = route.signature
        with self.runtime.uow(write=write) as uow:
            ctx.uow = uow
            try:
                result = route.service(ctx, **kwargs) if signature.wants_context else route.service(**kwargs)
                output = to_output(result, signature.returns)
            except MerxError as error:
                if error.keep_changes:
                    uow.commit()
                raise
            uow.commit()
        return output

    def _schema(self, store: StoreView) -> RestResponse:
        if self._schema_builder is None:
            raise route_not_found()
        document = self._schema_builder(self.runtime, store, self.router.routes)
        return RestResponse(200, orjson.dumps(document), route="GET /schema")

    def _error(self, error: MerxError) -> RestResponse:
        response = RestResponse(error.status, orjson.dumps(error.body()))
        if isinstance(error, CouldNotSaveError):
            response.headers.append((b"errorredirectaction", b"#shipping"))
        return response

    def _internal_error(self) -> RestResponse:
        report = "webapi-" + secrets.token_hex(7)[:13]
        log.exception("internal error, report %s", report)
        message = f"Internal Error. Details are available in Magento log file. Report ID: {report}"
        return RestResponse(500, orjson.dumps({"message": message}))


OUT_OF_RANGE = "A value in the request is out of range for its field. Verify the value and try again."


def _out_of_range(method: str, match: Match | None) -> MerxError:
    """A value the database column cannot hold (e.g. an id past the integer range).

    No row can hold it, so a read or delete by that id finds nothing, as Magento on MySQL answers;
    a write is refused as bad input.
    """
    if method in ("GET", "DELETE") and match is not None and match.route.placeholders:
        name = match.route.placeholders[-1]
        value: object = match.path_params.get(name, "")
        if isinstance(value, str) and value.lstrip("-").isdigit() and abs(int(value)) < 2**63:
            value = int(value)
        return NoSuchEntityError.single(to_camel(to_snake(name)), value)
    return InputError(OUT_OF_RANGE)
