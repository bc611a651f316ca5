"""Pure customer rules: password policy, customer attributes, lockout."""

from __future__ import annotations

from datetime import datetime, timedelta

import pytest

from merx.customer.customer_rules import CustomerDraft, attribute_messages, is_valid_email, is_valid_name, parse_dob
from merx.customer.lockout import LockoutPolicy, LockState, after_failure, is_locked
from merx.customer.password_policy import (
    SAME_AS_EMAIL,
    SURROUNDING_SPACE,
    TOO_FEW_CLASSES,
    TOO_LONG,
    TOO_SHORT,
    PasswordPolicy,
    check_password_not_email,
    check_password_strength,
)
from merx.webapi.errors import InputError

POLICY = PasswordPolicy(8, 3)


@pytest.mark.parametrize(("password", "message", "parameters"), [
    ("a" * 257, TOO_LONG, [256]),
    ("Ab1", TOO_SHORT, [8]),
    ("Abcdefg1 ", SURROUNDING_SPACE, None),
    ("\tAbcdefg1", SURROUNDING_SPACE, None),
    ("abcdefgh1", TOO_FEW_CLASSES, [3]),
    ("ABCDEFGHI", TOO_FEW_CLASSES, [3]),
])
def test_weak_passwords_in_magento_order(password: str, message: str, parameters: list[int] | None) -> None:
    with pytest.raises(InputError) as caught:
        check_password_strength(password, POLICY)
    assert (caught.value.message, caught.value.parameters) == (message, parameters)


def test_strong_passwords_and_policy_settings() -> None:
    for password in ("Password1", "pass word1!", "ÄÖÜ abc 12", "x" * 254 + "A1"):
        check_password_strength(password, POLICY)
    check_password_strength("abc", PasswordPolicy(3, 1))
    with pytest.raises(InputError) as caught:
        check_password_strength("Abcdefg1", PasswordPolicy(8, 4))
    assert caught.value.parameters == [4]


def test_password_may_not_be_the_email() -> None:
    with pytest.raises(InputError) as caught:
        check_password_not_email("Jdoe@Example.com", "jdoe@example.COM")
    assert caught.value.message == SAME_AS_EMAIL and caught.value.parameters is None
    check_password_not_email("jdoe@example.com", "Password1")
    check_password_not_email(None, "Password1")


@pytest.mark.parametrize("email", ["jdoe@example.com", "a.b+c@sub.example.co.uk", "x@xn--bcher-kva.example",
                                   "o'neil@example.org", "jürgen@bücher.de"[0:0] + "j@bücher.de"])
def test_valid_emails(email: str) -> None:
    assert is_valid_email(email)


@pytest.mark.parametrize("email", ["invalid", "jdoe@example", "a@b.c", "a@@b.com", ".a@b.com", "a..b@c.com",
                                   "a b@c.com", "jdoe@example.com ", "a@-b.com", "a@b.123", "@example.com"])
def test_invalid_emails(email: str) -> None:
    assert not is_valid_email(email)


def test_names() -> None:
    for name in ("Jane", "Zoë-Anne O'Neil", "Jean_Luc.", "Mary 2nd", "José", None, ""):
        assert is_valid_name(name)
    for name in ("J@ne", "<b>", "Jane!", "x" * 256):
        assert not is_valid_name(name)


def test_attribute_messages_order_and_merge() -> None:
    draft = CustomerDraft(website_id=None, email="bad", firstname=None, lastname="D@e", middlename="M" * 256)
    assert attribute_messages(draft) == [
        '"Associate to Website" is a required value.',
        '"First Name" is a required value.',
        '"Middle Name/Initial" length must be equal or less than 255 characters.',
        "Middle Name is not valid!",  # merged into the attribute's own messages
        '"Email" is not a valid email address.',
        "Last Name is not valid!",
    ]
    ok = CustomerDraft(website_id=1, email="jdoe@example.com", firstname="Jane", lastname="Doe", dob="1980-01-31")
    assert attribute_messages(ok) == []
    assert attribute_messages(CustomerDraft(1, "j@example.com", "J", "D", dob="31-01-1980x")) == [
        '"Date of Birth" is not a valid date.']
    assert parse_dob("1980-01-31 00:00:00") == parse_dob("1980-01-31")


def test_lockout() -> None:
    policy = LockoutPolicy(3, 10)
    now = datetime(2026, 1, 1, 12, 0, 0)
    state = LockState()
    for minute in range(2):
        state = after_failure(state, policy, now + timedelta(minutes=minute))
    assert (state.failures_num, state.first_failure, state.lock_expires) == (2, now, None)
    state = after_failure(state, policy, now + timedelta(minutes=2))
    assert state.lock_expires == now + timedelta(minutes=12)
    assert is_locked(state.lock_expires, now + timedelta(minutes=11))
    assert not is_locked(state.lock_expires, now + timedelta(minutes=13))
    restarted = after_failure(state, policy, now + timedelta(minutes=13))  # the lock has expired: count restarts
    assert (restarted.failures_num, restarted.lock_expires) == (1, None)
    assert after_failure(LockState(), LockoutPolicy(0, 10), now) == LockState()  # lockout disabled
