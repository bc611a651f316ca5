"""The output processor: service results -> JSON-ready values in schema order, snake_case keys."""

from __future__ import annotations

from typing import Any

from merx.webapi.coercion import php_float_text
from merx.webapi.datamodel import DataModel, TypeSpec, plan_of


class Prerendered:
    """A result already in output form (e.g. memoised on an immutable registry snapshot)."""

    __slots__ = ("value",)

    def __init__(self, value: Any) -> None:
        self.value = value


def to_output(value: Any, spec: TypeSpec | None = None) -> Any:
    """Render a service result. A `None` result (a void service) becomes `[]`."""
    if value is None:
        return []
    if isinstance(value, Prerendered):
        return value.value
    return _render(value, spec)


def _render(value: Any, spec: TypeSpec | None) -> Any:
    if isinstance(value, DataModel):
        return render_model(value)
    if isinstance(value, list | tuple):
        item = spec.item if spec is not None else None
        return [_render(v, item) for v in value]
    if spec is not None:
        return _cast(value, spec)
    if isinstance(value, float) and value.is_integer():
        return int(value)
    return value


def _cast(value: Any, spec: TypeSpec) -> Any:
    kind = spec.kind
    if value is None:
        return None
    if kind == "int":
        return int(value)
    if kind == "float":
        number = float(value)
        return int(number) if number.is_integer() and abs(number) < 1e15 else number
    if kind == "str":
        if isinstance(value, bool):
            return "1" if value else ""
        if isinstance(value, float):
            return php_float_text(value)
        if isinstance(value, dict | list):
            import orjson

            return orjson.dumps(value).decode()
        return str(value)
    if kind == "bool":
        return bool(value)
    if kind == "dict":
        return value
    if isinstance(value, float) and value.is_integer():
        return int(value)
    return value


def render_model(model: DataModel) -> dict[str, Any]:
    plan = plan_of(type(model))
    out: dict[str, Any] = {}
    data = model.__dict__
    for field in plan.fields:
        name = field.name
        value = data.get(name)
        spec = field.spec
        if value is None:
            if not spec.nullable:
                out[name] = None
            continue
        if name == "extension_attributes":
            rendered = render_model(value) if isinstance(value, DataModel) else value
            if rendered:
                out[name] = rendered
            continue
        if name == "custom_attributes":
            if value:
                out[name] = [{"attribute_code": a.attribute_code, "value": a.value} for a in value]
            continue
        if isinstance(value, DataModel):
            out[name] = render_model(value)
        elif isinstance(value, list | tuple):
            item = spec.item
            out[name] = [_render(v, item) for v in value]
        else:
            out[name] = _cast(value, spec)
    return out
