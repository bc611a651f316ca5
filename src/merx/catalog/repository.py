"""SQL for products: entity rows, scoped attribute values, website assignment and product links."""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass

from sqlalchemy import and_, delete, func, insert, select, text, update
from sqlalchemy.orm import Session

from merx.db.models.catalog import ProductEntity, ProductLink, ProductValue, ProductWebsite

_CHUNK = 500


def find_by_sku(session: Session, sku: str) -> ProductEntity | None:
    """Exact sku first; else a case-insensitive match (MySQL's collation finds `24-wb01` too)."""
    found = session.execute(select(ProductEntity).where(ProductEntity.sku == sku)).scalar_one_or_none()
    if found is not None:
        return found
    lowered = select(ProductEntity).where(func.lower(ProductEntity.sku) == sku.lower())
    return session.execute(lowered.order_by(ProductEntity.entity_id).limit(1)).scalar_one_or_none()


def find_by_id(session: Session, entity_id: int) -> ProductEntity | None:
    return session.get(ProductEntity, entity_id)


def entities_by_ids(session: Session, ids: Sequence[int]) -> dict[int, ProductEntity]:
    found: dict[int, ProductEntity] = {}
    for start in range(0, len(ids), _CHUNK):
        chunk = list(ids[start : start + _CHUNK])
        rows = session.execute(select(ProductEntity).where(ProductEntity.entity_id.in_(chunk))).scalars()
        found.update({row.entity_id: row for row in rows})
    return found


def entities_by_skus(session: Session, skus: Sequence[str]) -> dict[str, ProductEntity]:
    found: dict[str, ProductEntity] = {}
    for start in range(0, len(skus), _CHUNK):
        chunk = list(skus[start : start + _CHUNK])
        rows = session.execute(select(ProductEntity).where(ProductEntity.sku.in_(chunk))).scalars()
        found.update({row.sku: row for row in rows})
    return found


def add_entity(session: Session, entity: ProductEntity) -> ProductEntity:
    session.add(entity)
    session.flush()
    return entity


def delete_entity(session: Session, entity_id: int) -> None:
    session.execute(delete(ProductEntity).where(ProductEntity.entity_id == entity_id))


# ------------------------------------------------------------------------------------------ values


@dataclass(frozen=True)
class StoredValue:
    entity_id: int
    code: str
    store_id: int
    value: str | None


def values_for(
    session: Session, entity_ids: Sequence[int], store_ids: Iterable[int], codes: Iterable[str] | None = None
) -> list[StoredValue]:
    wanted_stores = sorted(set(store_ids))
    wanted_codes = list(codes) if codes is not None else None
    result: list[StoredValue] = []
    for start in range(0, len(entity_ids), _CHUNK):
        chunk = list(entity_ids[start : start + _CHUNK])
        query = select(ProductValue.entity_id, ProductValue.attribute_code, ProductValue.store_id, ProductValue.value)
        query = query.where(ProductValue.entity_id.in_(chunk), ProductValue.store_id.in_(wanted_stores))
        if wanted_codes is not None:
            query = query.where(ProductValue.attribute_code.in_(wanted_codes))
        result.extend(StoredValue(*row) for row in session.execute(query))
    return result


def write_value(session: Session, entity_id: int, code: str, store_id: int, value: str | None) -> None:
    """Insert or replace one scoped value (select-then-write inside the caller's transaction)."""
    where = and_(
        ProductValue.entity_id == entity_id, ProductValue.attribute_code == code, ProductValue.store_id == store_id
    )
    changed = session.execute(update(ProductValue).where(where).values(value=value)).rowcount  # type: ignore[attr-defined]
    if not changed:
        session.execute(
            insert(ProductValue).values(entity_id=entity_id, attribute_code=code, store_id=store_id, value=value)
        )


def insert_values(session: Session, rows: Sequence[Mapping[str, object]]) -> None:
    if rows:
        session.execute(insert(ProductValue), list(rows))


def delete_value(session: Session, entity_id: int, code: str, store_id: int) -> None:
    session.execute(
        delete(ProductValue).where(
            ProductValue.entity_id == entity_id,
            ProductValue.attribute_code == code,
            ProductValue.store_id == store_id,
        )
    )


def has_store_overrides(session: Session, code: str, store_id: int) -> bool:
    query = select(ProductValue.value_id).where(ProductValue.attribute_code == code, ProductValue.store_id == store_id)
    return session.execute(query.limit(1)).first() is not None


def url_key_owners(session: Session, url_key: str, store_ids: Iterable[int], exclude_id: int | None) -> list[int]:
    """Products other than `exclude_id` visible in the catalog that use `url_key` in one of the stores."""
    query = (
        select(ProductValue.entity_id)
        .join(ProductEntity, ProductEntity.entity_id == ProductValue.entity_id)
        .where(
            ProductValue.attribute_code == "url_key",
            ProductValue.value == url_key,
            ProductValue.store_id.in_(sorted(set(store_ids))),
            ProductEntity.visibility != 1,
        )
    )
    if exclude_id is not None:
        query = query.where(ProductValue.entity_id != exclude_id)
    return [row[0] for row in session.execute(query.limit(5))]


# ---------------------------------------------------------------------------------------- websites


def website_ids_for(session: Session, entity_ids: Sequence[int]) -> dict[int, list[int]]:
    result: dict[int, list[int]] = {}
    for start in range(0, len(entity_ids), _CHUNK):
        chunk = list(entity_ids[start : start + _CHUNK])
        query = (
            select(ProductWebsite.product_id, ProductWebsite.website_id)
            .where(ProductWebsite.product_id.in_(chunk))
            .order_by(ProductWebsite.product_id, ProductWebsite.website_id)
        )
        for product_id, website_id in session.execute(query):
            result.setdefault(product_id, []).append(website_id)
    return result


def replace_websites(session: Session, entity_id: int, website_ids: Iterable[int]) -> None:
    session.execute(delete(ProductWebsite).where(ProductWebsite.product_id == entity_id))
    rows = [{"product_id": entity_id, "website_id": w} for w in sorted(set(website_ids))]
    if rows:
        session.execute(insert(ProductWebsite), rows)


# ------------------------------------------------------------------------------------ product links


@dataclass(frozen=True)
class StoredProductLink:
    product_id: int
    link_type: str
    linked_sku: str
    linked_type: str
    position: int
    qty: float | None


def product_links_for(session: Session, entity_ids: Sequence[int]) -> dict[int, list[StoredProductLink]]:
    result: dict[int, list[StoredProductLink]] = {}
    if not entity_ids:
        return result
    query = (
        select(
            ProductLink.product_id, ProductLink.link_type, ProductEntity.sku, ProductEntity.type_id,
            ProductLink.position, ProductLink.qty,
        )
        .join(ProductEntity, ProductEntity.entity_id == ProductLink.linked_product_id)
        .where(ProductLink.product_id.in_(list(entity_ids)))
        .order_by(ProductLink.product_id, ProductLink.link_type, ProductLink.position, ProductLink.link_id)
    )
    for row in session.execute(query):
        result.setdefault(row[0], []).append(StoredProductLink(*row))
    return result


def replace_product_links(session: Session, entity_id: int, rows: Sequence[Mapping[str, object]]) -> None:
    session.execute(delete(ProductLink).where(ProductLink.product_id == entity_id))
    if rows:
        session.execute(insert(ProductLink), [{"product_id": entity_id, **row} for row in rows])


# ---------------------------------------------------------------------------------------- sequences


def bump_sequence(session: Session, table: str, column: str) -> None:
    """After inserting explicit ids on PostgreSQL, move the serial past them (SQLite needs nothing)."""
    if session.get_bind().dialect.name != "postgresql":
        return
    session.execute(
        text(
            f"SELECT setval(pg_get_serial_sequence('{table}', '{column}'), "
            f"(SELECT COALESCE(MAX({column}), 0) + 1 FROM {table}), false)"
        )
    )
