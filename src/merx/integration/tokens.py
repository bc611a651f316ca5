"""Issuing, resolving and revoking bearer tokens.

merx issues opaque tokens (32 characters of [0-9a-z], as Magento's OAuth helper does) and stores
only their SHA-256. A stolen database therefore yields nothing that can be presented as a token,
revocation is a row update, and no signing key has to be shared between workers.
"""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

from sqlalchemy.orm import Session

from merx.appconfig.registry import ConfigRegistry
from merx.db import generations
from merx.integration import repository
from merx.security.passwords import opaque_token, token_digest
from merx.webapi.context import USER_TYPE_ADMIN, USER_TYPE_CUSTOMER, UserContext

LIFETIME_PATHS = {
    USER_TYPE_ADMIN: "oauth/access_token_lifetime/admin",
    USER_TYPE_CUSTOMER: "oauth/access_token_lifetime/customer",
}


def utcnow() -> datetime:
    return datetime.now(UTC).replace(tzinfo=None)


def issue(session: Session, config: ConfigRegistry, user_type: int, user_id: int,
          website_id: int | None = None) -> str:
    """A new token; its lifetime (hours, from config at issue time; empty = never) is fixed now."""
    now = utcnow()
    hours = config.get_float(LIFETIME_PATHS[user_type], website_id=website_id)
    expires_at = now + timedelta(hours=hours) if hours is not None and hours > 0 else None
    token = opaque_token()
    repository.add_token(session, token_digest(token), user_type, user_id, now, expires_at)
    return token


def resolve(session: Session, token: str) -> tuple[UserContext, float | None] | None:
    """The user behind a token, or None when it is unknown, revoked or expired."""
    row = repository.find_token(session, token_digest(token))
    if row is None or row.revoked:
        return None
    now = utcnow()
    if row.expires_at is not None and row.expires_at <= now:
        return None
    if row.user_type == USER_TYPE_ADMIN and not repository.admin_exists(session, row.user_id):
        return None
    expires = row.expires_at.replace(tzinfo=UTC).timestamp() if row.expires_at is not None else None
    return UserContext(row.user_type, row.user_id), expires


def revoke_all(session: Session, user_type: int, user_id: int) -> int:
    count = repository.revoke_user_tokens(session, user_type, user_id)
    generations.bump(session, generations.AUTH)
    return count
