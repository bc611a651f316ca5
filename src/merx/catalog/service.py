"""catalogProductRepositoryV1: get, getList, save, deleteById."""

from __future__ import annotations

from typing import Any

from sqlalchemy.exc import DataError, IntegrityError

from merx.catalog import errors, repository, search
from merx.catalog.assembler import build_products
from merx.catalog.product_writer import SaveScope, save_product
from merx.catalog.schemas import ProductData, ProductSearchResults
from merx.catalog.stock_bridge import delete_product_inventory
from merx.db.models.catalog import ProductEntity
from merx.webapi.context import ServiceContext
from merx.webapi.search_criteria import SearchCriteria, criteria_to_output, parse_search_criteria


def get_product(
    ctx: ServiceContext,
    sku: str,
    edit_mode: bool | None = None,
    store_id: int | None = None,
    force_reload: bool | None = None,
) -> ProductData:
    del edit_mode, force_reload  # no repository cache to bypass
    entity = require_product(ctx, sku)
    if store_id is None:
        store_id = ctx.store.store_id
    elif ctx.runtime.stores.store(store_id) is None:
        store_id = 0  # an unknown store has no values of its own: the product loads with store 0's
    return product_view(ctx, entity, store_id)


def save(ctx: ServiceContext, product: ProductData, save_options: bool | None = None) -> ProductData:
    """POST /V1/products and PUT /V1/products/:sku (an unknown sku creates the product, as in Magento)."""
    del save_options  # custom options are not kept
    scope = SaveScope(ctx.store, ctx.runtime.stores)
    try:
        sku = save_product(ctx.session, product, scope)
    except (DataError, IntegrityError):
        raise errors.unable_to_save() from None
    entity = repository.find_by_sku(ctx.session, sku)
    assert entity is not None
    return product_view(ctx, entity, ctx.store.store_id)


def delete_product(ctx: ServiceContext, sku: str) -> bool:
    entity = require_product(ctx, sku)
    delete_product_inventory(ctx.session, entity.sku)
    repository.delete_entity(ctx.session, entity.entity_id)
    return True


def get_list(ctx: ServiceContext, search_criteria: SearchCriteria) -> ProductSearchResults:
    criteria = _criteria(search_criteria)
    store_id = ctx.store.store_id
    entities, total = search.find_products(ctx.session, criteria, store_id)
    items = build_products(ctx.session, entities, store_id, detail=False)
    return ProductSearchResults.model_construct(
        items=items, search_criteria=criteria_to_output(criteria), total_count=total
    )


def require_product(ctx: ServiceContext, sku: str) -> ProductEntity:
    entity = repository.find_by_sku(ctx.session, sku) if sku.strip() else None
    if entity is None:
        raise errors.product_not_found()
    return entity


def product_view(ctx: ServiceContext, entity: ProductEntity, store_id: int) -> ProductData:
    return build_products(ctx.session, [entity], store_id, detail=True, config=ctx.runtime.config)[0]


def _criteria(raw: Any) -> SearchCriteria:
    return raw if isinstance(raw, SearchCriteria) else parse_search_criteria(raw)
