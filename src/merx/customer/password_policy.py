"""Magento's customer password rules (AccountManagement::checkPasswordStrength, CredentialsValidator).

Checked in Magento's order; the first failure wins. Parameters are positional (`%1`), so they are
sent as a list, e.g. `{"message": "The password needs at least %1 characters. ...", "parameters": [8]}`.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from merx.appconfig.registry import ConfigRegistry
from merx.webapi.errors import InputError

MAX_PASSWORD_LENGTH = 256
TOO_LONG = "Please enter a password with at most %1 characters."
TOO_SHORT = "The password needs at least %1 characters. Create a new password and try again."
SURROUNDING_SPACE = "The password can't begin or end with a space. Verify the password and try again."
TOO_FEW_CLASSES = (
    "Minimum of different classes of characters in password is %1. "
    "Classes of characters: Lower Case, Upper Case, Digits, Special Characters."
)
SAME_AS_EMAIL = "The password can't be the same as the email address. Create a new password and try again."

_CLASSES = (re.compile(r"[0-9]"), re.compile(r"[A-Z]"), re.compile(r"[a-z]"), re.compile(r"[^a-zA-Z0-9]"))
_PHP_TRIM = " \t\n\r\0\x0b"


@dataclass(frozen=True)
class PasswordPolicy:
    min_length: int = 8
    required_classes: int = 3

    @classmethod
    def from_config(cls, config: ConfigRegistry, store_id: int | None = None,
                    website_id: int | None = None) -> PasswordPolicy:
        return cls(
            config.get_int("customer/password/minimum_password_length", store_id, website_id, default=8),
            config.get_int("customer/password/required_character_classes_number", store_id, website_id, default=3),
        )


def check_password_strength(password: str, policy: PasswordPolicy) -> None:
    length = len(password)
    if length > MAX_PASSWORD_LENGTH:
        raise InputError(TOO_LONG, [MAX_PASSWORD_LENGTH])
    if length < policy.min_length:
        raise InputError(TOO_SHORT, [policy.min_length])
    if len(password.strip(_PHP_TRIM)) != length:
        raise InputError(SURROUNDING_SPACE)
    classes = sum(1 for pattern in _CLASSES if pattern.search(password))
    if classes < policy.required_classes:
        raise InputError(TOO_FEW_CLASSES, [policy.required_classes])


def check_password_not_email(email: str | None, password: str) -> None:
    """PHP strcasecmp: an ASCII case-insensitive comparison."""
    if email is not None and _ascii_lower(password) == _ascii_lower(email):
        raise InputError(SAME_AS_EMAIL)


def _ascii_lower(text: str) -> str:
    return text.translate(_ASCII_LOWER)


_ASCII_LOWER = str.maketrans("ABCDEFGHIJKLMNOPQRSTUVWXYZ", "abcdefghijklmnopqrstuvwxyz")
