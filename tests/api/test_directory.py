"""GET /V1/directory/countries, /countries/{id} and /currency (anonymous)."""

from __future__ import annotations

from starlette.testclient import TestClient

from merx.appconfig.service import set_value
from merx.runtime import Runtime


def test_countries(client: TestClient) -> None:
    response = client.get("/rest/V1/directory/countries")
    assert response.status_code == 200
    countries = response.json()
    assert len(countries) == 245  # the allowed countries of a fresh install
    assert [c["id"] for c in countries] == sorted(c["id"] for c in countries)
    andorra = countries[0]
    assert andorra == {"id": "AD", "two_letter_abbreviation": "AD", "three_letter_abbreviation": "AND",
                       "full_name_locale": "Andorra", "full_name_english": "Andorra"}
    us = next(c for c in countries if c["id"] == "US")
    assert list(us) == ["id", "two_letter_abbreviation", "three_letter_abbreviation", "full_name_locale",
                        "full_name_english", "available_regions"]
    assert us["available_regions"][0] == {"id": "1", "code": "AL", "name": "Alabama"}
    assert {"id": "43", "code": "NY", "name": "New York"} in us["available_regions"]
    names = [r["name"] for r in us["available_regions"]]
    assert names == sorted(names, key=str.casefold)


def test_country_by_id(client: TestClient) -> None:
    germany = client.get("/rest/default/V1/directory/countries/DE").json()
    assert germany["full_name_english"] == "Germany" and germany["three_letter_abbreviation"] == "DEU"
    regions = [r["name"] for r in germany["available_regions"]]
    assert regions.index("Baden-Württemberg") < regions.index("Bayern")  # accents do not change the order
    for code in ("XX", "de"):
        response = client.get(f"/rest/V1/directory/countries/{code}")
        assert (response.status_code, response.json()) == (404, {"message": "The country isn't available."})


def test_countries_follow_the_store_config(client: TestClient, runtime: Runtime) -> None:
    with runtime.uow() as uow:
        set_value(uow.session, "general/country/allow", "US,FR", "stores", "default")
        uow.commit()
    runtime.reload_config()
    assert [c["id"] for c in client.get("/rest/default/V1/directory/countries").json()] == ["FR", "US"]
    assert client.get("/rest/default/V1/directory/countries/DE").status_code == 404
    assert len(client.get("/rest/all/V1/directory/countries").json()) == 245
    assert client.get("/rest/default/V1/directory/countries?fields=id").json() == [{"id": "FR"}, {"id": "US"}]


def test_currency(client: TestClient) -> None:
    response = client.get("/rest/V1/directory/currency")
    assert response.status_code == 200
    assert response.json() == {
        "base_currency_code": "USD", "base_currency_symbol": "$",
        "default_display_currency_code": "USD", "default_display_currency_symbol": "$",
        "available_currency_codes": ["USD", "EUR"],
        "exchange_rates": [{"currency_to": "USD", "rate": 1}, {"currency_to": "EUR", "rate": 0.7067}],
    }
