"""Magento's catalog messages (raw templates; parameters are passed separately)."""

from __future__ import annotations

from typing import Any

from merx.webapi.errors import InputError, MerxError, NoSuchEntityError, StateError

PRODUCT_NOT_FOUND = "The product that was requested doesn't exist. Verify the product and try again."
ATTRIBUTE_EMPTY = 'The "%1" attribute value is empty. Set the attribute and try again.'
SKU_TOO_LONG = "SKU length should be %1 characters maximum."
INVALID_PRODUCT_DATA = "Invalid product data: %1"
INVALID_ATTRIBUTE_SET = "Invalid attribute set entity type"
NEGATIVE_PRICE = "Please enter a number 0 or greater in this field."
URL_KEY_EXISTS = "URL key for specified store already exists."
LINKED_PRODUCT_MISSING = 'The Product with the "%1" SKU doesn\'t exist.'
WEBSITE_NOT_FOUND = "The website with id %1 that was requested wasn't found. Verify the website and try again."
NOT_CONFIGURABLE = 'This is implemented for the "%1" configurable product only.'
NOT_BUNDLE = "This is implemented for bundle products only."
ALREADY_ATTACHED = "The product is already attached."
NO_CONFIGURABLE_OPTIONS = "The parent product doesn't have configurable product options."
CHILD_LACKS_ATTRIBUTE = 'The child product doesn\'t have the "%1" attribute value. Verify the value and try again.'
LINK_LACKS_ATTRIBUTE = 'Product with id "%1" does not contain required attribute "%2".'
SAME_ATTRIBUTE_VALUES = 'Products "%1" and "%2" have the same set of attribute values.'
ATTRIBUTE_NOT_FOUND = 'The attribute with a "%1" attributeCode doesn\'t exist. Verify the attribute and try again.'
LINK_TYPE_INVALID = "The link type is invalid. Verify and try again."
SAMPLE_TYPE_INVALID = "The link sample type is invalid. Verify and try again."
LINK_TITLE_EMPTY = "The link title is empty. Enter the link title and try again."
UNABLE_TO_SAVE = "The product was unable to be saved. Please try again."
PRODUCT_MAX_SKU_LENGTH = 64


def product_not_found() -> NoSuchEntityError:
    return NoSuchEntityError(PRODUCT_NOT_FOUND)


def unable_to_save() -> MerxError:
    """ProductRepository::save's catch-all (a CouldNotSaveException), e.g. for a value the column cannot hold."""
    return MerxError(UNABLE_TO_SAVE)


def attribute_empty(label: str) -> MerxError:
    return MerxError(ATTRIBUTE_EMPTY, [label])


def invalid_attribute_set() -> MerxError:
    """A CouldNotSaveException in Magento; a plain 400 here (no checkout redirect header)."""
    return MerxError(INVALID_PRODUCT_DATA, [INVALID_ATTRIBUTE_SET])


def invalid_value(code: str, value: Any) -> InputError:
    return InputError.invalid_field_value(code, value)


def url_key_exists() -> MerxError:
    return MerxError(URL_KEY_EXISTS)


def linked_product_missing(sku: str) -> NoSuchEntityError:
    return NoSuchEntityError(LINKED_PRODUCT_MISSING, [sku])


def website_not_found(website_id: int) -> NoSuchEntityError:
    return NoSuchEntityError(WEBSITE_NOT_FOUND, [website_id])


def not_configurable(sku: str) -> InputError:
    return InputError(NOT_CONFIGURABLE, [sku])


def not_bundle() -> InputError:
    return InputError(NOT_BUNDLE)


def state(message: str, parameters: list[Any] | None = None) -> StateError:
    return StateError(message, parameters)
