"""Brute-force lockout of the token endpoints (Magento's Oauth RequestThrottler)."""

from __future__ import annotations

from datetime import datetime, timedelta

from sqlalchemy.orm import Session

from merx.appconfig.registry import ConfigRegistry
from merx.integration import repository

# The throttler's own user-type constants (not UserContextInterface's).
THROTTLE_CUSTOMER = 2
THROTTLE_ADMIN = 3


def is_locked(session: Session, config: ConfigRegistry, user_name: str, user_type: int, now: datetime) -> bool:
    log = repository.failure_log(session, user_name, user_type)
    if log is None:
        return False
    max_failures = config.get_int("oauth/authentication_lock/max_failures_count", default=6)
    if log.lock_expires_at <= now:
        return False
    return max_failures > 0 and log.failures_count >= max_failures


def record_failure(session: Session, config: ConfigRegistry, user_name: str, user_type: int, now: datetime) -> None:
    timeout = config.get_int("oauth/authentication_lock/timeout", default=1800)
    log = repository.failure_log(session, user_name, user_type)
    if log is not None and log.lock_expires_at <= now:
        repository.reset_failures(session, user_name, user_type)
    repository.record_failure(session, user_name, user_type, now + timedelta(seconds=timeout))


def reset(session: Session, user_name: str, user_type: int) -> None:
    repository.reset_failures(session, user_name, user_type)
