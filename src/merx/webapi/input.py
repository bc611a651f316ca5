"""The input processor: request data -> typed service arguments (Magento's ServiceInputProcessor)."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from merx.webapi.coercion import SCALAR_CASTS, nested
from merx.webapi.datamodel import CUSTOM_TYPES, CustomAttribute, DataModel, TypeSpec, plan_of
from merx.webapi.errors import InputError, MerxError, WebapiError, type_error
from merx.webapi.naming import normalise, to_upper_camel

UNSUPPORTED_FIELD = '"%fieldName" is not supported. Correct the field name and try again.'


def convert(value: Any, spec: TypeSpec) -> Any:
    """Convert one value; raises WebapiError (already rendered) for a type mismatch."""
    if value is None:
        return None
    kind = spec.kind
    cast = SCALAR_CASTS.get(kind)
    if cast is not None:
        return cast(value)
    if kind == "list":
        items = _as_list(value, spec)
        assert spec.item is not None
        return [convert(item, spec.item) for item in items]
    if kind == "model":
        assert spec.model is not None
        if not isinstance(value, dict):
            raise type_error("array" if isinstance(value, list) else value, spec.php_name)
        return convert_model(value, spec.model)
    if kind == "custom":
        assert spec.custom is not None
        return CUSTOM_TYPES[spec.custom](value)
    if kind == "dict":
        if not isinstance(value, dict):
            raise type_error(value, "array")
        return value
    return value


def _as_list(value: Any, spec: TypeSpec) -> list[Any]:
    if isinstance(value, list):
        return value
    if isinstance(value, dict):
        return list(value.values())
    raise type_error(value, spec.php_name)


def convert_model(data: Mapping[str, Any], model: type[DataModel]) -> DataModel:
    plan = plan_of(model)
    values: dict[str, Any] = {}
    seen: set[str] = set()
    for key, raw in data.items():
        norm = normalise(str(key))
        if norm in seen:
            continue  # first spelling of a field wins (InputParamsResolver::filterAssociativeInputData)
        seen.add(norm)
        field = plan.by_key.get(norm)
        if field is None:
            raise InputError(UNSUPPORTED_FIELD, {"fieldName": to_upper_camel(str(key))})
        try:
            if field.name == "custom_attributes":
                values[field.name] = _custom_attributes(raw)
            else:
                values[field.name] = convert(raw, field.spec)
        except WebapiError as error:
            raise nested(str(key), error) from None
    return model.model_construct(**values)


def _custom_attributes(raw: Any) -> list[CustomAttribute] | None:
    if raw is None:
        return None
    if isinstance(raw, dict) and not _looks_like_list(raw):
        items = [{"attribute_code": code, "value": value} for code, value in raw.items()]
    elif isinstance(raw, dict | list):
        items = list(raw.values()) if isinstance(raw, dict) else raw
    else:
        raise type_error(raw, "Magento\\Framework\\Api\\AttributeInterface[]")
    result: list[CustomAttribute] = []
    for item in items:
        if not isinstance(item, dict) or not item:
            raise InputError("An empty custom attribute is specified. Enter the attribute and try again.")
        code = item.get("attribute_code", item.get("attributeCode"))
        if not code:
            raise InputError(
                "A custom attribute is specified with a missing attribute code. Verify the code and try again."
            )
        if "value" not in item:
            raise InputError(
                'The "%1" attribute code doesn\'t have a value set. Enter the value and try again.', [code]
            )
        result.append(CustomAttribute.model_construct(attribute_code=str(code), value=item["value"]))
    return result


def _looks_like_list(raw: dict[str, Any]) -> bool:
    return all(str(k).isdigit() for k in raw) and all(isinstance(v, dict) for v in raw.values())


def raise_if_any(errors: list[MerxError]) -> None:
    if not errors:
        return
    aggregate = InputError()
    for error in errors:
        aggregate.add(error)
    raise aggregate
