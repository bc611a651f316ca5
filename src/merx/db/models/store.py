from __future__ import annotations

from sqlalchemy import ForeignKey, Integer, SmallInteger, String
from sqlalchemy.orm import Mapped, mapped_column

from merx.db.base import Base


class StoreWebsite(Base):
    __tablename__ = "store_website"

    website_id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=False)
    code: Mapped[str] = mapped_column(String(32), unique=True)
    name: Mapped[str] = mapped_column(String(64))
    sort_order: Mapped[int] = mapped_column(Integer, default=0)
    default_group_id: Mapped[int] = mapped_column(Integer, default=0)
    is_default: Mapped[int] = mapped_column(SmallInteger, default=0)


class StoreGroup(Base):
    __tablename__ = "store_group"

    group_id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=False)
    website_id: Mapped[int] = mapped_column(ForeignKey("store_website.website_id", ondelete="CASCADE"))
    code: Mapped[str] = mapped_column(String(32), unique=True)
    name: Mapped[str] = mapped_column(String(255))
    root_category_id: Mapped[int] = mapped_column(Integer, default=0)
    default_store_id: Mapped[int] = mapped_column(Integer, default=0)


class Store(Base):
    __tablename__ = "store"

    store_id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=False)
    code: Mapped[str] = mapped_column(String(32), unique=True)
    website_id: Mapped[int] = mapped_column(ForeignKey("store_website.website_id", ondelete="CASCADE"))
    group_id: Mapped[int] = mapped_column(ForeignKey("store_group.group_id", ondelete="CASCADE"))
    name: Mapped[str] = mapped_column(String(255))
    sort_order: Mapped[int] = mapped_column(Integer, default=0)
    is_active: Mapped[int] = mapped_column(SmallInteger, default=1)
