"""The customer domain's Magento messages and typed errors."""

from __future__ import annotations

from merx.webapi.errors import AuthenticationError, InputError, MerxError, NoSuchEntityError

INVALID_LOGIN = "Invalid login or password."
ACCOUNT_LOCKED = "The account is locked."
WRONG_CURRENT_PASSWORD = "The password doesn't match this account. Verify the password and try again."
GROUP_DOES_NOT_EXIST = "The specified customer group id does not exist."
TOKEN_MISMATCH = "The password token is mismatched. Reset and try again."
TOKEN_EXPIRED = "The password token is expired. Reset and try again."
UNKNOWN_TEMPLATE = (
    'Invalid value of "%value" provided for the %fieldName field. Possible values: %template1 or %template2.'
)
NO_SUCH_RP_TOKEN = "No such entity with rp_token = %value"
EMAIL_REMINDER = "email_reminder"
EMAIL_RESET = "email_reset"


class InvalidEmailOrPassword(AuthenticationError):
    """A failed password check; the failure count it wrote is kept (the request still fails)."""

    keep_changes = True


class UserLocked(AuthenticationError):
    keep_changes = True

    def __init__(self) -> None:
        super().__init__(ACCOUNT_LOCKED)


def no_such_customer(customer_id: int) -> MerxError:
    return NoSuchEntityError.single("customerId", customer_id)


def no_such_address(address_id: int) -> MerxError:
    return NoSuchEntityError.single("addressId", address_id)


def no_such_email(email: str, website_id: int | None) -> MerxError:
    return NoSuchEntityError.double("email", email, "websiteId", website_id)


def validator_error(messages: list[str]) -> MerxError:
    """Magento\\Framework\\Validator\\Exception: rendered messages joined with newlines."""
    return InputError("\n".join(messages))


def unknown_template(template: str) -> MerxError:
    return InputError(UNKNOWN_TEMPLATE, {"value": template, "fieldName": "template",
                                         "template1": EMAIL_REMINDER, "template2": EMAIL_RESET})
