"""Reservations not compensated by their orders (InventoryReservationCli), as pure functions.

An order's reservations on a stock should add up, per sku, to the quantity still expected: the
ordered quantity while the order is open (the order_placed reservation is then the only one), zero
once it is complete, closed or canceled. Whatever does not add up is reported, and can be fixed
with compensating reservations.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field

import orjson

from merx.inventory.reservation_repository import Reservation

COMPENSATION_PATTERN = re.compile(r"(?P<increment_id>\d*):(?P<sku>.*):(?P<quantity>.*):(?P<stock_id>.*)")
COMPENSATION_PATTERN_TEXT = "/(?P<increment_id>\\d*):(?P<sku>.*):(?P<quantity>.*):(?P<stock_id>.*)/"
COMPLETE_STATE = "complete"


@dataclass(frozen=True)
class OpenOrderLine:
    """A line of an order not yet in a final state, on the stock of the order's website."""

    increment_id: str
    object_id: int
    stock_id: int
    sku: str
    qty_ordered: float


@dataclass
class Inconsistency:
    increment_id: str
    stock_id: int
    object_id: int | None = None
    order_status: str | None = None
    items: dict[str, float] = field(default_factory=dict)

    def add(self, sku: str, quantity: float) -> None:
        self.items[sku] = round(self.items.get(sku, 0.0) + quantity, 4)


def _metadata(reservation: Reservation) -> Mapping[str, object] | None:
    try:
        data = orjson.loads(reservation.metadata or "null")
    except orjson.JSONDecodeError:
        return None
    return data if isinstance(data, dict) else None


def collect(
    reservations: Iterable[Reservation],
    open_lines: Iterable[OpenOrderLine],
    order_statuses: Mapping[str, str],
    managed_skus: set[str] | None = None,
) -> list[Inconsistency]:
    """Groups per (order, stock); keeps the skus whose reservations and expectation do not cancel out."""
    groups: dict[tuple[str, int], Inconsistency] = {}
    for line in open_lines:
        group = groups.setdefault((line.increment_id, line.stock_id), Inconsistency(line.increment_id, line.stock_id))
        group.object_id = line.object_id
        group.add(line.sku, line.qty_ordered)
    for reservation in reservations:
        metadata = _metadata(reservation)
        if metadata is None or metadata.get("object_type") != "order":
            continue
        increment_id = str(metadata.get("object_increment_id") or "")
        object_id = metadata.get("object_id")
        if not increment_id and not object_id:
            continue
        key = (increment_id, reservation.stock_id)
        group = groups.setdefault(key, Inconsistency(increment_id, reservation.stock_id))
        if object_id not in (None, ""):
            group.object_id = int(str(object_id))
        group.add(reservation.sku, reservation.quantity)
    found: list[Inconsistency] = []
    for group in groups.values():
        group.items = {
            sku: qty for sku, qty in group.items.items() if qty != 0 and (managed_skus is None or sku in managed_skus)
        }
        if group.items:
            group.order_status = order_statuses.get(group.increment_id)
            found.append(group)
    return found


def only_complete(items: list[Inconsistency]) -> list[Inconsistency]:
    return [i for i in items if i.order_status == COMPLETE_STATE]


def only_incomplete(items: list[Inconsistency]) -> list[Inconsistency]:
    return [i for i in items if i.order_status != COMPLETE_STATE]


def pretty_lines(items: Iterable[Inconsistency]) -> list[str]:
    lines: list[str] = []
    for item in items:
        lines.append(f"Order {item.increment_id}:")
        for sku, qty in item.items.items():
            lines.append(f"  - Product {sku} should be compensated by {-qty:+f} for stock {item.stock_id}")
    return lines


def raw_lines(items: Iterable[Inconsistency]) -> list[str]:
    return [f"{item.increment_id}:{sku}:{-qty:f}:{item.stock_id}" for item in items for sku, qty in item.items.items()]


@dataclass(frozen=True)
class Compensation:
    increment_id: str
    sku: str
    quantity: float
    stock_id: int


def parse_compensation(argument: str) -> Compensation:
    """`<ORDER_INCREMENT_ID>:<SKU>:<QUANTITY>:<STOCK-ID>`; ValueError when it does not match."""
    match = COMPENSATION_PATTERN.search(argument)
    if match is None:
        raise ValueError(f'Given argument does not match pattern "{COMPENSATION_PATTERN_TEXT}"')
    return Compensation(match["increment_id"], match["sku"], _php_float(match["quantity"]), _php_int(match["stock_id"]))


def _php_float(text: str) -> float:
    leading = re.match(r"\s*[+-]?(\d+(\.\d*)?|\.\d+)([eE][+-]?\d+)?", text)
    return float(leading.group(0)) if leading else 0.0


def _php_int(text: str) -> int:
    leading = re.match(r"\s*[+-]?\d+", text)
    return int(leading.group(0)) if leading else 0
