"""Store reads are served from the in-memory registry: no database round trip, no thread hop."""

from __future__ import annotations

from merx.appconfig.registry import ConfigRegistry
from merx.store.registry import StoreRegistry, StoreView
from merx.store.schemas import GroupData, StoreConfigData, StoreData, WebsiteData
from merx.webapi.context import ServiceContext
from merx.webapi.output import Prerendered, to_output


async def get_store_views(ctx: ServiceContext) -> list[StoreData]:
    registry = ctx.runtime.stores
    return registry.memo("rest:storeViews", lambda: Prerendered(to_output(store_views(registry))))  # type: ignore[no-any-return]


def store_views(registry: StoreRegistry) -> list[StoreData]:
    return [
        StoreData.model_construct(
            id=s.store_id, code=s.code, name=s.name, website_id=s.website_id, store_group_id=s.group_id,
            is_active=int(s.is_active),
        )
        for s in registry.listing_order()
    ]


async def get_websites(ctx: ServiceContext) -> list[WebsiteData]:
    registry = ctx.runtime.stores
    return registry.memo("rest:websites", lambda: Prerendered(to_output(websites(registry))))  # type: ignore[no-any-return]


def websites(registry: StoreRegistry) -> list[WebsiteData]:
    return [
        WebsiteData.model_construct(id=w.website_id, code=w.code, name=w.name, default_group_id=w.default_group_id)
        for w in registry.website_listing_order()
    ]


async def get_store_groups(ctx: ServiceContext) -> list[GroupData]:
    registry = ctx.runtime.stores
    return registry.memo("rest:storeGroups", lambda: Prerendered(to_output(groups(registry))))  # type: ignore[no-any-return]


def groups(registry: StoreRegistry) -> list[GroupData]:
    return [
        GroupData.model_construct(
            id=g.group_id, website_id=g.website_id, root_category_id=g.root_category_id,
            default_store_id=g.default_store_id, name=g.name, code=g.code,
        )
        for g in registry.group_listing_order()
    ]


async def get_store_configs(ctx: ServiceContext, store_codes: list[str] | None = None) -> list[StoreConfigData]:
    registry = ctx.runtime.stores
    stores = [s for s in registry.stores if s.store_id != 0]
    if store_codes:
        wanted = set(store_codes)
        stores = [s for s in stores if s.code in wanted]
    return [store_config(s, ctx.runtime.config) for s in stores]


def _url(config: ConfigRegistry, store: StoreView, path: str, secure_base: str, base: str) -> str:
    value = config.get(path, store.store_id, store.website_id) or ""
    return value.replace("{{unsecure_base_url}}", base).replace("{{secure_base_url}}", secure_base)


def store_config(store: StoreView, config: ConfigRegistry) -> StoreConfigData:
    sid, wid = store.store_id, store.website_id
    base = config.get("web/unsecure/base_url", sid, wid) or ""
    secure = config.get("web/secure/base_url", sid, wid) or base
    use_code = config.get("web/url/use_store", sid, wid) == "1"
    suffix = f"{store.code}/" if use_code else ""

    def url(path: str, fallback: str) -> str:
        return _url(config, store, path, secure, base) or fallback

    return StoreConfigData.model_construct(
        id=sid,
        code=store.code,
        website_id=wid,
        locale=config.get("general/locale/code", sid, wid) or "en_US",
        base_currency_code=config.get("currency/options/base", sid, wid) or "USD",
        default_display_currency_code=config.get("currency/options/default", sid, wid) or "USD",
        timezone=config.get("general/locale/timezone", sid, wid) or "UTC",
        weight_unit=config.get("general/locale/weight_unit", sid, wid) or "lbs",
        base_url=base,
        base_link_url=url("web/unsecure/base_link_url", base) + suffix,
        base_static_url=url("web/unsecure/base_static_url", base + "static/"),
        base_media_url=url("web/unsecure/base_media_url", base + "media/"),
        secure_base_url=secure,
        secure_base_link_url=url("web/secure/base_link_url", secure) + suffix,
        secure_base_static_url=url("web/secure/base_static_url", secure + "static/"),
        secure_base_media_url=url("web/secure/base_media_url", secure + "media/"),
    )
