"""Typed errors carrying Magento's message templates; rendered in one place (`render_error`).

Service-layer errors keep the raw template and their parameters (Magento's LocalizedException);
`WebapiError` carries an already-substituted message (Magento's Webapi\\Exception).
"""

from __future__ import annotations

from typing import Any

Parameters = dict[str, Any] | list[Any] | None


class MerxError(Exception):
    status = 400
    # When true, the unit of work commits what the service wrote before failing (e.g. a failed
    # sign-in is counted for the lockout even though the request answers 401).
    keep_changes = False

    def __init__(self, message: str, parameters: Parameters = None) -> None:
        super().__init__(message)
        self.message = message
        self.parameters = parameters

    @property
    def errors(self) -> list[MerxError]:
        return []

    def rendered(self) -> str:
        """The message with its placeholders substituted (for logs and storefront pages)."""
        return substitute(self.message, self.parameters)

    def body(self) -> dict[str, Any]:
        body: dict[str, Any] = {"message": self.message}
        if self.parameters:
            body["parameters"] = self.parameters
        if self.errors:
            body["errors"] = [_item(e) for e in self.errors]
        return body


def _item(error: MerxError) -> dict[str, Any]:
    return {"message": error.message, "parameters": error.parameters if error.parameters else []}


def substitute(message: str, parameters: Parameters) -> str:
    if not parameters:
        return message
    if isinstance(parameters, list):
        for index, value in reversed(list(enumerate(parameters, start=1))):
            message = message.replace(f"%{index}", _text(value))
        return message
    for key in sorted(parameters, key=len, reverse=True):
        message = message.replace(f"%{key}", _text(parameters[key]))
    return message


def _text(value: Any) -> str:
    if value is True:
        return "1"
    if value is False or value is None:
        return ""
    return str(value)


class InputError(MerxError):
    """Magento's InputException (400); aggregates several errors like AbstractAggregateException."""

    DEFAULT_MESSAGE = "One or more input exceptions have occurred."
    REQUIRED = '"%fieldName" is required. Enter and try again.'
    INVALID_FIELD_VALUE = 'Invalid value of "%value" provided for the %fieldName field.'

    def __init__(self, message: str = DEFAULT_MESSAGE, parameters: Parameters = None) -> None:
        super().__init__(message, parameters)
        self._errors: list[MerxError] = []
        self._original: tuple[str, Parameters] = (message, parameters)

    def add(self, error: MerxError) -> None:
        """Magento's addError: one error replaces the message, two or more list them all."""
        if not self._errors:
            self._original = (self.message, self.parameters)
            self.message, self.parameters = error.message, error.parameters
        elif len(self._errors) == 1:
            self.message, self.parameters = self._original
        self._errors.append(error)

    @property
    def errors(self) -> list[MerxError]:
        return self._errors if len(self._errors) > 1 else []

    def has_errors(self) -> bool:
        return bool(self._errors)

    @classmethod
    def required(cls, field_name: str) -> InputError:
        return cls(cls.REQUIRED, {"fieldName": field_name})

    @classmethod
    def invalid_field_value(cls, field_name: str, value: Any) -> InputError:
        return cls(cls.INVALID_FIELD_VALUE, {"value": value, "fieldName": field_name})


class ValidationError(MerxError):
    """MSI's ValidationException: always the aggregate shape, even for one error."""

    def __init__(self, message: str, errors: list[MerxError]) -> None:
        super().__init__(message)
        self._errors = errors

    @property
    def errors(self) -> list[MerxError]:
        return self._errors

    def body(self) -> dict[str, Any]:
        return {"message": self.message, "errors": [_item(e) for e in self._errors]}


class StateError(MerxError):
    pass


class AlreadyExistsError(MerxError):
    pass


class CouldNotSaveError(MerxError):
    pass


class CouldNotDeleteError(MerxError):
    pass


class NoSuchEntityError(MerxError):
    status = 404
    TEMPLATE = "No such entity with %fieldName = %fieldValue"
    TEMPLATE_2 = "No such entity with %fieldName = %fieldValue, %field2Name = %field2Value"

    @classmethod
    def single(cls, field_name: str, value: Any) -> NoSuchEntityError:
        return cls(cls.TEMPLATE, {"fieldName": field_name, "fieldValue": value})

    @classmethod
    def double(cls, field: str, value: Any, field2: str, value2: Any) -> NoSuchEntityError:
        return cls(
            cls.TEMPLATE_2, {"fieldName": field, "fieldValue": value, "field2Name": field2, "field2Value": value2}
        )


class AuthorizationError(MerxError):
    status = 401
    CONSUMER = "The consumer isn't authorized to access %resources."

    @classmethod
    def for_resources(cls, resources: tuple[str, ...]) -> AuthorizationError:
        return cls(cls.CONSUMER, {"resources": ", ".join(resources)})


class AuthenticationError(MerxError):
    status = 401
    SIGN_IN_INCORRECT = (
        "The account sign-in was incorrect or your account is disabled temporarily. Please wait and try again later."
    )


class SignInFailed(AuthenticationError):
    keep_changes = True

    def __init__(self) -> None:
        super().__init__(self.SIGN_IN_INCORRECT)


class WebapiError(MerxError):
    """A framework error whose message is already substituted (Magento\\Framework\\Webapi\\Exception)."""

    def __init__(self, message: str, status: int = 400, details: dict[str, Any] | None = None) -> None:
        super().__init__(message, details or None)
        self.status = status


ROUTE_NOT_FOUND = "Request does not match any route."


def route_not_found() -> WebapiError:
    return WebapiError(ROUTE_NOT_FOUND, 404)


def type_error(value: Any, expected: str) -> WebapiError:
    return WebapiError(
        f'The "{value}" value\'s type is invalid. The "{expected}" type was expected. Verify and try again.'
    )
