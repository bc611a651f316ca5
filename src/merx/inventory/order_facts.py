"""Order facts the reservation commands need, provided by the sales domain when it is installed.

The sales domain offers them in `merx.sales.inventory_facts` with:
`open_order_lines(session) -> Iterable[OpenOrderLine]` (orders not complete/closed/canceled),
`order_statuses(session, increment_ids) -> dict[str, str]` and
`order_entity_id(session, increment_id) -> int | None`.
Without it every reservation of an order is expected to be compensated already.
"""

from __future__ import annotations

import importlib
from collections.abc import Iterable, Sequence
from typing import Any

from sqlalchemy.orm import Session

from merx.inventory.inconsistencies import OpenOrderLine

_MODULE = "merx.sales.inventory_facts"


def _sales() -> Any:
    try:
        return importlib.import_module(_MODULE)
    except ImportError:
        return None


def open_order_lines(session: Session) -> Iterable[OpenOrderLine]:
    sales = _sales()
    return list(sales.open_order_lines(session)) if sales is not None else []


def order_statuses(session: Session, increment_ids: Sequence[str]) -> dict[str, str]:
    sales = _sales()
    return dict(sales.order_statuses(session, increment_ids)) if sales is not None else {}


def order_entity_id(session: Session, increment_id: str) -> int | None:
    sales = _sales()
    if sales is None:
        return None
    value = sales.order_entity_id(session, increment_id)
    return int(value) if value is not None else None
