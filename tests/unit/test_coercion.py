from __future__ import annotations

import pytest

from merx.webapi.coercion import is_numeric, to_bool, to_float, to_int, to_str
from merx.webapi.errors import WebapiError


@pytest.mark.parametrize(("value", "expected"), [(5, 5), ("5", 5), ("5.7", 5), ("1e3", 1000), (" 7 ", 7), (-2.9, -2)])
def test_int_accepts_php_numeric(value: object, expected: int) -> None:
    assert to_int(value) == expected


@pytest.mark.parametrize("value", ["abc", "", True, False, [1], {"a": 1}, "1x"])
def test_int_rejects_the_rest(value: object) -> None:
    with pytest.raises(WebapiError) as caught:
        to_int(value)
    assert caught.value.message.endswith('The "int" type was expected. Verify and try again.')


def test_int_error_shows_array_and_empty() -> None:
    with pytest.raises(WebapiError) as caught:
        to_int([1])
    assert caught.value.message.startswith('The "array" value')
    with pytest.raises(WebapiError) as caught:
        to_float("")
    assert (
        caught.value.message == 'The "" value\'s type is invalid. The "float" type was expected. Verify and try again.'
    )


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        (True, True),
        (1, True),
        ("1", True),
        ("true", True),
        ("on", True),
        ("yes", True),
        ("TRUE", True),
        (False, False),
        (0, False),
        ("0", False),
        ("abc", False),
        ("", False),
        (2, False),
    ],
)
def test_bool_never_fails(value: object, expected: bool) -> None:
    assert to_bool(value) is expected


def test_string_cast_like_php() -> None:
    assert to_str(5) == "5"
    assert to_str(True) == "1"
    assert to_str(False) == ""
    assert to_str(2.0) == "2"
    assert to_str(2.5) == "2.5"


def test_is_numeric() -> None:
    assert is_numeric("1.5e-3") and is_numeric(".5") and not is_numeric("0x1A") and not is_numeric(True)
