"""The storefront account lockout (Customer\\Model\\Authentication), pure.

After `customer/password/lockout_failures` wrong passwords the account is locked for
`customer/password/lockout_threshold` minutes; the count restarts with the first failure after a
lock has expired, and a successful sign-in clears it.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, timedelta

from merx.appconfig.registry import ConfigRegistry


@dataclass(frozen=True)
class LockoutPolicy:
    max_failures: int = 10
    threshold_minutes: int = 10

    @classmethod
    def from_config(cls, config: ConfigRegistry, store_id: int | None = None,
                    website_id: int | None = None) -> LockoutPolicy:
        return cls(
            config.get_int("customer/password/lockout_failures", store_id, website_id, default=10),
            config.get_int("customer/password/lockout_threshold", store_id, website_id, default=10),
        )


@dataclass(frozen=True)
class LockState:
    failures_num: int = 0
    first_failure: datetime | None = None
    lock_expires: datetime | None = None


def is_locked(lock_expires: datetime | None, now: datetime) -> bool:
    return lock_expires is not None and lock_expires > now


def after_failure(state: LockState, policy: LockoutPolicy, now: datetime) -> LockState:
    """Authentication::processAuthenticationFailure."""
    if not (policy.max_failures and policy.threshold_minutes):
        return state
    failures = state.failures_num + 1
    lock_expired = state.lock_expires is not None and now > state.lock_expires
    if failures == 1 or state.first_failure is None or lock_expired:
        return LockState(1, now, None)
    if failures >= policy.max_failures:
        return LockState(failures, state.first_failure, now + timedelta(minutes=policy.threshold_minutes))
    return LockState(failures, state.first_failure, state.lock_expires)


UNLOCKED = LockState()
