"""Product facts other domains need (inventory, quote, sales) without going through the catalog services."""

from __future__ import annotations

from collections.abc import Sequence

from sqlalchemy import select
from sqlalchemy.orm import Session

from merx.db.models.catalog import ProductEntity

# Magento's IsSourceItemManagementAllowedForProductType: configurable, bundle and grouped have no source items.
TYPES_WITH_SOURCE_ITEMS = frozenset({"simple", "virtual", "downloadable"})

_CHUNK = 500


def find_product_types(session: Session, skus: Sequence[str]) -> dict[str, str]:
    """sku -> type_id for the products that exist (exact sku match)."""
    found: dict[str, str] = {}
    unique = list(dict.fromkeys(skus))
    for start in range(0, len(unique), _CHUNK):
        chunk = unique[start : start + _CHUNK]
        rows = session.execute(select(ProductEntity.sku, ProductEntity.type_id).where(ProductEntity.sku.in_(chunk)))
        found.update({sku: type_id for sku, type_id in rows})
    return found


def product_ids_by_sku(session: Session, skus: Sequence[str]) -> dict[str, int]:
    """sku -> entity_id for the products that exist (exact sku match)."""
    found: dict[str, int] = {}
    unique = list(dict.fromkeys(skus))
    for start in range(0, len(unique), _CHUNK):
        chunk = unique[start : start + _CHUNK]
        rows = session.execute(select(ProductEntity.sku, ProductEntity.entity_id).where(ProductEntity.sku.in_(chunk)))
        found.update({sku: entity_id for sku, entity_id in rows})
    return found
