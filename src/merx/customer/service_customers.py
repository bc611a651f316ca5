"""CustomerRepositoryInterface and AddressRepositoryInterface: read, save, delete, search."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from starlette.concurrency import run_in_threadpool

from merx.customer import errors, repository, writer
from merx.customer.access import customer_changed, revoke_customer_access
from merx.customer.address_rules import AddressRules
from merx.customer.assembler import address_data
from merx.customer.reader import customer_view, customer_views
from merx.customer.schemas import AddressData, CustomerData, CustomerSearchResults, given
from merx.customer.scope import request_store, store_not_found, website_not_found
from merx.customer.service_account import MANAGE
from merx.integration.tokens import utcnow
from merx.webapi.context import ServiceContext
from merx.webapi.errors import InputError
from merx.webapi.output import Prerendered, to_output
from merx.webapi.search_criteria import SearchCriteria, criteria_to_output, parse_search_criteria

if TYPE_CHECKING:
    from merx.runtime import Runtime

MAX_HASH_LENGTH = 128


async def get_by_id(ctx: ServiceContext, customer_id: int) -> CustomerData:
    """Get customer by Customer ID (served from the worker's cache of rendered customers)."""
    cache = ctx.runtime.customer_views
    rendered = cache.get(customer_id)
    if rendered is None:
        epoch = cache.epoch
        rendered = await run_in_threadpool(_render_customer, ctx.runtime, customer_id)
        cache.put(customer_id, rendered, epoch)
    return Prerendered(rendered)  # type: ignore[return-value]


def _render_customer(runtime: Runtime, customer_id: int) -> Any:
    with runtime.uow(write=False) as uow:
        return to_output(customer_view(uow.session, customer_id))


def save(ctx: ServiceContext, customer: CustomerData, password_hash: str | None = None) -> CustomerData:
    """Create or update a customer (CustomerRepository::save)."""
    return save_customer(ctx, customer, given(customer, "id"), password_hash)


def save_by_id(ctx: ServiceContext, customer_id: int, customer: CustomerData,
               password_hash: str | None = None) -> CustomerData:
    """Update the customer of the path."""
    return save_customer(ctx, customer, customer_id, password_hash)


def save_me(ctx: ServiceContext, customer: CustomerData, password_hash: str | None = None) -> CustomerData:
    """Update the customer behind the token.

    A `passwordHash` is accepted as Magento's signature has it, but never stored: a customer changes
    the password through /V1/customers/me/password, which asks for the current one.
    """
    del password_hash
    customer_id = given(customer, "id")
    if customer_id is None:
        raise InputError.required("customerId")
    return save_customer(ctx, customer, customer_id, None)


def save_customer(ctx: ServiceContext, data: CustomerData, customer_id: int | None,
                  password_hash: str | None) -> CustomerData:
    session, config, stores = ctx.session, ctx.runtime.config, ctx.runtime.stores
    existing = repository.customer_for_update(session, customer_id) if customer_id is not None else None
    if customer_id is not None and existing is None:
        raise errors.no_such_customer(customer_id)
    if password_hash is not None and len(password_hash) > MAX_HASH_LENGTH:
        raise InputError(InputError.INVALID_FIELD_VALUE, {"value": password_hash, "fieldName": "passwordHash"})
    group_id = given(data, "group_id") if ctx.allowed(MANAGE) else None
    writer.check_group(ctx, group_id)
    store_id, website_id = given(data, "store_id"), given(data, "website_id")
    if existing is None:
        current = request_store(stores, ctx.store, ctx.store_was_given)
        store_id = current.store_id if store_id is None else store_id
    elif store_id is None:
        store_id = existing.store_id
    store = stores.store(store_id) if store_id is not None else None
    if store_id is not None and store is None:
        raise store_not_found()
    if existing is None and website_id is None and store is not None:
        website_id = store.website_id
    if website_id is not None and stores.website(website_id) is None:
        raise website_not_found(website_id)
    key = writer.check_email(ctx, given(data, "email"), website_id if website_id is not None else 0,
                             existing.entity_id if existing is not None else None)
    values = writer.customer_values(data, existing, website_id)
    assert website_id is not None  # customer_values reports a missing website
    addresses = given(data, "addresses")
    prepared_addresses = None
    if addresses is not None:
        rules = AddressRules.from_config(config, store_id, website_id)
        owner = existing.entity_id if existing is not None else None
        prepared_addresses = writer.prepare_addresses(ctx, addresses, rules, owner, skip_disallowed=False)
    values.update(store_id=store_id, website_id=website_id)
    if existing is None:
        values["group_id"] = group_id or config.get_int("customer/create_account/default_group", store_id,
                                                        website_id, default=1)
        values.setdefault("created_in", None)
        values["created_in"] = values["created_in"] or (store.name if store is not None else None)
        values["password_hash"] = password_hash
    else:
        if group_id is not None:
            values["group_id"] = group_id
        if password_hash is not None or existing.email_key != key:
            values.update(rp_token=None, rp_token_created_at=None)
        if password_hash is not None:
            values["password_hash"] = password_hash
    prepared = writer.PreparedCustomer(values, key, prepared_addresses, writer.subscription_wish(data), existing)
    row = writer.store(ctx, prepared, utcnow())
    if existing is not None:
        customer_changed(ctx, row.entity_id)
        if password_hash is not None:
            revoke_customer_access(ctx, row.entity_id)
    return customer_view(session, row.entity_id)


def delete_by_id(ctx: ServiceContext, customer_id: int) -> bool:
    """Delete a customer; its tokens and storefront sessions end with it."""
    if repository.customer(ctx.session, customer_id) is None:
        raise errors.no_such_customer(customer_id)
    repository.delete_customer(ctx.session, customer_id)
    revoke_customer_access(ctx, customer_id)
    customer_changed(ctx, customer_id)
    return True


def get_list(ctx: ServiceContext, search_criteria: SearchCriteria) -> CustomerSearchResults:
    """Search customers (fields: customer_search_fields)."""
    criteria = _criteria(search_criteria)
    customers, total = repository.find_customers(ctx.session, criteria)
    return CustomerSearchResults.model_construct(
        items=customer_views(ctx.session, customers), search_criteria=criteria_to_output(criteria),
        total_count=total,
    )


def _criteria(raw: Any) -> SearchCriteria:
    return raw if isinstance(raw, SearchCriteria) else parse_search_criteria(raw)


def get_address(ctx: ServiceContext, address_id: int) -> AddressData:
    """Get a customer address by its id."""
    address = repository.address(ctx.session, address_id)
    if address is None:
        raise errors.no_such_address(address_id)
    owner = repository.customer(ctx.session, address.parent_id)
    billing = owner.default_billing if owner is not None else None
    shipping = owner.default_shipping if owner is not None else None
    return address_data(address, billing, shipping)


def delete_address(ctx: ServiceContext, address_id: int) -> bool:
    """Delete a customer address by its id."""
    address = repository.address(ctx.session, address_id)
    if address is None:
        raise errors.no_such_address(address_id)
    repository.clear_default_address(ctx.session, address_id)
    repository.delete_addresses(ctx.session, [address_id])
    customer_changed(ctx, address.parent_id)
    return True
