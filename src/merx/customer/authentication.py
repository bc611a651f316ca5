"""Customer sign-in with the storefront lockout (AccountManagement::authenticate, Model\\Authentication).

Shared by the token endpoint and the storefront's login form. Signing in runs in two phases so that
the Argon2id check never holds a write lock (SQLite takes its single write lock when a write
transaction begins): `check_credentials` reads and verifies in a read-only session, then
`complete_sign_in` re-reads the row in the caller's write session and records the outcome
(failures_num, first_failure, lock_expires). The errors raised keep those writes.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from sqlalchemy.orm import Session

from merx.appconfig.registry import ConfigRegistry
from merx.customer import errors, repository
from merx.customer.lockout import UNLOCKED, LockoutPolicy, LockState, after_failure, is_locked
from merx.db.models.customer import CustomerEntity
from merx.security.passwords import hash_password, verify_password
from merx.webapi.errors import AuthenticationError

EMAIL_NOT_CONFIRMED = "This account isn't confirmed. Verify and try again."


class EmailNotConfirmed(AuthenticationError):
    def __init__(self) -> None:
        super().__init__(EMAIL_NOT_CONFIRMED)


@dataclass(frozen=True)
class CredentialCheck:
    """What the read phase found: the customer (if any) and whether the password matched."""

    customer_id: int | None
    password_ok: bool


def check_credentials(read_session: Session, email: str, password: str, website_id: int | None,
                      now: datetime) -> CredentialCheck:
    """Find the customer by e-mail (`website_id` None: any website) and verify the password.

    A locked account is not verified at all (AccountManagement::authenticate checks the lock first).
    """
    customer = repository.find_by_email(read_session, email.lower(), website_id)
    if customer is None:
        return CredentialCheck(None, False)
    if is_locked(customer.lock_expires, now):
        return CredentialCheck(customer.entity_id, False)
    return CredentialCheck(customer.entity_id, verify_password(password, customer.password_hash or ""))


def complete_sign_in(session: Session, config: ConfigRegistry, check: CredentialCheck, password: str,
                     now: datetime) -> CustomerEntity:
    """Record the outcome on the (re-read, locked) customer row; raise unless the sign-in succeeded."""
    customer = repository.customer_for_update(session, check.customer_id) if check.customer_id else None
    if customer is None:
        raise errors.InvalidEmailOrPassword(errors.INVALID_LOGIN)
    if is_locked(customer.lock_expires, now):
        raise errors.UserLocked()
    if not check.password_ok:
        record_failure(session, config, customer, now)
        if is_locked(customer.lock_expires, now):
            raise errors.UserLocked()
        raise errors.InvalidEmailOrPassword(errors.INVALID_LOGIN)
    if customer.confirmation and config.get("customer/create_account/confirm", customer.store_id,
                                            customer.website_id) == "1":
        raise EmailNotConfirmed()
    if customer.failures_num or customer.lock_expires or customer.first_failure:
        _set_lock(customer, UNLOCKED)  # CustomerLoginSuccessObserver: Authentication::unlock
    if _legacy_hash(customer.password_hash or ""):
        customer.password_hash = hash_password(password)  # UpgradeCustomerPasswordObserver
    session.flush()
    return customer


def sign_in(read_session: Session, session: Session, config: ConfigRegistry, email: str, password: str,
            website_id: int | None, now: datetime) -> CustomerEntity:
    """Both phases: `read_session` should be a read-only session distinct from the write `session`."""
    return complete_sign_in(session, config, check_credentials(read_session, email, password, website_id, now),
                            password, now)


def record_failure(session: Session, config: ConfigRegistry, customer: CustomerEntity, now: datetime) -> None:
    """Authentication::processAuthenticationFailure."""
    policy = LockoutPolicy.from_config(config, customer.store_id, customer.website_id)
    state = LockState(customer.failures_num or 0, customer.first_failure, customer.lock_expires)
    _set_lock(customer, after_failure(state, policy, now))
    session.flush()


def authenticate_password(session: Session, config: ConfigRegistry, customer: CustomerEntity, password: str,
                          now: datetime, wrong_password_message: str = errors.INVALID_LOGIN) -> None:
    """Authentication::authenticate: a wrong password is counted; a now-locked account says so."""
    if verify_password(password, customer.password_hash or ""):
        return
    record_failure(session, config, customer, now)
    if is_locked(customer.lock_expires, now):
        raise errors.UserLocked()
    raise errors.InvalidEmailOrPassword(wrong_password_message)


def _set_lock(customer: CustomerEntity, state: LockState) -> None:
    customer.failures_num = state.failures_num
    customer.first_failure = state.first_failure
    customer.lock_expires = state.lock_expires


def _legacy_hash(stored: str) -> bool:
    """Hashes from before Argon2 (md5 / sha256) are upgraded on a successful sign-in."""
    versions = stored.split(":")[2:]
    return bool(versions) and not any(v == "2" or v.startswith("3_") for v in versions)
