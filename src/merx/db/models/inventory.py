"""ORM models of the inventory domain (Magento MSI tables, plus a running total of reservations).

`inventory_reservation` is the append-only ledger Magento keeps; `inventory_reservation_total` holds
its sum per (stock, sku), maintained by an SQL expression in the same transaction as every append, so
the salable quantity never has to add up the ledger.
"""

from __future__ import annotations

from sqlalchemy import (
    BigInteger,
    Float,
    ForeignKey,
    Index,
    Integer,
    Numeric,
    SmallInteger,
    String,
    Text,
    UniqueConstraint,
)
from sqlalchemy.orm import Mapped, mapped_column

from merx.db.base import Base

QTY = Numeric(12, 4, asdecimal=False)
SOURCE_FK = "inventory_source.source_code"
STOCK_FK = "inventory_stock.stock_id"


class InventorySource(Base):
    __tablename__ = "inventory_source"

    source_code: Mapped[str] = mapped_column(String(255), primary_key=True)
    name: Mapped[str] = mapped_column(String(255))
    enabled: Mapped[int] = mapped_column(SmallInteger, default=1)
    description: Mapped[str | None] = mapped_column(Text, nullable=True)
    latitude: Mapped[float | None] = mapped_column(Numeric(8, 6, asdecimal=False), nullable=True)
    longitude: Mapped[float | None] = mapped_column(Numeric(9, 6, asdecimal=False), nullable=True)
    country_id: Mapped[str] = mapped_column(String(2))
    region_id: Mapped[int | None] = mapped_column(Integer, nullable=True)
    region: Mapped[str | None] = mapped_column(String(255), nullable=True)
    city: Mapped[str | None] = mapped_column(String(255), nullable=True)
    street: Mapped[str | None] = mapped_column(String(255), nullable=True)
    postcode: Mapped[str] = mapped_column(String(255))
    contact_name: Mapped[str | None] = mapped_column(String(255), nullable=True)
    email: Mapped[str | None] = mapped_column(String(255), nullable=True)
    phone: Mapped[str | None] = mapped_column(String(255), nullable=True)
    fax: Mapped[str | None] = mapped_column(String(255), nullable=True)
    use_default_carrier_config: Mapped[int] = mapped_column(SmallInteger, default=1)
    # Magento_InventoryInStorePickup columns
    is_pickup_location_active: Mapped[int] = mapped_column(SmallInteger, default=0)
    frontend_name: Mapped[str | None] = mapped_column(String(255), nullable=True, default="")
    frontend_description: Mapped[str | None] = mapped_column(Text, nullable=True)


class InventorySourceCarrierLink(Base):
    __tablename__ = "inventory_source_carrier_link"

    link_id: Mapped[int] = mapped_column(Integer, primary_key=True)
    source_code: Mapped[str] = mapped_column(ForeignKey(SOURCE_FK, ondelete="CASCADE"), index=True)
    carrier_code: Mapped[str] = mapped_column(String(255))
    position: Mapped[int | None] = mapped_column(SmallInteger, nullable=True)


class InventoryStock(Base):
    __tablename__ = "inventory_stock"

    stock_id: Mapped[int] = mapped_column(Integer, primary_key=True)
    name: Mapped[str] = mapped_column(String(255))


class InventoryStockSalesChannel(Base):
    __tablename__ = "inventory_stock_sales_channel"

    type: Mapped[str] = mapped_column(String(64), primary_key=True)
    code: Mapped[str] = mapped_column(String(64), primary_key=True)
    stock_id: Mapped[int] = mapped_column(ForeignKey(STOCK_FK, ondelete="CASCADE"), index=True)


class InventorySourceStockLink(Base):
    __tablename__ = "inventory_source_stock_link"
    __table_args__ = (
        UniqueConstraint("stock_id", "source_code"),
        Index("ix_inventory_source_stock_link_stock_id_priority", "stock_id", "priority"),
    )

    link_id: Mapped[int] = mapped_column(Integer, primary_key=True)
    stock_id: Mapped[int] = mapped_column(ForeignKey(STOCK_FK, ondelete="CASCADE"))
    source_code: Mapped[str] = mapped_column(ForeignKey(SOURCE_FK, ondelete="CASCADE"), index=True)
    priority: Mapped[int] = mapped_column(SmallInteger)


class InventorySourceItem(Base):
    __tablename__ = "inventory_source_item"
    __table_args__ = (
        UniqueConstraint("source_code", "sku"),
        Index("ix_inventory_source_item_sku_source_code_quantity", "sku", "source_code", "quantity"),
    )

    source_item_id: Mapped[int] = mapped_column(Integer, primary_key=True)
    source_code: Mapped[str] = mapped_column(ForeignKey(SOURCE_FK, ondelete="CASCADE"))
    sku: Mapped[str] = mapped_column(String(64))
    quantity: Mapped[float] = mapped_column(QTY, default=0)
    status: Mapped[int] = mapped_column(SmallInteger, default=0)


class InventoryReservation(Base):
    __tablename__ = "inventory_reservation"
    __table_args__ = (Index("ix_inventory_reservation_stock_id_sku_quantity", "stock_id", "sku", "quantity"),)

    reservation_id: Mapped[int] = mapped_column(BigInteger().with_variant(Integer, "sqlite"), primary_key=True)
    stock_id: Mapped[int] = mapped_column(Integer)
    sku: Mapped[str] = mapped_column(String(64))
    quantity: Mapped[float] = mapped_column(QTY, default=0)
    metadata_: Mapped[str | None] = mapped_column("metadata", String(255), nullable=True)


class InventoryReservationTotal(Base):
    """Sum of `inventory_reservation.quantity` per (stock, sku); the row lock that serialises checkouts."""

    __tablename__ = "inventory_reservation_total"

    stock_id: Mapped[int] = mapped_column(Integer, primary_key=True)
    sku: Mapped[str] = mapped_column(String(64), primary_key=True)
    quantity: Mapped[float] = mapped_column(Numeric(20, 4, asdecimal=False), default=0)


class LegacyStockItem(Base):
    """CatalogInventory's per-product stock configuration (cataloginventory_stock_item, stock 1)."""

    __tablename__ = "cataloginventory_stock_item"
    __table_args__ = (UniqueConstraint("product_id", "stock_id"),)

    item_id: Mapped[int] = mapped_column(Integer, primary_key=True)
    product_id: Mapped[int] = mapped_column(ForeignKey("catalog_product_entity.entity_id", ondelete="CASCADE"))
    stock_id: Mapped[int] = mapped_column(Integer, default=1)
    qty: Mapped[float | None] = mapped_column(QTY, nullable=True)
    is_in_stock: Mapped[int] = mapped_column(SmallInteger, default=0)
    use_config_min_qty: Mapped[int] = mapped_column(SmallInteger, default=1)
    min_qty: Mapped[float] = mapped_column(QTY, default=0)
    use_config_min_sale_qty: Mapped[int] = mapped_column(SmallInteger, default=1)
    min_sale_qty: Mapped[float] = mapped_column(QTY, default=1)
    use_config_max_sale_qty: Mapped[int] = mapped_column(SmallInteger, default=1)
    max_sale_qty: Mapped[float] = mapped_column(QTY, default=0)
    use_config_backorders: Mapped[int] = mapped_column(SmallInteger, default=1)
    backorders: Mapped[int] = mapped_column(SmallInteger, default=0)
    use_config_notify_stock_qty: Mapped[int] = mapped_column(SmallInteger, default=1)
    notify_stock_qty: Mapped[float | None] = mapped_column(QTY, nullable=True, default=1)
    use_config_qty_increments: Mapped[int] = mapped_column(SmallInteger, default=1)
    qty_increments: Mapped[float] = mapped_column(QTY, default=0)
    use_config_enable_qty_inc: Mapped[int] = mapped_column(SmallInteger, default=1)
    enable_qty_increments: Mapped[int] = mapped_column(SmallInteger, default=0)
    use_config_manage_stock: Mapped[int] = mapped_column(SmallInteger, default=1)
    manage_stock: Mapped[int] = mapped_column(SmallInteger, default=1)
    low_stock_date: Mapped[str | None] = mapped_column(String(32), nullable=True)
    is_qty_decimal: Mapped[int] = mapped_column(SmallInteger, default=0)
    is_decimal_divided: Mapped[int] = mapped_column(SmallInteger, default=0)
    stock_status_changed_auto: Mapped[int] = mapped_column(SmallInteger, default=0)


class InventoryGeoname(Base):
    __tablename__ = "inventory_geoname"
    __table_args__ = (Index("ix_inventory_geoname_country_code_postcode", "country_code", "postcode"),)

    entity_id: Mapped[int] = mapped_column(Integer, primary_key=True)
    country_code: Mapped[str] = mapped_column(String(64))
    postcode: Mapped[str] = mapped_column(String(64))
    city: Mapped[str] = mapped_column(String(180))
    region: Mapped[str] = mapped_column(String(100))
    province: Mapped[str] = mapped_column(String(64))
    latitude: Mapped[float] = mapped_column(Float)
    longitude: Mapped[float] = mapped_column(Float)
