"""Declarative routes (Magento's webapi.xml) and Magento's route matching rules."""

from __future__ import annotations

import inspect
import re
import typing
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass, field
from typing import Any
from urllib.parse import unquote_plus

from merx.webapi.datamodel import TypeSpec, spec_of
from merx.webapi.naming import to_camel

METHODS = ("GET", "POST", "PUT", "DELETE")
ANONYMOUS = "anonymous"
SELF = "self"


@dataclass(frozen=True)
class Argument:
    name: str  # python name, snake_case
    camel: str  # Magento's PHP parameter name
    spec: TypeSpec
    required: bool
    default: Any


@dataclass(frozen=True)
class ServiceSignature:
    arguments: tuple[Argument, ...]
    returns: TypeSpec | None
    is_async: bool
    wants_context: bool


def signature_of(function: Callable[..., Any]) -> ServiceSignature:
    hints = typing.get_type_hints(function)
    params = inspect.signature(function).parameters
    arguments: list[Argument] = []
    wants_context = False
    for name, param in params.items():
        if name == "ctx":
            wants_context = True
            continue
        has_default = param.default is not inspect.Parameter.empty
        arguments.append(
            Argument(
                name=name,
                camel=to_camel(name),
                spec=spec_of(hints[name]),
                required=not has_default,
                default=param.default if has_default else None,
            )
        )
    returned = hints.get("return")
    returns = None if returned in (None, type(None)) else spec_of(returned)
    return ServiceSignature(tuple(arguments), returns, inspect.iscoroutinefunction(function), wants_context)


@dataclass(frozen=True)
class Route:
    """One line of a domain's route table.

    `force` maps an argument path (`customer_id` or `customer.id`) to a context value such as
    `%customer_id%`, which replaces anything the client sent (webapi.xml `force="true"`).
    """

    method: str
    path: str
    service: Callable[..., Any]
    resources: tuple[str, ...]
    force: Mapping[str, str] = field(default_factory=dict)
    name: str = ""
    tag: str = ""

    def __post_init__(self) -> None:
        object.__setattr__(self, "signature", signature_of(self.service))
        object.__setattr__(self, "parts", tuple(self.path.strip("/").split("/")))
        placeholders = tuple(p[1:] for p in self.parts if p.startswith(":"))
        object.__setattr__(self, "placeholders", placeholders)

    signature: ServiceSignature = field(init=False, repr=False, compare=False)
    parts: tuple[str, ...] = field(init=False, repr=False, compare=False)
    placeholders: tuple[str, ...] = field(init=False, repr=False, compare=False)

    @property
    def is_public(self) -> bool:
        return self.resources == (ANONYMOUS,)


@dataclass(frozen=True)
class Match:
    route: Route
    path_params: dict[str, str]


_BASE = re.compile(r"^/?\w+/\w+")


class Router:
    """Exact match first; otherwise the string-sorted routes sharing the first two segments, last wins."""

    def __init__(self, routes: Iterable[Route]) -> None:
        self.routes = list(routes)
        self._exact: dict[tuple[str, str], Route] = {}
        self._sorted: dict[str, list[Route]] = {m: [] for m in METHODS}
        for route in self.routes:
            self._exact[(route.method, route.path)] = route
            self._sorted[route.method].append(route)
        for method in METHODS:
            self._sorted[method].sort(key=lambda r: r.path)

    def match(self, method: str, path: str) -> Match | None:
        exact = self._exact.get((method, path))
        if exact is not None and not exact.placeholders:
            return Match(exact, {})
        base = _BASE.match(path)
        if base is None:
            return None
        prefix = base.group(0).strip("/")
        parts = path.strip("/").split("/")
        found: Match | None = None
        for route in self._sorted.get(method, ()):
            if not route.path.strip("/").startswith(prefix):
                continue
            params = _match_parts(route.parts, parts)
            if params is not None:
                found = Match(route, params)
        return found


def _match_parts(route_parts: tuple[str, ...], parts: list[str]) -> dict[str, str] | None:
    if len(route_parts) != len(parts):
        return None
    params: dict[str, str] = {}
    for expected, actual in zip(route_parts, parts, strict=True):
        if expected.startswith(":"):
            params[expected[1:]] = unquote_plus(actual)
        elif expected != actual:
            return None
    return params
