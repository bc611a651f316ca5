"""Table rows -> inventory data interfaces."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import Any

from merx.inventory.schemas import (
    SalesChannelData,
    SourceCarrierLinkData,
    SourceData,
    SourceExtension,
    SourceItemData,
    StockData,
    StockExtension,
    StockSourceLinkData,
)

Row = Mapping[Any, Any]


def _float(value: Any) -> float | None:
    return float(value) if value is not None else None


def source_data(row: Row, carrier_links: Sequence[Row]) -> SourceData:
    extension = SourceExtension.model_construct(
        is_pickup_location_active=bool(row["is_pickup_location_active"]),
        frontend_name=row["frontend_name"],
        frontend_description=row["frontend_description"],
    )
    return SourceData.model_construct(
        source_code=row["source_code"],
        name=row["name"],
        email=row["email"],
        contact_name=row["contact_name"],
        enabled=bool(row["enabled"]),
        description=row["description"],
        latitude=_float(row["latitude"]),
        longitude=_float(row["longitude"]),
        country_id=row["country_id"],
        region_id=row["region_id"],
        region=row["region"],
        city=row["city"],
        street=row["street"],
        postcode=row["postcode"],
        phone=row["phone"],
        fax=row["fax"],
        use_default_carrier_config=bool(row["use_default_carrier_config"]),
        carrier_links=[
            SourceCarrierLinkData.model_construct(carrier_code=link["carrier_code"], position=link["position"])
            for link in carrier_links
        ],
        extension_attributes=extension,
    )


def stock_data(row: Row, channels: Sequence[tuple[str, str]]) -> StockData:
    extension = StockExtension.model_construct(
        sales_channels=[SalesChannelData.model_construct(type=kind, code=code) for kind, code in channels]
    )
    return StockData.model_construct(stock_id=int(row["stock_id"]), name=row["name"], extension_attributes=extension)


def link_data(row: Row) -> StockSourceLinkData:
    return StockSourceLinkData.model_construct(
        stock_id=int(row["stock_id"]), source_code=row["source_code"], priority=int(row["priority"])
    )


def source_item_data(row: Row) -> SourceItemData:
    return SourceItemData.model_construct(
        sku=row["sku"], source_code=row["source_code"], quantity=float(row["quantity"]), status=int(row["status"])
    )
