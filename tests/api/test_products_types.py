"""Configurable, bundle and downloadable products saved through extension attributes, and their endpoints."""

from __future__ import annotations

from starlette.testclient import TestClient

from tests.api.product_helpers import create, simple


def child(sku: str, color: int, size: int) -> dict[str, object]:
    return simple(sku, f"Child {sku}", 20, visibility=1, custom_attributes=[
        {"attribute_code": "color", "value": str(color)}, {"attribute_code": "size", "value": str(size)}])


def test_configurable_with_options_and_links(client: TestClient, admin_headers: dict[str, str]) -> None:
    ids = [create(client, admin_headers, child(f"C-{i}", color, 168))["id"] for i, color in enumerate((49, 52))]
    extension = {
        "configurable_product_options": [{"attribute_id": "93", "label": "Color", "position": 0,
                                          "values": [{"value_index": 49}, {"value_index": 52}]}],
        "configurable_product_links": ids,
    }
    parent = create(client, admin_headers,
                    simple("C", "Configurable", 20, type_id="configurable", extension_attributes=extension))
    extension = parent["extension_attributes"]
    assert extension["configurable_product_links"] == ids
    (option,) = extension["configurable_product_options"]
    assert (option["attribute_id"], option["label"], option["product_id"]) == ("93", "Color", parent["id"])
    assert [v["value_index"] for v in option["values"]] == [49, 52]

    create(client, admin_headers, child("C-3", 56, 168))
    added = client.post("/rest/V1/configurable-products/C/child", headers=admin_headers, json={"childSku": "C-3"})
    assert added.json() is True
    again = client.post("/rest/V1/configurable-products/C/child", headers=admin_headers, json={"childSku": "C-3"})
    assert (again.status_code, again.json()) == (400, {"message": "The product is already attached."})
    create(client, admin_headers, child("C-dup", 56, 169))
    duplicate = client.post("/rest/V1/configurable-products/C/child", headers=admin_headers,
                            json={"childSku": "C-dup"})
    assert duplicate.status_code == 400
    assert duplicate.json()["message"] == 'Products "%1" and "%2" have the same set of attribute values.'
    create(client, admin_headers, simple("plain", "Plain"))
    lacking = client.post("/rest/V1/configurable-products/C/child", headers=admin_headers, json={"childSku": "plain"})
    assert lacking.json() == {
        "message": 'The child product doesn\'t have the "%1" attribute value. Verify the value and try again.',
        "parameters": ["color"]}
    children = client.get("/rest/V1/configurable-products/C/children", headers=admin_headers).json()
    assert [c["sku"] for c in children] == ["C-0", "C-1", "C-3"]
    removed = client.delete("/rest/V1/configurable-products/C/children/C-0", headers=admin_headers)
    assert removed.json() is True
    missing = client.delete("/rest/V1/configurable-products/C/children/C-0", headers=admin_headers)
    assert missing.status_code == 404


def test_configurable_link_validation(client: TestClient, admin_headers: dict[str, str]) -> None:
    plain = create(client, admin_headers, simple("plain", "Plain"))["id"]
    response = client.post("/rest/V1/products", headers=admin_headers, json={"product": simple(
        "C", "Configurable", 20, type_id="configurable", extension_attributes={
            "configurable_product_options": [{"attribute_id": "93", "label": "Color"}],
            "configurable_product_links": [plain]})})
    assert response.json() == {"message": 'Product with id "%1" does not contain required attribute "%2".',
                               "parameters": [plain, "color"]}
    unknown = client.post("/rest/V1/products", headers=admin_headers, json={"product": simple(
        "C", "Configurable", 20, type_id="configurable", extension_attributes={
            "configurable_product_options": [{"attribute_id": "9999", "label": "Nope"}]})})
    assert unknown.status_code == 404
    no_child = client.post("/rest/V1/configurable-products/plain/child", headers=admin_headers,
                           json={"childSku": "plain"})
    assert no_child.json() == {"message": "The parent product doesn't have configurable product options."}


def test_bundle_options_saved_and_read(client: TestClient, admin_headers: dict[str, str]) -> None:
    create(client, admin_headers, simple("B-1", "Ball", 20))
    create(client, admin_headers, simple("B-2", "Brick", 5))
    bundle = create(client, admin_headers, {
        "sku": "B", "name": "Kit", "attribute_set_id": 4, "type_id": "bundle",
        "extension_attributes": {"bundle_product_options": [
            {"title": "Ball", "required": True, "type": "radio", "position": 1,
             "product_links": [{"sku": "B-1", "qty": 1, "is_default": True, "price": 0, "price_type": 0}]},
            {"title": "Brick", "required": False, "type": "checkbox", "position": 2,
             "product_links": [{"sku": "B-2", "qty": 2, "is_default": False, "price": 0, "price_type": 0}]},
        ]},
    })
    assert "price" not in bundle
    options = client.get("/rest/V1/bundle-products/B/options/all", headers=admin_headers).json()
    assert options == bundle["extension_attributes"]["bundle_product_options"]
    assert [(o["title"], o["required"], o["type"]) for o in options] == [("Ball", True, "radio"),
                                                                         ("Brick", False, "checkbox")]
    assert options[1]["product_links"][0]["qty"] == 2 and options[0]["product_links"][0]["is_default"] is True
    configurable = create(client, admin_headers, simple("conf", "Conf", type_id="configurable"))
    nested = client.post("/rest/V1/products", headers=admin_headers, json={"product": {
        "sku": "B2", "name": "Kit 2", "attribute_set_id": 4, "type_id": "bundle",
        "extension_attributes": {"bundle_product_options": [
            {"title": "x", "product_links": [{"sku": configurable["sku"], "is_default": False, "price": 0,
                                              "price_type": 0}]}]}}})
    assert nested.json() == {"message": "The bundle product can't contain another composite product."}


def test_downloadable_links_saved_and_read(client: TestClient, admin_headers: dict[str, str]) -> None:
    product = create(client, admin_headers, simple("D", "Video", 9, type_id="downloadable", extension_attributes={
        "downloadable_product_links": [
            {"title": "Full video", "sort_order": 1, "is_shareable": 0, "price": 0, "number_of_downloads": 3,
             "link_type": "url", "link_url": "https://example.com/v.mp4", "sample_type": "url",
             "sample_url": "https://example.com/s.mp4"}]}))
    (link,) = product["extension_attributes"]["downloadable_product_links"]
    assert (link["title"], link["link_url"], link["number_of_downloads"]) == ("Full video",
                                                                              "https://example.com/v.mp4", 3)
    listed = client.get("/rest/V1/products/D/downloadable-links", headers=admin_headers).json()
    assert listed == [link]
    bad = client.put("/rest/V1/products/D", headers=admin_headers, json={"product": {"extension_attributes": {
        "downloadable_product_links": [{"title": "x", "sort_order": 1, "is_shareable": 0, "price": 0,
                                        "link_type": "ftp", "sample_type": "url"}]}}})
    assert bad.json() == {"message": "The link type is invalid. Verify and try again."}
    renamed = client.put("/rest/V1/products/D", headers=admin_headers, json={"product": {"extension_attributes": {
        "downloadable_product_links": [{**link, "title": "Renamed"}]}}}).json()
    assert [(x["id"], x["title"]) for x in renamed["extension_attributes"]["downloadable_product_links"]] == [
        (link["id"], "Renamed")]
