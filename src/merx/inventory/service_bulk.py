"""InventoryCatalogApi's mass actions: bulk assign, unassign, transfer and partial transfer."""

from __future__ import annotations

from merx.catalog.product_lookup import TYPES_WITH_SOURCE_ITEMS, find_product_types, product_ids_by_sku
from merx.inventory import errors, source_item_repository, source_repository
from merx.inventory.schemas import PartialTransferItemData
from merx.inventory.validation import DEFAULT_SOURCE_CODE, STATUS_IN_STOCK, STATUS_OUT_OF_STOCK
from merx.webapi.context import ServiceContext
from merx.webapi.errors import MerxError, NoSuchEntityError, ValidationError


def _unknown_sources(ctx: ServiceContext, codes: list[str]) -> list[MerxError]:
    known = source_repository.existing_codes(ctx.session, codes)
    return [MerxError(errors.SOURCE_MISSING, {"sourceCode": code}) for code in codes if code not in known]


def _managed_skus(ctx: ServiceContext, skus: list[str]) -> list[str]:
    types = find_product_types(ctx.session, skus)
    return [sku for sku in dict.fromkeys(skus) if types.get(sku) in TYPES_WITH_SOURCE_ITEMS]


def _require_products(ctx: ServiceContext, skus: list[str]) -> None:
    """GetProductIdsBySkus, called by the legacy reindex when the default source is involved."""
    found = product_ids_by_sku(ctx.session, skus)
    missing = [sku for sku in skus if sku not in found]
    if missing:
        raise NoSuchEntityError(errors.PRODUCTS_NOT_FOUND, [", ".join(missing)])


def assign(ctx: ServiceContext, skus: list[str], source_codes: list[str]) -> int:
    """Adds the sources (qty 0, out of stock) to products of types with source items; returns rows added."""
    found = _unknown_sources(ctx, source_codes)
    if found:
        raise ValidationError(errors.VALIDATION_FAILED, found)
    rows = [
        {"source_code": code, "sku": sku, "quantity": 0.0, "status": STATUS_OUT_OF_STOCK}
        for sku in _managed_skus(ctx, skus)
        for code in dict.fromkeys(source_codes)
    ]
    return source_item_repository.upsert(ctx.session, rows, overwrite=False)


def unassign(ctx: ServiceContext, skus: list[str], source_codes: list[str]) -> int:
    found = _unknown_sources(ctx, source_codes)
    if found:
        raise ValidationError(errors.VALIDATION_FAILED, found)
    count = source_item_repository.delete_for(ctx.session, skus, source_codes)
    if DEFAULT_SOURCE_CODE in source_codes:
        _require_products(ctx, skus)
    return count


def _transfer_source_errors(ctx: ServiceContext, origin: str, destination: str) -> list[MerxError]:
    known = source_repository.existing_codes(ctx.session, [origin, destination])
    found: list[MerxError] = []
    if origin not in known:
        found.append(MerxError(errors.ORIGIN_MISSING, {"sourceCode": origin}))
    if destination not in known:
        found.append(MerxError(errors.DESTINATION_MISSING, {"sourceCode": destination}))
    if origin == destination:
        found.append(MerxError(errors.SAME_SOURCE))
    return found


def transfer(
    ctx: ServiceContext, skus: list[str], origin_source: str, destination_source: str, unassign_from_origin: bool
) -> bool:
    """Moves everything the origin holds to the destination (statuses follow the origin item)."""
    found = _transfer_source_errors(ctx, origin_source, destination_source)
    if found:
        raise ValidationError(errors.TRANSFER_SELECT_DIFFERENT, found)
    session = ctx.session
    moved = _managed_skus(ctx, skus)
    origin = source_item_repository.items_for(session, moved, origin_source)
    destination = source_item_repository.items_for(session, moved, destination_source)
    new_rows = []
    for sku in moved:
        org, dst = origin.get(sku), destination.get(sku)
        quantity = float(org["quantity"] if org else 0) + float(dst["quantity"] if dst else 0)
        status = int(org["status"]) if org else int(dst["status"]) if dst else STATUS_OUT_OF_STOCK
        if dst is None:
            new_rows.append({"source_code": destination_source, "sku": sku, "quantity": quantity, "status": status})
        elif org is not None:
            source_item_repository.set_quantity(session, destination_source, sku, quantity, status)
    source_item_repository.upsert(session, new_rows)
    if moved:
        if unassign_from_origin:
            source_item_repository.delete_for(session, moved, [origin_source])
        else:
            source_item_repository.zero_out(session, moved, origin_source)
    if DEFAULT_SOURCE_CODE in (origin_source, destination_source):
        _require_products(ctx, skus)
    return True


def partial_transfer(
    ctx: ServiceContext, origin_source_code: str, destination_source_code: str, items: list[PartialTransferItemData]
) -> None:
    """Moves the given quantities; both sources must already hold each sku (PartialTransferItemsValidator)."""
    session = ctx.session
    found = _transfer_source_errors(ctx, origin_source_code, destination_source_code)
    skus = [str(item.sku) for item in items]
    origin = source_item_repository.items_for(session, skus, origin_source_code)
    destination = source_item_repository.items_for(session, skus, destination_source_code)
    for item in items:
        sku, qty = str(item.sku), float(item.qty or 0)
        org = origin.get(sku)
        if org is None:
            found.append(_missing_item(sku, origin_source_code))
            continue
        if float(org["quantity"]) < qty:
            found.append(MerxError(errors.TRANSFER_AMOUNT_NOT_AVAILABLE, {"sku": sku}))
        if sku not in destination:
            found.append(_missing_item(sku, destination_source_code))
    if found:
        raise ValidationError(errors.TRANSFER_VALIDATION_FAILED, found)
    for item in items:
        sku, qty = str(item.sku), float(item.qty or 0)
        org, dst = origin[sku], destination[sku]
        source_item_repository.set_quantity(session, origin_source_code, sku, float(org["quantity"]) - qty)
        source_item_repository.set_quantity(
            session, destination_source_code, sku, float(dst["quantity"]) + qty, STATUS_IN_STOCK
        )
        origin[sku] = {**org, "quantity": float(org["quantity"]) - qty}
        destination[sku] = {**dst, "quantity": float(dst["quantity"]) + qty}


def _missing_item(sku: str, source_code: str) -> MerxError:
    """PartialTransferItemsValidator wraps the NoSuchEntityException's rendered message in `%message`."""
    message = errors.SOURCE_ITEM_MISSING.replace("%sku", sku).replace("%sourceCode", source_code)
    return MerxError("%message", {"message": message})
