"""The process-wide state of one worker: engine, settings and the in-memory registries.

Registries are immutable snapshots. Writers bump a cache generation in their transaction and reload
their own worker after commit; every worker polls the generations and reloads what moved, so a
change made by another worker or by the `merx` command is seen within `cache_poll_seconds`.
"""

from __future__ import annotations

import threading

from sqlalchemy import Engine, select

from merx.appconfig import repository as config_repository
from merx.appconfig.registry import ConfigRegistry
from merx.customer.view_cache import CustomerViewCache
from merx.db import generations
from merx.db.engine import make_engine
from merx.db.models import Store, StoreGroup, StoreWebsite
from merx.db.uow import UnitOfWork
from merx.integration.token_cache import TokenCache
from merx.settings import Settings, load_settings
from merx.store.registry import Group, StoreRegistry, StoreView, Website
from merx.webapi.acl import Acl


class Runtime:
    def __init__(self, settings: Settings | None = None, engine: Engine | None = None) -> None:
        self.settings = settings or load_settings()
        self.engine = engine or make_engine(self.settings.database_url)
        self.acl = Acl()
        self.tokens = TokenCache()
        self.customer_views = CustomerViewCache()
        self.stores = StoreRegistry([], [], [])
        self.config = ConfigRegistry([])
        self._generations: dict[str, int] = {}
        self._lock = threading.Lock()

    def uow(self, *, write: bool = True) -> UnitOfWork:
        return UnitOfWork(self.engine, write=write)

    def load(self) -> None:
        with self.uow(write=False) as uow:
            session = uow.session
            self._generations = generations.read_all(session)
            self.stores = _load_stores(uow)
            self.config = ConfigRegistry(config_repository.load_all(session))

    def reload_stores(self) -> None:
        with self.uow(write=False) as uow:
            self.stores = _load_stores(uow)

    def reload_config(self) -> None:
        with self.uow(write=False) as uow:
            self.config = ConfigRegistry(config_repository.load_all(uow.session))

    def refresh_if_changed(self) -> None:
        """Poll the generations; reload whatever another process changed."""
        with self.uow(write=False) as uow:
            current = generations.read_all(uow.session)
        with self._lock:
            previous, self._generations = self._generations, current
        if current.get(generations.STORES) != previous.get(generations.STORES):
            self.reload_stores()
        if current.get(generations.CONFIG) != previous.get(generations.CONFIG):
            self.reload_config()
        if current.get(generations.AUTH) != previous.get(generations.AUTH):
            self.tokens.clear()
        if current.get(generations.CUSTOMERS) != previous.get(generations.CUSTOMERS):
            self.customer_views.clear()

    def dispose(self) -> None:
        self.engine.dispose()


def _load_stores(uow: UnitOfWork) -> StoreRegistry:
    session = uow.session
    websites = [
        Website(w.website_id, w.code, w.name, w.sort_order, w.default_group_id, bool(w.is_default))
        for w in session.execute(select(StoreWebsite)).scalars()
    ]
    groups = [
        Group(g.group_id, g.website_id, g.code, g.name, g.root_category_id, g.default_store_id)
        for g in session.execute(select(StoreGroup)).scalars()
    ]
    stores = [
        StoreView(s.store_id, s.code, s.website_id, s.group_id, s.name, s.sort_order, bool(s.is_active))
        for s in session.execute(select(Store)).scalars()
    ]
    return StoreRegistry(websites, groups, stores)
