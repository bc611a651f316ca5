"""`merx sampledata:deploy`: the Luma products the tutorials use, and the tutorial bodies that read them."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import Engine, func, select
from starlette.testclient import TestClient

from merx.catalog.sampledata import PRODUCTS, deploy
from merx.db.models.catalog import BundleSelection, ConfigurableLink, DownloadableLink, ProductEntity
from merx.db.uow import UnitOfWork
from tests.api.product_helpers import SKU_FILTER

CALLS = json.loads(Path("/work/shared/spec/tutorial-calls.json").read_text())


def tutorial_call(tag: str) -> dict[str, Any]:
    return next(c for c in CALLS if c["notes"].startswith(f"[{tag}]"))


@pytest.fixture
def sample(engine: Engine, client: TestClient) -> list[str]:
    with UnitOfWork(engine) as uow:
        created = deploy(uow.session)
        uow.commit()
    return created


def test_deploy_creates_every_product_once(engine: Engine, sample: list[str]) -> None:
    assert sorted(sample) == sorted(p.sku for p in PRODUCTS)
    with UnitOfWork(engine) as uow:
        assert deploy(uow.session) == []
        uow.commit()
    with UnitOfWork(engine, write=False) as uow:
        session = uow.session
        assert session.scalar(select(func.count()).select_from(ProductEntity)) == len(PRODUCTS)
        assert session.scalar(select(func.count()).select_from(ConfigurableLink)) == 15
        assert session.scalar(select(func.count()).select_from(BundleSelection)) == 8
        assert session.scalar(select(func.count()).select_from(DownloadableLink)) == 2


@pytest.mark.parametrize(
    ("sku", "entity_id", "name", "type_id", "price"),
    [
        ("24-WB01", 8, "Voyage Yoga Bag", "simple", 32),
        ("24-WB03", 12, "Driven Backpack", "simple", 36),
        ("240-LV06", 47, "Yoga Adventure", "downloadable", 22),
        ("240-LV08", 49, "Advanced Pilates & Yoga (Strength)", "downloadable", 18),
        ("MH01", 67, "Chaz Kangeroo Hoodie", "configurable", 52),
        ("MH01-S-Gray", 56, "Chaz Kangeroo Hoodie-S-Gray", "simple", 52),
        ("24-WG082-blue", 29, "Sprite Stasis Ball 65 cm", "simple", 27),
        ("WS12-M-Orange", 1553, "Radiant Tee-M-Orange", "simple", 22),
    ],
)
def test_catalog_preconditions(
    client: TestClient, admin_headers: dict[str, str], sample: list[str],
    sku: str, entity_id: int, name: str, type_id: str, price: float,
) -> None:
    body = client.get(f"/rest/default/V1/products/{sku}", headers=admin_headers).json()
    assert (body["id"], body["name"], body["type_id"], body["price"]) == (entity_id, name, type_id, price)
    assert body["extension_attributes"]["website_ids"] == [1]


def test_stock_on_the_default_source(client: TestClient, admin_headers: dict[str, str], sample: list[str]) -> None:
    for sku in ("24-WB01", "24-WB03", "240-LV06", "MH01-S-Gray", "24-WG084"):
        stock = client.get(f"/rest/default/V1/products/{sku}", headers=admin_headers).json()[
            "extension_attributes"]["stock_item"]
        assert (stock["qty"], stock["is_in_stock"], stock["stock_id"]) == (100, True, 1)
    query = SKU_FILTER
    items = client.get(f"/rest/default/V1/inventory/source-items?{query}24-WB01", headers=admin_headers).json()["items"]
    assert items == [{"sku": "24-WB01", "source_code": "default", "quantity": 100, "status": 1}]
    parent = client.get("/rest/default/V1/products/MH01", headers=admin_headers).json()
    assert parent["extension_attributes"]["stock_item"]["is_in_stock"] is True


def test_bundle_has_no_price_and_its_id(client: TestClient, admin_headers: dict[str, str], sample: list[str]) -> None:
    body = client.get("/rest/default/V1/products/24-WG080", headers=admin_headers).json()
    assert (body["id"], body["type_id"], "price" in body) == (51, "bundle", False)
    assert len(body["extension_attributes"]["bundle_product_options"]) == 4


def test_downloadable_link_ids(client: TestClient, admin_headers: dict[str, str], sample: list[str]) -> None:
    links = client.get("/rest/default/V1/products/240-LV06/downloadable-links", headers=admin_headers).json()
    assert [link["id"] for link in links] == [3]
    assert list(links[0])[:3] == ["id", "title", "sort_order"]
    other = client.get("/rest/default/V1/products/240-LV08", headers=admin_headers).json()
    assert [link["id"] for link in other["extension_attributes"]["downloadable_product_links"]] == [5]
    assert other["extension_attributes"]["downloadable_product_samples"] == []


def test_o5_3_configurable_options(client: TestClient, admin_headers: dict[str, str], sample: list[str]) -> None:
    call = tutorial_call("O5.3")
    options = client.get(call["path"], headers=admin_headers).json()
    by_attribute = {o["attribute_id"]: o for o in options}
    assert set(by_attribute) == {"93", "141"}  # "Size is option_id 141 and Color is option_id 93"
    assert [v["value_index"] for v in by_attribute["93"]["values"]] == [49, 52, 56]
    assert [v["value_index"] for v in by_attribute["141"]["values"]] == [167, 168, 169, 170, 171]
    assert by_attribute["93"]["label"] == "Color" and by_attribute["93"]["product_id"] == 67
    assert list(options[0]) == ["id", "attribute_id", "label", "position", "values", "product_id"]


def test_o5_4_configurable_children(client: TestClient, admin_headers: dict[str, str], sample: list[str]) -> None:
    call = tutorial_call("O5.4")
    children = client.get(call["path"], headers=admin_headers).json()
    assert len(children) == 15  # 3 colours x 5 sizes
    small_gray = next(c for c in children if c["sku"] == "MH01-S-Gray")
    wanted = call["response"]["custom_attributes"]
    printed = [a for a in small_gray["custom_attributes"] if a["attribute_code"] in ("size", "color")]
    assert printed == wanted


def test_o5_6_bundle_options(client: TestClient, admin_headers: dict[str, str], sample: list[str]) -> None:
    call = tutorial_call("O5.6")
    options = client.get(call["path"], headers=admin_headers).json()
    # The page prints a "simplified" body: every printed key matches, links carry more fields.
    assert len(options) == len(call["response"])
    for got, printed in zip(options, call["response"], strict=True):
        assert {k: got[k] for k in printed if k != "product_links"} == {
            k: v for k, v in printed.items() if k != "product_links"
        }
        assert [{k: link[k] for k in p} for link, p in zip(got["product_links"], printed["product_links"],
                                                             strict=True)] == printed["product_links"]
    assert list(options[0]["product_links"][0]) == [
        "id", "sku", "option_id", "qty", "position", "is_default", "price", "price_type", "can_change_quantity",
    ]


def test_type_endpoints_on_the_wrong_type(client: TestClient, admin_headers: dict[str, str],
                                          sample: list[str]) -> None:
    response = client.get("/rest/default/V1/bundle-products/MH01/options/all", headers=admin_headers)
    assert response.status_code == 400
    assert response.json() == {"message": "This is implemented for bundle products only."}
    response = client.get("/rest/default/V1/configurable-products/24-WB01/options/all", headers=admin_headers)
    assert response.status_code == 400
    assert response.json() == {
        "message": 'This is implemented for the "%1" configurable product only.', "parameters": ["24-WB01"]
    }
    assert client.get("/rest/default/V1/configurable-products/24-WB01/children", headers=admin_headers).json() == []
    assert client.get("/rest/default/V1/products/24-WB01/downloadable-links", headers=admin_headers).json() == []
    missing = client.get("/rest/default/V1/bundle-products/NOPE/options/all", headers=admin_headers)
    assert missing.status_code == 404
    bundle_children = client.get("/rest/default/V1/bundle-products/24-WG080/children?optionId=3",
                                 headers=admin_headers).json()
    assert [link["sku"] for link in bundle_children] == ["24-WG085", "24-WG086", "24-WG087"]


def test_products_are_admin_only(client: TestClient, sample: list[str]) -> None:
    response = client.get("/rest/default/V1/products/24-WB01")
    assert response.status_code == 401
    assert response.json()["parameters"] == {"resources": "Magento_Catalog::products"}
