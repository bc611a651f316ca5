"""Magento's scalar coercion (TypeProcessor::processSimpleAndAnyType) for typed service arguments."""

from __future__ import annotations

import re
from typing import Any

from merx.webapi.errors import WebapiError, type_error

_PHP_NUMERIC = re.compile(r"^[ \t\n\r\v\f]*[+-]?(\d+(\.\d*)?|\.\d+)([eE][+-]?\d+)?[ \t\n\r\v\f]*$", re.ASCII)
PHP_INT_MAX = 2**63 - 1
_TRUE_WORDS = {"1", "true", "on", "yes"}


def is_numeric(value: Any) -> bool:
    if isinstance(value, bool):
        return False
    if isinstance(value, int | float):
        return True
    return isinstance(value, str) and _PHP_NUMERIC.match(value) is not None


def _shown(value: Any) -> str:
    if isinstance(value, dict | list):
        return "array"
    if value is True:
        return "1"
    if value is False:
        return ""
    if isinstance(value, float):
        return php_float_text(value)
    return str(value)


def php_float_text(value: float) -> str:
    if value.is_integer() and abs(value) < 1e15:
        return str(int(value))
    return repr(value)


def to_int(value: Any) -> int:
    if not is_numeric(value):
        raise type_error(_shown(value), "int")
    if isinstance(value, int):
        return value
    if isinstance(value, str):
        text = value.strip()
        digits = text.lstrip("+-")
        if digits.isdigit():
            if len(digits) > 19:  # PHP turns an overflowing integer string into a float, then caps it
                return PHP_INT_MAX if not text.startswith("-") else -PHP_INT_MAX
            return int(text)
        value = float(text)
    if value != value or value in (float("inf"), float("-inf")):
        raise type_error(_shown(value), "int")
    return max(-PHP_INT_MAX, min(PHP_INT_MAX, int(value)))


def to_float(value: Any) -> float:
    if not is_numeric(value):
        raise type_error(_shown(value), "float")
    result = float(value)
    if result != result or result in (float("inf"), float("-inf")):
        raise type_error(_shown(value), "float")
    return result


def to_bool(value: Any) -> bool:
    if isinstance(value, dict | list):
        raise type_error("array", "bool")
    if isinstance(value, bool):
        return value
    if isinstance(value, int | float):
        return value == 1
    return str(value).strip().lower() in _TRUE_WORDS


def to_str(value: Any) -> str:
    if isinstance(value, dict | list):
        raise type_error("array", "string")
    return _shown(value)


SCALAR_CASTS = {"int": to_int, "float": to_float, "bool": to_bool, "str": to_str}


def nested(key: str, error: WebapiError) -> WebapiError:
    return WebapiError(f'Error occurred during "{key}" processing. {error.message}', error.status)
