"""catalog tables

Revision ID: 0003
Revises: 0002
Create Date: 2026-12-04
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0003"
down_revision = "0002"
branch_labels = None
depends_on = None

# PostgreSQL's indexes for GET /V1/products (see merx.catalog.search):
# * (price NULLS FIRST, lower(sku) text_pattern_ops): the typical admin search, `sku like 'prefix%'` with a price
#   range sorted by price, is answered inside one index; it also serves price ranges and price sorting
#   (NULLS FIRST is MySQL's ascending order);
# * lower(sku) text_pattern_ops: sku prefixes and case-insensitive sku lookups;
# * trigram GIN on sku and name: `like '%infix%'` (pg_trgm).
POSTGRESQL_INDEXES = {
    "ix_catalog_product_entity_price_sku": "CREATE INDEX ix_catalog_product_entity_price_sku ON "
    "catalog_product_entity (price NULLS FIRST, lower(sku) text_pattern_ops)",
    "ix_catalog_product_entity_sku_lower": "CREATE INDEX ix_catalog_product_entity_sku_lower ON "
    "catalog_product_entity (lower(sku) text_pattern_ops)",
    "pg_trgm": "CREATE EXTENSION IF NOT EXISTS pg_trgm",
    "ix_catalog_product_entity_sku_trgm": "CREATE INDEX ix_catalog_product_entity_sku_trgm ON "
    "catalog_product_entity USING gin (sku gin_trgm_ops)",
    "ix_catalog_product_entity_name_trgm": "CREATE INDEX ix_catalog_product_entity_name_trgm ON "
    "catalog_product_entity USING gin (name gin_trgm_ops)",
}


def upgrade() -> None:
    op.create_table(
        "catalog_product_entity",
        sa.Column("entity_id", sa.Integer(), nullable=False),
        sa.Column("sku", sa.String(length=64), nullable=False),
        sa.Column("type_id", sa.String(length=32), nullable=False),
        sa.Column("attribute_set_id", sa.Integer(), nullable=False),
        sa.Column("name", sa.String(length=255), nullable=True),
        sa.Column("price", sa.Numeric(precision=20, scale=6, asdecimal=False), nullable=True),
        sa.Column("status", sa.SmallInteger(), nullable=True),
        sa.Column("visibility", sa.SmallInteger(), nullable=True),
        sa.Column("weight", sa.Numeric(precision=12, scale=4, asdecimal=False), nullable=True),
        sa.Column("has_options", sa.SmallInteger(), nullable=False),
        sa.Column("required_options", sa.SmallInteger(), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.PrimaryKeyConstraint("entity_id", name=op.f("pk_catalog_product_entity")),
        sa.UniqueConstraint("sku", name=op.f("uq_catalog_product_entity_sku")),
    )
    op.create_index("ix_catalog_product_entity_name", "catalog_product_entity", ["name"], unique=False)
    op.create_index("ix_catalog_product_entity_type_id", "catalog_product_entity", ["type_id"], unique=False)
    op.create_index("ix_catalog_product_entity_updated_at", "catalog_product_entity", ["updated_at"], unique=False)
    op.create_table(
        "catalog_product_bundle_option",
        sa.Column("option_id", sa.Integer(), nullable=False),
        sa.Column("parent_id", sa.Integer(), nullable=False),
        sa.Column("required", sa.Boolean(), nullable=False),
        sa.Column("position", sa.Integer(), nullable=False),
        sa.Column("type", sa.String(length=255), nullable=True),
        sa.Column("title", sa.String(length=255), nullable=True),
        sa.ForeignKeyConstraint(
            ["parent_id"],
            ["catalog_product_entity.entity_id"],
            name=op.f("fk_catalog_product_bundle_option_parent_id_catalog_product_entity"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("option_id", name=op.f("pk_catalog_product_bundle_option")),
    )
    op.create_index(
        op.f("ix_catalog_product_bundle_option_parent_id"), "catalog_product_bundle_option", ["parent_id"], unique=False
    )
    op.create_table(
        "catalog_product_link",
        sa.Column("link_id", sa.Integer(), nullable=False),
        sa.Column("product_id", sa.Integer(), nullable=False),
        sa.Column("linked_product_id", sa.Integer(), nullable=False),
        sa.Column("link_type", sa.String(length=32), nullable=False),
        sa.Column("position", sa.Integer(), nullable=False),
        sa.Column("qty", sa.Numeric(precision=12, scale=4, asdecimal=False), nullable=True),
        sa.ForeignKeyConstraint(
            ["linked_product_id"],
            ["catalog_product_entity.entity_id"],
            name=op.f("fk_catalog_product_link_linked_product_id_catalog_product_entity"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["product_id"],
            ["catalog_product_entity.entity_id"],
            name=op.f("fk_catalog_product_link_product_id_catalog_product_entity"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("link_id", name=op.f("pk_catalog_product_link")),
        sa.UniqueConstraint(
            "product_id",
            "linked_product_id",
            "link_type",
            name=op.f("uq_catalog_product_link_product_id_linked_product_id_link_type"),
        ),
    )
    op.create_index(
        op.f("ix_catalog_product_link_linked_product_id"), "catalog_product_link", ["linked_product_id"], unique=False
    )
    op.create_table(
        "catalog_product_super_attribute",
        sa.Column("product_super_attribute_id", sa.Integer(), nullable=False),
        sa.Column("product_id", sa.Integer(), nullable=False),
        sa.Column("attribute_id", sa.Integer(), nullable=False),
        sa.Column("position", sa.Integer(), nullable=False),
        sa.Column("label", sa.String(length=255), nullable=True),
        sa.ForeignKeyConstraint(
            ["product_id"],
            ["catalog_product_entity.entity_id"],
            name=op.f("fk_catalog_product_super_attribute_product_id_catalog_product_entity"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("product_super_attribute_id", name=op.f("pk_catalog_product_super_attribute")),
        sa.UniqueConstraint(
            "product_id", "attribute_id", name=op.f("uq_catalog_product_super_attribute_product_id_attribute_id")
        ),
    )
    op.create_table(
        "catalog_product_super_link",
        sa.Column("link_id", sa.Integer(), nullable=False),
        sa.Column("product_id", sa.Integer(), nullable=False),
        sa.Column("parent_id", sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(
            ["parent_id"],
            ["catalog_product_entity.entity_id"],
            name=op.f("fk_catalog_product_super_link_parent_id_catalog_product_entity"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["product_id"],
            ["catalog_product_entity.entity_id"],
            name=op.f("fk_catalog_product_super_link_product_id_catalog_product_entity"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("link_id", name=op.f("pk_catalog_product_super_link")),
        sa.UniqueConstraint("product_id", "parent_id", name=op.f("uq_catalog_product_super_link_product_id_parent_id")),
    )
    op.create_index(
        op.f("ix_catalog_product_super_link_product_id"), "catalog_product_super_link", ["product_id"], unique=False
    )
    op.create_table(
        "catalog_product_value",
        sa.Column("value_id", sa.Integer(), nullable=False),
        sa.Column("entity_id", sa.Integer(), nullable=False),
        sa.Column("attribute_code", sa.String(length=255), nullable=False),
        sa.Column("store_id", sa.Integer(), nullable=False),
        sa.Column("value", sa.Text(), nullable=True),
        sa.ForeignKeyConstraint(
            ["entity_id"],
            ["catalog_product_entity.entity_id"],
            name=op.f("fk_catalog_product_value_entity_id_catalog_product_entity"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("value_id", name=op.f("pk_catalog_product_value")),
        sa.UniqueConstraint(
            "entity_id",
            "attribute_code",
            "store_id",
            name=op.f("uq_catalog_product_value_entity_id_attribute_code_store_id"),
        ),
    )
    op.create_index(
        "ix_catalog_product_value_attribute_store",
        "catalog_product_value",
        ["attribute_code", "store_id"],
        unique=False,
    )
    op.create_index(
        "ix_catalog_product_value_url_key",
        "catalog_product_value",
        ["value", "store_id"],
        unique=False,
        postgresql_where=sa.text("attribute_code = 'url_key'"),
        sqlite_where=sa.text("attribute_code = 'url_key'"),
    )
    op.create_table(
        "catalog_product_website",
        sa.Column("product_id", sa.Integer(), nullable=False),
        sa.Column("website_id", sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(
            ["product_id"],
            ["catalog_product_entity.entity_id"],
            name=op.f("fk_catalog_product_website_product_id_catalog_product_entity"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["website_id"],
            ["store_website.website_id"],
            name=op.f("fk_catalog_product_website_website_id_store_website"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("product_id", "website_id", name=op.f("pk_catalog_product_website")),
    )
    op.create_table(
        "downloadable_link",
        sa.Column("link_id", sa.Integer(), nullable=False),
        sa.Column("product_id", sa.Integer(), nullable=False),
        sa.Column("title", sa.String(length=255), nullable=True),
        sa.Column("sort_order", sa.Integer(), nullable=False),
        sa.Column("number_of_downloads", sa.Integer(), nullable=True),
        sa.Column("is_shareable", sa.SmallInteger(), nullable=False),
        sa.Column("price", sa.Numeric(precision=20, scale=6, asdecimal=False), nullable=False),
        sa.Column("link_type", sa.String(length=20), nullable=True),
        sa.Column("link_url", sa.String(length=255), nullable=True),
        sa.Column("link_file", sa.String(length=255), nullable=True),
        sa.Column("sample_type", sa.String(length=20), nullable=True),
        sa.Column("sample_url", sa.String(length=255), nullable=True),
        sa.Column("sample_file", sa.String(length=255), nullable=True),
        sa.ForeignKeyConstraint(
            ["product_id"],
            ["catalog_product_entity.entity_id"],
            name=op.f("fk_downloadable_link_product_id_catalog_product_entity"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("link_id", name=op.f("pk_downloadable_link")),
    )
    op.create_index(op.f("ix_downloadable_link_product_id"), "downloadable_link", ["product_id"], unique=False)
    op.create_table(
        "catalog_product_bundle_selection",
        sa.Column("selection_id", sa.Integer(), nullable=False),
        sa.Column("option_id", sa.Integer(), nullable=False),
        sa.Column("parent_product_id", sa.Integer(), nullable=False),
        sa.Column("product_id", sa.Integer(), nullable=False),
        sa.Column("position", sa.Integer(), nullable=False),
        sa.Column("is_default", sa.Boolean(), nullable=False),
        sa.Column("selection_price_type", sa.SmallInteger(), nullable=False),
        sa.Column("selection_price_value", sa.Numeric(precision=20, scale=6, asdecimal=False), nullable=False),
        sa.Column("selection_qty", sa.Numeric(precision=12, scale=4, asdecimal=False), nullable=True),
        sa.Column("selection_can_change_qty", sa.SmallInteger(), nullable=False),
        sa.ForeignKeyConstraint(
            ["option_id"],
            ["catalog_product_bundle_option.option_id"],
            name=op.f("fk_catalog_product_bundle_selection_option_id_catalog_product_bundle_option"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["parent_product_id"],
            ["catalog_product_entity.entity_id"],
            name=op.f("fk_catalog_product_bundle_selection_parent_product_id_catalog_product_entity"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["product_id"],
            ["catalog_product_entity.entity_id"],
            name=op.f("fk_catalog_product_bundle_selection_product_id_catalog_product_entity"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("selection_id", name=op.f("pk_catalog_product_bundle_selection")),
    )
    op.create_index(
        op.f("ix_catalog_product_bundle_selection_option_id"),
        "catalog_product_bundle_selection",
        ["option_id"],
        unique=False,
    )
    op.create_index(
        op.f("ix_catalog_product_bundle_selection_parent_product_id"),
        "catalog_product_bundle_selection",
        ["parent_product_id"],
        unique=False,
    )
    op.create_index(
        op.f("ix_catalog_product_bundle_selection_product_id"),
        "catalog_product_bundle_selection",
        ["product_id"],
        unique=False,
    )

    if op.get_bind().dialect.name == "postgresql":
        for statement in POSTGRESQL_INDEXES.values():
            op.execute(statement)
    else:
        op.create_index("ix_catalog_product_entity_price", "catalog_product_entity", ["price"])
        op.create_index("ix_catalog_product_entity_sku_lower", "catalog_product_entity", [sa.text("lower(sku)")])


def downgrade() -> None:
    if op.get_bind().dialect.name == "postgresql":
        for index_name in POSTGRESQL_INDEXES:
            if index_name.startswith("ix_"):  # the pg_trgm extension stays: other objects may use it
                op.execute(f"DROP INDEX IF EXISTS {index_name}")
    else:
        op.drop_index("ix_catalog_product_entity_sku_lower", table_name="catalog_product_entity")
        op.drop_index("ix_catalog_product_entity_price", table_name="catalog_product_entity")
    op.drop_index(op.f("ix_catalog_product_bundle_selection_product_id"), table_name="catalog_product_bundle_selection")
    op.drop_index(
        op.f("ix_catalog_product_bundle_selection_parent_product_id"), table_name="catalog_product_bundle_selection"
    )
    op.drop_index(op.f("ix_catalog_product_bundle_selection_option_id"), table_name="catalog_product_bundle_selection")
    op.drop_table("catalog_product_bundle_selection")
    op.drop_index(op.f("ix_downloadable_link_product_id"), table_name="downloadable_link")
    op.drop_table("downloadable_link")
    op.drop_table("catalog_product_website")
    op.drop_index(
        "ix_catalog_product_value_url_key",
        table_name="catalog_product_value",
        postgresql_where=sa.text("attribute_code = 'url_key'"),
        sqlite_where=sa.text("attribute_code = 'url_key'"),
    )
    op.drop_index("ix_catalog_product_value_attribute_store", table_name="catalog_product_value")
    op.drop_table("catalog_product_value")
    op.drop_index(op.f("ix_catalog_product_super_link_product_id"), table_name="catalog_product_super_link")
    op.drop_table("catalog_product_super_link")
    op.drop_table("catalog_product_super_attribute")
    op.drop_index(op.f("ix_catalog_product_link_linked_product_id"), table_name="catalog_product_link")
    op.drop_table("catalog_product_link")
    op.drop_index(op.f("ix_catalog_product_bundle_option_parent_id"), table_name="catalog_product_bundle_option")
    op.drop_table("catalog_product_bundle_option")
    op.drop_index("ix_catalog_product_entity_updated_at", table_name="catalog_product_entity")
    op.drop_index("ix_catalog_product_entity_type_id", table_name="catalog_product_entity")
    op.drop_index("ix_catalog_product_entity_name", table_name="catalog_product_entity")
    op.drop_table("catalog_product_entity")
