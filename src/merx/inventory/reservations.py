"""Reservations: what checkout, shipping and refunds call to move salable quantity.

`reserve` is the "is it salable? then reserve" step of placing an order. It is serialised per
(sku, stock): the running-total rows are locked in sku order (SELECT ... FOR UPDATE on PostgreSQL;
on SQLite write transactions BEGIN IMMEDIATE, so there is one writer), salability is re-checked
with the locked totals, and only then are the reservations appended, in the caller's transaction.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass

import orjson
from sqlalchemy.orm import Session

from merx.appconfig.registry import ConfigRegistry
from merx.inventory import errors, reservation_repository, salability, stock_state
from merx.inventory.reservation_repository import Reservation

EVENT_ORDER_PLACED = "order_placed"
EVENT_ORDER_CANCELED = "order_canceled"
EVENT_SHIPMENT_CREATED = "shipment_created"
EVENT_CREDITMEMO_CREATED = "creditmemo_created"
EVENT_INVOICE_CREATED = "invoice_created"
EVENT_MANUAL_COMPENSATION = "manual_compensation"
OBJECT_TYPE_ORDER = "order"


@dataclass(frozen=True)
class SalesEvent:
    """Magento's SalesEventInterface; serialised into the reservation's metadata."""

    event_type: str
    object_type: str = OBJECT_TYPE_ORDER
    object_id: str | None = None
    object_increment_id: str | None = None

    def to_metadata(self) -> str:
        return orjson.dumps(
            {
                "event_type": self.event_type,
                "object_type": self.object_type,
                "object_id": self.object_id,
                "object_increment_id": self.object_increment_id,
            }
        ).decode()


Metadata = SalesEvent | Mapping[str, object] | str | None


def _metadata_text(metadata: Metadata) -> str | None:
    if metadata is None or isinstance(metadata, str):
        return metadata
    if isinstance(metadata, SalesEvent):
        return metadata.to_metadata()
    return orjson.dumps(dict(metadata)).decode()


def reserve(
    session: Session,
    stock_id: int,
    items: Sequence[tuple[str, float]],
    metadata: Metadata,
    config: ConfigRegistry | None = None,
) -> None:
    """Reserve `qty` of each sku on the stock (ledger quantity -qty), or raise if one cannot be covered.

    Raises NoSuchEntityError for an unknown sku and InsufficientStockError when a sku is short; the
    caller's transaction then rolls back, so nothing is reserved. Skus of types without source items
    and items whose stock is not managed are not reserved (as MSI does).
    """
    wanted: dict[str, float] = {}
    for sku, qty in items:
        wanted[sku] = wanted.get(sku, 0.0) + float(qty)
    if not wanted:
        return
    locked = reservation_repository.lock_totals(session, stock_id, list(wanted))
    states = stock_state.load(session, config or ConfigRegistry([]), list(wanted), stock_id, reservations=locked)
    to_append: list[Reservation] = []
    text = _metadata_text(metadata)
    for sku in sorted(wanted):
        state = states.get(sku)
        if state is None:
            raise errors.product_not_found()
        if not state.has_source_items or not state.config.manage_stock:
            continue
        requested = wanted[sku]
        if salability.placement_shortfall(state.level, state.reservations, state.config, requested):
            available = salability.salable_qty(state.level, state.reservations, state.config)
            raise errors.InsufficientStockError(sku, stock_id, requested, available)
        to_append.append(Reservation(stock_id, sku, -requested, text))
    reservation_repository.append(session, to_append)


def append_reservations(session: Session, reservations: Sequence[Reservation]) -> None:
    """Append without a salability check (compensations: shipment, cancel, refund, CLI)."""
    reservation_repository.append(session, reservations)


def compensate(session: Session, stock_id: int, items: Sequence[tuple[str, float]], metadata: Metadata) -> None:
    """Give back `qty` of each sku (ledger quantity +qty), e.g. when an order ships or is canceled."""
    text = _metadata_text(metadata)
    append_reservations(session, [Reservation(stock_id, sku, float(qty), text) for sku, qty in items if qty])
