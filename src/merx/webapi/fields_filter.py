"""The `fields` query parameter (Magento's FieldsFilter)."""

from __future__ import annotations

import re
from typing import Any

_ALLOWED = re.compile(r"^[A-Za-z0-9_\[\],]+$")

FieldTree = dict[str, "FieldTree | None"]


class InvalidFieldsFilter(ValueError):
    pass


def parse_fields(text: str) -> FieldTree:
    """`a,b[c,d[e]]` -> {"a": None, "b": {"c": None, "d": {"e": None}}}."""
    if not text or not _ALLOWED.match(text):
        raise InvalidFieldsFilter(text)
    stack: list[FieldTree] = [{}]
    name = ""
    last: str | None = None
    for char in text:
        if char == ",":
            if name:
                stack[-1][name] = None
                last, name = name, ""
        elif char == "[":
            if not name:
                raise InvalidFieldsFilter(text)
            child: FieldTree = {}
            stack[-1][name] = child
            stack.append(child)
            name = ""
        elif char == "]":
            if len(stack) == 1:
                raise InvalidFieldsFilter(text)
            if name:
                stack[-1][name] = None
                name = ""
            stack.pop()
        else:
            name += char
    if len(stack) != 1:
        raise InvalidFieldsFilter(text)
    if name:
        stack[-1][name] = None
    del last
    return stack[0]


def apply_fields(value: Any, tree: FieldTree) -> Any:
    if isinstance(value, list):
        return [apply_fields(v, tree) for v in value]
    if not isinstance(value, dict):
        return value
    out: dict[str, Any] = {}
    for key, sub in tree.items():
        if key not in value:
            continue
        item = value[key]
        if sub is None:
            out[key] = item
        elif key == "custom_attributes" and isinstance(item, list):
            out[key] = [a for a in item if isinstance(a, dict) and a.get("attribute_code") in sub]
        else:
            out[key] = apply_fields(item, sub)
    return out
