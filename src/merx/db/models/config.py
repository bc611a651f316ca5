from __future__ import annotations

from sqlalchemy import Integer, String, Text, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column

from merx.db.base import Base


class CoreConfigData(Base):
    __tablename__ = "core_config_data"
    __table_args__ = (UniqueConstraint("scope", "scope_id", "path"),)

    config_id: Mapped[int] = mapped_column(Integer, primary_key=True)
    scope: Mapped[str] = mapped_column(String(8), default="default")
    scope_id: Mapped[int] = mapped_column(Integer, default=0)
    path: Mapped[str] = mapped_column(String(255))
    value: Mapped[str | None] = mapped_column(Text, nullable=True)
