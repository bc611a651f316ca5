"""Admin token issue (IntegrationAdminTokenService)."""

from __future__ import annotations

from merx.integration import repository, throttle, tokens
from merx.security.passwords import verify_password
from merx.webapi.context import USER_TYPE_ADMIN, ServiceContext
from merx.webapi.errors import InputError, SignInFailed


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
