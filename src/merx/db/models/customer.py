"""ORM models of the customer domain: customers, their addresses, groups and newsletter subscriptions.

E-mail uniqueness (Magento's check in ResourceModel\\Customer::_beforeSave) is backed by a unique
index on (email_key, website_id), where `email_key` is the lower-cased address: MySQL compares
e-mails case-insensitively, PostgreSQL and SQLite do not. Under global account sharing the service
checks every website inside the transaction before inserting.
"""

from __future__ import annotations

from datetime import date, datetime

from sqlalchemy import Date, DateTime, ForeignKey, Index, Integer, SmallInteger, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from merx.db.base import Base

CUSTOMER_FK = "customer_entity.entity_id"


class CustomerGroup(Base):
    __tablename__ = "customer_group"

    customer_group_id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=False)
    customer_group_code: Mapped[str] = mapped_column(String(32), unique=True)
    tax_class_id: Mapped[int] = mapped_column(Integer, default=3)


class CustomerEntity(Base):
    __tablename__ = "customer_entity"
    __table_args__ = (
        Index("uq_customer_entity_email_key_website_id", "email_key", "website_id", unique=True),
        Index("ix_customer_entity_rp_token", "rp_token"),
        {"sqlite_autoincrement": True},  # ids are never reused, as with MySQL's AUTO_INCREMENT
    )

    entity_id: Mapped[int] = mapped_column(Integer, primary_key=True)
    website_id: Mapped[int] = mapped_column(ForeignKey("store_website.website_id"))
    email: Mapped[str] = mapped_column(String(255))
    email_key: Mapped[str] = mapped_column(String(255))
    group_id: Mapped[int] = mapped_column(ForeignKey("customer_group.customer_group_id"))
    store_id: Mapped[int | None] = mapped_column(ForeignKey("store.store_id", ondelete="SET NULL"), nullable=True)
    created_at: Mapped[datetime] = mapped_column(DateTime)
    updated_at: Mapped[datetime] = mapped_column(DateTime)
    is_active: Mapped[int] = mapped_column(SmallInteger, default=1)
    disable_auto_group_change: Mapped[int] = mapped_column(SmallInteger, default=0)
    created_in: Mapped[str | None] = mapped_column(String(255), nullable=True)
    prefix: Mapped[str | None] = mapped_column(String(40), nullable=True)
    firstname: Mapped[str | None] = mapped_column(String(255), nullable=True)
    middlename: Mapped[str | None] = mapped_column(String(255), nullable=True)
    lastname: Mapped[str | None] = mapped_column(String(255), nullable=True)
    suffix: Mapped[str | None] = mapped_column(String(40), nullable=True)
    dob: Mapped[date | None] = mapped_column(Date, nullable=True)
    password_hash: Mapped[str | None] = mapped_column(String(128), nullable=True)
    rp_token: Mapped[str | None] = mapped_column(String(64), nullable=True)  # SHA-256 of the reset token
    rp_token_created_at: Mapped[datetime | None] = mapped_column(DateTime, nullable=True)
    default_billing: Mapped[int | None] = mapped_column(Integer, nullable=True)
    default_shipping: Mapped[int | None] = mapped_column(Integer, nullable=True)
    taxvat: Mapped[str | None] = mapped_column(String(50), nullable=True)
    confirmation: Mapped[str | None] = mapped_column(String(64), nullable=True)
    gender: Mapped[int | None] = mapped_column(Integer, nullable=True)
    failures_num: Mapped[int] = mapped_column(SmallInteger, default=0)
    first_failure: Mapped[datetime | None] = mapped_column(DateTime, nullable=True)
    lock_expires: Mapped[datetime | None] = mapped_column(DateTime, nullable=True)


class CustomerAddressEntity(Base):
    """An address book entry; `street` holds the lines joined with newlines, as Magento stores them."""

    __tablename__ = "customer_address_entity"
    __table_args__ = (Index("ix_customer_address_entity_parent_id", "parent_id"), {"sqlite_autoincrement": True})

    entity_id: Mapped[int] = mapped_column(Integer, primary_key=True)
    parent_id: Mapped[int] = mapped_column(ForeignKey(CUSTOMER_FK, ondelete="CASCADE"))
    created_at: Mapped[datetime] = mapped_column(DateTime)
    updated_at: Mapped[datetime] = mapped_column(DateTime)
    is_active: Mapped[int] = mapped_column(SmallInteger, default=1)
    city: Mapped[str] = mapped_column(String(255))
    company: Mapped[str | None] = mapped_column(String(255), nullable=True)
    country_id: Mapped[str] = mapped_column(String(2))
    fax: Mapped[str | None] = mapped_column(String(255), nullable=True)
    firstname: Mapped[str] = mapped_column(String(255))
    lastname: Mapped[str] = mapped_column(String(255))
    middlename: Mapped[str | None] = mapped_column(String(255), nullable=True)
    postcode: Mapped[str | None] = mapped_column(String(255), nullable=True)
    prefix: Mapped[str | None] = mapped_column(String(40), nullable=True)
    region: Mapped[str | None] = mapped_column(String(255), nullable=True)
    region_id: Mapped[int | None] = mapped_column(Integer, nullable=True)
    street: Mapped[str] = mapped_column(Text)
    suffix: Mapped[str | None] = mapped_column(String(40), nullable=True)
    telephone: Mapped[str | None] = mapped_column(String(255), nullable=True)
    vat_id: Mapped[str | None] = mapped_column(String(255), nullable=True)


class NewsletterSubscriber(Base):
    """Magento's newsletter_subscriber; `subscriber_status` 1 = subscribed, 3 = unsubscribed."""

    __tablename__ = "newsletter_subscriber"
    __table_args__ = (Index("uq_newsletter_subscriber_customer_id", "customer_id", unique=True),)

    subscriber_id: Mapped[int] = mapped_column(Integer, primary_key=True)
    store_id: Mapped[int | None] = mapped_column(ForeignKey("store.store_id", ondelete="SET NULL"), nullable=True)
    customer_id: Mapped[int | None] = mapped_column(ForeignKey(CUSTOMER_FK, ondelete="CASCADE"), nullable=True)
    subscriber_email: Mapped[str] = mapped_column(String(150))
    subscriber_status: Mapped[int] = mapped_column(Integer, default=0)
    change_status_at: Mapped[datetime | None] = mapped_column(DateTime, nullable=True)


__all__ = ["CustomerAddressEntity", "CustomerEntity", "CustomerGroup", "NewsletterSubscriber"]
