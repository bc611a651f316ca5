"""An in-memory snapshot of core_config_data with Magento's scope fallback."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass

from merx.appconfig.defaults import DEFAULTS

SCOPE_DEFAULT = "default"
SCOPE_WEBSITES = "websites"
SCOPE_STORES = "stores"
SCOPES = (SCOPE_DEFAULT, SCOPE_WEBSITES, SCOPE_STORES)


@dataclass(frozen=True)
class ConfigValue:
    scope: str
    scope_id: int
    path: str
    value: str | None


class ConfigRegistry:
    def __init__(self, values: Iterable[ConfigValue], extra_defaults: dict[str, str | None] | None = None) -> None:
        self._values: dict[tuple[str, int, str], str | None] = {}
        for item in values:
            self._values[(item.scope, item.scope_id, item.path)] = item.value
        self._defaults = dict(DEFAULTS)
        if extra_defaults:
            self._defaults.update(extra_defaults)

    def get(self, path: str, store_id: int | None = None, website_id: int | None = None) -> str | None:
        """Store -> website -> default -> Magento's shipped default."""
        values = self._values
        if store_id is not None:
            key = (SCOPE_STORES, store_id, path)
            if key in values:
                return values[key]
        if website_id is not None:
            key = (SCOPE_WEBSITES, website_id, path)
            if key in values:
                return values[key]
        key = (SCOPE_DEFAULT, 0, path)
        if key in values:
            return values[key]
        return self._defaults.get(path)

    def get_int(self, path: str, store_id: int | None = None, website_id: int | None = None, default: int = 0) -> int:
        raw = self.get(path, store_id, website_id)
        try:
            return int(float(raw)) if raw not in (None, "") else default
        except ValueError:
            return default

    def get_float(self, path: str, store_id: int | None = None, website_id: int | None = None) -> float | None:
        raw = self.get(path, store_id, website_id)
        try:
            return float(raw) if raw not in (None, "") else None
        except ValueError:
            return None

    def explicit(self) -> list[ConfigValue]:
        return [ConfigValue(s, i, p, v) for (s, i, p), v in sorted(self._values.items())]

    def known_paths(self) -> list[str]:
        return sorted(set(self._defaults) | {p for (_, _, p) in self._values})
