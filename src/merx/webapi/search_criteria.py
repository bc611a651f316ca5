"""searchCriteria for list endpoints: parsing (conventions §2.7), SQL building, paging and the echo.

Usage in a repository::

    criteria = parse_search_criteria(raw)            # raw: parse_query(...)["searchCriteria"] or JSON
    count_select, listing = build_query(select(t), criteria, FIELDS, tie_breaker=t.c.entity_id)
    total = session.execute(count_select).scalar_one()
    rows = session.execute(apply_page(listing, total, criteria)).all() if total else []
    echo = criteria_to_output(criteria)

Filter fields and conditions never reach SQL as text: a field must be in the entity's explicit
`SearchFields` map and every value is a bound parameter.
"""

from __future__ import annotations

import math
import operator
from collections.abc import Callable, Iterator, Mapping
from dataclasses import dataclass
from datetime import datetime
from decimal import Decimal, InvalidOperation
from typing import Any, Literal

import sqlalchemy as sa
from sqlalchemy import BigInteger, ColumnElement, Integer, Select, SmallInteger, String
from sqlalchemy.sql.elements import UnaryExpression

from merx.webapi.coercion import is_numeric, nested, to_bool, to_int, to_str
from merx.webapi.datamodel import register_custom_type
from merx.webapi.errors import InputError, WebapiError
from merx.webapi.input import UNSUPPORTED_FIELD
from merx.webapi.naming import normalise, to_snake, to_upper_camel
from merx.webapi.query import php_list

AnySelect = Select[*tuple[Any, ...]]
Kind = Literal["int", "float", "str", "datetime", "bool"]

COMPARISONS = ("eq", "neq", "gt", "gteq", "moreq", "from", "lt", "lteq", "to")
CONDITION_TYPES = frozenset((*COMPARISONS, "in", "nin", "like", "nlike", "finset", "nfinset", "null", "notnull"))
DEFAULT_CONDITION = "eq"
ASC, DESC = "ASC", "DESC"
SORT_DIRECTION_VALUE = "The sort order has to be specified as %1 for ascending order or %2 for descending order."
SORT_DIRECTION_TYPE = "The sort order has to be specified as a string, got %1."
_PHP_INT_MAX = 2**63 - 1
_MAX_LIMIT = 2**31 - 1  # PostgreSQL binds LIMIT as INTEGER
_DATETIME_FORMATS = ("%Y-%m-%d %H:%M:%S", "%Y-%m-%d %H:%M", "%Y-%m-%d")


@dataclass(frozen=True)
class Filter:
    field: str  # as sent; resolved against SearchFields (camelCase -> snake_case) when building
    value: str | None
    condition_type: str


@dataclass(frozen=True)
class FilterGroup:
    filters: tuple[Filter, ...]


@dataclass(frozen=True)
class SortOrder:
    field: str
    direction: str  # "ASC" or "DESC"


@dataclass(frozen=True)
class SearchCriteria:
    filter_groups: tuple[FilterGroup, ...]
    sort_orders: tuple[SortOrder, ...] | None
    page_size: int | None
    current_page: int | None


@dataclass(frozen=True, eq=False)
class SearchField:
    """One searchable API field of an entity: the column it maps to and how values are coerced."""

    column: ColumnElement[Any]
    kind: Kind
    filterable: bool = True
    sortable: bool = True


SearchFields = Mapping[str, SearchField]  # keyed by snake_case API field name

# ---------------------------------------------------------------------------------------------- parsing

Schema = Mapping[str, tuple[str, Callable[[Any], Any]]]  # normalise(key) -> (field name, converter)


def parse_search_criteria(raw: Any) -> SearchCriteria:
    """The `searchCriteria` argument (query-string dicts or a JSON object) as typed criteria.

    Mirrors ServiceInputProcessor: keys in either spelling (first spelling wins), fields processed in the
    order sent, unknown keys rejected, a scalar where an object is expected read as an empty object, and
    a scalar where a list is expected read as "not set" (so `?searchCriteria=` lists everything).
    """
    if raw is None:
        raise InputError.required("searchCriteria")
    get = _fields(raw, _CRITERIA).get
    return SearchCriteria(get("filter_groups") or (), get("sort_orders"), get("page_size"), get("current_page"))


def _parse_group(raw: Any) -> FilterGroup:
    return FilterGroup(_fields(raw, _GROUP).get("filters") or ())


def _parse_filter(raw: Any) -> Filter:
    values = _fields(raw, _FILTER)
    field, condition = values.get("field"), values.get("condition_type")
    if not condition or condition == "0":  # PHP: `getConditionType() ?: 'eq'`
        condition = DEFAULT_CONDITION
    if field is None:
        raise InputError.required("field")
    if condition not in CONDITION_TYPES:
        raise InputError.invalid_field_value("condition_type", condition)
    return Filter(field, values.get("value"), condition)


def _parse_sort_order(raw: Any) -> SortOrder:
    values = _fields(raw, _SORT_ORDER)
    if values.get("field") is None:
        raise InputError.required("field")
    return SortOrder(values["field"], values.get("direction") or DESC)


def _direction(value: Any) -> str:
    if isinstance(value, dict | list):
        raise InputError(SORT_DIRECTION_TYPE, ["array"])
    text = to_str(value)
    upper = text.upper() if text.isascii() else text  # PHP strtoupper is ASCII-only
    if upper not in (ASC, DESC):
        raise InputError(SORT_DIRECTION_VALUE, [ASC, DESC])
    return upper


def _fields(raw: Any, schema: Schema) -> dict[str, Any]:
    """Convert an object's fields in the order sent; a type error names the key as sent."""
    values: dict[str, Any] = {}
    for sent, value, (name, convert) in _entries(raw, schema):
        try:
            values[name] = None if value is None else convert(value)
        except WebapiError as error:
            raise nested(sent, error) from None
    return values


def _entries(raw: Any, schema: Schema) -> Iterator[tuple[str, Any, tuple[str, Callable[[Any], Any]]]]:
    if isinstance(raw, dict):
        items: Iterator[tuple[Any, Any]] = iter(raw.items())
    elif isinstance(raw, list):
        items = enumerate(raw)  # a JSON list is a PHP array with keys 0, 1, ...
    else:
        return  # _createFromArray reads a non-array as an empty object
    seen: set[str] = set()
    for key, value in items:
        sent = str(key)
        spelling = normalise(sent)
        if spelling in seen:
            continue
        seen.add(spelling)
        if spelling not in schema:
            raise InputError(UNSUPPORTED_FIELD, {"fieldName": to_upper_camel(sent)})
        yield sent, value, schema[spelling]


def _list_of(parse_item: Callable[[Any], Any]) -> Callable[[Any], tuple[Any, ...] | None]:
    def parse(value: Any) -> tuple[Any, ...] | None:
        if not isinstance(value, dict | list):
            return None  # convertValue gives null for a non-array `T[]`
        return tuple(parse_item(item) for item in php_list(value))

    return parse


def _page_number(value: Any) -> int:
    """to_int, saturating like PHP's (int) for digit strings too long for Python's int() (4300 digits)."""
    try:
        return to_int(value)
    except ValueError:
        return -_PHP_INT_MAX if str(value).strip().startswith("-") else _PHP_INT_MAX


def _schema(**converters: Callable[[Any], Any]) -> Schema:
    return {normalise(name): (name, convert) for name, convert in converters.items()}


_FILTER = _schema(field=to_str, value=to_str, condition_type=to_str)
_SORT_ORDER = _schema(field=to_str, direction=_direction)
_GROUP = _schema(filters=_list_of(_parse_filter))
_CRITERIA = _schema(
    filter_groups=_list_of(_parse_group),
    sort_orders=_list_of(_parse_sort_order),
    page_size=_page_number,
    current_page=_page_number,
)


def criteria_to_output(criteria: SearchCriteria) -> dict[str, Any]:
    """The `search_criteria` echo of a search result, in Magento's key order."""
    output: dict[str, Any] = {
        "filter_groups": [{"filters": [_filter_output(f) for f in g.filters]} for g in criteria.filter_groups]
    }
    if criteria.sort_orders is not None:
        output["sort_orders"] = [{"field": s.field, "direction": s.direction} for s in criteria.sort_orders]
    if criteria.page_size is not None:
        output["page_size"] = criteria.page_size
    if criteria.current_page is not None:
        output["current_page"] = criteria.current_page
    return output


def _filter_output(item: Filter) -> dict[str, Any]:
    output: dict[str, Any] = {"field": item.field}
    if item.value is not None:
        output["value"] = item.value
    output["condition_type"] = item.condition_type
    return output


# --------------------------------------------------------------------------------------------- building


def build_query(
    base: AnySelect, criteria: SearchCriteria, fields: SearchFields, *, tie_breaker: ColumnElement[Any] | None = None
) -> tuple[AnySelect, AnySelect]:
    """(count_select, listing_select): the exact total, and the filtered rows sorted but not yet paged.

    Page the listing with `apply_page(listing, total, criteria)`: clamping past the last page needs the
    total. `tie_breaker` (e.g. the primary key) is the last ascending sort key, so pages are stable.
    """
    conditions = [_group_condition(group, fields) for group in criteria.filter_groups]
    filtered = base.where(*(c for c in conditions if c is not None))
    count_select = sa.select(sa.func.count()).select_from(filtered.subquery())
    orderings = [_ordering(order, fields) for order in criteria.sort_orders or ()]
    if tie_breaker is not None:
        orderings.append(tie_breaker.asc())
    return count_select, filtered.order_by(*orderings)


def page_rows(total: int, criteria: SearchCriteria) -> tuple[int | None, int]:
    """(limit, offset) as Magento's collections page; a None limit means every row.

    Page size 0 or none: everything; negative: one row (Zend limitPage). The current page is clamped to
    1..last page (Collection::getCurPage), so a page past the end repeats the last page.
    """
    size = criteria.page_size
    if not size:
        return None, 0
    if size < 0:
        return 1, 0
    last_page = max(1, -(-total // size))
    page = min(max(criteria.current_page or 1, 1), last_page)
    return min(size, _MAX_LIMIT), (page - 1) * size


def apply_page(listing: AnySelect, total: int, criteria: SearchCriteria) -> AnySelect:
    limit, offset = page_rows(total, criteria)
    if limit is None:
        return listing
    return listing.limit(limit).offset(offset)


def _resolve(name: str, fields: SearchFields, *, sorting: bool) -> tuple[str, SearchField]:
    """(API field name, field) for a field as sent: exact, else its snake_case form (`createdAt`)."""
    key = name if name in fields else to_snake(name)
    field = fields.get(key)
    if field is None or not (field.sortable if sorting else field.filterable):
        raise InputError.invalid_field_value("field", name)
    return key, field


def _ordering(order: SortOrder, fields: SearchFields) -> UnaryExpression[Any]:
    column = _resolve(order.field, fields, sorting=True)[1].column
    # MySQL's NULL placement (first ascending, last descending), spelled out for PostgreSQL.
    return column.asc().nulls_first() if order.direction == ASC else column.desc().nulls_last()


def _group_condition(group: FilterGroup, fields: SearchFields) -> ColumnElement[bool] | None:
    """Filters ORed, except that a `from` and a `to` on one field are ANDed into a range."""
    resolved = [(*_resolve(f.field, fields, sorting=False), f) for f in group.filters]
    starts: dict[str, list[int]] = {}
    ends: dict[str, list[int]] = {}
    for index, (name, _, item) in enumerate(resolved):
        if item.condition_type == "from":
            starts.setdefault(name, []).append(index)
        elif item.condition_type == "to":
            ends.setdefault(name, []).append(index)
    partner: dict[int, int] = {}
    for name, from_indexes in starts.items():
        for start, end in zip(from_indexes, ends.get(name, []), strict=False):
            partner[min(start, end)] = max(start, end)
    merged = set(partner.values())
    clauses: list[ColumnElement[bool]] = []
    for index, (_, field, item) in enumerate(resolved):
        if index in merged:
            continue
        clause = _condition(field, item.condition_type, item.value)
        if index in partner:
            _, other_field, other = resolved[partner[index]]
            clause = sa.and_(clause, _condition(other_field, other.condition_type, other.value))
        clauses.append(clause)
    return sa.or_(*clauses) if clauses else None


_INVALID: Any = object()  # a value the field can never hold: it matches nothing


def _condition(field: SearchField, condition: str, value: str | None) -> ColumnElement[bool]:
    column = field.column
    if condition == "null":
        return column.is_(None)
    if condition == "notnull":
        return column.is_not(None)
    if value is None:
        return sa.false()  # `column <op> NULL` is never true in SQL, negated or not
    negated = condition in ("neq", "nin", "nlike", "nfinset")
    # A value no row can hold: the positive condition matches nothing, its negation every non-null row.
    # (NUL characters cannot occur in PostgreSQL text.)
    impossible: ColumnElement[bool] = column.is_not(None) if negated else sa.false()
    if "\x00" in value:
        return impossible
    if condition in ("like", "nlike"):
        match = _as_text(field).ilike(_like_pattern(value), escape="\\")
        return sa.not_(match) if negated else match
    if condition in ("finset", "nfinset"):
        if "," in value:
            return impossible  # FIND_IN_SET never finds a needle containing a comma
        found = _in_set(field, value)
        return sa.not_(found) if negated else found
    if condition in ("in", "nin"):
        members = [m for m in (_coerce(field, part.strip()) for part in value.split(",")) if m is not _INVALID]
        if not members:
            return impossible
        bound = [sa.literal(m, column.type) for m in members]
        return column.not_in(bound) if negated else column.in_(bound)
    if field.kind == "int":
        return _int_comparison(field, condition, value, impossible)
    operand = _coerce(field, value)
    if operand is _INVALID:
        return impossible
    return _compare(condition, column, operand)


_OPERATORS: dict[str, Callable[[Any, Any], Any]] = {"eq": operator.eq, "neq": operator.ne, "gt": operator.gt}
_OPERATORS |= {"gteq": operator.ge, "moreq": operator.ge, "from": operator.ge, "lt": operator.lt}
_OPERATORS |= {"lteq": operator.le, "to": operator.le}


def _compare(condition: str, column: ColumnElement[Any], operand: Any) -> ColumnElement[bool]:
    comparison: ColumnElement[bool] = _OPERATORS[condition](column, sa.literal(operand, column.type))
    return comparison


def _int_comparison(
    field: SearchField, condition: str, value: str, impossible: ColumnElement[bool]
) -> ColumnElement[bool]:
    """Compare an integer column exactly with any numeric value, binding only in-range integers.

    `5.7` or `1e30` would otherwise be cast to the column's type by PostgreSQL (rounded, or an error).
    """
    number = _decimal(value)
    if number is None:
        return impossible
    column = field.column
    low, high = _int_bounds(field)
    if condition in ("eq", "neq"):
        if number != number.to_integral_value() or not low <= number <= high:
            return impossible
        return _compare(condition, column, int(number))
    everything: ColumnElement[bool] = column.is_not(None)
    at_least = condition in ("gt", "gteq", "moreq", "from")  # else lt, lteq, to: at most
    if not low - 1 <= number <= high + 1:  # far out of range: decided without rounding a huge number
        return everything if (number < low) == at_least else sa.false()
    if at_least:
        threshold = math.floor(number) + 1 if condition == "gt" else math.ceil(number)
        return everything if threshold <= low else sa.false() if threshold > high else column >= threshold
    threshold = math.ceil(number) - 1 if condition == "lt" else math.floor(number)
    return everything if threshold >= high else sa.false() if threshold < low else column <= threshold


def _int_bounds(field: SearchField) -> tuple[int, int]:
    """The column's integer range as PostgreSQL sizes it (INTEGER is 32-bit there)."""
    column_type = field.column.type
    small, big = isinstance(column_type, SmallInteger), isinstance(column_type, BigInteger)
    bits = 16 if small else 32 if isinstance(column_type, Integer) and not big else 64
    return -(2 ** (bits - 1)), 2 ** (bits - 1) - 1


def _decimal(value: str) -> Decimal | None:
    if not is_numeric(value):
        return None
    try:
        number = Decimal(value.strip(" \t\n\r\v\f"))
    except InvalidOperation:
        return None
    return number if number.is_finite() else None


def _coerce(field: SearchField, text: str) -> Any:
    """The filter value as the field's Python type, or _INVALID when it cannot be one."""
    kind = field.kind
    if "\x00" in text:
        return _INVALID
    if kind == "str":
        return text
    if kind == "bool":
        return to_bool(text)
    if kind == "datetime":
        return _datetime(text.strip())
    number = _decimal(text)
    if number is None:
        return _INVALID
    if kind == "float":
        result = float(number)
        if not math.isfinite(result):
            return _INVALID
        # A Numeric column compared with a float parameter is cast to float on PostgreSQL (no index).
        return (
            number
            if isinstance(getattr(field.column, "type", None), sa.Numeric)
            and not isinstance(field.column.type, sa.Float)
            else result
        )
    low, high = _int_bounds(field)
    if number != number.to_integral_value() or not low <= number <= high:
        return _INVALID  # an int column never equals it (used for in/nin members)
    return int(number)


def _datetime(text: str) -> Any:
    for pattern in _DATETIME_FORMATS:
        try:
            return datetime.strptime(text, pattern)
        except ValueError:
            continue
    return _INVALID


def _as_text(field: SearchField) -> ColumnElement[Any]:
    return field.column if field.kind == "str" else sa.cast(field.column, String)


def _like_pattern(value: str) -> str:
    """MySQL reads a trailing lone backslash literally; PostgreSQL rejects it, so escape it."""
    trailing = len(value) - len(value.rstrip("\\"))
    return value + "\\" if trailing % 2 else value


def _in_set(field: SearchField, member: str) -> ColumnElement[bool]:
    """MySQL FIND_IN_SET(member, column) > 0, portably: ',' || column || ',' contains ',member,'."""
    text = _as_text(field)
    wrapped = sa.literal(",") + text + sa.literal(",")
    match: ColumnElement[bool] = wrapped.icontains("," + member + ",", autoescape=True)
    if member == "":
        match = sa.and_(text != "", match)  # FIND_IN_SET finds nothing in an empty set
    return match


register_custom_type(SearchCriteria, parse_search_criteria)
