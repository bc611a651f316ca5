"""Storefront sessions, kept server-side: the cookie holds a random id, the table its SHA-256."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import DateTime, Index, Integer, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from merx.db.base import Base


class StorefrontSession(Base):
    __tablename__ = "storefront_session"
    __table_args__ = (Index("ix_storefront_session_customer", "customer_id"),)

    session_hash: Mapped[str] = mapped_column(String(64), primary_key=True)
    store_id: Mapped[int] = mapped_column(Integer)
    customer_id: Mapped[int | None] = mapped_column(Integer, nullable=True)
    form_key: Mapped[str] = mapped_column(String(32))
    flash: Mapped[str | None] = mapped_column(Text, nullable=True)
    created_at: Mapped[datetime] = mapped_column(DateTime)
    expires_at: Mapped[datetime] = mapped_column(DateTime)
