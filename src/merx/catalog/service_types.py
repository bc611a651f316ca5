"""configurableProduct*, bundleProduct* and downloadableLinkRepository endpoints."""

from __future__ import annotations

from merx.catalog import errors, repository, rules
from merx.catalog import type_repository as types
from merx.catalog.assembler import build_products, bundle_option, configurable_option, downloadable_link
from merx.catalog.attributes import BY_ID
from merx.catalog.schemas import (
    BundleLinkData,
    BundleOptionData,
    ConfigurableOptionData,
    DownloadableLinkData,
    ProductData,
)
from merx.catalog.service import require_product
from merx.db.models.catalog import ProductEntity
from merx.webapi.context import ServiceContext
from merx.webapi.errors import InputError, NoSuchEntityError

NOT_A_CONFIGURABLE = 'The product with the "%1" SKU isn\'t a configurable product.'
OPTION_NOT_FOUND = "The option that was requested doesn't exist. Verify the entity and try again."


def _configurable(ctx: ServiceContext, sku: str) -> ProductEntity:
    product = require_product(ctx, sku)
    if product.type_id != "configurable":
        raise errors.not_configurable(sku)
    return product


def configurable_options(ctx: ServiceContext, sku: str) -> list[ConfigurableOptionData]:
    product = _configurable(ctx, sku)
    return _options_of(ctx, product)


def _options_of(ctx: ServiceContext, product: ProductEntity) -> list[ConfigurableOptionData]:
    session = ctx.session
    options = types.configurable_options(session, [product.entity_id]).get(product.entity_id, [])
    children = types.child_ids(session, [product.entity_id]).get(product.entity_id, [])
    codes = [BY_ID[o.attribute_id].code for o in options if o.attribute_id in BY_ID]
    values = types.global_int_values(session, children, codes)
    return [configurable_option(o, children, values) for o in options]


def configurable_children(ctx: ServiceContext, sku: str) -> list[ProductData]:
    product = require_product(ctx, sku)
    if product.type_id != "configurable":
        return []
    children = types.child_ids(ctx.session, [product.entity_id]).get(product.entity_id, [])
    found = repository.entities_by_ids(ctx.session, children)
    entities = [found[c] for c in children if c in found]
    return build_products(ctx.session, entities, ctx.store.store_id, detail=False)


def add_configurable_child(ctx: ServiceContext, sku: str, child_sku: str) -> bool:
    """LinkManagement::addChild."""
    product = require_product(ctx, sku)
    child = require_product(ctx, child_sku)
    session = ctx.session
    children = types.child_ids(session, [product.entity_id]).get(product.entity_id, [])
    if child.entity_id in children:
        raise errors.state(errors.ALREADY_ATTACHED)
    options = types.configurable_options(session, [product.entity_id]).get(product.entity_id, [])
    if product.type_id != "configurable" or not options:
        raise errors.state(errors.NO_CONFIGURABLE_OPTIONS)
    codes = [BY_ID[o.attribute_id].code for o in options if o.attribute_id in BY_ID]
    child_values = types.global_int_values(session, [child.entity_id], codes).get(child.entity_id, {})
    for code in codes:
        if not child_values.get(code) or child_values[code] == "0":
            raise errors.state(errors.CHILD_LACKS_ATTRIBUTE, [code])
    all_children = [*children, child.entity_id]
    rules.check_configurable_links(all_children, codes, types.global_int_values(session, all_children, codes))
    types.replace_children(session, product.entity_id, all_children)
    return True


def remove_configurable_child(ctx: ServiceContext, sku: str, child_sku: str) -> bool:
    """LinkManagement::removeChild."""
    product = require_product(ctx, sku)
    if product.type_id != "configurable":
        raise InputError(NOT_A_CONFIGURABLE, [sku])
    session = ctx.session
    children = types.child_ids(session, [product.entity_id]).get(product.entity_id, [])
    found = repository.entities_by_ids(session, children)
    remaining = [c for c in children if c in found and found[c].sku != child_sku]
    if len(remaining) == len(children):
        raise NoSuchEntityError(OPTION_NOT_FOUND)
    types.replace_children(session, product.entity_id, remaining)
    return True


def _bundle(ctx: ServiceContext, sku: str) -> ProductEntity:
    product = require_product(ctx, sku)
    if product.type_id != "bundle":
        raise errors.not_bundle()
    return product


def bundle_options(ctx: ServiceContext, sku: str) -> list[BundleOptionData]:
    product = _bundle(ctx, sku)
    options = types.bundle_options(ctx.session, [product.entity_id]).get(product.entity_id, [])
    return [bundle_option(product.sku, o) for o in options]


def bundle_children(ctx: ServiceContext, product_sku: str, option_id: int | None = None) -> list[BundleLinkData]:
    product = _bundle(ctx, product_sku)
    options = types.bundle_options(ctx.session, [product.entity_id]).get(product.entity_id, [])
    links: list[BundleLinkData] = []
    for option in options:
        if option_id is None or option.option_id == option_id:
            links.extend(bundle_option(product.sku, option).product_links or [])
    return links


def downloadable_links(ctx: ServiceContext, sku: str) -> list[DownloadableLinkData]:
    product = require_product(ctx, sku)
    links = types.downloadable_links(ctx.session, [product.entity_id]).get(product.entity_id, [])
    return [downloadable_link(link) for link in links]
