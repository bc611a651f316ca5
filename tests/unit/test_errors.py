from __future__ import annotations

from merx.webapi.errors import InputError, NoSuchEntityError, ValidationError, substitute


def test_one_error_replaces_the_message() -> None:
    error = InputError()
    error.add(InputError.required("username"))
    assert error.body() == {"message": '"%fieldName" is required. Enter and try again.',
                            "parameters": {"fieldName": "username"}}


def test_two_errors_are_listed() -> None:
    error = InputError()
    error.add(InputError.required("username"))
    error.add(InputError.required("password"))
    body = error.body()
    assert body["message"] == "One or more input exceptions have occurred."
    assert [e["parameters"]["fieldName"] for e in body["errors"]] == ["username", "password"]


def test_validation_error_always_aggregate() -> None:
    error = ValidationError("Validation Failed", [InputError('"%field" can not be empty.', {"field": "name"})])
    assert error.body() == {"message": "Validation Failed",
                            "errors": [{"message": '"%field" can not be empty.', "parameters": {"field": "name"}}]}


def test_substitute() -> None:
    assert substitute("No such entity with %fieldName = %fieldValue", {"fieldName": "id", "fieldValue": 5}) == (
        "No such entity with id = 5")
    assert substitute("at least %1 of %2", [8, "x"]) == "at least 8 of x"
    assert NoSuchEntityError.single("customerId", 3).status == 404
