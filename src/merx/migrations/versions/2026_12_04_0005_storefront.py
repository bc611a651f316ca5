"""storefront sessions

Revision ID: 0005
Revises: 0004
Create Date: 2026-12-04
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0005"
down_revision = "0004"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "storefront_session",
        sa.Column("session_hash", sa.String(length=64), nullable=False),
        sa.Column("store_id", sa.Integer(), nullable=False),
        sa.Column("customer_id", sa.Integer(), nullable=True),
        sa.Column("form_key", sa.String(length=32), nullable=False),
        sa.Column("flash", sa.Text(), nullable=True),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("expires_at", sa.DateTime(), nullable=False),
        sa.PrimaryKeyConstraint("session_hash", name=op.f("pk_storefront_session")),
    )
    op.create_index("ix_storefront_session_customer", "storefront_session", ["customer_id"])


def downgrade() -> None:
    op.drop_index("ix_storefront_session_customer", table_name="storefront_session")
    op.drop_table("storefront_session")
