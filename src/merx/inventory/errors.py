"""MSI's message templates and the typed errors that carry them (conventions §7)."""

from __future__ import annotations

from merx.webapi.errors import (
    CouldNotDeleteError,
    CouldNotSaveError,
    InputError,
    MerxError,
    NoSuchEntityError,
    ValidationError,
)

VALIDATION_FAILED = "Validation Failed"
CAN_NOT_BE_EMPTY = '"%field" can not be empty.'
NO_WHITESPACES = '"%field" can not contain whitespaces.'
NO_LEADING_TRAILING_SPACES = '"%field" can not contain leading or trailing spaces.'
SHOULD_BE_NUMERIC = '"%field" should be numeric.'
UNKNOWN_STATUS = '"%field" should a known status.'
PRIORITY_GREATER_THAN_ZERO = '"%field" should be greater then 0.'
WEBSITE_DOES_NOT_EXIST = 'The website with code "%code" does not exist.'
DEFAULT_LINK = "Can not save link related to Default Source or Default Stock"
DEFAULT_LINK_DELETE = "Can not delete link related to Default Source or Default Stock"
DEFAULT_SOURCE_DISABLED = "Default source can not be disabled."
INPUT_DATA_IS_EMPTY = "Input data is empty"
SOURCE_NOT_FOUND = 'Source with code "%value" does not exist.'
STOCK_NOT_FOUND = 'Stock with id "%value" does not exist.'
STOCK_NOT_FOUND_FOR_DELETE = 'There is no stock with "%fieldValue" for "%fieldName". Verify and try again.'
PRODUCT_NOT_FOUND = "The product that was requested doesn't exist. Verify the product and try again."
NO_SOURCE_ITEMS_SUPPORT = "Can't check requested quantity for products without Source Items support."
PRODUCTS_NOT_FOUND = "Following products with requested skus were not found: %1"
TRANSFER_SELECT_DIFFERENT = "Validation Error: Select different sources for origin and destination."
TRANSFER_VALIDATION_FAILED = "Transfer validation failed"
ORIGIN_MISSING = "Origin source %sourceCode does not exist"
DESTINATION_MISSING = "Destination source %sourceCode does not exist"
SAME_SOURCE = "Cannot transfer a source on itself"
SOURCE_MISSING = "Source %sourceCode does not exist"
TRANSFER_AMOUNT_NOT_AVAILABLE = "Requested transfer amount for sku %sku is not available"
SOURCE_ITEM_MISSING = "Source item for %sku and %sourceCode does not exist"


def field_error(template: str, field: str) -> MerxError:
    return MerxError(template, {"field": field})


def validation_failed(errors: list[MerxError]) -> ValidationError:
    """Sources, stocks, links: the aggregate shape even for one error."""
    return ValidationError(VALIDATION_FAILED, errors)


def source_items_validation_failed(errors: list[MerxError]) -> ValidationError:
    """SourceItemsSaveHandler: `Validation Failed: ` followed by the first error, rendered."""
    return ValidationError(f"{VALIDATION_FAILED}: {errors[0].rendered()}", errors)


def input_data_is_empty() -> InputError:
    return InputError(INPUT_DATA_IS_EMPTY)


def source_not_found(source_code: str) -> NoSuchEntityError:
    return NoSuchEntityError(SOURCE_NOT_FOUND, {"value": source_code})


def stock_not_found(stock_id: int) -> NoSuchEntityError:
    return NoSuchEntityError(STOCK_NOT_FOUND, {"value": stock_id})


def product_not_found() -> NoSuchEntityError:
    return NoSuchEntityError(PRODUCT_NOT_FOUND)


def no_source_items_support() -> InputError:
    return InputError(NO_SOURCE_ITEMS_SUPPORT)


def could_not_save(what: str) -> CouldNotSaveError:
    return CouldNotSaveError(f"Could not save {what}")


def could_not_delete(message: str) -> CouldNotDeleteError:
    return CouldNotDeleteError(message)


class InsufficientStockError(MerxError):
    """Raised by `reserve` when a line cannot be covered; the checkout maps it to its own message."""

    def __init__(self, sku: str, stock_id: int, requested: float, salable: float) -> None:
        super().__init__("The requested qty is not available")
        self.sku = sku
        self.stock_id = stock_id
        self.requested = requested
        self.salable = salable


def could_not_save_channels() -> CouldNotSaveError:
    return CouldNotSaveError("Could not replace Sales Channels for Stock")
