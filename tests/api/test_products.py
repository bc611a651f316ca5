"""catalogProductRepositoryV1: create, read, update, delete and Magento's errors for bad input."""

from __future__ import annotations

from starlette.testclient import TestClient

from tests.api.product_helpers import SKU_FILTER, create, custom, simple

NOT_FOUND = {"message": "The product that was requested doesn't exist. Verify the product and try again."}
EMPTY = 'The "%1" attribute value is empty. Set the attribute and try again.'


def test_create_returns_the_product_in_schema_order(client: TestClient, admin_headers: dict[str, str]) -> None:
    body = create(client, admin_headers, simple(
        "p-1", "Blue Shirt", 12.5, weight=2, custom_attributes=[
            {"attribute_code": "description", "value": "<p>Soft</p>"},
            {"attribute_code": "color", "value": 50},
            {"attribute_code": "special_price", "value": "9.5"},
            {"attribute_code": "no_such_attribute", "value": "ignored"},
        ]))
    assert list(body) == [
        "id", "sku", "name", "attribute_set_id", "price", "status", "visibility", "type_id", "created_at",
        "updated_at", "weight", "extension_attributes", "product_links", "options", "media_gallery_entries",
        "tier_prices", "custom_attributes",
    ]
    assert (body["sku"], body["name"], body["price"], body["status"], body["visibility"]) == (
        "p-1", "Blue Shirt", 12.5, 1, 4)
    assert body["extension_attributes"]["website_ids"] == [1]
    assert body["product_links"] == body["options"] == body["media_gallery_entries"] == body["tier_prices"] == []
    values = custom(body)
    assert values["url_key"] == "blue-shirt"
    assert values["color"] == "50" and values["special_price"] == "9.500000"
    assert values["description"] == "<p>Soft</p>" and "no_such_attribute" not in values
    assert (values["tax_class_id"], values["options_container"], values["has_options"]) == ("2", "container2", "0")
    again = client.get("/rest/V1/products/p-1", headers=admin_headers).json()
    assert again == body


def test_get_update_delete(client: TestClient, admin_headers: dict[str, str]) -> None:
    create(client, admin_headers, simple("p-2", price=5))
    response = client.put("/rest/all/V1/products/p-2", headers=admin_headers,
                          json={"product": {"price": 7.25, "status": 2}})
    assert response.status_code == 200
    assert (response.json()["price"], response.json()["status"], response.json()["name"]) == (7.25, 2, "Product p-2")
    assert client.delete("/rest/V1/products/p-2", headers=admin_headers).json() is True
    gone = client.get("/rest/V1/products/p-2", headers=admin_headers)
    assert (gone.status_code, gone.json()) == (404, NOT_FOUND)
    again = client.delete("/rest/V1/products/p-2", headers=admin_headers)
    assert (again.status_code, again.json()) == (404, NOT_FOUND)


def test_stock_item_saved_and_source_items_removed_with_the_product(
    client: TestClient, admin_headers: dict[str, str]
) -> None:
    body = create(client, admin_headers, simple("st-1", extension_attributes={
        "stock_item": {"qty": 7, "is_in_stock": True}}))
    assert body["extension_attributes"]["stock_item"]["qty"] == 7
    query = SKU_FILTER
    items = client.get(f"/rest/V1/inventory/source-items?{query}st-1", headers=admin_headers).json()["items"]
    assert [(i["source_code"], i["quantity"]) for i in items] == [("default", 7)]
    client.delete("/rest/V1/products/st-1", headers=admin_headers)
    assert client.get(f"/rest/V1/inventory/source-items?{query}st-1", headers=admin_headers).json()["items"] == []


def test_post_with_an_existing_sku_updates_it(client: TestClient, admin_headers: dict[str, str]) -> None:
    first = create(client, admin_headers, simple("p-3", price=5))
    second = create(client, admin_headers, {"sku": "p-3", "price": 6}, store="all")
    assert (second["id"], second["price"], second["name"]) == (first["id"], 6, "Product p-3")


def test_put_of_an_unknown_sku_creates_it_with_the_path_sku(client: TestClient, admin_headers: dict[str, str]) -> None:
    response = client.put("/rest/V1/products/new-one", headers=admin_headers,
                          json={"product": {"name": "New", "price": 3, "attribute_set_id": 4}})
    assert response.status_code == 200
    assert response.json()["sku"] == "new-one"


def test_lookup_by_sku_ignores_case(client: TestClient, admin_headers: dict[str, str]) -> None:
    create(client, admin_headers, simple("MiXeD-1"))
    assert client.get("/rest/V1/products/mixed-1", headers=admin_headers).json()["sku"] == "MiXeD-1"


def test_required_fields_in_magentos_order(client: TestClient, admin_headers: dict[str, str]) -> None:
    def post(product: dict[str, object]) -> tuple[int, dict[str, object]]:
        response = client.post("/rest/V1/products", headers=admin_headers, json={"product": product})
        return response.status_code, response.json()

    assert post({"sku": "x", "name": "X", "price": 1}) == (
        400, {"message": "Invalid product data: %1", "parameters": ["Invalid attribute set entity type"]})
    assert post({"sku": "x", "price": 1, "attribute_set_id": 4}) == (
        400, {"message": EMPTY, "parameters": ["Product Name"]})
    assert post({"name": "X", "price": 1, "attribute_set_id": 4}) == (400, {"message": EMPTY, "parameters": ["sku"]})
    assert post({"sku": "x", "name": "X", "attribute_set_id": 4}) == (400, {"message": EMPTY, "parameters": ["Price"]})
    assert post({"sku": "x" * 65, "name": "X", "price": 1, "attribute_set_id": 4}) == (
        400, {"message": "SKU length should be %1 characters maximum.", "parameters": [64]})
    assert post({"sku": "x", "name": "X", "price": -1, "attribute_set_id": 4}) == (
        400, {"message": "Please enter a number 0 or greater in this field."})
    assert post({"sku": "x", "name": "X", "price": 1, "attribute_set_id": 1}) == (
        400, {"message": "Invalid product data: %1", "parameters": ["Invalid attribute set entity type"]})


def test_bad_types_and_values_are_400(client: TestClient, admin_headers: dict[str, str]) -> None:
    def post(product: dict[str, object]) -> tuple[int, dict[str, object]]:
        response = client.post("/rest/V1/products", headers=admin_headers, json={"product": product})
        return response.status_code, response.json()

    status, body = post(simple("x", type_id="nosuchtype"))
    assert (status, body) == (400, {"message": 'Invalid value of "%value" provided for the %fieldName field.',
                                    "parameters": {"value": "nosuchtype", "fieldName": "type_id"}})
    status, body = post(simple("x", price="cheap"))
    assert status == 400 and body["message"].startswith('Error occurred during "price" processing.')
    status, body = post(simple("x", custom_attributes=[{"attribute_code": "color", "value": "red"}]))
    assert (status, body["message"]) == (400, 'Error occurred during "custom_attributes" processing. '
                                               'Attribute "color" has invalid value. The "red" value\'s type is '
                                               'invalid. The "int" type was expected. Verify and try again.')
    status, body = post(simple("x", extension_attributes={"website_ids": [99]}))
    assert status == 404 and body["parameters"] == [99]
    status, body = post(simple("x", product_links=[{"sku": "x", "link_type": "related",
                                                    "linked_product_sku": "nope", "linked_product_type": "simple",
                                                    "position": 0}]))
    assert (status, body) == (404, {"message": 'The Product with the "%1" SKU doesn\'t exist.', "parameters": ["nope"]})
    status, body = post(simple("x", unknown_field=1))
    assert (status, body["message"]) == (400, '"%fieldName" is not supported. Correct the field name and try again.')
    assert client.post("/rest/V1/products", headers=admin_headers, json={}).json() == {
        "message": '"%fieldName" is required. Enter and try again.', "parameters": {"fieldName": "product"}}
    # nothing was saved by the failed calls
    assert client.get("/rest/V1/products/x", headers=admin_headers).status_code == 404


def test_duplicate_url_key(client: TestClient, admin_headers: dict[str, str]) -> None:
    create(client, admin_headers, simple("u-1", "Same Name"))
    response = client.post("/rest/V1/products", headers=admin_headers, json={"product": simple("u-2", "Same Name")})
    assert (response.status_code, response.json()) == (400, {"message": "URL key for specified store already exists."})
    # a product not visible individually has no URL, so the key may repeat
    create(client, admin_headers, simple("u-3", "Same Name", visibility=1))
    explicit = create(client, admin_headers, simple("u-4", "Same Name", custom_attributes=[
        {"attribute_code": "url_key", "value": "Another Key!"}]))
    assert custom(explicit)["url_key"] == "another-key"
    clash = client.put("/rest/all/V1/products/u-4", headers=admin_headers, json={"product": {
        "custom_attributes": [{"attribute_code": "url_key", "value": "same-name"}]}})
    assert clash.status_code == 400


def test_product_links_round_trip(client: TestClient, admin_headers: dict[str, str]) -> None:
    create(client, admin_headers, simple("l-1"))
    link = {"sku": "l-2", "link_type": "related", "linked_product_sku": "l-1", "linked_product_type": "simple",
            "position": 0}
    body = create(client, admin_headers, simple("l-2", product_links=[link]))
    assert body["product_links"] == [link]
    cleared = client.put("/rest/V1/products/l-2", headers=admin_headers, json={"product": {"product_links": []}})
    assert cleared.json()["product_links"] == []


def test_virtual_product_has_no_weight(client: TestClient, admin_headers: dict[str, str]) -> None:
    body = create(client, admin_headers, simple("v-1", type_id="virtual", weight=3))
    assert body["type_id"] == "virtual" and "weight" not in body


def test_fields_filter_applies(client: TestClient, admin_headers: dict[str, str]) -> None:
    create(client, admin_headers, simple("f-1", price=4))
    body = client.get("/rest/V1/products/f-1?fields=sku,price", headers=admin_headers).json()
    assert body == {"sku": "f-1", "price": 4}
