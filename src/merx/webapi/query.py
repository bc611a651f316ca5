"""PHP's query-string parsing (how `$_GET` is built), which Magento's searchCriteria relies on.

The rules follow php-src `main/php_variables.c` (`php_default_treat_data`, `php_register_variable_ex`):

* Pairs are split on `&`; each pair at its first `=` (no `=` gives the value `""`). Name and value are
  decoded with `+` -> space and `%XX` escapes (`urllib.parse.unquote_plus`). Empty pairs are skipped.
* The name is cut at a NUL character, and leading spaces are dropped. In the base name (the part before
  the first `[`), spaces and dots become `_` (`a.b` -> `a_b`). An empty base name drops the pair.
* `a[b][c]=x` nests dicts. Keys stay strings (PHP would turn `"0"` into the integer 0; as a dict key the
  string carries the same identity). `a[]=x` (or `a[ ]=x`) appends at PHP's next free integer index:
  one past the largest integer-like key so far, else 0 (PHP 8.3+ rules, so negative keys count too).
* Only the first character after `[` is allowed to be a skipped space. Characters after a `]` that are not
  another `[` are ignored (`a[b]c=1` sets `a[b]`).
* An unmatched `[`: on the first bracket, the bracket becomes `_` and the rest of the name is literal with
  spaces, dots and `[` turned into `_` (`a[b.c=1` sets `a_b_c`); on a later bracket, the rest of the name is
  dropped and the value is assigned at the keys read so far (`a[b][c=1` sets `a[b]`).
* Later values win: a scalar is overwritten by a later scalar, replaced by a dict when a later name nests
  under it (keeping its position), and a dict is replaced by a later scalar.
* More than `MAX_NESTING_LEVEL` brackets drops the whole top-level variable (`max_input_nesting_level`);
  pairs after the first `MAX_INPUT_VARS` are ignored (`max_input_vars`).
"""

from __future__ import annotations

import re
from typing import Any
from urllib.parse import unquote_plus

MAX_NESTING_LEVEL = 64
MAX_INPUT_VARS = 1000
_PHP_INT_MAX = 2**63 - 1
_PHP_INT_MIN = -(2**63)
_INTEGER_KEY = re.compile(r"-?[1-9][0-9]*|0")
_LITERAL_TAIL = str.maketrans({" ": "_", ".": "_", "[": "_"})
_BASE_NAME = str.maketrans({" ": "_", ".": "_"})

Key = str | None  # None is an append (`[]`)


def parse_query(query_string: str, *, max_input_vars: int = MAX_INPUT_VARS) -> dict[str, Any]:
    """Parse a raw query string (without `?`) into nested dicts the way PHP fills `$_GET`."""
    result: dict[str, Any] = {}
    count = 0
    for pair in query_string.split("&"):
        if not pair:
            continue
        count += 1
        if count > max_input_vars:
            break
        name, _, value = pair.partition("=")
        register_variable(result, unquote_plus(name), unquote_plus(value))
    return result


def register_variable(target: dict[str, Any], name: str, value: Any) -> None:
    """Store one decoded `name=value` pair in `target` (php_register_variable_ex)."""
    name = name.split("\x00", 1)[0].lstrip(" ")
    bracket = name.find("[")
    if bracket < 0:
        base = name.translate(_BASE_NAME)
        if base:
            target[base] = value
        return
    base = name[:bracket].translate(_BASE_NAME)
    if not base:
        return
    parsed = _bracket_keys(name[bracket:])
    if parsed is None:
        target.pop(base, None)  # nesting too deep: PHP drops the whole variable
        return
    keys, literal_tail = parsed
    if literal_tail is not None:
        target[base + "_" + literal_tail.translate(_LITERAL_TAIL)] = value
        return
    _assign(target, base, keys, value)


def _bracket_keys(text: str) -> tuple[list[Key], str | None] | None:
    """Keys of a `[..][..]` suffix, or a literal tail for an unmatched first `[`; None if too deep.

    `text` starts with `[`.
    """
    keys: list[Key] = []
    position = 0
    while True:
        if len(keys) + 1 > MAX_NESTING_LEVEL:
            return None
        start = position + 1
        probe = start + 1 if text[start : start + 1] == " " else start
        if text[probe : probe + 1] == "]":
            keys.append(None)
            close = probe
        else:
            close = text.find("]", probe)
            if close < 0:
                if not keys:
                    return keys, text[start:]
                return keys, None
            keys.append(text[start:close])
        if text[close + 1 : close + 2] != "[":
            return keys, None
        position = close + 1


def _assign(target: dict[str, Any], base: str, keys: list[Key], value: Any) -> None:
    container = target
    key: Key = base
    for next_key in keys:
        slot = _slot(container, key)
        if slot is None:
            return
        existing = container.get(slot)
        if not isinstance(existing, dict):
            existing = {}
            container[slot] = existing  # replaces a scalar in place, as PHP does
        container = existing
        key = next_key
    slot = _slot(container, key)
    if slot is not None:
        container[slot] = value


def _slot(container: dict[str, Any], key: Key) -> str | None:
    """The dict key to write: the key itself, or PHP's next free index for an append (None if full)."""
    if key is not None:
        return key
    indexes = [int(k) for k in container if _is_integer_key(k)]
    if not indexes:
        return "0"
    highest = max(indexes)
    return None if highest >= _PHP_INT_MAX else str(highest + 1)


def _is_integer_key(key: str) -> bool:
    """Whether PHP would store this string key as an integer (ZEND_HANDLE_NUMERIC_STR)."""
    if len(key) > 20 or _INTEGER_KEY.fullmatch(key) is None:
        return False
    return _PHP_INT_MIN <= int(key) <= _PHP_INT_MAX


def php_list(value: Any) -> list[Any]:
    """A PHP array used as a list: a dict's values in insertion order; a list as is.

    PHP iterates an array in insertion order whatever its keys, so any dict is accepted (Magento's
    ServiceInputProcessor does `foreach` over `T[]` input). Anything else raises TypeError.
    """
    if isinstance(value, list):
        return value
    if isinstance(value, dict):
        return list(value.values())
    raise TypeError(f"expected a PHP array (dict or list), got {type(value).__name__}")
