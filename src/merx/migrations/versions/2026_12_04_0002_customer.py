"""customer tables

Revision ID: 0002
Revises: 0001
Create Date: 2026-12-04
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0002"
down_revision = "0001"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "customer_group",
        sa.Column("customer_group_id", sa.Integer(), autoincrement=False, nullable=False),
        sa.Column("customer_group_code", sa.String(length=32), nullable=False),
        sa.Column("tax_class_id", sa.Integer(), nullable=False),
        sa.PrimaryKeyConstraint("customer_group_id", name=op.f("pk_customer_group")),
        sa.UniqueConstraint("customer_group_code", name=op.f("uq_customer_group_customer_group_code")),
    )
    op.create_table(
        "customer_entity",
        sa.Column("entity_id", sa.Integer(), nullable=False),
        sa.Column("website_id", sa.Integer(), nullable=False),
        sa.Column("email", sa.String(length=255), nullable=False),
        sa.Column("email_key", sa.String(length=255), nullable=False),
        sa.Column("group_id", sa.Integer(), nullable=False),
        sa.Column("store_id", sa.Integer(), nullable=True),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.Column("is_active", sa.SmallInteger(), nullable=False),
        sa.Column("disable_auto_group_change", sa.SmallInteger(), nullable=False),
        sa.Column("created_in", sa.String(length=255), nullable=True),
        sa.Column("prefix", sa.String(length=40), nullable=True),
        sa.Column("firstname", sa.String(length=255), nullable=True),
        sa.Column("middlename", sa.String(length=255), nullable=True),
        sa.Column("lastname", sa.String(length=255), nullable=True),
        sa.Column("suffix", sa.String(length=40), nullable=True),
        sa.Column("dob", sa.Date(), nullable=True),
        sa.Column("password_hash", sa.String(length=128), nullable=True),
        sa.Column("rp_token", sa.String(length=64), nullable=True),
        sa.Column("rp_token_created_at", sa.DateTime(), nullable=True),
        sa.Column("default_billing", sa.Integer(), nullable=True),
        sa.Column("default_shipping", sa.Integer(), nullable=True),
        sa.Column("taxvat", sa.String(length=50), nullable=True),
        sa.Column("confirmation", sa.String(length=64), nullable=True),
        sa.Column("gender", sa.Integer(), nullable=True),
        sa.Column("failures_num", sa.SmallInteger(), nullable=False),
        sa.Column("first_failure", sa.DateTime(), nullable=True),
        sa.Column("lock_expires", sa.DateTime(), nullable=True),
        sa.ForeignKeyConstraint(
            ["group_id"], ["customer_group.customer_group_id"], name=op.f("fk_customer_entity_group_id_customer_group")
        ),
        sa.ForeignKeyConstraint(
            ["store_id"], ["store.store_id"], name=op.f("fk_customer_entity_store_id_store"), ondelete="SET NULL"
        ),
        sa.ForeignKeyConstraint(
            ["website_id"], ["store_website.website_id"], name=op.f("fk_customer_entity_website_id_store_website")
        ),
        sa.PrimaryKeyConstraint("entity_id", name=op.f("pk_customer_entity")),
        sqlite_autoincrement=True,
    )
    op.create_index("ix_customer_entity_rp_token", "customer_entity", ["rp_token"], unique=False)
    op.create_index(
        "uq_customer_entity_email_key_website_id", "customer_entity", ["email_key", "website_id"], unique=True
    )
    op.create_table(
        "customer_address_entity",
        sa.Column("entity_id", sa.Integer(), nullable=False),
        sa.Column("parent_id", sa.Integer(), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.Column("is_active", sa.SmallInteger(), nullable=False),
        sa.Column("city", sa.String(length=255), nullable=False),
        sa.Column("company", sa.String(length=255), nullable=True),
        sa.Column("country_id", sa.String(length=2), nullable=False),
        sa.Column("fax", sa.String(length=255), nullable=True),
        sa.Column("firstname", sa.String(length=255), nullable=False),
        sa.Column("lastname", sa.String(length=255), nullable=False),
        sa.Column("middlename", sa.String(length=255), nullable=True),
        sa.Column("postcode", sa.String(length=255), nullable=True),
        sa.Column("prefix", sa.String(length=40), nullable=True),
        sa.Column("region", sa.String(length=255), nullable=True),
        sa.Column("region_id", sa.Integer(), nullable=True),
        sa.Column("street", sa.Text(), nullable=False),
        sa.Column("suffix", sa.String(length=40), nullable=True),
        sa.Column("telephone", sa.String(length=255), nullable=True),
        sa.Column("vat_id", sa.String(length=255), nullable=True),
        sa.ForeignKeyConstraint(
            ["parent_id"],
            ["customer_entity.entity_id"],
            name=op.f("fk_customer_address_entity_parent_id_customer_entity"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("entity_id", name=op.f("pk_customer_address_entity")),
        sqlite_autoincrement=True,
    )
    op.create_index("ix_customer_address_entity_parent_id", "customer_address_entity", ["parent_id"], unique=False)
    op.create_table(
        "newsletter_subscriber",
        sa.Column("subscriber_id", sa.Integer(), nullable=False),
        sa.Column("store_id", sa.Integer(), nullable=True),
        sa.Column("customer_id", sa.Integer(), nullable=True),
        sa.Column("subscriber_email", sa.String(length=150), nullable=False),
        sa.Column("subscriber_status", sa.Integer(), nullable=False),
        sa.Column("change_status_at", sa.DateTime(), nullable=True),
        sa.ForeignKeyConstraint(
            ["customer_id"],
            ["customer_entity.entity_id"],
            name=op.f("fk_newsletter_subscriber_customer_id_customer_entity"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["store_id"], ["store.store_id"], name=op.f("fk_newsletter_subscriber_store_id_store"), ondelete="SET NULL"
        ),
        sa.PrimaryKeyConstraint("subscriber_id", name=op.f("pk_newsletter_subscriber")),
    )
    op.create_index("uq_newsletter_subscriber_customer_id", "newsletter_subscriber", ["customer_id"], unique=True)


def downgrade() -> None:
    op.drop_index("uq_newsletter_subscriber_customer_id", table_name="newsletter_subscriber")
    op.drop_table("newsletter_subscriber")
    op.drop_index("ix_customer_address_entity_parent_id", table_name="customer_address_entity")
    op.drop_table("customer_address_entity")
    op.drop_index("uq_customer_entity_email_key_website_id", table_name="customer_entity")
    op.drop_index("ix_customer_entity_rp_token", table_name="customer_entity")
    op.drop_table("customer_entity")
    op.drop_table("customer_group")
