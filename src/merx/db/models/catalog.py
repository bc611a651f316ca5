"""ORM models of the catalog domain.

Products keep their global (store 0) values of the searchable attributes in columns of
`catalog_product_entity`, so the usual searches (sku, name, price, status...) hit indexed columns.
Store-view overrides and every other attribute live in `catalog_product_value`, keyed
(product, attribute code, store_id), as Magento's EAV value tables do.

The price and lower(sku) indexes below are SQLite's; on PostgreSQL the migration builds the search
indexes differently (a (price, lower(sku)) pattern index and trigram indexes; see revision 0003).
"""

from __future__ import annotations

from datetime import datetime
from decimal import Decimal
from typing import Any

from sqlalchemy import (
    Boolean,
    DateTime,
    ForeignKey,
    Index,
    Integer,
    Numeric,
    SmallInteger,
    String,
    Text,
    TypeDecorator,
    UniqueConstraint,
    func,
    text,
)
from sqlalchemy.engine import Dialect
from sqlalchemy.orm import Mapped, mapped_column

from merx.db.base import Base


class _Decimal(TypeDecorator[float]):
    """A NUMERIC column read as float, bound as Decimal: a float parameter would reach PostgreSQL as
    double precision and turn `price >= $1` into `price::float8 >= $1`, which no index serves."""

    impl = Numeric
    cache_ok = True

    def process_bind_param(self, value: Any, dialect: Dialect) -> Any:
        return Decimal(repr(value)) if isinstance(value, float) else value


MONEY = _Decimal(20, 6, asdecimal=False)
QTY = _Decimal(12, 4, asdecimal=False)
PRODUCT_FK = "catalog_product_entity.entity_id"


class ProductEntity(Base):
    __tablename__ = "catalog_product_entity"
    __table_args__ = (
        Index("ix_catalog_product_entity_price", "price"),
        Index("ix_catalog_product_entity_name", "name"),
        Index("ix_catalog_product_entity_type_id", "type_id"),
        Index("ix_catalog_product_entity_updated_at", "updated_at"),
        Index("ix_catalog_product_entity_sku_lower", func.lower(text("sku"))),
    )

    entity_id: Mapped[int] = mapped_column(Integer, primary_key=True)
    sku: Mapped[str] = mapped_column(String(64), unique=True)
    type_id: Mapped[str] = mapped_column(String(32), default="simple")
    attribute_set_id: Mapped[int] = mapped_column(Integer, default=4)
    name: Mapped[str | None] = mapped_column(String(255), nullable=True)
    price: Mapped[float | None] = mapped_column(MONEY, nullable=True)
    status: Mapped[int | None] = mapped_column(SmallInteger, nullable=True)
    visibility: Mapped[int | None] = mapped_column(SmallInteger, nullable=True)
    weight: Mapped[float | None] = mapped_column(QTY, nullable=True)
    has_options: Mapped[int] = mapped_column(SmallInteger, default=0)
    required_options: Mapped[int] = mapped_column(SmallInteger, default=0)
    created_at: Mapped[datetime] = mapped_column(DateTime)
    updated_at: Mapped[datetime] = mapped_column(DateTime)


class ProductValue(Base):
    """One attribute value of a product in one store (0 = all stores)."""

    __tablename__ = "catalog_product_value"
    __table_args__ = (
        UniqueConstraint("entity_id", "attribute_code", "store_id"),
        Index("ix_catalog_product_value_attribute_store", "attribute_code", "store_id"),
        Index(
            "ix_catalog_product_value_url_key",
            "value",
            "store_id",
            postgresql_where=text("attribute_code = 'url_key'"),
            sqlite_where=text("attribute_code = 'url_key'"),
        ),
    )

    value_id: Mapped[int] = mapped_column(Integer, primary_key=True)
    entity_id: Mapped[int] = mapped_column(ForeignKey(PRODUCT_FK, ondelete="CASCADE"))
    attribute_code: Mapped[str] = mapped_column(String(255))
    store_id: Mapped[int] = mapped_column(Integer, default=0)
    value: Mapped[str | None] = mapped_column(Text, nullable=True)


class ProductWebsite(Base):
    __tablename__ = "catalog_product_website"

    product_id: Mapped[int] = mapped_column(ForeignKey(PRODUCT_FK, ondelete="CASCADE"), primary_key=True)
    website_id: Mapped[int] = mapped_column(
        ForeignKey("store_website.website_id", ondelete="CASCADE"), primary_key=True
    )


class ProductLink(Base):
    """Related, up-sell and cross-sell links (product_links)."""

    __tablename__ = "catalog_product_link"
    __table_args__ = (UniqueConstraint("product_id", "linked_product_id", "link_type"),)

    link_id: Mapped[int] = mapped_column(Integer, primary_key=True)
    product_id: Mapped[int] = mapped_column(ForeignKey(PRODUCT_FK, ondelete="CASCADE"))
    linked_product_id: Mapped[int] = mapped_column(ForeignKey(PRODUCT_FK, ondelete="CASCADE"), index=True)
    link_type: Mapped[str] = mapped_column(String(32))
    position: Mapped[int] = mapped_column(Integer, default=0)
    qty: Mapped[float | None] = mapped_column(QTY, nullable=True)


class ConfigurableAttribute(Base):
    """A configurable product's option (catalog_product_super_attribute)."""

    __tablename__ = "catalog_product_super_attribute"
    __table_args__ = (UniqueConstraint("product_id", "attribute_id"),)

    product_super_attribute_id: Mapped[int] = mapped_column(Integer, primary_key=True)
    product_id: Mapped[int] = mapped_column(ForeignKey(PRODUCT_FK, ondelete="CASCADE"))
    attribute_id: Mapped[int] = mapped_column(Integer)
    position: Mapped[int] = mapped_column(Integer, default=0)
    label: Mapped[str | None] = mapped_column(String(255), nullable=True)


class ConfigurableLink(Base):
    """A configurable product's child (catalog_product_super_link)."""

    __tablename__ = "catalog_product_super_link"
    __table_args__ = (UniqueConstraint("product_id", "parent_id"),)

    link_id: Mapped[int] = mapped_column(Integer, primary_key=True)
    product_id: Mapped[int] = mapped_column(ForeignKey(PRODUCT_FK, ondelete="CASCADE"), index=True)
    parent_id: Mapped[int] = mapped_column(ForeignKey(PRODUCT_FK, ondelete="CASCADE"))


class BundleOption(Base):
    __tablename__ = "catalog_product_bundle_option"

    option_id: Mapped[int] = mapped_column(Integer, primary_key=True)
    parent_id: Mapped[int] = mapped_column(ForeignKey(PRODUCT_FK, ondelete="CASCADE"), index=True)
    required: Mapped[bool] = mapped_column(Boolean, default=False)
    position: Mapped[int] = mapped_column(Integer, default=0)
    type: Mapped[str | None] = mapped_column(String(255), nullable=True)
    title: Mapped[str | None] = mapped_column(String(255), nullable=True)


class BundleSelection(Base):
    __tablename__ = "catalog_product_bundle_selection"

    selection_id: Mapped[int] = mapped_column(Integer, primary_key=True)
    option_id: Mapped[int] = mapped_column(
        ForeignKey("catalog_product_bundle_option.option_id", ondelete="CASCADE"), index=True
    )
    parent_product_id: Mapped[int] = mapped_column(ForeignKey(PRODUCT_FK, ondelete="CASCADE"), index=True)
    product_id: Mapped[int] = mapped_column(ForeignKey(PRODUCT_FK, ondelete="CASCADE"), index=True)
    position: Mapped[int] = mapped_column(Integer, default=0)
    is_default: Mapped[bool] = mapped_column(Boolean, default=False)
    selection_price_type: Mapped[int] = mapped_column(SmallInteger, default=0)
    selection_price_value: Mapped[float] = mapped_column(MONEY, default=0)
    selection_qty: Mapped[float | None] = mapped_column(QTY, nullable=True)
    selection_can_change_qty: Mapped[int] = mapped_column(SmallInteger, default=0)


class DownloadableLink(Base):
    __tablename__ = "downloadable_link"

    link_id: Mapped[int] = mapped_column(Integer, primary_key=True)
    product_id: Mapped[int] = mapped_column(ForeignKey(PRODUCT_FK, ondelete="CASCADE"), index=True)
    title: Mapped[str | None] = mapped_column(String(255), nullable=True)
    sort_order: Mapped[int] = mapped_column(Integer, default=0)
    number_of_downloads: Mapped[int | None] = mapped_column(Integer, nullable=True)
    is_shareable: Mapped[int] = mapped_column(SmallInteger, default=0)
    price: Mapped[float] = mapped_column(MONEY, default=0)
    link_type: Mapped[str | None] = mapped_column(String(20), nullable=True)
    link_url: Mapped[str | None] = mapped_column(String(255), nullable=True)
    link_file: Mapped[str | None] = mapped_column(String(255), nullable=True)
    sample_type: Mapped[str | None] = mapped_column(String(20), nullable=True)
    sample_url: Mapped[str | None] = mapped_column(String(255), nullable=True)
    sample_file: Mapped[str | None] = mapped_column(String(255), nullable=True)
