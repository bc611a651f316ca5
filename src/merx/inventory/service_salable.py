"""InventorySalesApi: salable quantity, salability, stock resolution of sales channels."""

from __future__ import annotations

from merx.inventory import salability, stock_state
from merx.inventory.schemas import IsProductSalableResultData, ProductSalabilityErrorData, ProductSalableResultData
from merx.webapi.context import ServiceContext


def get_product_salable_qty(ctx: ServiceContext, sku: str, stock_id: int) -> float:
    state = stock_state.load_one(ctx.session, ctx.runtime.config, sku, stock_id)
    return salability.salable_qty(state.level, state.reservations, state.config)


def is_product_salable(ctx: ServiceContext, sku: str, stock_id: int) -> bool:
    state = stock_state.load(ctx.session, ctx.runtime.config, [sku], stock_id).get(sku)
    return _salable(state)


def are_products_salable(ctx: ServiceContext, skus: list[str], stock_id: int) -> list[IsProductSalableResultData]:
    states = stock_state.load(ctx.session, ctx.runtime.config, skus, stock_id)
    return [
        IsProductSalableResultData.model_construct(sku=sku, stock_id=stock_id, salable=_salable(states.get(sku)))
        for sku in skus
    ]


def _salable(state: stock_state.SkuInStock | None) -> bool:
    if state is None:
        return False
    if not state.has_source_items:
        return state.legacy_in_stock  # IsSetInStockStatusForCompositeProductCondition
    return salability.is_salable(state.level, state.reservations, state.config)


def is_product_salable_for_requested_qty(
    ctx: ServiceContext, sku: str, stock_id: int, requested_qty: float
) -> ProductSalableResultData:
    state = stock_state.load_one(ctx.session, ctx.runtime.config, sku, stock_id)
    found = salability.requested_qty_errors(state.level, state.reservations, state.config, requested_qty)
    return ProductSalableResultData.model_construct(
        salable=not found,
        errors=[ProductSalabilityErrorData.model_construct(code=e.code, message=e.message) for e in found],
    )
