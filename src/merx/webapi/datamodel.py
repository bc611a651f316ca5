"""Base class for Magento data interfaces and the type descriptions the layer works from.

A data interface is a Pydantic model whose fields are declared in the order of the official schema.
`X | None` marks a nullable getter (omitted from output when null); a non-nullable field that holds
`None` is written as `null`, as Magento's ServiceOutputProcessor does.
"""

from __future__ import annotations

import types
import typing
from collections.abc import Callable
from dataclasses import dataclass
from functools import cache
from typing import Any, Literal, Union

from pydantic import BaseModel, ConfigDict

from merx.webapi.naming import normalise, to_snake

Kind = Literal["int", "float", "bool", "str", "mixed", "list", "model", "dict", "none", "custom"]

# Argument types with their own request parser (e.g. SearchCriteria), registered by their module.
CUSTOM_TYPES: dict[type, Callable[[Any], Any]] = {}


def register_custom_type(annotation: type, parse: Callable[[Any], Any]) -> None:
    CUSTOM_TYPES[annotation] = parse


PHP_TYPE_NAMES = {"int": "int", "float": "float", "bool": "bool", "str": "string", "mixed": "mixed"}


class DataModel(BaseModel):
    model_config = ConfigDict(extra="ignore", validate_assignment=False, arbitrary_types_allowed=True)

    # Magento interface name, used for messages and the OpenAPI document.
    __interface__: typing.ClassVar[str] = ""


class CustomAttribute(DataModel):
    attribute_code: str
    value: Any


@dataclass(frozen=True)
class TypeSpec:
    kind: Kind
    nullable: bool
    item: TypeSpec | None = None
    model: type[DataModel] | None = None
    custom: type | None = None

    @property
    def php_name(self) -> str:
        if self.kind == "list" and self.item is not None:
            return f"{self.item.php_name}[]"
        if self.kind == "model" and self.model is not None:
            return self.model.__interface__ or self.model.__name__
        if self.kind == "custom" and self.custom is not None:
            return self.custom.__name__
        return PHP_TYPE_NAMES.get(self.kind, "mixed")


@dataclass(frozen=True)
class FieldPlan:
    name: str
    spec: TypeSpec


@dataclass(frozen=True)
class ModelPlan:
    model: type[DataModel]
    fields: tuple[FieldPlan, ...]
    by_key: dict[str, FieldPlan]


def spec_of(annotation: Any) -> TypeSpec:
    return _spec_of(annotation)


@cache
def _spec_of(annotation: Any) -> TypeSpec:
    nullable = False
    origin = typing.get_origin(annotation)
    if origin in (Union, types.UnionType):
        members = [a for a in typing.get_args(annotation) if a is not type(None)]
        nullable = len(members) != len(typing.get_args(annotation))
        annotation = members[0] if len(members) == 1 else Any
        origin = typing.get_origin(annotation)
    if annotation is type(None):
        return TypeSpec("none", True)
    if annotation is bool:
        return TypeSpec("bool", nullable)
    if annotation is int:
        return TypeSpec("int", nullable)
    if annotation is float:
        return TypeSpec("float", nullable)
    if annotation is str:
        return TypeSpec("str", nullable)
    if origin in (list, tuple) or annotation in (list, tuple):
        args = typing.get_args(annotation)
        item = _spec_of(args[0]) if args else TypeSpec("mixed", True)
        return TypeSpec("list", nullable, item=item)
    if origin is dict or annotation is dict:
        return TypeSpec("dict", nullable)
    if isinstance(annotation, type) and annotation in CUSTOM_TYPES:
        return TypeSpec("custom", nullable, custom=annotation)
    if isinstance(annotation, type) and issubclass(annotation, DataModel):
        return TypeSpec("model", nullable, model=annotation)
    return TypeSpec("mixed", True)


@cache
def plan_of(model: type[DataModel]) -> ModelPlan:
    hints = typing.get_type_hints(model)
    fields = tuple(FieldPlan(name, spec_of(hints[name])) for name in model.model_fields)
    by_key = {normalise(f.name): f for f in fields}
    return ModelPlan(model, fields, by_key)


def field_key(name: str) -> str:
    return normalise(to_snake(name))
