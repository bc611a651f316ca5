"""StockSourceLinksSave / StockSourceLinksDelete / GetStockSourceLinks."""

from __future__ import annotations

from merx.inventory import errors, render, source_repository, stock_repository
from merx.inventory.schemas import StockSourceLinkData, StockSourceLinkSearchResults
from merx.inventory.validation import touches_default, validate_links
from merx.webapi.context import ServiceContext
from merx.webapi.errors import MerxError
from merx.webapi.search_criteria import SearchCriteria, criteria_to_output

_MAX_PRIORITY = 65535  # smallint unsigned


def save(ctx: ServiceContext, links: list[StockSourceLinkData]) -> None:
    if not links:
        raise errors.input_data_is_empty()
    found = validate_links(links)
    if found:
        raise errors.validation_failed(found)
    session = ctx.session
    by_key: dict[tuple[int, str], int] = {}
    for link in links:
        by_key[(int(link.stock_id or 0), str(link.source_code))] = int(link.priority or 0)
    stock_ids = {stock_id for stock_id, _ in by_key}
    codes = {code for _, code in by_key}
    known_stocks = {sid for sid in stock_ids if stock_repository.get(session, sid) is not None}
    priorities_fit = all(priority <= _MAX_PRIORITY for priority in by_key.values())
    if known_stocks != stock_ids or source_repository.existing_codes(session, codes) != codes or not priorities_fit:
        raise errors.could_not_save("StockSourceLinks")
    keys = list(by_key)
    existing = stock_repository.existing_link_keys(session, keys)
    for stock_id, code in existing:
        stock_repository.update_link_priority(session, stock_id, code, by_key[(stock_id, code)])
    stock_repository.insert_links(
        session,
        [{"stock_id": s, "source_code": c, "priority": by_key[(s, c)]} for s, c in keys if (s, c) not in existing],
    )


def delete(ctx: ServiceContext, links: list[StockSourceLinkData]) -> None:
    if not links:
        raise errors.input_data_is_empty()
    if any(touches_default(link) for link in links):
        raise MerxError(errors.DEFAULT_LINK_DELETE)
    keys = [(int(link.stock_id or 0), str(link.source_code)) for link in links]
    stock_repository.delete_links(ctx.session, keys)


def get_list(ctx: ServiceContext, search_criteria: SearchCriteria) -> StockSourceLinkSearchResults:
    rows, total = stock_repository.search_links(ctx.session, search_criteria)
    return StockSourceLinkSearchResults.model_construct(
        items=[render.link_data(row) for row in rows],
        search_criteria=criteria_to_output(search_criteria),
        total_count=total,
    )
