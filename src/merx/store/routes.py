from __future__ import annotations

from merx.store import service
from merx.webapi.routing import Route

STORE = ("Magento_Backend::store",)

ROUTES = [
    Route("GET", "/V1/store/storeViews", service.get_store_views, STORE, tag="storeStoreRepositoryV1"),
    Route("GET", "/V1/store/storeGroups", service.get_store_groups, STORE, tag="storeGroupRepositoryV1"),
    Route("GET", "/V1/store/websites", service.get_websites, STORE, tag="storeWebsiteRepositoryV1"),
    Route("GET", "/V1/store/storeConfigs", service.get_store_configs, STORE, tag="storeStoreConfigManagerV1"),
]
