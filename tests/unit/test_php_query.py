"""PHP-style query-string parsing (merx.webapi.query)."""

from __future__ import annotations

from typing import Any
from urllib.parse import quote, quote_plus

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from merx.webapi.query import MAX_NESTING_LEVEL, parse_query, php_list


@pytest.mark.parametrize(
    ("query", "expected"),
    [
        ("a=1", {"a": "1"}),
        ("a[b][0][c]=x", {"a": {"b": {"0": {"c": "x"}}}}),
        ("a[]=x&a[]=y", {"a": {"0": "x", "1": "y"}}),
        ("a[ ]=x&a[ ]=y", {"a": {"0": "x", "1": "y"}}),
        ("a[5]=x&a[]=y", {"a": {"5": "x", "6": "y"}}),
        ("a[-5]=x&a[]=y", {"a": {"-5": "x", "-4": "y"}}),
        ("a[05]=x&a[]=y", {"a": {"05": "x", "0": "y"}}),
        ("a[x]=1&a[]=2", {"a": {"x": "1", "0": "2"}}),
        ("a[][x]=1&a[][y]=2", {"a": {"0": {"x": "1"}, "1": {"y": "2"}}}),
        ("a=1&a=2", {"a": "2"}),
        ("a=1&a[x]=2&b=3", {"a": {"x": "2"}, "b": "3"}),
        ("b=0&a=1&b[x]=2", {"b": {"x": "2"}, "a": "1"}),
        ("a[x]=1&a=2", {"a": "2"}),
        ("a[x]=1&a[x][y]=2", {"a": {"x": {"y": "2"}}}),
        ("a", {"a": ""}),
        ("a=", {"a": ""}),
        ("a==b", {"a": "=b"}),
        ("=x&&&", {}),
        ("", {}),
        ("[x]=1", {}),
        ("+a=1", {"a": "1"}),
        ("a+b=c+d", {"a_b": "c d"}),
        ("a.b=1", {"a_b": "1"}),
        ("a%20b.c=%41%zz", {"a_b_c": "A%zz"}),
        ("a%5Bb%5D=1", {"a": {"b": "1"}}),
        ("a[b.c d]=1", {"a": {"b.c d": "1"}}),
        ("a[ b]=1", {"a": {" b": "1"}}),
        ("a[b=1", {"a_b": "1"}),
        ("a[b.c[d=1", {"a_b_c_d": "1"}),
        ("a[b][c=1", {"a": {"b": "1"}}),
        ("a[b]c=1", {"a": {"b": "1"}}),
        ("a[b]]=1", {"a": {"b": "1"}}),
        ("a]=1", {"a]": "1"}),
        ("a%00b[c]=1", {"a": "1"}),
        ("k=%E2%82%AC", {"k": "€"}),
    ],
)
def test_parse_query_follows_php(query: str, expected: dict[str, Any]) -> None:
    assert parse_query(query) == expected


def test_parse_query_keeps_insertion_order() -> None:
    parsed = parse_query("z=1&a[2]=x&a[0]=y&m=2")
    assert list(parsed) == ["z", "a", "m"]
    assert list(parsed["a"]) == ["2", "0"]


def test_search_criteria_example_from_the_docs() -> None:
    query = (
        "searchCriteria[filter_groups][0][filters][0][field]=email"
        "&searchCriteria[filter_groups][0][filters][0][value]=%25@example.com"
        "&searchCriteria[filter_groups][0][filters][0][condition_type]=like"
        "&searchCriteria[sortOrders][0][field]=created_at"
        "&searchCriteria[sortOrders][0][direction]=ASC"
        "&searchCriteria[pageSize]=20&searchCriteria[currentPage]=1"
    )
    assert parse_query(query) == {
        "searchCriteria": {
            "filter_groups": {"0": {"filters": {"0": {"field": "email", "value": "%@example.com",
                                                      "condition_type": "like"}}}},
            "sortOrders": {"0": {"field": "created_at", "direction": "ASC"}},
            "pageSize": "20",
            "currentPage": "1",
        }
    }


def test_nesting_deeper_than_php_allows_drops_the_variable() -> None:
    allowed = "a" + "[x]" * MAX_NESTING_LEVEL + "=1"
    assert parse_query(allowed)["a"]["x"]["x"]
    too_deep = "a=0&b=1&a" + "[x]" * (MAX_NESTING_LEVEL + 1) + "=1"
    assert parse_query(too_deep) == {"b": "1"}


def test_input_vars_past_the_limit_are_ignored() -> None:
    assert parse_query("a=1&b=2&c=3", max_input_vars=2) == {"a": "1", "b": "2"}
    assert len(parse_query("&".join(f"k{i}=1" for i in range(1500)))) == 1000


def test_append_after_the_largest_php_integer_is_dropped() -> None:
    assert parse_query("a[9223372036854775807]=x&a[]=y") == {"a": {"9223372036854775807": "x"}}
    assert parse_query("a[9223372036854775808]=x&a[]=y") == {"a": {"9223372036854775808": "x", "0": "y"}}


def test_php_list() -> None:
    assert php_list({"0": "a", "1": "b"}) == ["a", "b"]
    assert php_list({"1": "b", "0": "a"}) == ["b", "a"]  # PHP array order is insertion order
    assert php_list({"x": "a"}) == ["a"]
    assert php_list(["a"]) == ["a"]
    assert php_list({}) == []
    for value in ("a", 1, None, 1.5, True):
        with pytest.raises(TypeError):
            php_list(value)


# ------------------------------------------------------------------------------------- properties

_TEXT = st.text(st.characters(exclude_categories=("Cs",)), max_size=8)
# Keys PHP keeps as written: no brackets or NUL; a nested key that is empty or one space means append.
_NESTED_KEY = _TEXT.filter(lambda k: "[" not in k and "]" not in k and "\x00" not in k and k not in ("", " "))
_TOP_KEY = st.text(st.characters(exclude_categories=("Cs",), exclude_characters="[]. \x00"), min_size=1, max_size=8)

_nodes = st.recursive(
    _TEXT,
    lambda children: st.one_of(
        st.dictionaries(_NESTED_KEY, children, min_size=1, max_size=4),
        st.lists(children, min_size=1, max_size=4),
    ),
    max_leaves=12,
)


def _encode(prefix: str, node: Any) -> list[str]:
    """http_build_query-like: lists of scalars use `[]`, other lists explicit indexes."""
    if isinstance(node, str):
        return [f"{quote(prefix, safe='[]')}={quote_plus(node)}"]
    if isinstance(node, list) and all(isinstance(item, str) for item in node):
        return [pair for item in node for pair in _encode(prefix + "[]", item)]
    items = enumerate(node) if isinstance(node, list) else node.items()
    return [pair for key, child in items for pair in _encode(f"{prefix}[{key}]", child)]


def _expected(node: Any) -> Any:
    if isinstance(node, str):
        return node
    items = enumerate(node) if isinstance(node, list) else node.items()
    return {str(key): _expected(child) for key, child in items}


@settings(max_examples=300, deadline=None)
@given(st.dictionaries(_TOP_KEY, _nodes, max_size=4))
def test_nested_structures_round_trip(data: dict[str, Any]) -> None:
    query = "&".join(pair for key, node in data.items() for pair in _encode(key, node))
    assert parse_query(query) == _expected(data)


@settings(max_examples=300, deadline=None)
@given(st.text(st.sampled_from("ab0[] .=&%+5BD\x00"), max_size=40))
def test_any_query_string_parses(query: str) -> None:
    parsed = parse_query(query)
    assert isinstance(parsed, dict)
    assert all(isinstance(key, str) and key for key in parsed)
