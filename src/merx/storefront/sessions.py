"""Server-side storefront sessions with a per-session form key (Magento's CSRF guard).

The cookie carries a 256-bit random id; the database keeps only its SHA-256, the customer signed in,
the form key and one flash message. Cookies are HttpOnly and SameSite=Lax; signing in issues a new id
(no session fixation) and signing out deletes the row.
"""

from __future__ import annotations

import hashlib
import hmac
import secrets
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta

from sqlalchemy import delete, select
from sqlalchemy.orm import Session

from merx.db.models.storefront import StorefrontSession

COOKIE = "merx_session"
LIFETIME = timedelta(hours=1)  # Magento's web/cookie/cookie_lifetime default (3600 s)


def _hash(session_id: str) -> str:
    return hashlib.sha256(session_id.encode()).hexdigest()


def _now() -> datetime:
    return datetime.now(UTC).replace(tzinfo=None)


def new_form_key() -> str:
    alphabet = "0123456789abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ"
    return "".join(secrets.choice(alphabet) for _ in range(16))


@dataclass
class SessionState:
    session_id: str
    store_id: int
    customer_id: int | None
    form_key: str
    flash: str | None
    is_new: bool = False
    changed: bool = False

    def form_key_matches(self, submitted: str | None) -> bool:
        return submitted is not None and hmac.compare_digest(submitted, self.form_key)


def load(session: Session, session_id: str | None, store_id: int) -> SessionState:
    """The visitor's session, or a fresh anonymous one (not yet stored) when missing or expired."""
    if session_id:
        row = session.execute(
            select(StorefrontSession).where(StorefrontSession.session_hash == _hash(session_id))
        ).scalar_one_or_none()
        if row is not None and row.expires_at > _now():
            return SessionState(session_id, row.store_id, row.customer_id, row.form_key, row.flash)
    return SessionState(secrets.token_urlsafe(32), store_id, None, new_form_key(), None, is_new=True)


def save(session: Session, state: SessionState) -> None:
    now = _now()
    key = _hash(state.session_id)
    row = session.get(StorefrontSession, key)
    if row is None:
        session.add(StorefrontSession(session_hash=key, store_id=state.store_id, customer_id=state.customer_id,
                                      form_key=state.form_key, flash=state.flash, created_at=now,
                                      expires_at=now + LIFETIME))
    else:
        row.store_id, row.customer_id = state.store_id, state.customer_id
        row.form_key, row.flash = state.form_key, state.flash
        row.expires_at = now + LIFETIME
    session.flush()


def regenerate(session: Session, state: SessionState) -> SessionState:
    """A new id and form key for the same visitor (on sign-in and sign-out)."""
    destroy(session, state)
    return SessionState(secrets.token_urlsafe(32), state.store_id, state.customer_id, new_form_key(), state.flash,
                        is_new=True, changed=True)


def destroy(session: Session, state: SessionState) -> None:
    session.execute(delete(StorefrontSession).where(StorefrontSession.session_hash == _hash(state.session_id)))


def end_customer_sessions(session: Session, customer_id: int) -> None:
    session.execute(delete(StorefrontSession).where(StorefrontSession.customer_id == customer_id))


def purge_expired(session: Session) -> None:
    session.execute(delete(StorefrontSession).where(StorefrontSession.expires_at <= _now()))
