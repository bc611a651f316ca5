from __future__ import annotations

from sqlalchemy import Engine

from merx.db import migrate
from merx.db.uow import UnitOfWork
from merx.setup.seeders import SEEDERS
from merx.store.management import install_defaults


def install(engine: Engine) -> bool:
    """Migrates the schema, then writes Magento's default stores once. True when data was installed."""
    migrate.upgrade(engine)
    with UnitOfWork(engine) as uow:
        installed = install_defaults(uow.session)
        for seed in SEEDERS:
            installed = seed(uow.session) or installed
        uow.commit()
    return installed
