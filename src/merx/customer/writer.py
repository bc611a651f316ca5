"""Validating and storing a customer with its addresses: the part createAccount and save share.

Everything that can fail is checked before the first row is written, in Magento's order: the group,
the e-mail (missing, then taken), the customer attributes, then each address in turn. Callers hash a
password only after `prepare` has passed, so a rejected request never pays for Argon2.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime

from sqlalchemy.exc import IntegrityError

from merx.customer import errors, repository
from merx.customer.address_rules import (
    AddressDraft,
    AddressRules,
    attribute_messages,
    fill_region,
    owner_errors,
    resolve_region_id,
    validation_errors,
)
from merx.customer.customer_rules import (
    DUPLICATE_EMAIL,
    EMAIL_MISSING,
    CustomerDraft,
    parse_dob,
)
from merx.customer.customer_rules import attribute_messages as customer_messages
from merx.customer.schemas import AddressData, CustomerData, given
from merx.customer.scope import SHARE_WEBSITE
from merx.db.models.customer import CustomerAddressEntity, CustomerEntity, NewsletterSubscriber
from merx.webapi.context import ServiceContext
from merx.webapi.errors import AlreadyExistsError, InputError, MerxError
from merx.webapi.input import raise_if_any

_OPTIONAL_TEXT = ("prefix", "middlename", "suffix", "taxvat", "created_in")
_ADDRESS_TEXT = ("firstname", "lastname", "middlename", "prefix", "suffix", "company", "city", "telephone", "fax",
                 "postcode", "vat_id")


@dataclass
class PreparedAddress:
    draft: AddressDraft
    row: CustomerAddressEntity | None  # the stored address being updated
    default_billing: bool
    default_shipping: bool


@dataclass
class PreparedCustomer:
    values: dict[str, object]
    email_key: str
    addresses: list[PreparedAddress] | None  # None: leave the address book as it is
    subscribe: bool | None
    existing: CustomerEntity | None = None


def share_scope(ctx: ServiceContext) -> int:
    return ctx.runtime.config.get_int("customer/account_share/scope", default=SHARE_WEBSITE)


def email_key(email: str) -> str:
    return email.lower()


def check_group(ctx: ServiceContext, group_id: int | None) -> None:
    if group_id and repository.group(ctx.session, group_id) is None:
        raise InputError(errors.GROUP_DOES_NOT_EXIST)


def check_email(ctx: ServiceContext, email: str | None, website_id: int | None, exclude_id: int | None) -> str:
    """ResourceModel\\Customer::_beforeSave: the e-mail must be given and free in its sharing scope."""
    if not email:
        raise InputError(EMAIL_MISSING)
    key = email_key(email)
    scope_website = website_id if share_scope(ctx) == SHARE_WEBSITE else None
    if scope_website is None:
        repository.serialise_email(ctx.session, key)
    if repository.email_in_use(ctx.session, key, scope_website, exclude_id):
        raise AlreadyExistsError(DUPLICATE_EMAIL)
    return key


def customer_values(data: CustomerData, existing: CustomerEntity | None, website_id: int | None) -> dict[str, object]:
    """The attribute values to store: what was sent, else (updates) what is stored; validated."""
    draft = CustomerDraft(
        website_id=website_id, email=given(data, "email"), firstname=given(data, "firstname"),
        lastname=given(data, "lastname"), prefix=given(data, "prefix"), middlename=given(data, "middlename"),
        suffix=given(data, "suffix"), dob=given(data, "dob"), taxvat=given(data, "taxvat"),
    )
    messages = customer_messages(draft)
    if messages:
        raise errors.validator_error(messages)
    values: dict[str, object] = {"email": draft.email, "firstname": draft.firstname, "lastname": draft.lastname}
    for name in _OPTIONAL_TEXT:
        value = given(data, name)
        if value is not None or existing is None:
            values[name] = value
    dob: date | None = parse_dob(draft.dob) if draft.dob else None
    if draft.dob or existing is None:
        values["dob"] = dob
    for name in ("gender", "confirmation"):
        if given(data, name) is not None or existing is None:
            values[name] = given(data, name)
    auto = given(data, "disable_auto_group_change")
    if auto is not None or existing is None:
        values["disable_auto_group_change"] = int(bool(auto))
    return values


def address_draft(address: AddressData) -> AddressDraft:
    region = given(address, "region")
    region_id = given(address, "region_id")
    if region_id is None and region is not None:
        region_id = given(region, "region_id")
    street = given(address, "street") or []
    return AddressDraft(
        **{name: given(address, name) for name in _ADDRESS_TEXT},
        street=tuple(street),
        country_id=given(address, "country_id"),
        region_id=region_id or None,
        region=given(region, "region") if region is not None else None,
        region_code=given(region, "region_code") if region is not None else None,
    )


def prepare_addresses(ctx: ServiceContext, addresses: list[AddressData], rules: AddressRules,
                      customer_id: int | None, *, skip_disallowed: bool) -> list[PreparedAddress]:
    """Validate each address in turn (AddressRepository::save); the first bad one fails the call."""
    prepared: list[PreparedAddress] = []
    for address in addresses:
        row = None
        address_id = given(address, "id") if customer_id is not None else None
        if address_id:
            row = repository.address(ctx.session, address_id)
            if row is None:
                raise errors.no_such_address(address_id)
        draft = resolve_region_id(address_draft(address))
        if skip_disallowed and draft.country_id not in rules.allowed_countries:
            continue  # createAccount skips addresses of countries the store does not allow
        problems: list[MerxError] = validation_errors(draft, rules)
        if row is not None and customer_id is not None:
            problems += owner_errors(customer_id, row.parent_id)
        raise_if_any(problems)
        messages = attribute_messages(draft, rules)
        if messages:
            raise errors.validator_error(messages)
        prepared.append(PreparedAddress(fill_region(draft), row, bool(given(address, "default_billing")),
                                        bool(given(address, "default_shipping"))))
    return prepared


def subscription_wish(data: CustomerData) -> bool | None:
    extension = given(data, "extension_attributes")
    return given(extension, "is_subscribed") if extension is not None else None


def store(ctx: ServiceContext, prepared: PreparedCustomer, now: datetime) -> CustomerEntity:
    """Write the customer, its addresses and subscription; returns the flushed row."""
    session = ctx.session
    customer = prepared.existing
    values = dict(prepared.values, email_key=prepared.email_key, updated_at=now)
    if customer is None:
        customer = CustomerEntity(created_at=now, is_active=1, failures_num=0, **values)
        session.add(customer)
    else:
        for name, value in values.items():
            setattr(customer, name, value)
    try:
        session.flush()
    except IntegrityError as error:
        if "email_key" not in str(error.orig):
            raise
        raise AlreadyExistsError(DUPLICATE_EMAIL) from None  # a concurrent insert won the unique index
    if prepared.addresses is not None:
        _store_addresses(ctx, customer, prepared.addresses, now)
    if prepared.subscribe is not None:
        _store_subscription(ctx, customer, prepared.subscribe, now)
    return customer


def _store_addresses(ctx: ServiceContext, customer: CustomerEntity, addresses: list[PreparedAddress],
                     now: datetime) -> None:
    session = ctx.session
    kept: set[int] = set()
    billing, shipping = customer.default_billing, customer.default_shipping
    for item in addresses:
        row = item.row or CustomerAddressEntity(created_at=now, is_active=1)
        _fill_address(row, item.draft, customer.entity_id, now)
        if item.row is None:
            session.add(row)
        session.flush()
        kept.add(row.entity_id)
        if item.default_billing:
            billing = row.entity_id
        elif billing == row.entity_id:
            billing = None
        if item.default_shipping:
            shipping = row.entity_id
        elif shipping == row.entity_id:
            shipping = None
    stale = [a.entity_id for a in repository.addresses_of(session, customer.entity_id) if a.entity_id not in kept]
    repository.delete_addresses(session, stale)
    customer.default_billing = billing if billing not in stale else None
    customer.default_shipping = shipping if shipping not in stale else None
    session.flush()


def _fill_address(row: CustomerAddressEntity, draft: AddressDraft, customer_id: int, now: datetime) -> None:
    for name in _ADDRESS_TEXT:
        setattr(row, name, getattr(draft, name))
    row.parent_id = customer_id
    row.street = "\n".join(draft.street)
    row.country_id = draft.country_id or ""
    row.region_id = draft.region_id
    row.region = draft.region
    row.updated_at = now


def _store_subscription(ctx: ServiceContext, customer: CustomerEntity, subscribe: bool, now: datetime) -> None:
    row = repository.subscription(ctx.session, customer.entity_id)
    if row is None:
        if not subscribe:
            return
        row = NewsletterSubscriber(customer_id=customer.entity_id)
        ctx.session.add(row)
    status = repository.SUBSCRIBED if subscribe else repository.UNSUBSCRIBED
    if row.subscriber_status != status:
        row.change_status_at = now
    row.subscriber_status = status
    row.subscriber_email = customer.email
    row.store_id = customer.store_id
    ctx.session.flush()
