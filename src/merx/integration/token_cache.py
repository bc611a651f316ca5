"""Validated tokens kept in memory so the hot path needs no database round trip.

An entry lives until the token expires or `max_age` seconds pass, whichever is first; revocations
clear the entries of the affected user at once in this worker and, through the `auth` cache
generation, in every other worker within the poll interval.
"""

from __future__ import annotations

import time
from dataclasses import dataclass


@dataclass(frozen=True)
class CachedToken:
    user_type: int
    user_id: int
    expires_at: float | None  # unix seconds
    cached_until: float


class TokenCache:
    def __init__(self, max_entries: int = 100_000, max_age: float = 60.0) -> None:
        self._entries: dict[str, CachedToken] = {}
        self._max_entries = max_entries
        self._max_age = max_age

    def get(self, token: str) -> CachedToken | None:
        entry = self._entries.get(token)
        if entry is None:
            return None
        now = time.time()
        if now >= entry.cached_until or (entry.expires_at is not None and now >= entry.expires_at):
            self._entries.pop(token, None)
            return None
        return entry

    def put(self, token: str, user_type: int, user_id: int, expires_at: float | None) -> None:
        if len(self._entries) >= self._max_entries:
            self._entries.clear()
        cached_until = time.time() + self._max_age
        if expires_at is not None:
            cached_until = min(cached_until, expires_at)
        self._entries[token] = CachedToken(user_type, user_id, expires_at, cached_until)

    def forget_user(self, user_type: int, user_id: int) -> None:
        for token in [t for t, e in self._entries.items() if e.user_type == user_type and e.user_id == user_id]:
            self._entries.pop(token, None)

    def clear(self) -> None:
        self._entries.clear()
