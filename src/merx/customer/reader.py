"""Reading a customer as Magento shows it: two queries (the row with its subscription, the addresses)."""

from __future__ import annotations

from sqlalchemy.orm import Session

from merx.customer import errors, repository
from merx.customer.assembler import customer_data
from merx.customer.schemas import CustomerData
from merx.db.models.customer import CustomerEntity


def customer_view(session: Session, customer_id: int) -> CustomerData:
    found = repository.customer_with_subscription(session, customer_id)
    if found is None:
        raise errors.no_such_customer(customer_id)
    customer, subscribed = found
    return customer_data(customer, repository.addresses_of(session, customer_id), subscribed)


def customer_views(session: Session, customers: list[CustomerEntity]) -> list[CustomerData]:
    """Many customers in three queries, whatever their number."""
    ids = [c.entity_id for c in customers]
    addresses = repository.addresses_of_customers(session, ids)
    subscribed = repository.subscribed_ids(session, ids)
    return [customer_data(c, addresses[c.entity_id], c.entity_id in subscribed) for c in customers]


def existing_customer(session: Session, customer_id: int) -> CustomerEntity:
    customer = repository.customer(session, customer_id)
    if customer is None:
        raise errors.no_such_customer(customer_id)
    return customer
