"""Default install data of this domain: the default source, the default stock and their link.

As Magento_InventoryCatalog's data patches do: source `default` "Default Source", stock 1 "Default
Stock" serving the `base` website, linked with priority 1.
"""

from __future__ import annotations

from sqlalchemy import func, insert, select, text
from sqlalchemy.orm import Session

from merx.db.models.inventory import (
    InventorySource,
    InventorySourceStockLink,
    InventoryStock,
    InventoryStockSalesChannel,
)
from merx.inventory.validation import DEFAULT_SOURCE_CODE, DEFAULT_STOCK_ID, SALES_CHANNEL_WEBSITE

DEFAULT_WEBSITE_CODE = "base"


def seed(session: Session) -> bool:
    """Idempotent; True when something was written."""
    if session.get(InventorySource, DEFAULT_SOURCE_CODE) is not None:
        return False
    session.execute(
        insert(InventorySource).values(
            source_code=DEFAULT_SOURCE_CODE, name="Default Source", enabled=1, description="Default Source",
            latitude=0, longitude=0, country_id="US", postcode="00000", use_default_carrier_config=1,
            is_pickup_location_active=0, frontend_name="",
        )
    )  # fmt: skip
    if session.get(InventoryStock, DEFAULT_STOCK_ID) is None:
        session.execute(insert(InventoryStock).values(stock_id=DEFAULT_STOCK_ID, name="Default Stock"))
        _advance_stock_sequence(session)
    session.execute(
        insert(InventorySourceStockLink).values(stock_id=DEFAULT_STOCK_ID, source_code=DEFAULT_SOURCE_CODE, priority=1)
    )
    session.execute(
        insert(InventoryStockSalesChannel).values(
            type=SALES_CHANNEL_WEBSITE, code=DEFAULT_WEBSITE_CODE, stock_id=DEFAULT_STOCK_ID
        )
    )
    return True


def _advance_stock_sequence(session: Session) -> None:
    """An explicit id does not move PostgreSQL's sequence: move it past the rows there are."""
    if session.get_bind().dialect.name != "postgresql":
        return
    highest = session.execute(select(func.max(InventoryStock.stock_id))).scalar_one()
    session.execute(
        text("SELECT setval(pg_get_serial_sequence('inventory_stock', 'stock_id'), :value)"), {"value": highest}
    )
