"""An immutable in-memory snapshot of websites, groups and store views, reloaded on change."""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass
from typing import Any

ADMIN_STORE_ID = 0
ADMIN_CODE = "admin"
ALL_CODE = "all"


@dataclass(frozen=True)
class Website:
    website_id: int
    code: str
    name: str
    sort_order: int
    default_group_id: int
    is_default: bool


@dataclass(frozen=True)
class Group:
    group_id: int
    website_id: int
    code: str
    name: str
    root_category_id: int
    default_store_id: int


@dataclass(frozen=True)
class StoreView:
    store_id: int
    code: str
    website_id: int
    group_id: int
    name: str
    sort_order: int
    is_active: bool


class StoreRegistry:
    def __init__(self, websites: Iterable[Website], groups: Iterable[Group], stores: Iterable[StoreView]) -> None:
        self.websites = sorted(websites, key=lambda w: w.website_id)
        self.groups = sorted(groups, key=lambda g: g.group_id)
        self.stores = sorted(stores, key=lambda s: s.store_id)
        self._website_by_id = {w.website_id: w for w in self.websites}
        self._website_by_code = {w.code: w for w in self.websites}
        self._group_by_id = {g.group_id: g for g in self.groups}
        self._group_by_code = {g.code: g for g in self.groups}
        self._store_by_id = {s.store_id: s for s in self.stores}
        self._store_by_code = {s.code: s for s in self.stores}
        self._memo: dict[str, Any] = {}

    def memo(self, key: str, compute: Callable[[], Any]) -> Any:
        """A value derived from this snapshot, computed once (the snapshot never changes)."""
        try:
            return self._memo[key]
        except KeyError:
            value = self._memo[key] = compute()
            return value

    def store(self, store_id: int) -> StoreView | None:
        return self._store_by_id.get(store_id)

    def store_by_code(self, code: str) -> StoreView | None:
        return self._store_by_code.get(code)

    def url_store(self, code: str) -> StoreView | None:
        """A store code that may appear in a URL (PathProcessor: every store but admin)."""
        if code == ADMIN_CODE:
            return None
        return self._store_by_code.get(code)

    def website(self, website_id: int) -> Website | None:
        return self._website_by_id.get(website_id)

    def website_by_code(self, code: str) -> Website | None:
        return self._website_by_code.get(code)

    def group(self, group_id: int) -> Group | None:
        return self._group_by_id.get(group_id)

    def group_by_code(self, code: str) -> Group | None:
        return self._group_by_code.get(code)

    @property
    def admin_store(self) -> StoreView:
        store = self._store_by_id.get(ADMIN_STORE_ID)
        if store is None:
            return StoreView(ADMIN_STORE_ID, ADMIN_CODE, 0, 0, "Admin", 0, True)
        return store

    def default_website(self) -> Website | None:
        for website in self.websites:
            if website.is_default:
                return website
        return next((w for w in self.websites if w.website_id != 0), None)

    def default_store(self) -> StoreView:
        """The default store view of the default website (what `/rest/V1` runs on)."""
        website = self.default_website()
        if website is not None:
            store = self.website_default_store(website.website_id)
            if store is not None:
                return store
        return self.admin_store

    def website_default_store(self, website_id: int) -> StoreView | None:
        website = self._website_by_id.get(website_id)
        if website is None:
            return None
        group = self._group_by_id.get(website.default_group_id)
        if group is None:
            return None
        return self._store_by_id.get(group.default_store_id)

    def stores_of_website(self, website_id: int) -> list[StoreView]:
        return [s for s in self.stores if s.website_id == website_id]

    def listing_order(self) -> list[StoreView]:
        """Store views as StoreRepository::getList gives them: the default store view first, then by id."""
        first = self.default_store()
        return [first, *[s for s in self.stores if s.store_id != first.store_id]]

    def website_listing_order(self) -> list[Website]:
        first = self.default_website()
        if first is None:
            return list(self.websites)
        return [first, *[w for w in self.websites if w.website_id != first.website_id]]

    def group_listing_order(self) -> list[Group]:
        website = self.default_website()
        first = self._group_by_id.get(website.default_group_id) if website else None
        if first is None:
            return list(self.groups)
        return [first, *[g for g in self.groups if g.group_id != first.group_id]]
