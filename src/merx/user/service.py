from __future__ import annotations

import re

from sqlalchemy.orm import Session

from merx.db.models import AdminUser
from merx.integration import repository, tokens
from merx.security.passwords import hash_password
from merx.webapi.context import USER_TYPE_ADMIN
from merx.webapi.errors import InputError

_EMAIL = re.compile(r"^[^@\s]+@[^@\s]+\.[^@\s]+$")
_LETTERS = re.compile(r"[A-Za-z]")
_DIGITS = re.compile(r"[0-9]")


def validate_admin_password(password: str) -> None:
    """Magento_User's rule: at least 7 characters, both letters and numbers."""
    if len(password) < 7 or not _LETTERS.search(password) or not _DIGITS.search(password):
        raise InputError(
            "Your password must include both numeric and alphabetic characters."
            if len(password) >= 7 else
            "Your password must be at least 7 characters."
        )


def create_admin_user(session: Session, username: str, password: str, email: str, firstname: str,
                      lastname: str) -> tuple[AdminUser, bool]:
    """Creates the user, or updates it when the user name exists (as `admin:user:create` does)."""
    if not username:
        raise InputError.required("username")
    if not _EMAIL.match(email):
        raise InputError('Please enter a valid email.')
    validate_admin_password(password)
    now = tokens.utcnow()
    existing = repository.admin_by_username(session, username)
    if existing is not None:
        existing.password = hash_password(password)
        existing.email, existing.firstname, existing.lastname = email, firstname, lastname
        existing.is_active = 1
        existing.modified = now
        tokens.revoke_all(session, USER_TYPE_ADMIN, existing.user_id)
        session.flush()
        return existing, False
    user = AdminUser(username=username, password=hash_password(password), email=email, firstname=firstname,
                     lastname=lastname, is_active=1, created=now, modified=now)
    session.add(user)
    session.flush()
    return user, True
