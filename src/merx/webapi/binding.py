"""Binding merged request data to a route's typed arguments (ParamsOverrider + ServiceInputProcessor)."""

from __future__ import annotations

from typing import Any

from merx.webapi.context import UserContext
from merx.webapi.datamodel import plan_of
from merx.webapi.errors import InputError, MerxError
from merx.webapi.input import convert, raise_if_any
from merx.webapi.naming import normalise, to_snake
from merx.webapi.routing import Match, Route


def merge_inputs(method: str, match: Match, query: dict[str, Any], body: dict[str, Any]) -> dict[str, Any]:
    """URL and query values override body keys of the same name; PUT writes the last placeholder in."""
    url_and_query = {**query, **match.path_params}
    if method not in ("POST", "PUT"):
        return url_and_query
    data = {**body, **url_and_query}
    if method == "PUT" and match.route.placeholders:
        _inject_last_placeholder(match, body, data)
    return data


def _inject_last_placeholder(match: Match, body: dict[str, Any], data: dict[str, Any]) -> None:
    name = match.route.placeholders[-1]
    value = match.path_params.get(name)
    if value is None or value == "me":
        return
    target = data
    if len(body) == 1:
        ((key, inner),) = body.items()
        if isinstance(inner, dict) and _declares(match.route, key, name):
            target = dict(inner)
            data[key] = target
    snake = to_snake(name)
    target[name if name in target else snake] = value


def _declares(route: Route, argument_key: str, field_name: str) -> bool:
    for argument in route.signature.arguments:
        if normalise(argument.camel) == normalise(argument_key) and argument.spec.model is not None:
            return normalise(to_snake(field_name)) in plan_of(argument.spec.model).by_key
    return False


def apply_forced(route: Route, data: dict[str, Any], user: UserContext) -> None:
    for target, source in route.force.items():
        value = _context_value(source, user)
        head, _, tail = target.partition(".")
        spellings = [k for k in data if normalise(k) == normalise(head)]
        container = next((data[k] for k in spellings if data[k] is not None), None)
        for key in spellings:
            del data[key]
        if not tail:
            data[head] = value
            continue
        if not isinstance(container, dict):
            container = {}
        container = {k: v for k, v in container.items() if normalise(k) != normalise(tail)}
        container[tail] = value
        data[head] = container


def _context_value(source: str, user: UserContext) -> Any:
    if source == "%customer_id%":
        return user.customer_id
    if source == "%user_id%":
        return user.user_id
    return source


def bind_arguments(route: Route, data: dict[str, Any]) -> dict[str, Any]:
    kwargs: dict[str, Any] = {}
    missing: list[MerxError] = []
    for argument in route.signature.arguments:
        raw = data.get(argument.camel)
        if raw is None:
            raw = data.get(argument.name)
        if raw is None:
            if argument.required:
                missing.append(InputError.required(argument.camel))
            else:
                kwargs[argument.name] = argument.default
            continue
        kwargs[argument.name] = convert(raw, argument.spec)
    raise_if_any(missing)
    return kwargs
