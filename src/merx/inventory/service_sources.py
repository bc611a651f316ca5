"""SourceRepositoryInterface and GetSourcesAssignedToStockOrderedByPriority."""

from __future__ import annotations

from typing import Any

from merx.inventory import errors, render, source_repository
from merx.inventory.schemas import SourceData, SourceSearchResults
from merx.inventory.validation import validate_source
from merx.webapi.context import ServiceContext
from merx.webapi.search_criteria import SearchCriteria, criteria_to_output

EMPTY_CRITERIA = SearchCriteria((), None, None, None)

# SourceData field -> column, for the plain fields stored as sent.
_PLAIN_FIELDS = (
    "name", "email", "contact_name", "description", "latitude", "longitude", "country_id", "region_id",
    "region", "city", "street", "postcode", "phone", "fax",
)  # fmt: skip
_MAX_TEXT = 255


def save(ctx: ServiceContext, source: SourceData) -> None:
    """Create or update (Magento's resource model saves an existing code as an update of the sent fields)."""
    session = ctx.session
    extension = source.extension_attributes
    frontend_name = (extension.frontend_name if extension is not None else None) or ""
    if frontend_name.strip() == "":
        frontend_name = source.name or ""  # InventoryInStorePickup's SetFrontendName
    found = validate_source(source)
    if found:
        raise errors.validation_failed(found)
    values = _column_values(source, frontend_name)
    if not _fits_columns(values):
        raise errors.could_not_save("Source")
    code = str(source.source_code)
    if source_repository.exists(session, code):
        source_repository.update_source(session, code, values)
    else:
        source_repository.insert_source(session, {"source_code": code, **values})
    _save_carrier_links(ctx, source)


def _column_values(source: SourceData, frontend_name: str) -> dict[str, Any]:
    sent = source.model_fields_set
    values: dict[str, Any] = {name: getattr(source, name) for name in _PLAIN_FIELDS if name in sent}
    if "enabled" in sent and source.enabled is not None:
        values["enabled"] = int(source.enabled)
    if "use_default_carrier_config" in sent and source.use_default_carrier_config is not None:
        values["use_default_carrier_config"] = int(source.use_default_carrier_config)
    extension = source.extension_attributes
    if extension is not None and extension.is_pickup_location_active is not None:
        values["is_pickup_location_active"] = int(extension.is_pickup_location_active)
    if extension is not None and "frontend_description" in extension.model_fields_set:
        values["frontend_description"] = extension.frontend_description
    values["frontend_name"] = frontend_name
    return values


def _fits_columns(values: dict[str, Any]) -> bool:
    """What MySQL (strict mode) would refuse, refused on every database: the save fails as a whole."""
    for name, value in values.items():
        if isinstance(value, str) and len(value) > _MAX_TEXT and name not in ("description", "frontend_description"):
            return False
    country = values.get("country_id")
    if isinstance(country, str) and len(country) > 2:
        return False
    latitude, longitude = values.get("latitude"), values.get("longitude")
    if latitude is not None and abs(latitude) >= 100:
        return False
    if longitude is not None and abs(longitude) >= 1000:
        return False
    region_id = values.get("region_id")
    return region_id is None or 0 <= region_id < 2**32


def _save_carrier_links(ctx: ServiceContext, source: SourceData) -> None:
    """SourceCarrierLinkManagement: links are kept only when the default carrier config is not used."""
    sent = source.model_fields_set
    if "carrier_links" not in sent and "use_default_carrier_config" not in sent:
        return
    links = []
    if source.use_default_carrier_config is False:
        links = [
            {"carrier_code": link.carrier_code or "", "position": link.position} for link in source.carrier_links or []
        ]
    source_repository.replace_carrier_links(ctx.session, str(source.source_code), links)


def get(ctx: ServiceContext, source_code: str) -> SourceData:
    row = source_repository.get(ctx.session, source_code)
    if row is None:
        raise errors.source_not_found(source_code)
    links = source_repository.carrier_links(ctx.session, [source_code])
    return render.source_data(row, links[source_code])


def get_list(ctx: ServiceContext, search_criteria: SearchCriteria | None = None) -> SourceSearchResults:
    criteria = search_criteria or EMPTY_CRITERIA
    rows, total = source_repository.search(ctx.session, criteria)
    links = source_repository.carrier_links(ctx.session, [row["source_code"] for row in rows])
    return SourceSearchResults.model_construct(
        items=[render.source_data(row, links[row["source_code"]]) for row in rows],
        search_criteria=criteria_to_output(criteria),
        total_count=total,
    )


def assigned_to_stock(ctx: ServiceContext, stock_id: int) -> list[SourceData]:
    rows = source_repository.assigned_to_stock(ctx.session, stock_id)
    links = source_repository.carrier_links(ctx.session, [row["source_code"] for row in rows])
    return [render.source_data(row, links[row["source_code"]]) for row in rows]
