"""GET /V1/products: the searchable fields and the store fallback of scoped values.

Entity columns hold the store-0 values, so the common searches (sku, name, price...) use their
indexes. In a store view with overrides for a referenced attribute, the field becomes
COALESCE(store value, store-0 value), as Magento's collection joins the store table with a fallback.
"""

from __future__ import annotations

from dataclasses import replace
from typing import Any

import sqlalchemy as sa
from sqlalchemy import ColumnElement, select, text
from sqlalchemy.orm import Session

from merx.catalog import repository
from merx.catalog.attributes import BY_CODE
from merx.db.models.catalog import ProductEntity, ProductValue
from merx.webapi.naming import to_snake
from merx.webapi.search_criteria import (
    Filter,
    FilterGroup,
    SearchCriteria,
    SearchField,
    apply_page,
    build_query,
)

E = ProductEntity
C = ProductEntity.__table__.c
_ENTITY_FIELDS: dict[str, SearchField] = {
    "entity_id": SearchField(C.entity_id, "int"),
    "sku": SearchField(C.sku, "str"),
    "name": SearchField(C.name, "str"),
    "attribute_set_id": SearchField(C.attribute_set_id, "int"),
    "price": SearchField(C.price, "float"),
    "status": SearchField(C.status, "int"),
    "visibility": SearchField(C.visibility, "int"),
    "type_id": SearchField(C.type_id, "str"),
    "created_at": SearchField(C.created_at, "datetime"),
    "updated_at": SearchField(C.updated_at, "datetime"),
    "weight": SearchField(C.weight, "float"),
    "has_options": SearchField(C.has_options, "int"),
    "required_options": SearchField(C.required_options, "int"),
}
_STORE_SCOPED_COLUMNS: dict[str, type[sa.String] | type[sa.SmallInteger]] = {
    "name": sa.String, "status": sa.SmallInteger, "visibility": sa.SmallInteger,
}
_VALUE_FIELDS = (
    "url_key", "description", "short_description", "meta_title", "meta_keyword", "meta_description",
    "color", "size", "manufacturer", "tax_class_id", "special_price", "cost", "special_from_date",
    "special_to_date", "news_from_date", "news_to_date", "country_of_manufacture",
)


def _stored_value(code: str, store_id: int) -> ColumnElement[Any]:
    """The product's value of `code` in the store, falling back to store 0 (a correlated subquery)."""
    stores = [0] if store_id == 0 or BY_CODE[code].scope == "global" else [0, store_id]
    return (
        select(ProductValue.value)
        .where(
            ProductValue.entity_id == E.entity_id,
            ProductValue.attribute_code == code,
            ProductValue.store_id.in_(stores),
        )
        .order_by(ProductValue.store_id.desc())
        .limit(1)
        .scalar_subquery()
    )


def _value_field(code: str, store_id: int) -> SearchField:
    backend = BY_CODE[code].backend
    value = _stored_value(code, store_id)
    if backend == "int":
        return SearchField(sa.cast(value, sa.Integer), "int")
    if backend == "decimal":
        return SearchField(sa.cast(value, sa.Numeric(20, 6)), "float")
    return SearchField(value, "str")


def _referenced(criteria: SearchCriteria) -> set[str]:
    names = {f.field for group in criteria.filter_groups for f in group.filters}
    names |= {s.field for s in criteria.sort_orders or ()}
    return names | {to_snake(n) for n in names}


def search_fields(session: Session, criteria: SearchCriteria, store_id: int) -> dict[str, SearchField]:
    fields = dict(_ENTITY_FIELDS)
    referenced = _referenced(criteria)
    for code, column_type in _STORE_SCOPED_COLUMNS.items():
        if store_id and code in referenced and repository.has_store_overrides(session, code, store_id):
            override = (
                select(ProductValue.value)
                .where(
                    ProductValue.entity_id == E.entity_id,
                    ProductValue.attribute_code == code,
                    ProductValue.store_id == store_id,
                )
                .scalar_subquery()
            )
            column = C[code]
            kind = _ENTITY_FIELDS[code].kind
            fields[code] = SearchField(sa.func.coalesce(sa.cast(override, column_type), column), kind)
    for code in _VALUE_FIELDS:
        if code in referenced:
            fields[code] = _value_field(code, store_id)
    return fields


def _sku_like(item: Filter, dialect: str) -> ColumnElement[bool]:
    """`like` on sku, case-insensitive as on MySQL, in the form PostgreSQL's indexes serve:
    a prefix pattern as lower(sku) LIKE (btree, text_pattern_ops), a leading wildcard as ILIKE (trigram)."""
    value = item.value
    if value is None or "\x00" in value:
        return sa.false()
    trailing = len(value) - len(value.rstrip("\\"))
    pattern = value + "\\" if trailing % 2 else value  # a lone trailing backslash is literal on MySQL
    if pattern[:1] in ("%", "_"):
        return C.sku.ilike(pattern, escape="\\")
    if dialect == "postgresql":  # backslash is the default escape; an ESCAPE clause would hide the prefix
        return sa.func.lower(C.sku).like(pattern.lower())
    return sa.func.lower(C.sku).like(pattern.lower(), escape="\\")


def _split_sku_likes(
    criteria: SearchCriteria, dialect: str
) -> tuple[SearchCriteria, list[ColumnElement[bool]]]:
    """Filter groups made only of `like` on sku are built here; the rest by the generic builder."""
    generic: list[FilterGroup] = []
    conditions: list[ColumnElement[bool]] = []
    for group in criteria.filter_groups:
        if group.filters and all(f.condition_type == "like" and f.field == "sku" for f in group.filters):
            conditions.append(sa.or_(*(_sku_like(f, dialect) for f in group.filters)))
        else:
            generic.append(group)
    return replace(criteria, filter_groups=tuple(generic)), conditions


def find_products(
    session: Session, criteria: SearchCriteria, store_id: int
) -> tuple[list[ProductEntity], int]:
    """One page of products matching the criteria, and the total count."""
    dialect = session.get_bind().dialect.name
    if dialect == "postgresql":
        # psycopg prepares repeated statements; PostgreSQL's generic plan for them cannot use the
        # sku prefix index nor estimate the price range, so plan with this request's values.
        session.execute(text("SET LOCAL plan_cache_mode = force_custom_plan"))
    generic, sku_conditions = _split_sku_likes(criteria, dialect)
    base = select(E).where(*sku_conditions)
    fields = search_fields(session, generic, store_id)
    count_select, listing = build_query(base, generic, fields, tie_breaker=C.entity_id)
    total = int(session.execute(count_select).scalar_one())
    if not total:
        return [], 0
    rows = session.execute(apply_page(listing, total, criteria)).scalars().all()
    return list(rows), total
