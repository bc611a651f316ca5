from __future__ import annotations

from starlette.testclient import TestClient


def test_health_checks_the_database(client: TestClient) -> None:
    response = client.get("/health")
    assert response.status_code == 200
    assert response.json() == {"status": "pass", "database": "ok"}


def test_metrics_count_requests_per_route_and_status(client: TestClient, admin_headers: dict[str, str]) -> None:
    client.get("/rest/V1/store/storeViews", headers=admin_headers)
    client.get("/rest/V1/store/storeViews")
    text = client.get("/metrics").text
    assert 'merx_http_requests_total{method="GET",route="GET /V1/store/storeViews",status="200"' in text
    assert 'merx_http_requests_total{method="GET",route="GET /V1/store/storeViews",status="401"' in text
    assert "merx_http_request_duration_seconds_bucket{" in text


def test_schema_and_swagger_ui(client: TestClient) -> None:
    schema = client.get("/rest/all/schema?services=all")
    assert schema.status_code == 200
    document = schema.json()
    assert document["swagger"] == "2.0"
    assert "/V1/store/storeViews" in document["paths"]
    page = client.get("/swagger")
    assert page.status_code == 200 and "/rest/all/schema?services=all" in page.text
    assert "cdn" not in page.text.lower()
    assert client.get("/swagger/static/swagger-ui-bundle.js").status_code == 200


def test_unknown_page_is_404(client: TestClient) -> None:
    assert client.get("/nosuch").status_code == 404
