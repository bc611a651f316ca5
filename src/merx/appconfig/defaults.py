"""Magento's default values (config.xml) for the configuration paths merx reads."""

from __future__ import annotations

DEFAULTS: dict[str, str | None] = {
    # Integration / OAuth (Magento_Integration etc/config.xml)
    "oauth/access_token_lifetime/customer": "1",
    "oauth/access_token_lifetime/admin": "4",
    "oauth/authentication_lock/max_failures_count": "6",
    "oauth/authentication_lock/timeout": "1800",
    # Customer (Magento_Customer etc/config.xml)
    "customer/account_share/scope": "1",
    "customer/create_account/default_group": "1",
    "customer/create_account/confirm": "0",
    "customer/password/minimum_password_length": "8",
    "customer/password/required_character_classes_number": "3",
    "customer/password/lockout_failures": "10",
    "customer/password/lockout_threshold": "10",
    "customer/password/reset_link_expiration_period": "2",
    "customer/address/street_lines": "2",
    "customer/address/telephone_show": "req",
    "customer/address/company_show": "opt",
    "customer/address/fax_show": "",
    # Checkout: since 2.4.7 isEmailAvailable answers true unless guest checkout login is enabled
    "checkout/options/enable_guest_checkout_login": "0",
    # Web
    "web/url/use_store": "0",
    "web/unsecure/base_url": "http://127.0.0.1:8080/",
    "web/secure/base_url": "http://127.0.0.1:8080/",
    "web/unsecure/base_link_url": "{{unsecure_base_url}}",
    "web/unsecure/base_static_url": "",
    "web/unsecure/base_media_url": "",
    "web/secure/base_link_url": "{{secure_base_url}}",
    "web/secure/base_static_url": "",
    "web/secure/base_media_url": "",
    # General / locale / currency (Magento_Directory, Magento_Store)
    "general/locale/code": "en_US",
    "general/locale/timezone": "America/Los_Angeles",
    "general/locale/weight_unit": "lbs",
    "general/country/default": "US",
    "general/country/allow": None,
    "general/region/state_required": None,
    "general/region/display_all": "1",
    "currency/options/base": "USD",
    "currency/options/default": "USD",
    "currency/options/allow": "USD,EUR",
    # Web API
    "webapi/validation/input_limit_enabled": "0",
    "webapi/validation/default_page_size": "20",
    "webapi/validation/maximum_page_size": "300",
    # Inventory
    "cataloginventory/item_options/min_qty": "0",
    "cataloginventory/item_options/manage_stock": "1",
    "cataloginventory/item_options/backorders": "0",
    "cataloginventory/item_options/min_sale_qty": "1",
    "cataloginventory/item_options/max_sale_qty": "10000",
    "cataloginventory/item_options/notify_stock_qty": "1",
    "cataloginventory/item_options/enable_qty_increments": "0",
    "cataloginventory/item_options/qty_increments": "1",
    "cataloginventory/source_selection_distance_based/provider": "offline",
}


def _directory_defaults() -> None:
    """Directory paths setup writes at install (allowed countries, state_required, optional zip)."""
    from merx.directory.catalog import default_config

    for path, value in default_config().items():
        if DEFAULTS.get(path) is None:
            DEFAULTS[path] = value


_directory_defaults()
