"""Each domain's default install data, applied idempotently by `setup:install` in this order."""

from __future__ import annotations

from collections.abc import Callable

from sqlalchemy.orm import Session

from merx.catalog.seed import seed as seed_catalog
from merx.customer.seed import seed as seed_customer
from merx.inventory.seed import seed as seed_inventory

SEEDERS: list[Callable[[Session], bool]] = [seed_customer, seed_catalog, seed_inventory]
