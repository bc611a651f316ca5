"""Every domain's route table, in one list."""

from __future__ import annotations

from merx.webapi.routing import Route


def all_routes() -> list[Route]:
    from merx.catalog.routes import ROUTES as catalog
    from merx.customer.routes import ROUTES as customer
    from merx.directory.routes import ROUTES as directory
    from merx.integration.routes import ROUTES as integration
    from merx.inventory.routes import ROUTES as inventory
    from merx.store.routes import ROUTES as store

    return [*store, *integration, *directory, *customer, *catalog, *inventory]
