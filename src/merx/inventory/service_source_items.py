"""SourceItemsSave / SourceItemsDelete / SourceItemRepository::getList.

A batch is validated as a whole and written with set-based SQL, all or nothing.
"""

from __future__ import annotations

from typing import Any

from merx.inventory import errors, render, source_item_repository, source_repository
from merx.inventory.schemas import SourceItemData, SourceItemSearchResults
from merx.inventory.validation import validate_source_items
from merx.webapi.context import ServiceContext
from merx.webapi.search_criteria import SearchCriteria, criteria_to_output

_MAX_QUANTITY = 10**8  # decimal(12,4)
_MAX_SKU = 64


def save(ctx: ServiceContext, source_items: list[SourceItemData]) -> None:
    if not source_items:
        raise errors.input_data_is_empty()
    found = validate_source_items(source_items)
    if found:
        raise errors.source_items_validation_failed(found)
    rows: list[dict[str, Any]] = [
        {"source_code": str(i.source_code), "sku": str(i.sku), "quantity": float(i.quantity or 0),
         "status": int(i.status or 0)}
        for i in source_items
    ]  # fmt: skip
    codes = {str(i.source_code) for i in source_items}
    fits = all(abs(float(i.quantity or 0)) < _MAX_QUANTITY and len(str(i.sku)) <= _MAX_SKU for i in source_items)
    if not fits or source_repository.existing_codes(ctx.session, codes) != codes:
        raise errors.could_not_save("Source Item")
    source_item_repository.upsert(ctx.session, rows)


def delete(ctx: ServiceContext, source_items: list[SourceItemData]) -> None:
    if not source_items:
        raise errors.input_data_is_empty()
    keys = [(str(i.source_code or ""), str(i.sku or "")) for i in source_items]
    source_item_repository.delete_keys(ctx.session, keys)


def get_list(ctx: ServiceContext, search_criteria: SearchCriteria) -> SourceItemSearchResults:
    rows, total = source_item_repository.search(ctx.session, search_criteria)
    return SourceItemSearchResults.model_construct(
        items=[render.source_item_data(row) for row in rows],
        search_criteria=criteria_to_output(search_criteria),
        total_count=total,
    )
