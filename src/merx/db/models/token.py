from __future__ import annotations

from datetime import datetime

from sqlalchemy import DateTime, Index, Integer, SmallInteger, String, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column

from merx.db.base import Base


class OauthToken(Base):
    """An issued bearer token. Only the SHA-256 of the token is kept, never the token itself."""

    __tablename__ = "oauth_token"
    __table_args__ = (Index("ix_oauth_token_user", "user_type", "user_id"),)

    entity_id: Mapped[int] = mapped_column(Integer, primary_key=True)
    token_hash: Mapped[str] = mapped_column(String(64), unique=True)
    user_type: Mapped[int] = mapped_column(SmallInteger)
    user_id: Mapped[int] = mapped_column(Integer)
    revoked: Mapped[int] = mapped_column(SmallInteger, default=0)
    created_at: Mapped[datetime] = mapped_column(DateTime)
    expires_at: Mapped[datetime | None] = mapped_column(DateTime, nullable=True)


class OauthTokenRequestLog(Base):
    """Failed token requests per (user name, user type): Magento's brute-force lockout."""

    __tablename__ = "oauth_token_request_log"
    __table_args__ = (UniqueConstraint("user_name", "user_type"),)

    log_id: Mapped[int] = mapped_column(Integer, primary_key=True)
    user_name: Mapped[str] = mapped_column(String(255))
    user_type: Mapped[int] = mapped_column(SmallInteger)
    failures_count: Mapped[int] = mapped_column(Integer, default=0)
    lock_expires_at: Mapped[datetime] = mapped_column(DateTime)
