"""ProductRepository::save: create when the sku is new, otherwise update, with Magento's store scoping.

* A new product's values are written for all stores (store 0), whatever the store code.
* An update writes global attributes in store 0 and store-view attributes in the request's store:
  `/rest/V1` is the default store view, `/rest/all` store 0, `/rest/<code>` that store.
  Website-scoped attributes are written in every store view of the request's website.
  A value equal to the one the store already shows is not written (AbstractEntity::_collectSaveData).
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, datetime
from typing import Any

from sqlalchemy.orm import Session

from merx.catalog import errors, product_types, repository, rules
from merx.catalog.attributes import (
    BY_CODE,
    ENTITY_COLUMNS,
    STATUS_ENABLED,
    TYPES_REQUIRING_PRICE,
    TYPES_WITH_WEIGHT,
    VISIBILITY_BOTH,
    WRITABLE_CUSTOM_CODES,
    defaults_for_new_product,
    url_key_for,
)
from merx.catalog.schemas import ProductData, ProductExtensionData, ProductLinkData, sent
from merx.catalog.stock_bridge import save_stock_item
from merx.db.models.catalog import ProductEntity
from merx.store.registry import StoreRegistry, StoreView

COMPOSITE_OPTIONS = {"configurable": (1, 1), "bundle": (1, 1)}  # (has_options, required_options)
PRODUCT_LINK_TYPES = ("related", "crosssell", "upsell")
TYPE_DATA = ("configurable", "bundle", "downloadable")


@dataclass(frozen=True)
class SaveScope:
    store: StoreView
    stores: StoreRegistry


def now() -> datetime:
    return datetime.now(UTC).replace(tzinfo=None, microsecond=0)


def save_product(session: Session, product: ProductData, scope: SaveScope, *, entity_id: int | None = None) -> str:
    """Create or update; returns the saved sku. `entity_id` lets install data keep Magento's ids."""
    data = sent(product)
    rules.check_column_limits(data)
    raw_sku = data.get("sku")
    sku = raw_sku.strip() if isinstance(raw_sku, str) else None
    existing = repository.find_by_sku(session, sku) if sku else None
    extension = data.get("extension_attributes")
    ext = sent(extension) if isinstance(extension, ProductExtensionData) else {}
    if existing is None:
        entity = _create(session, data, sku, scope, entity_id)
        is_new = True
    else:
        entity = existing
        _update(session, entity, data, scope)
        is_new = False
    _save_relations(session, entity, data, ext, scope, is_new=is_new)
    session.flush()
    save_stock_item(session, entity.entity_id, entity.sku, entity.type_id, ext.get("stock_item"), is_new=is_new)
    return entity.sku


def _create(
    session: Session, data: dict[str, Any], sku: str | None, scope: SaveScope, entity_id: int | None
) -> ProductEntity:
    type_id = data.get("type_id") or "simple"
    rules.check_type(type_id)
    rules.check_attribute_set(data.get("attribute_set_id"))
    name, price = data.get("name"), data.get("price")
    rules.check_required(type_id=type_id, name=name, sku=sku, price=price, price_given="price" in data)
    assert sku is not None
    custom = _custom_values(data)
    custom["url_key"] = url_key_for(custom.get("url_key"), name)
    values = defaults_for_new_product(type_id) | custom
    visibility = data.get("visibility")
    visibility = VISIBILITY_BOTH if visibility is None else visibility
    if visibility != 1:
        _check_url_key(session, values["url_key"] or "", [s.store_id for s in scope.stores.stores], None)
    has_options, required_options = COMPOSITE_OPTIONS.get(type_id, (0, 0))
    stamp = now()
    entity = ProductEntity(
        sku=sku, type_id=type_id, attribute_set_id=data["attribute_set_id"], name=name, price=price,
        status=STATUS_ENABLED if data.get("status") is None else data["status"], visibility=visibility,
        weight=data.get("weight") if type_id in TYPES_WITH_WEIGHT else None,
        has_options=has_options, required_options=required_options, created_at=stamp, updated_at=stamp,
    )
    if entity_id is not None:
        entity.entity_id = entity_id
    repository.add_entity(session, entity)
    repository.insert_values(
        session,
        [{"entity_id": entity.entity_id, "attribute_code": code, "store_id": 0, "value": value}
         for code, value in values.items() if value is not None],
    )
    return entity


def _update(session: Session, entity: ProductEntity, data: dict[str, Any], scope: SaveScope) -> None:
    if data.get("type_id"):
        rules.check_type(data["type_id"])
        if data["type_id"] != entity.type_id:
            entity.type_id = data["type_id"]
            entity.has_options, entity.required_options = COMPOSITE_OPTIONS.get(entity.type_id, (0, 0))
    if "attribute_set_id" in data:
        rules.check_attribute_set(data["attribute_set_id"])
        entity.attribute_set_id = data["attribute_set_id"]
    if "name" in data and (data["name"] is None or str(data["name"]).strip() == ""):
        raise errors.attribute_empty(BY_CODE["name"].label)
    if "price" in data:
        if data["price"] is None and entity.type_id in TYPES_REQUIRING_PRICE:
            raise errors.attribute_empty(BY_CODE["price"].label)
        rules.check_price(data["price"])
        entity.price = data["price"]
    if "weight" in data and entity.type_id in TYPES_WITH_WEIGHT:
        entity.weight = data["weight"]
    writer = _ScopedWriter(session, entity, scope)
    for code in ("name", "status", "visibility"):
        if code in data and data[code] is not None:
            writer.write(code, str(data[code]))
    custom = _custom_values(data)
    if "url_key" in custom:
        custom["url_key"] = url_key_for(custom["url_key"], writer.current("name"))
    for code, value in custom.items():
        writer.write(code, value)
    if writer.touched & {"url_key", "visibility"}:
        visibility = writer.current("visibility")
        key = writer.current("url_key")
        if key and visibility not in (None, "1"):
            _check_url_key(session, key, writer.target_stores("url_key"), entity.entity_id)
    entity.updated_at = now()


class _ScopedWriter:
    """Writes attribute values of one product at the scope the request asks for."""

    def __init__(self, session: Session, entity: ProductEntity, scope: SaveScope) -> None:
        self.session, self.entity, self.scope = session, entity, scope
        self.store_id = scope.store.store_id
        stored = repository.values_for(session, [entity.entity_id], {0, self.store_id})
        self.values = rules.effective([(v.code, v.store_id, v.value) for v in stored], self.store_id)
        self.touched: set[str] = set()

    def current(self, code: str) -> str | None:
        if code in self.values:
            return self.values[code]
        if code in ENTITY_COLUMNS:
            value = getattr(self.entity, code)
            return None if value is None else str(value)
        return None

    def target_stores(self, code: str) -> list[int]:
        attribute = BY_CODE[code]
        if self.store_id == 0 or attribute.scope == "global":
            return [0]
        if attribute.scope == "website":
            return [s.store_id for s in self.scope.stores.stores_of_website(self.scope.store.website_id)]
        return [self.store_id]

    def write(self, code: str, value: str | None) -> None:
        if value == self.current(code):
            return
        self.touched.add(code)
        self.values[code] = value
        for store_id in self.target_stores(code):
            if store_id == 0 and code in ENTITY_COLUMNS:
                setattr(self.entity, code, _column_value(code, value))
            elif value is None and store_id != 0:
                repository.delete_value(self.session, self.entity.entity_id, code, store_id)
            else:
                repository.write_value(self.session, self.entity.entity_id, code, store_id, value)


def _column_value(code: str, value: str | None) -> Any:
    if value is None or code == "name":
        return value
    return int(value) if code in ("status", "visibility") else float(value)


def _custom_values(data: dict[str, Any]) -> dict[str, str | None]:
    values: dict[str, str | None] = {}
    for item in data.get("custom_attributes") or []:
        code = item.attribute_code
        if code in WRITABLE_CUSTOM_CODES:
            values[code] = rules.stored_text(BY_CODE[code], item.value)
    return values


def _check_url_key(session: Session, url_key: str, store_ids: list[int], exclude_id: int | None) -> None:
    if url_key and repository.url_key_owners(session, url_key, {0, *store_ids}, exclude_id):
        raise errors.url_key_exists()


def _save_relations(
    session: Session, entity: ProductEntity, data: dict[str, Any], ext: dict[str, Any], scope: SaveScope,
    *, is_new: bool,
) -> None:
    website_ids = ext.get("website_ids")
    if is_new or website_ids is not None:
        stores = scope.stores
        ids = rules.website_ids_for_new(
            website_ids, store_is_admin=scope.store.store_id == 0, store_website_id=scope.store.website_id,
            all_websites=[w.website_id for w in stores.websites if w.website_id != 0],
        ) if is_new else sorted(set(website_ids or []))
        for website_id in ids:
            if stores.website(website_id) is None or website_id == 0:
                raise errors.website_not_found(website_id)
        repository.replace_websites(session, entity.entity_id, ids)
    if entity.type_id == "configurable":
        product_types.save_configurable(
            session, entity, ext.get("configurable_product_options"), ext.get("configurable_product_links")
        )
    elif entity.type_id == "bundle":
        product_types.save_bundle(session, entity, ext.get("bundle_product_options"))
    elif entity.type_id == "downloadable":
        product_types.save_downloadable_links(session, entity, ext.get("downloadable_product_links"))
    if "product_links" in data and data["product_links"] is not None:
        _save_product_links(session, entity, data["product_links"])


def _save_product_links(session: Session, entity: ProductEntity, links: list[ProductLinkData]) -> None:
    given = [sent(link) for link in links]
    skus = [str(g.get("linked_product_sku") or "") for g in given]
    found = repository.entities_by_skus(session, [s for s in skus if s])
    rows = []
    for link, sku in zip(given, skus, strict=True):
        target = found.get(sku)
        if target is None:
            raise errors.linked_product_missing(sku)
        if link.get("link_type") not in PRODUCT_LINK_TYPES:
            continue  # Magento's link initializer has no handler for other types: they are not saved
        extension = link.get("extension_attributes")
        rows.append({
            "linked_product_id": target.entity_id,
            "link_type": str(link["link_type"]),
            "position": int(link.get("position") or 0),
            "qty": getattr(extension, "qty", None),
        })
    unique = {(r["linked_product_id"], r["link_type"]): r for r in rows}
    repository.replace_product_links(session, entity.entity_id, list(unique.values()))
