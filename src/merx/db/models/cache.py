from __future__ import annotations

from sqlalchemy import BigInteger, String
from sqlalchemy.orm import Mapped, mapped_column

from merx.db.base import Base


class CacheGeneration(Base):
    """A counter per cached registry; writers bump it, every worker reloads when it moves."""

    __tablename__ = "merx_cache_generation"

    name: Mapped[str] = mapped_column(String(32), primary_key=True)
    value: Mapped[int] = mapped_column(BigInteger, default=0)
