"""MSI's validator chains as pure functions: each returns the list of errors, in Magento's order."""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from typing import TypeVar

from merx.inventory import errors as e
from merx.inventory.schemas import SourceData, SourceItemData, StockData, StockSourceLinkData
from merx.webapi.errors import MerxError

DEFAULT_SOURCE_CODE = "default"
DEFAULT_STOCK_ID = 1
STATUS_OUT_OF_STOCK = 0
STATUS_IN_STOCK = 1
KNOWN_STATUSES = (STATUS_OUT_OF_STOCK, STATUS_IN_STOCK)
SALES_CHANNEL_WEBSITE = "website"

_SPECIAL_CHARS = re.compile(r"\$[:]*{(.)*}")
_WHITESPACE = re.compile(r"\s")
_PHP_TRIM = " \t\n\r\0\x0b"
_T = TypeVar("_T")


def _text(value: object) -> str:
    return "" if value is None else str(value)


def _not_empty(field: str, value: str) -> list[MerxError]:
    return [e.field_error(e.CAN_NOT_BE_EMPTY, field)] if value.strip(_PHP_TRIM) == "" else []


def _no_whitespace(field: str, value: str) -> list[MerxError]:
    return [e.field_error(e.NO_WHITESPACES, field)] if _WHITESPACE.search(value) else []


def _no_special_chars(value: str) -> list[MerxError]:
    return [MerxError(e.VALIDATION_FAILED)] if _SPECIAL_CHARS.search(value) else []


def _numeric(field: str, value: object) -> list[MerxError]:
    numeric = isinstance(value, int | float) and not isinstance(value, bool)
    return [] if numeric else [e.field_error(e.SHOULD_BE_NUMERIC, field)]


def validate_source(source: SourceData) -> list[MerxError]:
    name, code = _text(source.name), _text(source.source_code)
    found = [*_not_empty("name", name), *_no_special_chars(name)]
    found += [*_not_empty("source_code", code), *_no_whitespace("source_code", code), *_no_special_chars(code)]
    found += _not_empty("postcode", _text(source.postcode))
    found += _not_empty("country_id", _text(source.country_id))
    if source.source_code == DEFAULT_SOURCE_CODE and not source.enabled:
        found.append(MerxError(e.DEFAULT_SOURCE_DISABLED))
    return found


def validate_source_item(item: SourceItemData) -> list[MerxError]:
    sku, code = _text(item.sku), _text(item.source_code)
    found = _not_empty("sku", sku)
    if sku.strip(_PHP_TRIM) != sku:
        found.append(e.field_error(e.NO_LEADING_TRAILING_SPACES, "sku"))
    found += [*_not_empty("source_code", code), *_no_whitespace("source_code", code)]
    found += _numeric("quantity", item.quantity)
    found += _numeric("status", item.status)
    if int(item.status or 0) not in KNOWN_STATUSES:
        found.append(e.field_error(e.UNKNOWN_STATUS, "status"))
    return found


def validate_source_items(items: Sequence[SourceItemData]) -> list[MerxError]:
    return _each(items, validate_source_item)


def validate_stock(stock: StockData, website_exists: Callable[[str], bool]) -> list[MerxError]:
    found = _not_empty("name", _text(stock.name))
    extension = stock.extension_attributes
    for channel in (extension.sales_channels if extension is not None else None) or []:
        kind, code = _text(channel.type), _text(channel.code)
        found += _not_empty("type", kind)
        found += _not_empty("code", code)
        if kind == SALES_CHANNEL_WEBSITE and not website_exists(code):
            found.append(MerxError(e.WEBSITE_DOES_NOT_EXIST, {"code": code}))
    return found


def validate_link(link: StockSourceLinkData) -> list[MerxError]:
    code = _text(link.source_code)
    found = [*_not_empty("source_code", code), *_no_whitespace("source_code", code)]
    if int(link.priority or 0) <= 0:
        found.append(e.field_error(e.PRIORITY_GREATER_THAN_ZERO, "priority"))
    if touches_default(link) and not is_initial_default_link(link):
        found.append(MerxError(e.DEFAULT_LINK))
    return found


def validate_links(links: Sequence[StockSourceLinkData]) -> list[MerxError]:
    return _each(links, validate_link)


def touches_default(link: StockSourceLinkData) -> bool:
    return link.stock_id == DEFAULT_STOCK_ID or link.source_code == DEFAULT_SOURCE_CODE


def is_initial_default_link(link: StockSourceLinkData) -> bool:
    return link.stock_id == DEFAULT_STOCK_ID and link.source_code == DEFAULT_SOURCE_CODE


def _each(items: Sequence[_T], validate: Callable[[_T], list[MerxError]]) -> list[MerxError]:
    found: list[MerxError] = []
    for item in items:
        found += validate(item)
    return found
