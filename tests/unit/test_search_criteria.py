"""searchCriteria parsing, SQL building, paging and echo (merx.webapi.search_criteria)."""

from __future__ import annotations

import math
import random
import re
from collections.abc import Iterator
from datetime import datetime
from decimal import Decimal
from typing import Any
from urllib.parse import quote

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from sqlalchemy import (
    BigInteger,
    Boolean,
    Column,
    DateTime,
    Engine,
    Float,
    Integer,
    MetaData,
    SmallInteger,
    String,
    Table,
    create_engine,
    select,
)
from sqlalchemy.dialects import postgresql

from merx.webapi.coercion import is_numeric, to_bool
from merx.webapi.errors import InputError, MerxError, WebapiError
from merx.webapi.query import parse_query
from merx.webapi.search_criteria import (
    CONDITION_TYPES,
    Filter,
    FilterGroup,
    SearchCriteria,
    SearchField,
    SortOrder,
    apply_page,
    build_query,
    criteria_to_output,
    page_rows,
    parse_search_criteria,
)

metadata = MetaData()
items = Table(
    "items",
    metadata,
    Column("id", Integer, primary_key=True),
    Column("name", String(40)),
    Column("qty", Integer),
    Column("price", Float),
    Column("created_at", DateTime),
    Column("active", Boolean),
    Column("tags", String(40)),
    Column("secret", String(40)),
    Column("small", SmallInteger),
    Column("big", BigInteger),
)
FIELDS = {
    "id": SearchField(items.c.id, "int"),
    "name": SearchField(items.c.name, "str"),
    "qty": SearchField(items.c.qty, "int"),
    "price": SearchField(items.c.price, "float"),
    "created_at": SearchField(items.c.created_at, "datetime"),
    "active": SearchField(items.c.active, "bool"),
    "tags": SearchField(items.c.tags, "str"),
    "secret": SearchField(items.c.secret, "str", filterable=False, sortable=False),
    "small": SearchField(items.c.small, "int", sortable=False),
    "big": SearchField(items.c.big, "int"),
}
KINDS = {name: field.kind for name, field in FIELDS.items()}

NAMES = ["alice", "Bob", "carol", "ALICE", "b%ob", "c_arol", "eve\\x", "dave", None]
TAGS = ["a,b", "b", "", "a,,c", "x_y,z", "B,c", "%", None]
DATES = [datetime(2024, 1, 1), datetime(2024, 1, 15, 10), datetime(2023, 12, 31, 23, 59, 59),
         datetime(2024, 2, 1), None]


def _rows() -> list[dict[str, Any]]:
    rng = random.Random(20240101)
    rows = []
    for row_id in range(1, 41):
        rows.append({
            "id": row_id,
            "name": rng.choice(NAMES),
            "qty": rng.choice([-3, 0, 1, 2, 5, 7, 10, None]),
            "price": rng.choice([0.5, 1.0, 2.25, -1.5, 10.0, None]),
            "created_at": rng.choice(DATES),
            "active": rng.choice([True, False, None]),
            "tags": rng.choice(TAGS),
            "secret": "s",
            "small": rng.choice([-5, 0, 5, None]),
            "big": rng.choice([-(2**40), 0, 2**40, None]),
        })
    return rows


ROWS = _rows()


@pytest.fixture(scope="module")
def engine() -> Iterator[Engine]:
    engine = create_engine("sqlite://")
    metadata.create_all(engine)
    with engine.begin() as connection:
        connection.execute(items.insert(), ROWS)
    yield engine
    engine.dispose()


def _search(engine: Engine, criteria: SearchCriteria) -> tuple[list[int], int]:
    count_select, listing = build_query(select(items.c.id), criteria, FIELDS, tie_breaker=items.c.id)
    with engine.connect() as connection:
        total = connection.execute(count_select).scalar_one()
        ids = [row.id for row in connection.execute(apply_page(listing, total, criteria))]
    return ids, total


def _criteria(*groups: list[tuple[str, str | None, str]], sort: list[tuple[str, str]] | None = None,
              page_size: int | None = None, current_page: int | None = None) -> SearchCriteria:
    return SearchCriteria(
        tuple(FilterGroup(tuple(Filter(f, v, c) for f, v, c in group)) for group in groups),
        tuple(SortOrder(f, d) for f, d in sort) if sort is not None else None,
        page_size,
        current_page,
    )


def _ids(predicate: Any) -> list[int]:
    return [row["id"] for row in ROWS if predicate(row)]


# ----------------------------------------------------------------------------------------- parsing


def test_parses_the_documented_query_string() -> None:
    raw = parse_query(
        "searchCriteria[filter_groups][0][filters][0][field]=email"
        "&searchCriteria[filter_groups][0][filters][0][value]=%25@example.com"
        "&searchCriteria[filter_groups][0][filters][0][condition_type]=like"
        "&searchCriteria[sortOrders][0][field]=created_at&searchCriteria[sortOrders][0][direction]=asc"
        "&searchCriteria[pageSize]=20&searchCriteria[currentPage]=1"
    )["searchCriteria"]
    assert parse_search_criteria(raw) == SearchCriteria(
        (FilterGroup((Filter("email", "%@example.com", "like"),)),),
        (SortOrder("created_at", "ASC"),),
        20,
        1,
    )


def test_parses_json_lists_and_both_spellings() -> None:
    raw = {
        "filterGroups": [{"filters": [{"field": "name", "value": 5, "conditionType": "gt"},
                                      {"field": "qty", "value": True}]}],
        "sort_orders": [{"field": "name"}],
        "page_size": 5.7,
        "CurrentPage": "1e1",
    }
    assert parse_search_criteria(raw) == SearchCriteria(
        (FilterGroup((Filter("name", "5", "gt"), Filter("qty", "1", "eq"))),),
        (SortOrder("name", "DESC"),),
        5,
        10,
    )


def test_first_spelling_of_a_key_wins() -> None:
    criteria = parse_search_criteria({"pageSize": "3", "page_size": "abc", "filter_groups": []})
    assert criteria.page_size == 3
    assert criteria.filter_groups == ()


@pytest.mark.parametrize(
    ("raw", "field_name"),
    [
        ({"pageSize": 1, "foo_bar": 1}, "FooBar"),
        ({"filter_groups": [{"filters": [], "extra": 1}]}, "Extra"),
        ({"filter_groups": [{"filters": [{"field": "a", "city.": 1}]}]}, "City."),
        ({"sort_orders": [{"field": "a", "dir": "ASC"}]}, "Dir"),
        ({"filter_groups": [{"filters": [["a"]]}]}, "0"),
    ],
)
def test_unknown_keys_are_rejected(raw: dict[str, Any], field_name: str) -> None:
    with pytest.raises(InputError) as caught:
        parse_search_criteria(raw)
    assert caught.value.message == '"%fieldName" is not supported. Correct the field name and try again.'
    assert caught.value.parameters == {"fieldName": field_name}


def test_condition_type_defaults_to_eq_and_is_validated() -> None:
    for condition in (None, "", "0"):
        raw = {"filter_groups": [{"filters": [{"field": "a", "value": "1", "condition_type": condition}]}]}
        assert parse_search_criteria(raw).filter_groups[0].filters[0].condition_type == "eq"
    with pytest.raises(InputError) as caught:
        parse_search_criteria({"filter_groups": [{"filters": [{"field": "a", "condition_type": "EQ"}]}]})
    assert caught.value.message == 'Invalid value of "%value" provided for the %fieldName field.'
    assert caught.value.parameters == {"value": "EQ", "fieldName": "condition_type"}


def test_every_documented_condition_type_is_accepted() -> None:
    for condition in sorted(CONDITION_TYPES):
        raw = {"filter_groups": [{"filters": [{"field": "a", "value": "1", "condition_type": condition}]}]}
        assert parse_search_criteria(raw).filter_groups[0].filters[0].condition_type == condition


def test_field_is_required_in_filters_and_sort_orders() -> None:
    for raw in ({"filter_groups": [{"filters": [{"value": "1"}]}]}, {"sort_orders": [{"direction": "ASC"}]},
                {"filter_groups": [{"filters": ["junk"]}]}):
        with pytest.raises(InputError) as caught:
            parse_search_criteria(raw)
        assert caught.value.parameters == {"fieldName": "field"}


def test_page_size_type_errors_name_the_key_as_sent() -> None:
    with pytest.raises(WebapiError) as caught:
        parse_search_criteria({"pageSize": "abc"})
    assert caught.value.message == (
        'Error occurred during "pageSize" processing. '
        'The "abc" value\'s type is invalid. The "int" type was expected. Verify and try again.'
    )
    assert caught.value.status == 400
    with pytest.raises(WebapiError, match=r'^Error occurred during "current_page" processing\. The "" value'):
        parse_search_criteria({"current_page": ""})


def test_huge_page_numbers_saturate_like_php() -> None:
    criteria = parse_search_criteria({"pageSize": "1" + "0" * 5000, "currentPage": "-" + "9" * 5000})
    assert (criteria.page_size, criteria.current_page) == (2**63 - 1, -(2**63 - 1))
    assert page_rows(10, criteria) == (2**31 - 1, 0)


def test_nested_type_errors_wrap_every_level() -> None:
    with pytest.raises(WebapiError) as caught:
        parse_search_criteria({"filterGroups": [{"filters": [{"field": "a", "value": ["x"]}]}]})
    assert caught.value.message == (
        'Error occurred during "filterGroups" processing. Error occurred during "filters" processing. '
        'Error occurred during "value" processing. '
        'The "array" value\'s type is invalid. The "string" type was expected. Verify and try again.'
    )


def test_sort_direction_rules() -> None:
    def direction(value: Any) -> str:
        criteria = parse_search_criteria({"sortOrders": [{"field": "a", "direction": value}]})
        assert criteria.sort_orders is not None
        return criteria.sort_orders[0].direction

    assert direction("asc") == "ASC"
    assert direction("Desc") == "DESC"
    assert direction(None) == "DESC"
    for bad in ("up", "", 1, "aſc"):
        with pytest.raises(InputError) as caught:
            direction(bad)
        assert caught.value.message == (
            "The sort order has to be specified as %1 for ascending order or %2 for descending order."
        )
        assert caught.value.parameters == ["ASC", "DESC"]
    for bad in ({"x": 1}, ["ASC"]):
        with pytest.raises(InputError) as caught:
            direction(bad)
        assert caught.value.message == "The sort order has to be specified as a string, got %1."
        assert caught.value.parameters == ["array"]


def test_missing_or_scalar_search_criteria() -> None:
    with pytest.raises(InputError) as caught:
        parse_search_criteria(None)
    assert caught.value.parameters == {"fieldName": "searchCriteria"}
    empty = SearchCriteria((), None, None, None)
    assert parse_search_criteria("") == empty  # `?searchCriteria=` lists everything, as in Magento
    assert parse_search_criteria({"filter_groups": "x", "sort_orders": "", "page_size": None}) == empty
    assert parse_search_criteria({"filter_groups": ["x"]}) == SearchCriteria((FilterGroup(()),), None, None, None)


def test_criteria_to_output() -> None:
    assert criteria_to_output(SearchCriteria((), None, None, None)) == {"filter_groups": []}
    criteria = parse_search_criteria({
        "filterGroups": {"0": {"filters": {"0": {"field": "firstName", "value": "%ver%", "conditionType": "like"},
                                           "1": {"field": "email", "condition_type": "null"}}}},
        "sortOrders": {"0": {"field": "created_at", "direction": "asc"}},
        "pageSize": "20",
        "currentPage": "99",
    })
    output = criteria_to_output(criteria)
    assert output == {
        "filter_groups": [{"filters": [{"field": "firstName", "value": "%ver%", "condition_type": "like"},
                                       {"field": "email", "condition_type": "null"}]}],
        "sort_orders": [{"field": "created_at", "direction": "ASC"}],
        "page_size": 20,
        "current_page": 99,
    }
    assert list(output) == ["filter_groups", "sort_orders", "page_size", "current_page"]
    assert list(output["filter_groups"][0]["filters"][0]) == ["field", "value", "condition_type"]
    assert criteria_to_output(parse_search_criteria({"sortOrders": []})) == {"filter_groups": [], "sort_orders": []}


# ---------------------------------------------------------------------------------------- building


def _rows_matching(engine: Engine, *filters: tuple[str, str | None, str]) -> list[int]:
    return _search(engine, _criteria(list(filters)))[0]


def _where(field: str, test: Any) -> list[int]:
    return _ids(lambda r: r[field] is not None and test(r[field]))


def test_comparisons(engine: Engine) -> None:
    assert _rows_matching(engine, ("qty", "5", "eq")) == _where("qty", lambda v: v == 5)
    assert _rows_matching(engine, ("qty", "5", "neq")) == _where("qty", lambda v: v != 5)
    assert _rows_matching(engine, ("qty", "2", "gt")) == _where("qty", lambda v: v > 2)
    for condition in ("gteq", "moreq", "from"):
        assert _rows_matching(engine, ("qty", "2", condition)) == _where("qty", lambda v: v >= 2)
    assert _rows_matching(engine, ("qty", "2", "lt")) == _where("qty", lambda v: v < 2)
    for condition in ("lteq", "to"):
        assert _rows_matching(engine, ("qty", "2", condition)) == _where("qty", lambda v: v <= 2)
    assert _rows_matching(engine, ("price", "1", "lteq")) == _where("price", lambda v: v <= 1)
    assert _rows_matching(engine, ("price", "2.25", "eq")) == _where("price", lambda v: v == 2.25)
    assert _rows_matching(engine, ("name", "alice", "eq")) == _where("name", lambda v: v == "alice")
    assert _rows_matching(engine, ("name", "c", "gteq")) == _where("name", lambda v: v >= "c")


def test_numeric_values_for_integer_fields(engine: Engine) -> None:
    qty = [r["qty"] for r in ROWS]
    assert _rows_matching(engine, ("qty", " 5 ", "eq")) == _ids(lambda r: r["qty"] == 5)
    assert _rows_matching(engine, ("qty", "0.5e1", "eq")) == _ids(lambda r: r["qty"] == 5)
    assert _rows_matching(engine, ("qty", "5.5", "eq")) == []
    assert _rows_matching(engine, ("qty", "5.5", "neq")) == _ids(lambda r: r["qty"] is not None)
    assert _rows_matching(engine, ("qty", "1.5", "gt")) == _ids(lambda r: r["qty"] is not None and r["qty"] > 1.5)
    assert _rows_matching(engine, ("qty", "1.5", "lt")) == _ids(lambda r: r["qty"] is not None and r["qty"] < 1.5)
    assert _rows_matching(engine, ("qty", "-1.5", "gteq")) == _ids(lambda r: r["qty"] is not None and r["qty"] >= -1.5)
    assert _rows_matching(engine, ("qty", "-1.5", "lteq")) == _ids(lambda r: r["qty"] is not None and r["qty"] <= -1.5)
    assert None in qty
    for huge in ("99999999999", "1e30", "1e999", "2147483648"):
        assert _rows_matching(engine, ("qty", huge, "eq")) == []
        assert _rows_matching(engine, ("qty", huge, "gt")) == []
        assert _rows_matching(engine, ("qty", huge, "lt")) == _ids(lambda r: r["qty"] is not None)
        assert _rows_matching(engine, ("qty", "-" + huge, "gteq")) == _ids(lambda r: r["qty"] is not None)
    assert _rows_matching(engine, ("qty", "2147483647", "lteq")) == _ids(lambda r: r["qty"] is not None)
    assert _rows_matching(engine, ("small", "40000", "lt")) == _ids(lambda r: r["small"] is not None)
    assert _rows_matching(engine, ("big", str(2**40), "eq")) == _ids(lambda r: r["big"] == 2**40)
    assert _rows_matching(engine, ("big", str(2**40), "gteq")) == _ids(lambda r: r["big"] == 2**40)


def test_values_that_cannot_match_the_field_type(engine: Engine) -> None:
    non_null_qty = _ids(lambda r: r["qty"] is not None)
    for value in ("abc", "", "5\x00", "0x1A"):
        for condition in ("eq", "gt", "lteq", "in", "from"):
            assert _rows_matching(engine, ("qty", value, condition)) == []
        assert _rows_matching(engine, ("qty", value, "neq")) == non_null_qty
        assert _rows_matching(engine, ("qty", value, "nin")) == non_null_qty
    for condition in sorted(CONDITION_TYPES - {"null", "notnull"}):  # `column <op> NULL` is never true
        assert _rows_matching(engine, ("name", None, condition)) == []
    assert _rows_matching(engine, ("price", "abc", "eq")) == []
    assert _rows_matching(engine, ("created_at", "yesterday", "gt")) == []
    assert _rows_matching(engine, ("name", "al\x00", "like")) == []
    assert _rows_matching(engine, ("name", "al\x00", "nlike")) == _ids(lambda r: r["name"] is not None)


def test_null_and_notnull_ignore_the_value(engine: Engine) -> None:
    assert _rows_matching(engine, ("name", "anything", "null")) == _ids(lambda r: r["name"] is None)
    assert _rows_matching(engine, ("name", None, "notnull")) == _ids(lambda r: r["name"] is not None)


def test_like_is_case_insensitive_with_sql_wildcards(engine: Engine) -> None:
    assert _rows_matching(engine, ("name", "al%", "like")) == _ids(lambda r: (r["name"] or "").lower() == "alice")
    assert _rows_matching(engine, ("name", "c_rol", "like")) == _ids(lambda r: r["name"] == "carol")
    assert _rows_matching(engine, ("name", "c_arol", "like")) == _ids(lambda r: r["name"] == "c_arol")
    assert _rows_matching(engine, ("name", "c\\_arol", "like")) == _ids(lambda r: r["name"] == "c_arol")
    assert _rows_matching(engine, ("name", "%\\%%", "like")) == _ids(lambda r: r["name"] == "b%ob")
    assert _rows_matching(engine, ("name", "eve\\", "like")) == []
    assert _rows_matching(engine, ("name", "eve\\\\x", "like")) == _ids(lambda r: r["name"] == "eve\\x")
    assert _rows_matching(engine, ("name", "%A%", "nlike")) == _ids(
        lambda r: r["name"] is not None and "a" not in r["name"].lower()
    )
    assert _rows_matching(engine, ("qty", "1%", "like")) == _ids(lambda r: str(r["qty"]).startswith("1"))


def test_in_and_nin_take_trimmed_comma_separated_values(engine: Engine) -> None:
    assert _rows_matching(engine, ("qty", "1, 5 ,x,7.5", "in")) == _ids(lambda r: r["qty"] in (1, 5))
    assert _rows_matching(engine, ("qty", "1, 5", "nin")) == _ids(lambda r: r["qty"] not in (1, 5, None))
    assert _rows_matching(engine, ("name", "alice, Bob", "in")) == _ids(lambda r: r["name"] in ("alice", "Bob"))


def test_finset_and_nfinset(engine: Engine) -> None:
    def sets(member: str) -> list[int]:
        return _ids(lambda r: r["tags"] not in (None, "") and member.lower() in r["tags"].lower().split(","))

    assert _rows_matching(engine, ("tags", "b", "finset")) == sets("b")
    assert _rows_matching(engine, ("tags", "x_y", "finset")) == sets("x_y")
    assert _rows_matching(engine, ("tags", "%", "finset")) == sets("%")
    assert _rows_matching(engine, ("tags", "", "finset")) == sets("")
    assert _rows_matching(engine, ("tags", "a,b", "finset")) == []
    not_in_set = _where("tags", lambda v: v == "" or "b" not in v.lower().split(","))
    assert _rows_matching(engine, ("tags", "b", "nfinset")) == not_in_set
    assert _rows_matching(engine, ("tags", "a,b", "nfinset")) == _ids(lambda r: r["tags"] is not None)


def test_datetime_and_bool_values(engine: Engine) -> None:
    assert _rows_matching(engine, ("created_at", "2024-01-01", "eq")) == _ids(
        lambda r: r["created_at"] == datetime(2024, 1, 1)
    )
    assert _rows_matching(engine, ("created_at", "2024-01-15 10:00:00", "gteq")) == _ids(
        lambda r: r["created_at"] is not None and r["created_at"] >= datetime(2024, 1, 15, 10)
    )
    assert _rows_matching(engine, ("created_at", "2024-01-15 10:00", "lt")) == _ids(
        lambda r: r["created_at"] is not None and r["created_at"] < datetime(2024, 1, 15, 10)
    )
    for true in ("1", "true", "yes"):
        assert _rows_matching(engine, ("active", true, "eq")) == _ids(lambda r: r["active"] is True)
    assert _rows_matching(engine, ("active", "0", "eq")) == _ids(lambda r: r["active"] is False)


def test_groups_are_anded_and_filters_in_a_group_ored(engine: Engine) -> None:
    criteria = _criteria([("qty", "5", "eq"), ("qty", "7", "eq")], [("active", "1", "eq")])
    assert _search(engine, criteria)[0] == _ids(lambda r: r["qty"] in (5, 7) and r["active"] is True)
    assert _search(engine, _criteria([], [("qty", "5", "eq")]))[0] == _ids(lambda r: r["qty"] == 5)


def test_from_and_to_in_one_group_form_a_range(engine: Engine) -> None:
    in_range = _ids(lambda r: r["qty"] is not None and 1 <= r["qty"] <= 5)
    assert _search(engine, _criteria([("qty", "1", "from"), ("qty", "5", "to")]))[0] == in_range
    assert _search(engine, _criteria([("qty", "5", "to"), ("qty", "1", "from")]))[0] == in_range
    assert _search(engine, _criteria([("qty", "1", "from")], [("qty", "5", "to")]))[0] == in_range
    ranged_or_null_name = _ids(lambda r: (r["qty"] is not None and 1 <= r["qty"] <= 5) or r["name"] is None)
    criteria = _criteria([("qty", "1", "from"), ("name", None, "null"), ("qty", "5", "to")])
    assert _search(engine, criteria)[0] == ranged_or_null_name
    by_spelling = _criteria([("qty", "1", "from"), ("Qty", "5", "to")])
    assert _search(engine, by_spelling)[0] == in_range


def test_camel_case_field_names_are_normalised(engine: Engine) -> None:
    expected = _ids(lambda r: r["created_at"] is None)
    assert _search(engine, _criteria([("createdAt", None, "null")]))[0] == expected


@pytest.mark.parametrize(
    "criteria",
    [
        _criteria([("nope", "1", "eq")]),
        _criteria([("secret", "s", "eq")]),
        _criteria(sort=[("secret", "ASC")]),
        _criteria(sort=[("small", "ASC")]),
        _criteria(sort=[("id; DROP TABLE items", "ASC")]),
    ],
)
def test_unknown_or_disallowed_fields_are_rejected(criteria: SearchCriteria) -> None:
    with pytest.raises(InputError) as caught:
        build_query(select(items), criteria, FIELDS)
    assert caught.value.message == 'Invalid value of "%value" provided for the %fieldName field.'
    assert caught.value.parameters is not None and caught.value.parameters["fieldName"] == "field"


def test_values_are_bound_parameters() -> None:
    evil = "x' OR '1'='1"
    criteria = _criteria([("name", evil, "eq"), ("name", evil, "like"), ("tags", evil, "finset"),
                          ("name", evil, "in")])
    count_select, listing = build_query(select(items.c.id), criteria, FIELDS)
    for statement in (count_select, listing):
        for dialect in (None, postgresql.psycopg.dialect()):
            compiled = statement.compile(dialect=dialect)
            assert "'1'='1" not in str(compiled)
            assert any(evil in str(value) for value in compiled.params.values())
    sorted_listing = build_query(select(items.c.id), _criteria([("name", "a%", "like")],
                                 sort=[("name", "ASC"), ("qty", "DESC")]), FIELDS)[1]
    sql = str(sorted_listing.compile(dialect=postgresql.psycopg.dialect()))
    assert "ILIKE" in sql
    assert "ORDER BY items.name ASC NULLS FIRST, items.qty DESC NULLS LAST" in sql


def test_sorting_with_nulls_like_mysql_and_a_tie_breaker(engine: Engine) -> None:
    ids, _ = _search(engine, _criteria(sort=[("qty", "ASC"), ("name", "DESC")]))
    ordered = sorted(ROWS, key=lambda r: r["id"])
    ordered.sort(key=lambda r: (r["name"] is not None, r["name"] or ""), reverse=True)
    ordered.sort(key=lambda r: (r["qty"] is not None, r["qty"] or 0))
    assert ids == [r["id"] for r in ordered]
    assert _search(engine, _criteria())[0] == sorted(r["id"] for r in ROWS)


def test_page_rows() -> None:
    def rows(total: int, size: int | None, page: int | None) -> tuple[int | None, int]:
        return page_rows(total, _criteria(page_size=size, current_page=page))

    assert rows(10, None, 3) == (None, 0)
    assert rows(10, 0, 3) == (None, 0)
    assert rows(10, -5, 3) == (1, 0)
    assert rows(10, 3, None) == (3, 0)
    assert rows(10, 3, -2) == (3, 0)
    assert rows(10, 3, 2) == (3, 3)
    assert rows(10, 3, 4) == (3, 9)
    assert rows(10, 3, 99) == (3, 9)
    assert rows(0, 3, 5) == (3, 0)
    assert rows(10, 10**30, 10**30) == (2**31 - 1, 0)


def test_paging_and_total(engine: Engine) -> None:
    everything = sorted(r["id"] for r in ROWS)
    assert _search(engine, _criteria(page_size=7, current_page=2)) == (everything[7:14], 40)
    assert _search(engine, _criteria(page_size=7, current_page=99)) == (everything[35:], 40)
    assert _search(engine, _criteria(page_size=0, current_page=3)) == (everything, 40)
    assert _search(engine, _criteria([("qty", "abc", "eq")], page_size=5, current_page=3)) == ([], 0)


# -------------------------------------------------------------------------------------- properties

VALUES = {
    "int": ["0", "1", "2", "5", "7", "-3", "5.5", "1e1", " 2", "abc", "", "10", "99999999999", "2.0", "1, 5",
            "1,abc,7", "-3,0"],
    "float": ["0.5", "1", "2.25", "-1.5", "abc", "10", "1e1", "", "0.5,10"],
    "str": ["alice", "ALICE", "Bob", "c", "b%ob", "%a%", "b%", "%o_", "A%", "%\\%%", "%\\_%", "_", "%", "",
            "a", "b", "x_y", "B", "a,b", "alice, Bob", "eve\\x", "eve\\\\x", "eve\\"],
    "datetime": ["2024-01-01", "2024-01-15 10:00:00", "2023-12-31 23:59:59", "bad", "2024-02-01 00:00",
                 "2024-01-01,2024-02-01"],
    "bool": ["1", "0", "true", "false", "yes", "abc"],
}
TEXT_ONLY = {"like", "nlike", "finset", "nfinset"}
FILTERABLE = [name for name, field in FIELDS.items() if field.filterable]
SORTABLE = [name for name, field in FIELDS.items() if field.sortable]
SPELLINGS = {"filter_groups": ["filter_groups", "filterGroups"], "filters": ["filters"], "field": ["field"],
             "value": ["value"], "condition_type": ["condition_type", "conditionType"],
             "sort_orders": ["sort_orders", "sortOrders"], "direction": ["direction"],
             "page_size": ["page_size", "pageSize"], "current_page": ["current_page", "currentPage"]}


@st.composite
def raw_filters(draw: st.DrawFn) -> dict[str, Any]:
    field = draw(st.sampled_from(FILTERABLE))
    kind = KINDS[field]
    conditions = sorted(CONDITION_TYPES - (set() if kind == "str" else TEXT_ONLY))
    raw: dict[str, Any] = {"field": field}
    if draw(st.booleans()) or kind != "str":
        raw["value"] = draw(st.sampled_from(VALUES[kind]))
    condition = draw(st.sampled_from([*conditions, None]))
    if condition is not None:
        raw["condition_type"] = condition
    return raw


@st.composite
def raw_criteria(draw: st.DrawFn) -> dict[str, Any]:
    def key(name: str) -> str:
        return draw(st.sampled_from(SPELLINGS[name]))

    raw: dict[str, Any] = {}
    groups = draw(st.lists(st.lists(raw_filters(), min_size=1, max_size=3), max_size=2))
    raw[key("filter_groups")] = [{key("filters"): [{key(k): v for k, v in f.items()} for f in g]} for g in groups]
    if draw(st.booleans()):
        sorts = draw(st.lists(st.tuples(st.sampled_from(SORTABLE), st.sampled_from(["asc", "DESC", "Asc", None])),
                              max_size=3))
        raw[key("sort_orders")] = [{"field": f, key("direction"): d} if d else {"field": f} for f, d in sorts]
    if draw(st.booleans()):
        raw[key("page_size")] = draw(st.sampled_from([0, 1, 3, 7, 50, -2, "4", "2.9"]))
    if draw(st.booleans()):
        raw[key("current_page")] = draw(st.sampled_from([0, 1, 2, 3, 20, -1, "2"]))
    return raw


def _to_query(prefix: str, node: Any) -> list[str]:
    if isinstance(node, dict | list):
        entries = enumerate(node) if isinstance(node, list) else node.items()
        return [pair for k, child in entries for pair in _to_query(f"{prefix}[{k}]", child)]
    return [f"{quote(prefix, safe='[]')}={quote('' if node is None else str(node), safe='')}"]


def _like_regex(pattern: str) -> re.Pattern[str]:
    parts, index = [], 0
    while index < len(pattern):
        char = pattern[index]
        if char == "\\":
            index += 1
            parts.append(re.escape(pattern[index] if index < len(pattern) else "\\"))
        else:
            parts.append(".*" if char == "%" else "." if char == "_" else re.escape(char))
        index += 1
    return re.compile("".join(parts), re.DOTALL | re.IGNORECASE)


def _python_value(kind: str, text: str) -> Any:
    """The value as the column's Python type, or None when no row can hold it."""
    if kind == "str":
        return text
    if kind == "bool":
        return to_bool(text)
    if kind == "datetime":
        for pattern in ("%Y-%m-%d %H:%M:%S", "%Y-%m-%d %H:%M", "%Y-%m-%d"):
            try:
                return datetime.strptime(text.strip(), pattern)
            except ValueError:
                pass
        return None
    if not is_numeric(text):
        return None
    number = Decimal(text.strip())
    if kind == "float":
        return float(number) if math.isfinite(float(number)) else None
    return number


def _matches(row: dict[str, Any], item: Filter) -> bool:
    field = item.field if item.field in FIELDS else re.sub(r"(?<!^)(?=[A-Z])", "_", item.field).lower()
    kind, column, condition, value = KINDS[field], row[field], item.condition_type, item.value
    if condition in ("null", "notnull"):
        return (column is None) == (condition == "null")
    if column is None or value is None:
        return False
    negated = condition in ("neq", "nin", "nlike", "nfinset")
    if condition in ("like", "nlike"):
        return (_like_regex(value).fullmatch(str(column)) is not None) != negated
    if condition in ("finset", "nfinset"):
        found = "," not in value and column != "" and value.lower() in column.lower().split(",")
        return found != negated
    if condition in ("in", "nin"):
        members = [_python_value(kind, part.strip()) for part in value.split(",")]
        return (column in [m for m in members if m is not None]) != negated
    operand = _python_value(kind, value)
    if operand is None:
        return negated
    compare = {"eq": column == operand, "neq": column != operand, "gt": column > operand, "lt": column < operand,
               "gteq": column >= operand, "moreq": column >= operand, "from": column >= operand,
               "lteq": column <= operand, "to": column <= operand}
    return bool(compare[condition])


def _group_matches(row: dict[str, Any], group: FilterGroup) -> bool:
    if not group.filters:
        return True
    filters = list(group.filters)
    paired: list[bool] = []
    for field in {f.field.lower().replace("_", "") for f in filters}:
        starts = [f for f in filters if f.condition_type == "from" and f.field.lower().replace("_", "") == field]
        ends = [f for f in filters if f.condition_type == "to" and f.field.lower().replace("_", "") == field]
        for start, end in zip(starts, ends, strict=False):
            filters.remove(start)
            filters.remove(end)
            paired.append(_matches(row, start) and _matches(row, end))
    return any(paired) or any(_matches(row, f) for f in filters)


def _sort_key(field: str) -> Any:
    """NULLs sort lowest, as in MySQL (first ascending, last descending)."""
    return lambda row: (row[field] is not None, row[field] if row[field] is not None else 0)


def _expected_page(criteria: SearchCriteria) -> tuple[list[int], int]:
    rows = [r for r in ROWS if all(_group_matches(r, g) for g in criteria.filter_groups)]
    rows.sort(key=lambda r: r["id"])
    for order in reversed(criteria.sort_orders or ()):
        rows.sort(key=_sort_key(order.field), reverse=order.direction == "DESC")
    ids, total, size = [r["id"] for r in rows], len(rows), criteria.page_size
    if not size:
        return ids, total
    if size < 0:
        return ids[:1], total
    last = max(1, math.ceil(total / size))
    page = min(max(criteria.current_page or 1, 1), last)
    return ids[(page - 1) * size : page * size], total


@settings(max_examples=400, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(raw=raw_criteria(), through_query_string=st.booleans())
def test_valid_criteria_match_a_python_evaluation(engine: Engine, raw: dict[str, Any],
                                                  through_query_string: bool) -> None:
    if through_query_string:
        query = "&".join(_to_query("searchCriteria", raw)) or "searchCriteria="
        raw = parse_query(query)["searchCriteria"]
    criteria = parse_search_criteria(raw)
    assert _search(engine, criteria) == _expected_page(criteria)


_KEYS = st.sampled_from(["filter_groups", "filterGroups", "filters", "field", "value", "condition_type",
                         "conditionType", "sort_orders", "sortOrders", "direction", "page_size", "pageSize",
                         "current_page", "currentPage", "0", "1", "x"])
_SCALARS = st.one_of(st.none(), st.booleans(), st.integers(), st.floats(), st.text(max_size=6),
                     st.sampled_from(["eq", "in", "like", "finset", "from", "to", "asc", "qty", "name", "1,2",
                                      "created_at", "createdAt", "active", "5.5", "%", "2024-01-01", "1e99"]))
_JUNK = st.recursive(
    _SCALARS,
    lambda children: st.one_of(st.lists(children, max_size=3),
                               st.dictionaries(st.one_of(_KEYS, st.text(max_size=4)), children, max_size=4)),
    max_leaves=20,
)


def _parse_and_run(engine: Engine, raw: Any) -> None:
    try:
        criteria = parse_search_criteria(raw)
        criteria_to_output(criteria)
        _search(engine, criteria)
    except MerxError:
        pass


@settings(max_examples=400, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(raw=_JUNK)
def test_junk_raises_only_merx_errors(engine: Engine, raw: Any) -> None:
    _parse_and_run(engine, raw)


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(tail=st.text(st.sampled_from("[]=&%+0123abcdefilmnopqrstuvwxyz_ ,\\"), max_size=60))
def test_junk_query_strings_raise_only_merx_errors(engine: Engine, tail: str) -> None:
    parsed = parse_query("searchCriteria" + tail)
    _parse_and_run(engine, parsed.get("searchCriteria"))
