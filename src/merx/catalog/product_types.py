"""Saving the type-specific extension attributes of a product (configurable, bundle, downloadable)."""

from __future__ import annotations

from collections.abc import Sequence

from sqlalchemy.orm import Session

from merx.catalog import errors, repository, rules
from merx.catalog import type_repository as types
from merx.catalog.attributes import BUNDLE_SELECTION_TYPES, BY_ID, CONFIGURABLE_ATTRIBUTE_INPUTS, Attribute
from merx.catalog.schemas import BundleOptionData, ConfigurableOptionData, DownloadableLinkData, sent
from merx.db.models.catalog import ProductEntity
from merx.webapi.errors import InputError, NoSuchEntityError

COMPOSITE_IN_BUNDLE = "The bundle product can't contain another composite product."
LINK_TYPES = ("url", "file")


def save_configurable(
    session: Session,
    parent: ProductEntity,
    options: Sequence[ConfigurableOptionData] | None,
    links: Sequence[int] | None,
) -> None:
    if options is None and links is None:
        return
    if options is not None:
        rows = []
        for position, option in enumerate(options):
            given = sent(option)
            attribute = _configurable_attribute(given.get("attribute_id"))
            rows.append(
                {"attribute_id": attribute.attribute_id, "position": given.get("position", position),
                 "label": given.get("label") or attribute.label}
            )
        types.replace_configurable_options(session, parent.entity_id, rows)
    stored = types.configurable_options(session, [parent.entity_id]).get(parent.entity_id, [])
    codes = [BY_ID[o.attribute_id].code for o in stored if o.attribute_id in BY_ID]
    if links is not None:
        children = list(dict.fromkeys(links))
        found = repository.entities_by_ids(session, children)
        for child_id in children:
            if child_id not in found:
                raise errors.product_not_found()
        values = types.global_int_values(session, children, codes)
        rules.check_configurable_links(children, codes, values)
        types.replace_children(session, parent.entity_id, children)


def _configurable_attribute(raw_id: object) -> Attribute:
    text = str(raw_id or "").strip()
    attribute = BY_ID.get(int(text)) if text.isdigit() else None
    if attribute is None or attribute.frontend_input not in CONFIGURABLE_ATTRIBUTE_INPUTS:
        raise NoSuchEntityError(errors.ATTRIBUTE_NOT_FOUND, [text])
    return attribute


def save_bundle(session: Session, parent: ProductEntity, options: Sequence[BundleOptionData] | None) -> None:
    if options is None:
        return
    prepared = []
    skus = [link.__dict__.get("sku") or "" for o in options for link in (o.__dict__.get("product_links") or [])]
    children = repository.entities_by_skus(session, [s for s in skus if s])
    for position, option in enumerate(options, start=1):
        given = sent(option)
        selections = []
        for link_position, link in enumerate(given.get("product_links") or [], start=1):
            link_data = sent(link)
            child = children.get(str(link_data.get("sku") or ""))
            if child is None:
                raise errors.product_not_found()
            if child.type_id not in BUNDLE_SELECTION_TYPES:
                raise InputError(COMPOSITE_IN_BUNDLE)
            selections.append((link_data, child, link_position))
        prepared.append((given, position, selections))
    types.delete_bundle_options(session, parent.entity_id)
    for given, position, selections in prepared:
        option_id = types.add_bundle_option(
            session,
            {
                "parent_id": parent.entity_id,
                "title": given.get("title"),
                "required": bool(given.get("required", False)),
                "type": given.get("type") or "select",
                "position": given.get("position", position),
            },
        )
        for link_data, child, link_position in selections:
            types.add_bundle_selection(
                session,
                {
                    "option_id": option_id,
                    "parent_product_id": parent.entity_id,
                    "product_id": child.entity_id,
                    "position": link_data.get("position", link_position),
                    "is_default": bool(link_data.get("is_default", False)),
                    "selection_price_type": int(link_data.get("price_type") or 0),
                    "selection_price_value": float(link_data.get("price") or 0),
                    "selection_qty": link_data.get("qty", 1),
                    "selection_can_change_qty": int(link_data.get("can_change_quantity") or 0),
                },
            )


def save_downloadable_links(
    session: Session, product: ProductEntity, links: Sequence[DownloadableLinkData] | None
) -> None:
    if links is None:
        return
    stored = types.downloadable_links(session, [product.entity_id]).get(product.entity_id, [])
    existing = {link.link_id for link in stored}
    rows = [_link_row(product, sent(link), existing) for link in links]
    kept = [int(str(r["link_id"])) for r in rows if r.get("link_id")]
    types.delete_downloadable_links(session, product.entity_id, kept)
    for row in rows:
        types.save_downloadable_link(session, row)


def _link_row(product: ProductEntity, given: dict[str, object], existing: set[int]) -> dict[str, object]:
    link_type = given.get("link_type")
    if link_type not in LINK_TYPES:
        raise InputError(errors.LINK_TYPE_INVALID)
    sample_type = given.get("sample_type")
    if sample_type is not None and sample_type not in LINK_TYPES:
        raise InputError(errors.SAMPLE_TYPE_INVALID)
    if not given.get("title"):
        raise InputError(errors.LINK_TITLE_EMPTY)
    for field in ("sort_order", "is_shareable", "number_of_downloads"):
        value = given.get(field)
        if isinstance(value, int) and not rules.INT[0] <= value <= rules.INT[1]:
            raise errors.unable_to_save()
    link_id = given.get("id")
    row: dict[str, object] = {
        "product_id": product.entity_id,
        "title": given.get("title"),
        "sort_order": given.get("sort_order") or 0,
        "is_shareable": given.get("is_shareable") or 0,
        "price": given.get("price") or 0,
        "number_of_downloads": given.get("number_of_downloads"),
        "link_type": link_type,
        "link_url": given.get("link_url") if link_type == "url" else None,
        "link_file": _file_name(given, "link_file") if link_type == "file" else None,
        "sample_type": sample_type,
        "sample_url": given.get("sample_url") if sample_type == "url" else None,
        "sample_file": _file_name(given, "sample_file") if sample_type == "file" else None,
    }
    if isinstance(link_id, int) and link_id in existing:
        row["link_id"] = link_id
    return row


def _file_name(given: dict[str, object], field: str) -> str | None:
    """Uploaded file contents are not kept; the file is recorded under Magento's dispersed path."""
    content = given.get(f"{field}_content")
    name = getattr(content, "name", None) if content is not None else None
    if not name:
        value = given.get(field)
        return value if isinstance(value, str) else None
    clean = str(name).lower()
    return f"/{clean[0]}/{clean[1] if len(clean) > 1 else '_'}/{clean}"
