"""Customer attribute rules, pure: the checks Magento's customer resource model runs on save.

Customer\\Model\\ResourceModel\\Customer::_beforeSave fails first on a missing e-mail, then on a
duplicate; the attribute validators (EAV data, then Validator\\Name) run last and are reported
together as one ValidatorException: the rendered messages joined with newlines, no parameters.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date, datetime

EMAIL_MISSING = "The customer email is missing. Enter and try again."
DUPLICATE_EMAIL = "A customer with the same email address already exists in an associated website."

LABELS = {
    "website_id": "Associate to Website", "prefix": "Name Prefix", "firstname": "First Name",
    "middlename": "Middle Name/Initial", "lastname": "Last Name", "suffix": "Name Suffix", "email": "Email",
    "dob": "Date of Birth", "taxvat": "Tax/VAT Number",
}
_MAX_LENGTHS = {"prefix": 40, "firstname": 255, "middlename": 255, "lastname": 255, "suffix": 40, "email": 255,
                "taxvat": 50}
_NAME_FIELDS = (("firstname", "First Name"), ("lastname", "Last Name"), ("middlename", "Middle Name"))
_NAME_PUNCTUATION = frozenset(",-_.'")
_DATE_FORMATS = ("%Y-%m-%d", "%Y-%m-%d %H:%M:%S", "%Y-%m-%dT%H:%M:%S", "%m/%d/%Y")

_LOCAL_PART = re.compile(r"^[A-Za-z0-9!#$%&'*+/=?^_`{|}~-]+(\.[A-Za-z0-9!#$%&'*+/=?^_`{|}~-]+)*$")
_LABEL = re.compile(r"^[A-Za-z0-9]([A-Za-z0-9-]{0,61}[A-Za-z0-9])?$")
_TLD = re.compile(r"^([A-Za-z]{2,63}|xn--[A-Za-z0-9-]{1,59})$")


@dataclass(frozen=True)
class CustomerDraft:
    """The customer attributes about to be stored (dob as sent)."""

    website_id: int | None
    email: str | None
    firstname: str | None
    lastname: str | None
    prefix: str | None = None
    middlename: str | None = None
    suffix: str | None = None
    dob: str | None = None
    taxvat: str | None = None


def is_valid_email(email: str) -> bool:
    """An RFC 5322 dot-atom local part and a DNS host name with an alphabetic top-level domain."""
    if len(email) > 254 or email.count("@") != 1:
        return False
    local, host = email.split("@")
    if not local or len(local) > 64 or not _LOCAL_PART.match(local):
        return False
    try:
        ascii_host = host.encode("idna").decode("ascii") if not host.isascii() else host
    except UnicodeError:
        return False
    labels = ascii_host.split(".")
    if len(labels) < 2 or not all(_LABEL.match(label) for label in labels):
        return False
    return _TLD.match(labels[-1]) is not None


def is_valid_name(value: str | None) -> bool:
    """Validator\\Name: letters, marks, digits, spaces and , - _ . ' only, at most 255 characters."""
    if not value:
        return True
    if len(value) > 255:
        return False
    return all(_name_char(c) for c in value)


def _name_char(char: str) -> bool:
    category = unicodedata.category(char)
    return category[0] in "LM" or char.isdigit() or char.isspace() or char in _NAME_PUNCTUATION


def parse_dob(value: str) -> date | None:
    text = value.strip()
    for pattern in _DATE_FORMATS:
        try:
            return datetime.strptime(text, pattern).date()
        except ValueError:
            continue
    return None


def _php_empty(value: object) -> bool:
    return value is None or value == ""


def attribute_messages(customer: CustomerDraft) -> list[str]:
    """The EAV data validator's messages, then the name validator's, merged per attribute."""
    messages: dict[str, list[str]] = {}

    def add(code: str, message: str) -> None:
        messages.setdefault(code, []).append(message)

    if customer.website_id is None:
        add("website_id", f'"{LABELS["website_id"]}" is a required value.')
    for code in ("prefix", "firstname", "middlename", "lastname", "suffix", "email", "dob", "taxvat"):
        value = getattr(customer, code)
        if code in ("firstname", "lastname") and _php_empty(value):
            add(code, f'"{LABELS[code]}" is a required value.')
            continue
        if _php_empty(value):
            continue
        limit = _MAX_LENGTHS.get(code)
        if limit is not None and len(value) > limit:
            add(code, f'"{LABELS[code]}" length must be equal or less than {limit} characters.')
        if code == "email" and not is_valid_email(value):
            add(code, f'"{LABELS[code]}" is not a valid email address.')
        if code == "dob" and parse_dob(value) is None:
            add(code, f'"{LABELS[code]}" is not a valid date.')
    for code, label in _NAME_FIELDS:
        if not is_valid_name(getattr(customer, code)):
            add(code, f"{label} is not valid!")
    return list(_flatten(messages.values()))


def _flatten(groups: Iterable[list[str]]) -> Iterable[str]:
    for group in groups:
        yield from group
