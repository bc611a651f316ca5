"""The Luma sample products the REST tutorials use, with the ids, prices and option ids they print.

Ids the tutorials state are kept (24-WB01 = 8, 24-WB03 = 12, 240-LV06 = 47 with downloadable link 3,
240-LV08 = 49 with link 5, 24-WG080 = 51 with bundle options 1-4 and selections 1-8, MH01 = 67 with
children 52-66, WS12-M-Orange = 1553). Every product with source items gets 100 units on the
`default` source through the inventory domain's legacy stock item.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from sqlalchemy import insert
from sqlalchemy.orm import Session

from merx.catalog import repository
from merx.catalog import type_repository as types
from merx.catalog.attributes import COLOR_OPTIONS, SIZE_OPTIONS
from merx.catalog.product_lookup import TYPES_WITH_SOURCE_ITEMS
from merx.catalog.product_writer import SaveScope, save_product
from merx.catalog.schemas import ProductData, ProductExtensionData
from merx.catalog.stock_bridge import StockItemData
from merx.db.models.catalog import ConfigurableAttribute
from merx.store.registry import Group, StoreRegistry, StoreView, Website
from merx.store.repository import all_rows
from merx.webapi.datamodel import CustomAttribute

SAMPLE_QTY = 100.0


@dataclass(frozen=True)
class SampleProduct:
    entity_id: int
    sku: str
    name: str
    type_id: str
    price: float | None
    attribute_set_id: int = 4
    visibility: int = 4
    weight: float | None = 1.0
    attributes: dict[str, str] = field(default_factory=dict)


def _hoodie_children() -> list[SampleProduct]:
    colors = {"Black": 49, "Gray": 52, "Orange": 56}
    sizes = {"XS": 167, "S": 168, "M": 169, "L": 170, "XL": 171}
    children = []
    entity_id = 52
    for size, size_id in sizes.items():
        for color, color_id in colors.items():
            children.append(
                SampleProduct(
                    entity_id, f"MH01-{size}-{color}", f"Chaz Kangeroo Hoodie-{size}-{color}", "simple", 52.0, 9, 1,
                    attributes={"size": str(size_id), "color": str(color_id)},
                )
            )
            entity_id += 1
    return children


BUNDLE_COMPONENTS = [
    SampleProduct(26, "24-WG081-blue", "Sprite Stasis Ball 55 cm", "simple", 23.0, 11, attributes={"color": "50"}),
    SampleProduct(29, "24-WG082-blue", "Sprite Stasis Ball 65 cm", "simple", 27.0, 11, attributes={"color": "50"}),
    SampleProduct(32, "24-WG083-blue", "Sprite Stasis Ball 75 cm", "simple", 32.0, 11, attributes={"color": "50"}),
    SampleProduct(21, "24-WG084", "Sprite Foam Yoga Brick", "simple", 5.0, 11),
    SampleProduct(33, "24-WG085", "Sprite Yoga Strap 6 foot", "simple", 14.0, 11),
    SampleProduct(34, "24-WG086", "Sprite Yoga Strap 8 foot", "simple", 17.0, 11),
    SampleProduct(35, "24-WG087", "Sprite Yoga Strap 10 foot", "simple", 21.0, 11),
    SampleProduct(22, "24-WG088", "Sprite Foam Roller", "simple", 19.0, 11),
]
PRODUCTS = [
    SampleProduct(8, "24-WB01", "Voyage Yoga Bag", "simple", 32.0, 15),
    SampleProduct(12, "24-WB03", "Driven Backpack", "simple", 36.0, 15),
    SampleProduct(47, "240-LV06", "Yoga Adventure", "downloadable", 22.0, weight=None),
    SampleProduct(49, "240-LV08", "Advanced Pilates & Yoga (Strength)", "downloadable", 18.0, weight=None),
    SampleProduct(1553, "WS12-M-Orange", "Radiant Tee-M-Orange", "simple", 22.0, 9, 1,
                  attributes={"size": "169", "color": "56"}),
    *_hoodie_children(),
    SampleProduct(67, "MH01", "Chaz Kangeroo Hoodie", "configurable", 52.0, 9),
    *BUNDLE_COMPONENTS,
    SampleProduct(51, "24-WG080", "Sprite Yoga Companion Kit", "bundle", None, 11, weight=None),
]
DOWNLOADABLE_LINKS = {
    "240-LV06": {"link_id": 3, "title": "Yoga Adventure"},
    "240-LV08": {"link_id": 5, "title": "Advanced Pilates & Yoga (Strength)"},
}
# O5.3/O5.4: Size is attribute 141 and Color 93.
CONFIGURABLE_OPTIONS = [(1, 141, 0, "Size"), (2, 93, 1, "Color")]
# O5.6: (option_id, title, [(selection_id, sku)]).
BUNDLE_OPTIONS = [
    (1, "Sprite Stasis Ball", [(1, "24-WG081-blue"), (2, "24-WG082-blue"), (3, "24-WG083-blue")]),
    (2, "Sprite Foam Yoga Brick", [(4, "24-WG084")]),
    (3, "Sprite Yoga Strap", [(5, "24-WG085"), (6, "24-WG086"), (7, "24-WG087")]),
    (4, "Sprite Foam Roller", [(8, "24-WG088")]),
]
SEQUENCES = [
    ("catalog_product_entity", "entity_id"),
    ("downloadable_link", "link_id"),
    ("catalog_product_super_attribute", "product_super_attribute_id"),
    ("catalog_product_bundle_option", "option_id"),
    ("catalog_product_bundle_selection", "selection_id"),
]
assert set(COLOR_OPTIONS) >= {49, 50, 52, 56} and set(SIZE_OPTIONS) >= {167, 168, 169, 170, 171}


def deploy(session: Session) -> list[str]:
    """Install the sample products that are missing; returns the skus created (none on a re-run)."""
    scope = SaveScope(_admin_store(), _registry(session))
    existing = repository.entities_by_skus(session, [p.sku for p in PRODUCTS])
    created = []
    for sample in PRODUCTS:
        if sample.sku in existing:
            continue
        save_product(session, _product(sample), scope, entity_id=sample.entity_id)
        created.append(sample.sku)
    ids = {sku: e.entity_id for sku, e in repository.entities_by_skus(session, [p.sku for p in PRODUCTS]).items()}
    if "MH01" in created:
        _hoodie_options(session, ids)
    if "24-WG080" in created:
        _kit_options(session, ids)
    for sku, link in DOWNLOADABLE_LINKS.items():
        if sku in created:
            _downloadable_link(session, ids[sku], link)
    for table, column in SEQUENCES:
        repository.bump_sequence(session, table, column)
    session.flush()
    return created


def _product(sample: SampleProduct) -> ProductData:
    if sample.type_id in TYPES_WITH_SOURCE_ITEMS:
        stock = StockItemData.model_construct(qty=SAMPLE_QTY, is_in_stock=True)
    else:  # a configurable or bundle parent is in stock; its children carry the quantities
        stock = StockItemData.model_construct(is_in_stock=True)
    extension = ProductExtensionData.model_construct(website_ids=[1], stock_item=stock)
    values: dict[str, Any] = {"sku": sample.sku, "name": sample.name, "attribute_set_id": sample.attribute_set_id,
              "status": 1, "visibility": sample.visibility, "type_id": sample.type_id,
              "extension_attributes": extension}
    if sample.price is not None:
        values["price"] = sample.price
    if sample.weight is not None:
        values["weight"] = sample.weight
    custom = {"description": f"<p>{sample.name}</p>", **sample.attributes}
    values["custom_attributes"] = [
        CustomAttribute.model_construct(attribute_code=code, value=value) for code, value in custom.items()
    ]
    return ProductData.model_construct(**values)


def _hoodie_options(session: Session, ids: dict[str, int]) -> None:
    parent = ids["MH01"]
    for option_id, attribute_id, position, label in CONFIGURABLE_OPTIONS:
        session.execute(
            insert(ConfigurableAttribute).values(
                product_super_attribute_id=option_id, product_id=parent, attribute_id=attribute_id,
                position=position, label=label,
            )
        )
    children = [ids[p.sku] for p in PRODUCTS if p.sku.startswith("MH01-")]
    types.replace_children(session, parent, children)


def _kit_options(session: Session, ids: dict[str, int]) -> None:
    parent = ids["24-WG080"]
    for position, (option_id, title, selections) in enumerate(BUNDLE_OPTIONS, start=1):
        types.add_bundle_option(
            session, {"option_id": option_id, "parent_id": parent, "title": title, "required": True,
                      "type": "radio", "position": position},
        )
        for link_position, (selection_id, sku) in enumerate(selections, start=1):
            types.add_bundle_selection(
                session,
                {"selection_id": selection_id, "option_id": option_id, "parent_product_id": parent,
                 "product_id": ids[sku], "position": link_position, "is_default": False,
                 "selection_price_type": 0, "selection_price_value": 0.0, "selection_qty": 1.0,
                 "selection_can_change_qty": 0},
            )


def _downloadable_link(session: Session, product_id: int, link: dict[str, object]) -> None:
    slug = str(link["title"]).lower().replace(" ", "-")
    types.save_downloadable_link(
        session,
        {"link_id": link["link_id"], "product_id": product_id, "title": link["title"], "sort_order": 1,
         "number_of_downloads": 0, "is_shareable": 2, "price": 0.0, "link_type": "url",
         "link_url": f"https://example.com/downloads/{slug}.mp4", "sample_type": None},
    )


def _admin_store() -> StoreView:
    return StoreView(0, "admin", 0, 0, "Admin", 0, True)


def _registry(session: Session) -> StoreRegistry:
    websites, groups, stores = all_rows(session)
    return StoreRegistry(
        [Website(w.website_id, w.code, w.name, w.sort_order, w.default_group_id, bool(w.is_default)) for w in websites],
        [Group(g.group_id, g.website_id, g.code, g.name, g.root_category_id, g.default_store_id) for g in groups],
        [StoreView(s.store_id, s.code, s.website_id, s.group_id, s.name, s.sort_order, bool(s.is_active))
         for s in stores],
    )
