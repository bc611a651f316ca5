"""Token issue and revocation (IntegrationAdminTokenService, CustomerTokenService)."""

from __future__ import annotations

from merx.customer.access import revoke_customer_access
from merx.customer.authentication import EmailNotConfirmed, check_credentials, complete_sign_in
from merx.customer.scope import SHARE_WEBSITE, request_store
from merx.integration import repository, throttle, tokens
from merx.security.passwords import verify_password
from merx.webapi.context import USER_TYPE_ADMIN, USER_TYPE_CUSTOMER, ServiceContext
from merx.webapi.errors import AuthenticationError, InputError, SignInFailed


def validate_credentials(username: str | None, password: str | None) -> None:
    """Magento's CredentialsValidator: both empty fields are reported together."""
    error = InputError()
    if not username:
        error.add(InputError.required("username"))
    if not password:
        error.add(InputError.required("password"))
    if error.has_errors():
        raise error


def create_admin_access_token(ctx: ServiceContext, username: str, password: str) -> str:
    validate_credentials(username, password)
    session = ctx.session
    config = ctx.runtime.config
    now = tokens.utcnow()
    if throttle.is_locked(session, config, username, throttle.THROTTLE_ADMIN, now):
        raise SignInFailed()
    admin = repository.admin_by_username(session, username)
    if admin is None or not admin.is_active or not verify_password(password, admin.password):
        throttle.record_failure(session, config, username, throttle.THROTTLE_ADMIN, now)
        raise SignInFailed()
    throttle.reset(session, username, throttle.THROTTLE_ADMIN)
    return tokens.issue(session, config, USER_TYPE_ADMIN, admin.user_id)


def create_customer_access_token(ctx: ServiceContext, username: str, password: str) -> str:
    """Sign a customer in by e-mail, in the URL store's website when accounts are shared per website.

    The lookup and the Argon2id check run in a read-only session first; only then does the write
    transaction (failure counts, the token) begin.
    """
    validate_credentials(username, password)
    runtime, config = ctx.runtime, ctx.runtime.config
    now = tokens.utcnow()
    website_id: int | None = request_store(runtime.stores, ctx.store, ctx.store_was_given).website_id
    if config.get_int("customer/account_share/scope", default=SHARE_WEBSITE) != SHARE_WEBSITE:
        website_id = None
    with runtime.uow(write=False) as read:
        if throttle.is_locked(read.session, config, username, throttle.THROTTLE_CUSTOMER, now):
            raise SignInFailed()
        check = check_credentials(read.session, username, password, website_id, now)
    session = ctx.session
    try:
        customer = complete_sign_in(session, config, check, password, now)
    except EmailNotConfirmed:
        raise
    except AuthenticationError:
        throttle.record_failure(session, config, username, throttle.THROTTLE_CUSTOMER, now)
        raise SignInFailed() from None
    throttle.reset(session, username, throttle.THROTTLE_CUSTOMER)
    return tokens.issue(session, config, USER_TYPE_CUSTOMER, customer.entity_id, website_id=customer.website_id)


def revoke_customer_access_token(ctx: ServiceContext, customer_id: int) -> bool:
    """Revoke every token of the customer behind the token."""
    revoke_customer_access(ctx, customer_id, sessions=False)
    return True
