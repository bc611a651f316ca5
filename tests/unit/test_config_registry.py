from __future__ import annotations

from merx.appconfig.registry import ConfigRegistry, ConfigValue


def test_fallback_store_website_default_shipped() -> None:
    registry = ConfigRegistry([
        ConfigValue("default", 0, "oauth/access_token_lifetime/customer", "2"),
        ConfigValue("websites", 2, "oauth/access_token_lifetime/customer", "3"),
        ConfigValue("stores", 5, "oauth/access_token_lifetime/customer", "4"),
    ])
    path = "oauth/access_token_lifetime/customer"
    assert registry.get(path) == "2"
    assert registry.get(path, website_id=2) == "3"
    assert registry.get(path, store_id=5, website_id=2) == "4"
    assert registry.get(path, store_id=6, website_id=2) == "3"
    assert registry.get("oauth/access_token_lifetime/admin") == "4"
    assert registry.get_int("oauth/authentication_lock/max_failures_count") == 6
    assert registry.get("no/such/path") is None
