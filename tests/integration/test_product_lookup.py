"""merx.catalog.product_lookup: the product facts other domains read."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy.orm import Session

from merx.catalog.product_lookup import TYPES_WITH_SOURCE_ITEMS, find_product_types, product_ids_by_sku
from merx.db.models.catalog import ProductEntity


def test_lookups_match_skus_exactly(session: Session) -> None:
    stamp = datetime(2024, 1, 1)
    for sku, type_id in (("A-1", "simple"), ("B-1", "configurable")):
        session.add(ProductEntity(sku=sku, type_id=type_id, attribute_set_id=4, created_at=stamp, updated_at=stamp,
                                  has_options=0, required_options=0))
    session.flush()
    assert find_product_types(session, ["A-1", "B-1", "a-1", "nope", "A-1"]) == {"A-1": "simple",
                                                                                 "B-1": "configurable"}
    ids = product_ids_by_sku(session, ["A-1", "B-1"])
    assert sorted(ids) == ["A-1", "B-1"] and ids["A-1"] != ids["B-1"]
    assert find_product_types(session, []) == {}
    assert "configurable" not in TYPES_WITH_SOURCE_ITEMS and "downloadable" in TYPES_WITH_SOURCE_ITEMS
