"""inventory tables

Revision ID: 0004
Revises: 0003
Create Date: 2026-12-04
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0004"
down_revision = "0003"
branch_labels = None
depends_on = None

QTY = sa.Numeric(precision=12, scale=4, asdecimal=False)


def upgrade() -> None:
    op.create_table(
        "inventory_source",
        sa.Column("source_code", sa.String(length=255), nullable=False),
        sa.Column("name", sa.String(length=255), nullable=False),
        sa.Column("enabled", sa.SmallInteger(), nullable=False, server_default="1"),
        sa.Column("description", sa.Text(), nullable=True),
        sa.Column("latitude", sa.Numeric(precision=8, scale=6, asdecimal=False), nullable=True),
        sa.Column("longitude", sa.Numeric(precision=9, scale=6, asdecimal=False), nullable=True),
        sa.Column("country_id", sa.String(length=2), nullable=False),
        sa.Column("region_id", sa.Integer(), nullable=True),
        sa.Column("region", sa.String(length=255), nullable=True),
        sa.Column("city", sa.String(length=255), nullable=True),
        sa.Column("street", sa.String(length=255), nullable=True),
        sa.Column("postcode", sa.String(length=255), nullable=False),
        sa.Column("contact_name", sa.String(length=255), nullable=True),
        sa.Column("email", sa.String(length=255), nullable=True),
        sa.Column("phone", sa.String(length=255), nullable=True),
        sa.Column("fax", sa.String(length=255), nullable=True),
        sa.Column("use_default_carrier_config", sa.SmallInteger(), nullable=False, server_default="1"),
        sa.Column("is_pickup_location_active", sa.SmallInteger(), nullable=False, server_default="0"),
        sa.Column("frontend_name", sa.String(length=255), nullable=True, server_default=""),
        sa.Column("frontend_description", sa.Text(), nullable=True),
        sa.PrimaryKeyConstraint("source_code", name=op.f("pk_inventory_source")),
    )
    op.create_table(
        "inventory_source_carrier_link",
        sa.Column("link_id", sa.Integer(), nullable=False),
        sa.Column("source_code", sa.String(length=255), nullable=False),
        sa.Column("carrier_code", sa.String(length=255), nullable=False),
        sa.Column("position", sa.SmallInteger(), nullable=True),
        sa.ForeignKeyConstraint(
            ["source_code"],
            ["inventory_source.source_code"],
            name=op.f("fk_inventory_source_carrier_link_source_code_inventory_source"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("link_id", name=op.f("pk_inventory_source_carrier_link")),
    )
    op.create_index(
        op.f("ix_inventory_source_carrier_link_source_code"), "inventory_source_carrier_link", ["source_code"]
    )
    op.create_table(
        "inventory_stock",
        sa.Column("stock_id", sa.Integer(), nullable=False),
        sa.Column("name", sa.String(length=255), nullable=False),
        sa.PrimaryKeyConstraint("stock_id", name=op.f("pk_inventory_stock")),
    )
    op.create_table(
        "inventory_stock_sales_channel",
        sa.Column("type", sa.String(length=64), nullable=False),
        sa.Column("code", sa.String(length=64), nullable=False),
        sa.Column("stock_id", sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(
            ["stock_id"],
            ["inventory_stock.stock_id"],
            name=op.f("fk_inventory_stock_sales_channel_stock_id_inventory_stock"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("type", "code", name=op.f("pk_inventory_stock_sales_channel")),
    )
    op.create_index(op.f("ix_inventory_stock_sales_channel_stock_id"), "inventory_stock_sales_channel", ["stock_id"])
    op.create_table(
        "inventory_source_stock_link",
        sa.Column("link_id", sa.Integer(), nullable=False),
        sa.Column("stock_id", sa.Integer(), nullable=False),
        sa.Column("source_code", sa.String(length=255), nullable=False),
        sa.Column("priority", sa.SmallInteger(), nullable=False),
        sa.ForeignKeyConstraint(
            ["source_code"],
            ["inventory_source.source_code"],
            name=op.f("fk_inventory_source_stock_link_source_code_inventory_source"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["stock_id"],
            ["inventory_stock.stock_id"],
            name=op.f("fk_inventory_source_stock_link_stock_id_inventory_stock"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("link_id", name=op.f("pk_inventory_source_stock_link")),
        sa.UniqueConstraint(
            "stock_id", "source_code", name=op.f("uq_inventory_source_stock_link_stock_id_source_code")
        ),
    )
    op.create_index(op.f("ix_inventory_source_stock_link_source_code"), "inventory_source_stock_link", ["source_code"])
    op.create_index(
        "ix_inventory_source_stock_link_stock_id_priority", "inventory_source_stock_link", ["stock_id", "priority"]
    )
    op.create_table(
        "inventory_source_item",
        sa.Column("source_item_id", sa.Integer(), nullable=False),
        sa.Column("source_code", sa.String(length=255), nullable=False),
        sa.Column("sku", sa.String(length=64), nullable=False),
        sa.Column("quantity", QTY, nullable=False, server_default="0"),
        sa.Column("status", sa.SmallInteger(), nullable=False, server_default="0"),
        sa.ForeignKeyConstraint(
            ["source_code"],
            ["inventory_source.source_code"],
            name=op.f("fk_inventory_source_item_source_code_inventory_source"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("source_item_id", name=op.f("pk_inventory_source_item")),
        sa.UniqueConstraint("source_code", "sku", name=op.f("uq_inventory_source_item_source_code_sku")),
    )
    op.create_index(
        "ix_inventory_source_item_sku_source_code_quantity", "inventory_source_item", ["sku", "source_code", "quantity"]
    )
    op.create_table(
        "inventory_reservation",
        sa.Column("reservation_id", sa.BigInteger().with_variant(sa.Integer(), "sqlite"), nullable=False),
        sa.Column("stock_id", sa.Integer(), nullable=False),
        sa.Column("sku", sa.String(length=64), nullable=False),
        sa.Column("quantity", QTY, nullable=False, server_default="0"),
        sa.Column("metadata", sa.String(length=255), nullable=True),
        sa.PrimaryKeyConstraint("reservation_id", name=op.f("pk_inventory_reservation")),
    )
    op.create_index(
        "ix_inventory_reservation_stock_id_sku_quantity", "inventory_reservation", ["stock_id", "sku", "quantity"]
    )
    op.create_table(
        "inventory_reservation_total",
        sa.Column("stock_id", sa.Integer(), nullable=False),
        sa.Column("sku", sa.String(length=64), nullable=False),
        sa.Column("quantity", sa.Numeric(precision=20, scale=4, asdecimal=False), nullable=False, server_default="0"),
        sa.PrimaryKeyConstraint("stock_id", "sku", name=op.f("pk_inventory_reservation_total")),
    )
    _create_legacy_stock_item()
    op.create_table(
        "inventory_geoname",
        sa.Column("entity_id", sa.Integer(), nullable=False),
        sa.Column("country_code", sa.String(length=64), nullable=False),
        sa.Column("postcode", sa.String(length=64), nullable=False),
        sa.Column("city", sa.String(length=180), nullable=False),
        sa.Column("region", sa.String(length=100), nullable=False),
        sa.Column("province", sa.String(length=64), nullable=False),
        sa.Column("latitude", sa.Float(), nullable=False),
        sa.Column("longitude", sa.Float(), nullable=False),
        sa.PrimaryKeyConstraint("entity_id", name=op.f("pk_inventory_geoname")),
    )
    op.create_index("ix_inventory_geoname_country_code_postcode", "inventory_geoname", ["country_code", "postcode"])


def _create_legacy_stock_item() -> None:
    flag = sa.SmallInteger()
    op.create_table(
        "cataloginventory_stock_item",
        sa.Column("item_id", sa.Integer(), nullable=False),
        sa.Column("product_id", sa.Integer(), nullable=False),
        sa.Column("stock_id", sa.Integer(), nullable=False, server_default="1"),
        sa.Column("qty", QTY, nullable=True),
        sa.Column("is_in_stock", flag, nullable=False, server_default="0"),
        sa.Column("use_config_min_qty", flag, nullable=False, server_default="1"),
        sa.Column("min_qty", QTY, nullable=False, server_default="0"),
        sa.Column("use_config_min_sale_qty", flag, nullable=False, server_default="1"),
        sa.Column("min_sale_qty", QTY, nullable=False, server_default="1"),
        sa.Column("use_config_max_sale_qty", flag, nullable=False, server_default="1"),
        sa.Column("max_sale_qty", QTY, nullable=False, server_default="0"),
        sa.Column("use_config_backorders", flag, nullable=False, server_default="1"),
        sa.Column("backorders", flag, nullable=False, server_default="0"),
        sa.Column("use_config_notify_stock_qty", flag, nullable=False, server_default="1"),
        sa.Column("notify_stock_qty", QTY, nullable=True, server_default="1"),
        sa.Column("use_config_qty_increments", flag, nullable=False, server_default="1"),
        sa.Column("qty_increments", QTY, nullable=False, server_default="0"),
        sa.Column("use_config_enable_qty_inc", flag, nullable=False, server_default="1"),
        sa.Column("enable_qty_increments", flag, nullable=False, server_default="0"),
        sa.Column("use_config_manage_stock", flag, nullable=False, server_default="1"),
        sa.Column("manage_stock", flag, nullable=False, server_default="1"),
        sa.Column("low_stock_date", sa.String(length=32), nullable=True),
        sa.Column("is_qty_decimal", flag, nullable=False, server_default="0"),
        sa.Column("is_decimal_divided", flag, nullable=False, server_default="0"),
        sa.Column("stock_status_changed_auto", flag, nullable=False, server_default="0"),
        sa.ForeignKeyConstraint(
            ["product_id"],
            ["catalog_product_entity.entity_id"],
            name=op.f("fk_cataloginventory_stock_item_product_id_catalog_product_entity"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("item_id", name=op.f("pk_cataloginventory_stock_item")),
        sa.UniqueConstraint("product_id", "stock_id", name=op.f("uq_cataloginventory_stock_item_product_id_stock_id")),
    )


def downgrade() -> None:
    op.drop_index("ix_inventory_geoname_country_code_postcode", table_name="inventory_geoname")
    op.drop_table("inventory_geoname")
    op.drop_table("cataloginventory_stock_item")
    op.drop_table("inventory_reservation_total")
    op.drop_index("ix_inventory_reservation_stock_id_sku_quantity", table_name="inventory_reservation")
    op.drop_table("inventory_reservation")
    op.drop_index("ix_inventory_source_item_sku_source_code_quantity", table_name="inventory_source_item")
    op.drop_table("inventory_source_item")
    op.drop_index("ix_inventory_source_stock_link_stock_id_priority", table_name="inventory_source_stock_link")
    op.drop_index(op.f("ix_inventory_source_stock_link_source_code"), table_name="inventory_source_stock_link")
    op.drop_table("inventory_source_stock_link")
    op.drop_index(op.f("ix_inventory_stock_sales_channel_stock_id"), table_name="inventory_stock_sales_channel")
    op.drop_table("inventory_stock_sales_channel")
    op.drop_table("inventory_stock")
    op.drop_index(op.f("ix_inventory_source_carrier_link_source_code"), table_name="inventory_source_carrier_link")
    op.drop_table("inventory_source_carrier_link")
    op.drop_table("inventory_source")
