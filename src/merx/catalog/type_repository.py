"""SQL for the type-specific parts of products: configurable options and children, bundle options
and selections, downloadable links."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass

from sqlalchemy import delete, insert, select
from sqlalchemy.orm import Session

from merx.db.models.catalog import (
    BundleOption,
    BundleSelection,
    ConfigurableAttribute,
    ConfigurableLink,
    DownloadableLink,
    ProductEntity,
    ProductValue,
)

# ------------------------------------------------------------------------------------ configurable


@dataclass(frozen=True)
class StoredConfigurableOption:
    option_id: int
    product_id: int
    attribute_id: int
    position: int
    label: str | None


def configurable_options(session: Session, parent_ids: Sequence[int]) -> dict[int, list[StoredConfigurableOption]]:
    result: dict[int, list[StoredConfigurableOption]] = {}
    if not parent_ids:
        return result
    query = (
        select(
            ConfigurableAttribute.product_super_attribute_id, ConfigurableAttribute.product_id,
            ConfigurableAttribute.attribute_id, ConfigurableAttribute.position, ConfigurableAttribute.label,
        )
        .where(ConfigurableAttribute.product_id.in_(list(parent_ids)))
        .order_by(ConfigurableAttribute.product_id, ConfigurableAttribute.product_super_attribute_id)
    )
    for row in session.execute(query):
        result.setdefault(row[1], []).append(StoredConfigurableOption(*row))
    return result


def replace_configurable_options(session: Session, parent_id: int, rows: Sequence[Mapping[str, object]]) -> None:
    """Keep the ids of options whose attribute stays; drop the others; add the new ones."""
    existing = {o.attribute_id: o for o in configurable_options(session, [parent_id]).get(parent_id, [])}
    wanted = {int(str(row["attribute_id"])): row for row in rows}
    gone = [o.option_id for a, o in existing.items() if a not in wanted]
    if gone:
        session.execute(
            delete(ConfigurableAttribute).where(ConfigurableAttribute.product_super_attribute_id.in_(gone))
        )
    for attribute_id, row in wanted.items():
        values = {"position": row.get("position", 0), "label": row.get("label")}
        if attribute_id in existing:
            record = session.get(ConfigurableAttribute, existing[attribute_id].option_id)
            assert record is not None
            record.position = int(str(values["position"] or 0))
            record.label = values["label"] if isinstance(values["label"], str) else record.label
        else:
            session.execute(
                insert(ConfigurableAttribute).values(product_id=parent_id, attribute_id=attribute_id, **values)
            )


def child_ids(session: Session, parent_ids: Sequence[int]) -> dict[int, list[int]]:
    result: dict[int, list[int]] = {}
    if not parent_ids:
        return result
    query = (
        select(ConfigurableLink.parent_id, ConfigurableLink.product_id)
        .where(ConfigurableLink.parent_id.in_(list(parent_ids)))
        .order_by(ConfigurableLink.parent_id, ConfigurableLink.product_id)
    )
    for parent_id, product_id in session.execute(query):
        result.setdefault(parent_id, []).append(product_id)
    return result


def replace_children(session: Session, parent_id: int, children: Sequence[int]) -> None:
    session.execute(delete(ConfigurableLink).where(ConfigurableLink.parent_id == parent_id))
    rows = [{"parent_id": parent_id, "product_id": c} for c in dict.fromkeys(children)]
    if rows:
        session.execute(insert(ConfigurableLink), rows)


def global_int_values(session: Session, entity_ids: Sequence[int], codes: Sequence[str]) -> dict[int, dict[str, str]]:
    """Store-0 values of (global) select attributes such as color and size, by product."""
    result: dict[int, dict[str, str]] = {}
    if not entity_ids or not codes:
        return result
    query = select(ProductValue.entity_id, ProductValue.attribute_code, ProductValue.value).where(
        ProductValue.entity_id.in_(list(entity_ids)),
        ProductValue.attribute_code.in_(list(codes)),
        ProductValue.store_id == 0,
    )
    for entity_id, code, value in session.execute(query):
        if value not in (None, ""):
            result.setdefault(entity_id, {})[code] = value
    return result


# ------------------------------------------------------------------------------------------ bundle


@dataclass(frozen=True)
class StoredBundleSelection:
    selection_id: int
    option_id: int
    sku: str
    position: int
    is_default: bool
    price_type: int
    price: float
    qty: float | None
    can_change_qty: int


@dataclass(frozen=True)
class StoredBundleOption:
    option_id: int
    parent_id: int
    title: str | None
    required: bool
    type: str | None
    position: int
    selections: list[StoredBundleSelection]


def bundle_options(session: Session, parent_ids: Sequence[int]) -> dict[int, list[StoredBundleOption]]:
    result: dict[int, list[StoredBundleOption]] = {}
    if not parent_ids:
        return result
    options = session.execute(
        select(BundleOption)
        .where(BundleOption.parent_id.in_(list(parent_ids)))
        .order_by(BundleOption.parent_id, BundleOption.position, BundleOption.option_id)
    ).scalars().all()
    selections: dict[int, list[StoredBundleSelection]] = {}
    query = (
        select(
            BundleSelection.selection_id, BundleSelection.option_id, ProductEntity.sku, BundleSelection.position,
            BundleSelection.is_default, BundleSelection.selection_price_type, BundleSelection.selection_price_value,
            BundleSelection.selection_qty, BundleSelection.selection_can_change_qty,
        )
        .join(ProductEntity, ProductEntity.entity_id == BundleSelection.product_id)
        .where(BundleSelection.parent_product_id.in_(list(parent_ids)))
        .order_by(BundleSelection.option_id, BundleSelection.position, BundleSelection.selection_id)
    )
    for row in session.execute(query):
        selections.setdefault(row[1], []).append(StoredBundleSelection(*row))
    for option in options:
        result.setdefault(option.parent_id, []).append(
            StoredBundleOption(
                option.option_id, option.parent_id, option.title, bool(option.required), option.type,
                option.position, selections.get(option.option_id, []),
            )
        )
    return result


def add_bundle_option(session: Session, values: Mapping[str, object]) -> int:
    option = BundleOption(**values)
    session.add(option)
    session.flush()
    return option.option_id


def add_bundle_selection(session: Session, values: Mapping[str, object]) -> int:
    selection = BundleSelection(**values)
    session.add(selection)
    session.flush()
    return selection.selection_id


def delete_bundle_options(session: Session, parent_id: int) -> None:
    session.execute(delete(BundleOption).where(BundleOption.parent_id == parent_id))


# ------------------------------------------------------------------------------------ downloadable


def downloadable_links(session: Session, product_ids: Sequence[int]) -> dict[int, list[DownloadableLink]]:
    result: dict[int, list[DownloadableLink]] = {}
    if not product_ids:
        return result
    rows = session.execute(
        select(DownloadableLink)
        .where(DownloadableLink.product_id.in_(list(product_ids)))
        .order_by(DownloadableLink.product_id, DownloadableLink.sort_order, DownloadableLink.link_id)
    ).scalars()
    for link in rows:
        result.setdefault(link.product_id, []).append(link)
    return result


def downloadable_link(session: Session, link_id: int) -> DownloadableLink | None:
    return session.get(DownloadableLink, link_id)


def save_downloadable_link(session: Session, values: Mapping[str, object]) -> int:
    """Update the link when `link_id` names a stored one; otherwise insert (keeping a given id)."""
    link_id = values.get("link_id")
    stored = session.get(DownloadableLink, link_id) if isinstance(link_id, int) else None
    if stored is None:
        stored = DownloadableLink(**values)
        session.add(stored)
    else:
        for key, value in values.items():
            setattr(stored, key, value)
    session.flush()
    return stored.link_id


def delete_downloadable_links(session: Session, product_id: int, keep: Sequence[int]) -> None:
    query = delete(DownloadableLink).where(DownloadableLink.product_id == product_id)
    if keep:
        query = query.where(DownloadableLink.link_id.not_in(list(keep)))
    session.execute(query)
