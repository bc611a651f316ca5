"""Building product data interfaces from stored rows, a page at a time (no per-product queries)."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import datetime
from typing import Any

from sqlalchemy.orm import Session

from merx.appconfig.registry import ConfigRegistry
from merx.catalog import repository, rules
from merx.catalog import type_repository as types
from merx.catalog.attributes import BY_ID, CUSTOM_ATTRIBUTE_CODES, STATIC_CUSTOM_CODES
from merx.catalog.schemas import (
    BundleLinkData,
    BundleOptionData,
    ConfigurableOptionData,
    ConfigurableOptionValueData,
    DownloadableLinkData,
    ProductData,
    ProductExtensionData,
    ProductLinkData,
    ProductLinkExtensionData,
)
from merx.catalog.stock_bridge import stock_items
from merx.db.models.catalog import DownloadableLink, ProductEntity
from merx.webapi.datamodel import CustomAttribute

SCOPED_COLUMNS = ("name", "status", "visibility")


def timestamp(value: datetime) -> str:
    return value.strftime("%Y-%m-%d %H:%M:%S")


def build_products(
    session: Session,
    entities: Sequence[ProductEntity],
    store_id: int,
    *,
    detail: bool,
    config: ConfigRegistry | None = None,
) -> list[ProductData]:
    """Products as the repository returns them: `detail` adds what only `get` returns
    (stock item, type-specific extension attributes)."""
    if not entities:
        return []
    ids = [e.entity_id for e in entities]
    stores = {0, store_id}
    values: dict[int, list[tuple[str, int, str | None]]] = {}
    for row in repository.values_for(session, ids, stores):
        values.setdefault(row.entity_id, []).append((row.code, row.store_id, row.value))
    websites = repository.website_ids_for(session, ids)
    links = repository.product_links_for(session, ids)
    extras = _TypeData(session, entities) if detail else None
    stock = {}
    if detail and config is not None:
        stock = stock_items(session, config, [(e.entity_id, e.sku, e.type_id) for e in entities])
    products = []
    for entity in entities:
        scoped = rules.effective(values.get(entity.entity_id, []), store_id)
        extension = ProductExtensionData.model_construct(website_ids=websites.get(entity.entity_id, []))
        if extras is not None:
            extras.fill(entity, extension)
        if entity.sku in stock:
            extension.stock_item = stock[entity.sku]
        products.append(
            ProductData.model_construct(
                id=entity.entity_id,
                sku=entity.sku,
                name=_scoped(scoped, "name", entity.name),
                attribute_set_id=entity.attribute_set_id,
                price=entity.price,
                status=_int(_scoped(scoped, "status", entity.status)),
                visibility=_int(_scoped(scoped, "visibility", entity.visibility)),
                type_id=entity.type_id,
                created_at=timestamp(entity.created_at),
                updated_at=timestamp(entity.updated_at),
                weight=entity.weight,
                extension_attributes=extension,
                product_links=[_product_link(entity.sku, link) for link in links.get(entity.entity_id, [])],
                options=[],
                media_gallery_entries=[],
                tier_prices=[],
                custom_attributes=_custom_attributes(entity, scoped),
            )
        )
    return products


def _scoped(scoped: dict[str, str | None], code: str, column_value: Any) -> Any:
    """A store-view override of an entity column wins over the column (the store-0 value)."""
    return scoped.get(code, column_value)


def _int(value: Any) -> int | None:
    return None if value is None or value == "" else int(value)


def _custom_attributes(entity: ProductEntity, scoped: dict[str, str | None]) -> list[CustomAttribute]:
    result = []
    for code in CUSTOM_ATTRIBUTE_CODES:
        value = str(getattr(entity, code)) if code in STATIC_CUSTOM_CODES else scoped.get(code)
        if value is not None:
            result.append(CustomAttribute.model_construct(attribute_code=code, value=value))
    return result


def _product_link(sku: str, link: repository.StoredProductLink) -> ProductLinkData:
    extension = ProductLinkExtensionData.model_construct(qty=link.qty) if link.qty is not None else None
    return ProductLinkData.model_construct(
        sku=sku, link_type=link.link_type or "", linked_product_sku=link.linked_sku,
        linked_product_type=link.linked_type, position=link.position, extension_attributes=extension,
    )


class _TypeData:
    """Configurable, bundle and downloadable parts of a page of products, loaded in one go per type."""

    def __init__(self, session: Session, entities: Sequence[ProductEntity]) -> None:
        by_type: dict[str, list[int]] = {}
        for entity in entities:
            by_type.setdefault(entity.type_id, []).append(entity.entity_id)
        configurable = by_type.get("configurable", [])
        self.options = types.configurable_options(session, configurable)
        self.children = types.child_ids(session, configurable)
        codes = sorted({BY_ID[o.attribute_id].code for opts in self.options.values() for o in opts
                        if o.attribute_id in BY_ID})
        all_children = [c for ids in self.children.values() for c in ids]
        self.child_values = types.global_int_values(session, all_children, codes)
        self.bundles = types.bundle_options(session, by_type.get("bundle", []))
        self.downloads = types.downloadable_links(session, by_type.get("downloadable", []))

    def fill(self, entity: ProductEntity, extension: ProductExtensionData) -> None:
        if entity.type_id == "configurable":
            children = self.children.get(entity.entity_id, [])
            extension.configurable_product_options = [
                configurable_option(o, children, self.child_values) for o in self.options.get(entity.entity_id, [])
            ]
            extension.configurable_product_links = children
        elif entity.type_id == "bundle":
            extension.bundle_product_options = [
                bundle_option(entity.sku, o) for o in self.bundles.get(entity.entity_id, [])
            ]
        elif entity.type_id == "downloadable":
            extension.downloadable_product_links = [
                downloadable_link(link) for link in self.downloads.get(entity.entity_id, [])
            ]
            extension.downloadable_product_samples = []


def configurable_option(
    option: types.StoredConfigurableOption, children: Sequence[int], child_values: dict[int, dict[str, str]]
) -> ConfigurableOptionData:
    """Option values are the ones the children carry, in the attribute's option order."""
    attribute = BY_ID.get(option.attribute_id)
    present: set[int] = set()
    if attribute is not None:
        for child in children:
            value = child_values.get(child, {}).get(attribute.code)
            if value is not None and value.lstrip("-").isdigit():
                present.add(int(value))
    order = list(attribute.options) if attribute is not None else []
    ordered = [v for v in order if v in present] + sorted(present - set(order))
    return ConfigurableOptionData.model_construct(
        id=option.option_id,
        attribute_id=str(option.attribute_id),
        label=option.label or (attribute.label if attribute else None),
        position=option.position,
        values=[ConfigurableOptionValueData.model_construct(value_index=v) for v in ordered],
        product_id=option.product_id,
    )


def bundle_option(sku: str, option: types.StoredBundleOption) -> BundleOptionData:
    return BundleOptionData.model_construct(
        option_id=option.option_id,
        title=option.title,
        required=option.required,
        type=option.type,
        position=option.position,
        sku=sku,
        product_links=[
            BundleLinkData.model_construct(
                id=str(s.selection_id), sku=s.sku, option_id=option.option_id, qty=s.qty, position=s.position,
                is_default=s.is_default, price=s.price, price_type=s.price_type, can_change_quantity=s.can_change_qty,
            )
            for s in option.selections
        ],
    )


def downloadable_link(link: DownloadableLink) -> DownloadableLinkData:
    return DownloadableLinkData.model_construct(
        id=link.link_id, title=link.title, sort_order=link.sort_order, is_shareable=link.is_shareable,
        price=link.price, number_of_downloads=link.number_of_downloads, link_type=link.link_type or "",
        link_file=link.link_file, link_url=link.link_url, sample_type=link.sample_type,  # type: ignore[arg-type]  # null when there is no sample
        sample_file=link.sample_file, sample_url=link.sample_url,
    )
