"""The directory settings of a store view: allowed countries, required states, optional postcodes."""

from __future__ import annotations

from functools import lru_cache

from merx.appconfig.registry import ConfigRegistry

ALLOWED_COUNTRIES = "general/country/allow"
STATE_REQUIRED = "general/region/state_required"
OPTIONAL_ZIP_COUNTRIES = "general/country/optional_zip_countries"


@lru_cache(maxsize=256)
def _csv(value: str) -> frozenset[str]:
    return frozenset(part.strip() for part in value.split(",") if part.strip())


def _setting(config: ConfigRegistry, path: str, store_id: int | None, website_id: int | None) -> frozenset[str]:
    return _csv(config.get(path, store_id, website_id) or "")


def allowed_countries(config: ConfigRegistry, store_id: int | None, website_id: int | None) -> frozenset[str]:
    return _setting(config, ALLOWED_COUNTRIES, store_id, website_id)


def countries_with_required_state(config: ConfigRegistry, store_id: int | None,
                                  website_id: int | None) -> frozenset[str]:
    return _setting(config, STATE_REQUIRED, store_id, website_id)


def countries_with_optional_zip(config: ConfigRegistry, store_id: int | None,
                                website_id: int | None) -> frozenset[str]:
    return _setting(config, OPTIONAL_ZIP_COUNTRIES, store_id, website_id)
