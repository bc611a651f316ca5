"""SQL of the customer domain."""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from typing import Any

import sqlalchemy as sa
from sqlalchemy import delete, exists, select, update
from sqlalchemy.orm import Session

from merx.db.models.customer import CustomerAddressEntity, CustomerEntity, CustomerGroup, NewsletterSubscriber
from merx.webapi.search_criteria import Kind, SearchCriteria, SearchField, apply_page, build_query

C = CustomerEntity
A = CustomerAddressEntity
N = NewsletterSubscriber
G = CustomerGroup
SUBSCRIBED = 1
UNSUBSCRIBED = 3
RETAIL_CUSTOMER = "Retail Customer"
TAX_CLASS_NAMES = {3: RETAIL_CUSTOMER}

_IS_SUBSCRIBED = (
    exists().where(N.customer_id == C.entity_id, N.subscriber_status == SUBSCRIBED).correlate(C).label("subscribed")
)


# ------------------------------------------------------------------------------------------ customers


def customer(session: Session, customer_id: int) -> CustomerEntity | None:
    return session.get(C, customer_id)


def customer_for_update(session: Session, customer_id: int) -> CustomerEntity | None:
    """The row, locked until commit on PostgreSQL (SQLite writers are serialised already)."""
    return session.execute(select(C).where(C.entity_id == customer_id).with_for_update()).scalar_one_or_none()


def customer_with_subscription(session: Session, customer_id: int) -> tuple[CustomerEntity, bool] | None:
    row = session.execute(select(C, _IS_SUBSCRIBED).where(C.entity_id == customer_id)).first()
    return (row[0], bool(row[1])) if row is not None else None


def subscribed_ids(session: Session, customer_ids: Sequence[int]) -> set[int]:
    if not customer_ids:
        return set()
    query = select(N.customer_id).where(N.customer_id.in_(customer_ids), N.subscriber_status == SUBSCRIBED)
    return {cid for cid in session.execute(query).scalars() if cid is not None}


def find_by_email(session: Session, email_key: str, website_id: int | None) -> CustomerEntity | None:
    """By lower-cased e-mail, within a website (per-website sharing) or anywhere (website None)."""
    query = select(C).where(C.email_key == email_key)
    if website_id is not None:
        query = query.where(C.website_id == website_id)
    return session.execute(query.order_by(C.entity_id).limit(1)).scalar_one_or_none()


def email_in_use(session: Session, email_key: str, website_id: int | None, exclude_id: int | None) -> bool:
    query = select(C.entity_id).where(C.email_key == email_key)
    if website_id is not None:
        query = query.where(C.website_id == website_id)
    if exclude_id is not None:
        query = query.where(C.entity_id != exclude_id)
    return session.execute(query.limit(1)).first() is not None


def serialise_email(session: Session, email_key: str) -> None:
    """PostgreSQL: one transaction at a time may claim an e-mail across websites (global sharing)."""
    if session.get_bind().dialect.name == "postgresql":
        session.execute(select(sa.func.pg_advisory_xact_lock(sa.func.hashtext("customer-email:" + email_key))))


def customers_by_rp_token(session: Session, token_hash: str) -> list[CustomerEntity]:
    return list(session.execute(select(C).where(C.rp_token == token_hash).limit(2)).scalars())


def add(session: Session, row: object) -> None:
    session.add(row)
    session.flush()


def delete_customer(session: Session, customer_id: int) -> None:
    session.execute(delete(A).where(A.parent_id == customer_id))
    session.execute(delete(N).where(N.customer_id == customer_id))
    session.execute(delete(C).where(C.entity_id == customer_id))


def clear_default_address(session: Session, address_id: int) -> None:
    session.execute(update(C).where(C.default_billing == address_id).values(default_billing=None))
    session.execute(update(C).where(C.default_shipping == address_id).values(default_shipping=None))


# ------------------------------------------------------------------------------------------ addresses


def addresses_of(session: Session, customer_id: int) -> list[CustomerAddressEntity]:
    return list(session.execute(select(A).where(A.parent_id == customer_id).order_by(A.entity_id)).scalars())


def addresses_of_customers(session: Session, customer_ids: Sequence[int]) -> dict[int, list[CustomerAddressEntity]]:
    found: dict[int, list[CustomerAddressEntity]] = {cid: [] for cid in customer_ids}
    if customer_ids:
        query = select(A).where(A.parent_id.in_(customer_ids)).order_by(A.parent_id, A.entity_id)
        for address in session.execute(query).scalars():
            found[address.parent_id].append(address)
    return found


def address(session: Session, address_id: int) -> CustomerAddressEntity | None:
    return session.get(A, address_id)


def delete_addresses(session: Session, address_ids: Iterable[int]) -> None:
    ids = list(address_ids)
    if ids:
        session.execute(delete(A).where(A.entity_id.in_(ids)))


# ----------------------------------------------------------------------------------------- newsletter


def subscription(session: Session, customer_id: int) -> NewsletterSubscriber | None:
    return session.execute(select(N).where(N.customer_id == customer_id)).scalar_one_or_none()


# --------------------------------------------------------------------------------------------- groups


def group(session: Session, group_id: int) -> CustomerGroup | None:
    return session.get(G, group_id)


def _tax_class_name() -> sa.ColumnElement[Any]:
    return sa.case(*((G.tax_class_id == cid, name) for cid, name in TAX_CLASS_NAMES.items()), else_=sa.null())


def find_groups(session: Session, criteria: SearchCriteria) -> tuple[list[CustomerGroup], int]:
    columns = G.__table__.c
    fields = {
        "id": SearchField(columns.customer_group_id, "int"),
        "code": SearchField(columns.customer_group_code, "str"),
        "tax_class_id": SearchField(columns.tax_class_id, "int"),
        "tax_class_name": SearchField(_tax_class_name(), "str"),
    }
    return _page(session, select(G), criteria, fields, G.customer_group_id)


# --------------------------------------------------------------------------------------------- search


def _billing(column: sa.orm.InstrumentedAttribute[Any]) -> sa.ColumnElement[Any]:
    return select(column).where(A.entity_id == C.default_billing).correlate(C).scalar_subquery()


def _full_name() -> sa.ColumnElement[Any]:
    first, last = sa.func.coalesce(C.firstname, ""), sa.func.coalesce(C.lastname, "")
    return sa.case(
        (C.middlename.is_(None), first + " " + last),
        else_=first + " " + C.middlename + " " + last,
    )


_CUSTOMER_FIELD_KINDS: tuple[tuple[str, Kind], ...] = (
    ("entity_id", "int"), ("email", "str"), ("firstname", "str"), ("lastname", "str"), ("middlename", "str"),
    ("prefix", "str"), ("suffix", "str"), ("group_id", "int"), ("website_id", "int"), ("store_id", "int"),
    ("created_at", "datetime"), ("updated_at", "datetime"), ("created_in", "str"), ("dob", "datetime"),
    ("gender", "int"), ("taxvat", "str"), ("confirmation", "str"), ("default_billing", "int"),
    ("default_shipping", "int"), ("disable_auto_group_change", "int"),
)


def customer_search_fields() -> dict[str, SearchField]:
    columns = C.__table__.c
    fields = {name: SearchField(columns[name], kind) for name, kind in _CUSTOMER_FIELD_KINDS}
    fields["id"] = fields["entity_id"]
    fields["name"] = SearchField(_full_name(), "str")
    for name, column in (("billing_postcode", A.postcode), ("billing_city", A.city),
                         ("billing_telephone", A.telephone), ("billing_region", A.region),
                         ("billing_country_id", A.country_id), ("company", A.company)):
        fields[name] = SearchField(_billing(column), "str")
    return fields


def find_customers(session: Session, criteria: SearchCriteria) -> tuple[list[CustomerEntity], int]:
    return _page(session, select(C), criteria, customer_search_fields(), C.entity_id)


def _page(session: Session, base: Any, criteria: SearchCriteria, fields: dict[str, SearchField],
          tie_breaker: Any) -> tuple[list[Any], int]:
    count_select, listing = build_query(base, criteria, fields, tie_breaker=tie_breaker)
    total = int(session.execute(count_select).scalar_one())
    if not total:
        return [], 0
    return list(session.execute(apply_page(listing, total, criteria)).scalars()), total
