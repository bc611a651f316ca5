from __future__ import annotations

from merx.webapi.errors import AlreadyExistsError, InputError, NoSuchEntityError


def website_code_taken() -> AlreadyExistsError:
    return AlreadyExistsError("Website with the same code already exists.")


def group_code_taken() -> AlreadyExistsError:
    return AlreadyExistsError("Group with the same code already exists.")


def store_code_taken() -> AlreadyExistsError:
    return AlreadyExistsError("Store with the same code already exists.")


def no_such_website(code: str) -> NoSuchEntityError:
    return NoSuchEntityError(
        'The website with code "%1" that was requested wasn\'t found. Verify the website and try again.', [code]
    )


def no_such_group(code: str) -> NoSuchEntityError:
    return NoSuchEntityError.single("code", code)


def invalid_code(field: str, code: str) -> InputError:
    return InputError(
        "The %1 code may contain only letters (a-z), numbers (0-9) or underscore (_), "
        "and the first character must be a letter.",
        [field],
    )
