"""StockRepositoryInterface with its sales channels (InventorySales plugins) and StockResolver."""

from __future__ import annotations

from sqlalchemy.orm import Session

from merx.inventory import errors, render, stock_repository
from merx.inventory.schemas import StockData, StockSearchResults
from merx.inventory.service_sources import EMPTY_CRITERIA
from merx.inventory.validation import DEFAULT_STOCK_ID, SALES_CHANNEL_WEBSITE, validate_stock
from merx.store.registry import StoreRegistry
from merx.webapi.context import ServiceContext
from merx.webapi.errors import NoSuchEntityError
from merx.webapi.search_criteria import SearchCriteria, criteria_to_output

ADMIN_WEBSITE_CODE = "admin"
Channel = tuple[str, str]


def save(ctx: ServiceContext, stock: StockData) -> int:
    """Create (no stock_id) or update a stock; its sales channels become exactly the ones sent.

    Channels it loses go back to the default stock; channels it takes leave their old stock.
    """
    session = ctx.session
    registry = ctx.runtime.stores
    found = validate_stock(stock, lambda code: registry.website_by_code(code) is not None)
    if found:
        raise errors.validation_failed(found)
    name = str(stock.name)
    if stock.stock_id is None:
        stock_id = stock_repository.insert_stock(session, name)
    else:
        stock_id = int(stock.stock_id)
        stock_repository.rename_stock(session, stock_id, name)
    extension = stock.extension_attributes
    sent = [(str(c.type), str(c.code)) for c in (extension.sales_channels if extension else None) or []]
    previous = set(stock_repository.channels_of(session, [stock_id])[stock_id])
    if stock.stock_id is not None and stock_repository.get(session, stock_id) is None and sent:
        raise errors.could_not_save_channels()
    stock_repository.replace_channels(session, stock_id, sent)
    unassigned = sorted(previous - set(sent))
    if unassigned:
        stock_repository.add_channels(session, DEFAULT_STOCK_ID, unassigned)
    return stock_id


def get(ctx: ServiceContext, stock_id: int) -> StockData:
    row = stock_repository.get(ctx.session, stock_id)
    if row is None:
        raise errors.stock_not_found(stock_id)
    return render.stock_data(row, channels_of(ctx.session, ctx.runtime.stores, [stock_id])[stock_id])


def get_list(ctx: ServiceContext, search_criteria: SearchCriteria | None = None) -> StockSearchResults:
    criteria = search_criteria or EMPTY_CRITERIA
    rows, total = stock_repository.search(ctx.session, criteria)
    channels = channels_of(ctx.session, ctx.runtime.stores, [int(row["stock_id"]) for row in rows])
    return StockSearchResults.model_construct(
        items=[render.stock_data(row, channels[int(row["stock_id"])]) for row in rows],
        search_criteria=criteria_to_output(criteria),
        total_count=total,
    )


def delete(ctx: ServiceContext, stock_id: int) -> None:
    session = ctx.session
    if stock_id == DEFAULT_STOCK_ID:
        raise errors.could_not_delete("Default Stock could not be deleted.")
    if stock_repository.channels_of(session, [stock_id])[stock_id]:
        raise errors.could_not_delete("Stock has at least one sale channel and could not be deleted.")
    if stock_repository.get(session, stock_id) is None:
        raise NoSuchEntityError(errors.STOCK_NOT_FOUND_FOR_DELETE, {"fieldName": "stock_id", "fieldValue": stock_id})
    stock_repository.delete_stock(session, stock_id)


def resolve(ctx: ServiceContext, type: str, code: str) -> StockData:
    stock_id = stock_id_for_channel(ctx.session, ctx.runtime.stores, type, code)
    if stock_id is None:
        raise NoSuchEntityError.double("type", type, "code", code)
    return get(ctx, stock_id)


def stock_id_for_channel(session: Session, registry: StoreRegistry, kind: str, code: str) -> int | None:
    """The stock serving a sales channel; a website with no link row belongs to the default stock."""
    stock_id = stock_repository.stock_id_for_channel(session, kind, code)
    if stock_id is None and kind == SALES_CHANNEL_WEBSITE and code in _implicit_websites(session, registry):
        return DEFAULT_STOCK_ID
    return stock_id


def stock_id_for_website(session: Session, registry: StoreRegistry, website_id: int) -> int:
    """The stock of a website (checkout uses it); the default stock when in doubt."""
    website = registry.website(website_id)
    if website is None:
        return DEFAULT_STOCK_ID
    return stock_id_for_channel(session, registry, SALES_CHANNEL_WEBSITE, website.code) or DEFAULT_STOCK_ID


def channels_of(session: Session, registry: StoreRegistry, stock_ids: list[int]) -> dict[int, list[Channel]]:
    found = stock_repository.channels_of(session, stock_ids)
    if DEFAULT_STOCK_ID in found:
        implicit = [(SALES_CHANNEL_WEBSITE, code) for code in _implicit_websites(session, registry)]
        found[DEFAULT_STOCK_ID] = sorted({*found[DEFAULT_STOCK_ID], *implicit})
    return found


def _implicit_websites(session: Session, registry: StoreRegistry) -> list[str]:
    """Websites created without a sales channel row: Magento assigns every new website to the default stock."""
    linked = stock_repository.all_channel_codes(session, SALES_CHANNEL_WEBSITE)
    return sorted(
        w.code for w in registry.website_listing_order() if w.code != ADMIN_WEBSITE_CODE and w.code not in linked
    )
