"""AccountManagementInterface: createAccount, passwords, e-mail availability, default addresses."""

from __future__ import annotations

import hashlib
import hmac
import secrets
from datetime import timedelta

from sqlalchemy.orm import Session

from merx.customer import errors, mail, repository, writer
from merx.customer.access import customer_changed, revoke_customer_access
from merx.customer.address_rules import AddressRules
from merx.customer.authentication import record_failure
from merx.customer.lockout import is_locked
from merx.customer.password_policy import PasswordPolicy, check_password_not_email, check_password_strength
from merx.customer.reader import customer_view
from merx.customer.schemas import AddressData, CustomerData, given
from merx.customer.scope import SHARE_WEBSITE, new_customer_scope, request_store
from merx.db.models.customer import CustomerEntity
from merx.integration.tokens import utcnow
from merx.security.passwords import hash_password, verify_password
from merx.store.registry import StoreView
from merx.webapi.context import ServiceContext
from merx.webapi.errors import InputError, NoSuchEntityError, StateError

MANAGE = "Magento_Customer::manage"
RESET_PATH = "customer/account/createPassword/"


def create_account(ctx: ServiceContext, customer: CustomerData, password: str | None = None,
                   redirect_url: str | None = None) -> CustomerData:
    """Create a customer account. Anonymous callers cannot choose the group."""
    del redirect_url  # used by the confirmation mail, which merx does not send
    config, stores = ctx.runtime.config, ctx.runtime.stores
    current = request_store(stores, ctx.store, ctx.store_was_given)
    email = given(customer, "email")
    password_hash = None
    if password is not None:
        check_password_strength(password, PasswordPolicy.from_config(config, current.store_id, current.website_id))
        check_password_not_email(email, password)
        password_hash = hash_password(password)  # before the first query: no write lock is held meanwhile
    scope = new_customer_scope(stores, current, given(customer, "store_id"), given(customer, "website_id"),
                               writer.share_scope(ctx))
    sid, wid = scope.store.store_id, scope.website_id
    group_id = given(customer, "group_id") if ctx.allowed(MANAGE) else None
    writer.check_group(ctx, group_id)
    key = writer.check_email(ctx, email, wid, None)
    values = writer.customer_values(customer, None, wid)
    rules = AddressRules.from_config(config, sid, wid)
    addresses = writer.prepare_addresses(ctx, given(customer, "addresses") or [], rules, None, skip_disallowed=True)
    values.update(
        website_id=wid, store_id=sid, created_in=scope.store.name,
        group_id=group_id or config.get_int("customer/create_account/default_group", sid, wid, default=1),
        password_hash=password_hash,
    )
    prepared = writer.PreparedCustomer(values, key, addresses, writer.subscription_wish(customer))
    row = writer.store(ctx, prepared, utcnow())
    return customer_view(ctx.session, row.entity_id)


def lookup_website(ctx: ServiceContext, website_id: int | None) -> int:
    """The website a by-email lookup searches when none is given: the request store's."""
    if website_id is not None:
        return website_id
    return request_store(ctx.runtime.stores, ctx.store, ctx.store_was_given).website_id


def find_customer_by_email(ctx: ServiceContext, email: str, website_id: int | None,
                           session: Session | None = None) -> CustomerEntity:
    """CustomerRepository::get (CustomerRegistry::retrieveByEmail)."""
    website = lookup_website(ctx, website_id)
    scope = website if writer.share_scope(ctx) == SHARE_WEBSITE else None
    customer = repository.find_by_email(session or ctx.session, email.lower(), scope)
    if customer is None:
        raise errors.no_such_email(email, website)
    return customer


def is_email_available(ctx: ServiceContext, customer_email: str, website_id: int | None = None) -> bool:
    """Since 2.4.7 always true unless guest checkout login is enabled (no e-mail enumeration)."""
    website = lookup_website(ctx, website_id)
    if ctx.runtime.config.get("checkout/options/enable_guest_checkout_login", website_id=website) != "1":
        return True
    try:
        find_customer_by_email(ctx, customer_email, website)
    except NoSuchEntityError:
        return True
    return False


def _default_address(ctx: ServiceContext, customer_id: int, billing: bool) -> AddressData | None:
    view = customer_view(ctx.session, customer_id)
    wanted = view.default_billing if billing else view.default_shipping
    for address in view.addresses or []:
        if wanted is not None and str(address.id) == wanted:
            return address
    return None


def get_default_billing_address(ctx: ServiceContext, customer_id: int) -> AddressData | None:
    return _default_address(ctx, customer_id, billing=True)


def get_default_shipping_address(ctx: ServiceContext, customer_id: int) -> AddressData | None:
    return _default_address(ctx, customer_id, billing=False)


def _policy(ctx: ServiceContext, customer: CustomerEntity) -> PasswordPolicy:
    return PasswordPolicy.from_config(ctx.runtime.config, customer.store_id, customer.website_id)


def set_new_password(ctx: ServiceContext, customer_id: int, password_hash: str) -> CustomerEntity:
    """Store a new password hash: reset links die, and so do every token and storefront session."""
    customer = repository.customer_for_update(ctx.session, customer_id)
    if customer is None:
        raise errors.no_such_customer(customer_id)
    customer.password_hash = password_hash
    customer.rp_token = None
    customer.rp_token_created_at = None
    customer.updated_at = utcnow()
    ctx.session.flush()
    revoke_customer_access(ctx, customer_id)
    customer_changed(ctx, customer_id)  # updated_at moved
    return customer


def change_password_by_id(ctx: ServiceContext, customer_id: int, current_password: str, new_password: str) -> bool:
    """Change the password of the customer behind the token.

    Both Argon2id runs (checking the current password, hashing the new one) happen before the write
    transaction begins.
    """
    with ctx.runtime.uow(write=False) as read:
        found = repository.customer(read.session, customer_id)
        if found is None:
            raise errors.InvalidEmailOrPassword(errors.INVALID_LOGIN)
        matches = verify_password(current_password, found.password_hash or "")
        email, policy = found.email, _policy(ctx, found)
    if not matches:
        customer = repository.customer_for_update(ctx.session, customer_id)
        if customer is None:
            raise errors.InvalidEmailOrPassword(errors.INVALID_LOGIN)
        record_failure(ctx.session, ctx.runtime.config, customer, utcnow())
        if is_locked(customer.lock_expires, utcnow()):
            raise errors.UserLocked()
        raise errors.InvalidEmailOrPassword(errors.WRONG_CURRENT_PASSWORD)
    check_password_not_email(email, new_password)
    check_password_strength(new_password, policy)
    set_new_password(ctx, customer_id, hash_password(new_password))
    return True


def _token_digest(token: str) -> str:
    return hashlib.sha256(token.encode()).hexdigest()


def _customer_store(ctx: ServiceContext, customer: CustomerEntity) -> StoreView:
    stores = ctx.runtime.stores
    store = stores.store(customer.store_id) if customer.store_id else None
    return store or stores.website_default_store(customer.website_id) or stores.default_store()


def reset_link(ctx: ServiceContext, store: StoreView, token: str) -> str:
    config = ctx.runtime.config
    base = config.get("web/unsecure/base_url", store.store_id, store.website_id) or "/"
    if config.get("web/url/use_store", store.store_id, store.website_id) == "1":
        base += store.code + "/"
    return f"{base}{RESET_PATH}?token={token}"


def initiate_password_reset(ctx: ServiceContext, email: str, template: str, website_id: int | None = None) -> bool:
    """Store a new reset token (hashed) and mail the link once the token is committed."""
    customer = find_customer_by_email(ctx, email, website_id)
    token = secrets.token_hex(16)
    customer.rp_token = _token_digest(token)
    customer.rp_token_created_at = utcnow()
    if template not in (errors.EMAIL_REMINDER, errors.EMAIL_RESET):
        raise errors.unknown_template(template)
    ctx.session.flush()
    store = _customer_store(ctx, customer)
    name = " ".join(part for part in (customer.firstname, customer.lastname) if part)
    message = mail.ResetMail(customer.email, name, store.name, reset_link(ctx, store, token),
                             reminder=template == errors.EMAIL_REMINDER)
    settings = ctx.runtime.settings
    ctx.after_commit(lambda: mail.send(settings, message))
    return True


def _check_reset_token(ctx: ServiceContext, customer: CustomerEntity, token: str) -> None:
    """AccountManagement::validateResetPasswordToken."""
    if not token:
        raise InputError.required("resetPasswordLinkToken")
    if not customer.rp_token or not hmac.compare_digest(customer.rp_token, _token_digest(token)):
        raise StateError(errors.TOKEN_MISMATCH)
    hours = ctx.runtime.config.get_int("customer/password/reset_link_expiration_period", default=2)
    created, now = customer.rp_token_created_at, utcnow()
    if created is None or created > now or now - created >= timedelta(hours=hours):
        raise StateError(errors.TOKEN_EXPIRED)


def reset_password(ctx: ServiceContext, email: str, reset_token: str, new_password: str) -> bool:
    """Set a new password with the token from the reset mail (found by token when e-mail is empty)."""
    with ctx.runtime.uow(write=False) as read:
        if email:
            customer = find_customer_by_email(ctx, email, None, read.session)
        else:
            found = repository.customers_by_rp_token(read.session, _token_digest(reset_token))
            if not found:
                raise NoSuchEntityError(errors.NO_SUCH_RP_TOKEN, {"value": reset_token})
            customer = found[0]
        _check_reset_token(ctx, customer, reset_token)
        customer_id, customer_email, policy = customer.entity_id, customer.email, _policy(ctx, customer)
    check_password_not_email(customer_email, new_password)
    check_password_strength(new_password, policy)
    password_hash = hash_password(new_password)
    current = repository.customer_for_update(ctx.session, customer_id)
    if current is None:
        raise errors.no_such_customer(customer_id)
    _check_reset_token(ctx, current, reset_token)  # still valid now that the row is ours
    set_new_password(ctx, customer_id, password_hash)
    return True
