"""Rendered customers kept in memory, so `GET /V1/customers/me` needs no database round trip.

Writers forget the entry in their own worker once they commit and bump the `customers` cache
generation, which makes every other worker drop its entries within the poll interval (as token
revocation does). A read that started before a write cannot store what it read afterwards: every
forget moves an epoch, and `put` ignores values read under an older one. Entries also expire after
`max_age` seconds.
"""

from __future__ import annotations

import threading
import time
from typing import Any


class CustomerViewCache:
    def __init__(self, max_entries: int = 50_000, max_age: float = 60.0) -> None:
        self._entries: dict[int, tuple[float, Any]] = {}
        self._max_entries = max_entries
        self._max_age = max_age
        self._epoch = 0
        self._lock = threading.Lock()

    @property
    def epoch(self) -> int:
        return self._epoch

    def get(self, customer_id: int) -> Any | None:
        entry = self._entries.get(customer_id)
        if entry is None:
            return None
        if time.monotonic() >= entry[0]:
            self._entries.pop(customer_id, None)
            return None
        return entry[1]

    def put(self, customer_id: int, rendered: Any, epoch: int) -> None:
        with self._lock:
            if epoch != self._epoch:
                return
            if len(self._entries) >= self._max_entries:
                self._entries.clear()
            self._entries[customer_id] = (time.monotonic() + self._max_age, rendered)

    def forget(self, customer_id: int) -> None:
        with self._lock:
            self._epoch += 1
            self._entries.pop(customer_id, None)

    def clear(self) -> None:
        with self._lock:
            self._epoch += 1
            self._entries.clear()
