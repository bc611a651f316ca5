"""GET /V1/directory/*: countries with their regions and the store's currencies, from memory.

The answers depend only on a few config values, so each distinct combination is rendered once.
"""

from __future__ import annotations

import unicodedata
from functools import lru_cache

from merx.directory import catalog
from merx.directory.schemas import (
    CountryInformationData,
    CurrencyInformationData,
    ExchangeRateData,
    RegionInformationData,
)
from merx.directory.store_settings import ALLOWED_COUNTRIES
from merx.webapi.context import ServiceContext
from merx.webapi.errors import NoSuchEntityError
from merx.webapi.output import Prerendered, to_output

COUNTRY_NOT_AVAILABLE = "The country isn't available."

# directory_currency_rate as Magento's installer fills it (InitializeDirectoryData).
INSTALL_RATES = {("EUR", "EUR"): 1.0, ("EUR", "USD"): 1.415, ("USD", "EUR"): 0.7067, ("USD", "USD"): 1.0}
# ICU's en_US currency symbols for the currencies a store is likely to allow; others show their code.
SYMBOLS = {
    "USD": "$", "EUR": "€", "GBP": "£", "JPY": "¥", "CNY": "CN¥", "INR": "₹", "CAD": "CA$", "AUD": "A$",
    "NZD": "NZ$", "MXN": "MX$", "BRL": "R$", "HKD": "HK$", "ILS": "₪", "KRW": "₩", "TWD": "NT$", "VND": "₫",
    "XAF": "FCFA", "XOF": "F\u202fCFA", "PHP": "₱",
}


def _sort_key(name: str) -> tuple[str, str]:
    """MySQL's utf8_general_ci order, approximately: accents and case do not count."""
    plain = "".join(c for c in unicodedata.normalize("NFKD", name) if not unicodedata.combining(c))
    return plain.casefold(), name


def _regions(country_id: str) -> list[RegionInformationData] | None:
    regions = sorted(catalog.regions_of(country_id), key=lambda r: _sort_key(r.name))
    if not regions:
        return None
    return [RegionInformationData.model_construct(id=str(r.region_id), code=r.code, name=r.name) for r in regions]


def _country(country: catalog.Country) -> CountryInformationData:
    return CountryInformationData.model_construct(
        id=country.id, two_letter_abbreviation=country.iso2, three_letter_abbreviation=country.iso3,
        full_name_locale=country.name, full_name_english=country.name, available_regions=_regions(country.id),
    )


@lru_cache(maxsize=64)
def _rendered_countries(allowed_csv: str) -> dict[str, object]:
    """country_id -> rendered country, in country_id order, for one `general/country/allow` value."""
    allowed = {part.strip() for part in allowed_csv.split(",")}
    return {c.id: to_output(_country(c)) for c in catalog.countries() if c.id in allowed}


def _allowed_csv(ctx: ServiceContext) -> str:
    return ctx.runtime.config.get(ALLOWED_COUNTRIES, ctx.store.store_id, ctx.store.website_id) or ""


async def get_countries_info(ctx: ServiceContext) -> list[CountryInformationData]:
    return Prerendered(list(_rendered_countries(_allowed_csv(ctx)).values()))  # type: ignore[return-value]


async def get_country_info(ctx: ServiceContext, country_id: str) -> CountryInformationData:
    rendered = _rendered_countries(_allowed_csv(ctx)).get(country_id)
    if rendered is None:
        raise NoSuchEntityError(COUNTRY_NOT_AVAILABLE)
    return Prerendered(rendered)  # type: ignore[return-value]


def currency_symbol(code: str) -> str:
    return SYMBOLS.get(code, code)


async def get_currency_info(ctx: ServiceContext) -> CurrencyInformationData:
    config, store = ctx.runtime.config, ctx.store
    base = config.get("currency/options/base") or "USD"
    display = config.get("currency/options/default", store.store_id, store.website_id) or base
    allowed_csv = config.get("currency/options/allow", store.store_id, store.website_id) or base
    codes = [code.strip() for code in allowed_csv.split(",") if code.strip()]
    rates = [
        ExchangeRateData.model_construct(currency_to=code, rate=INSTALL_RATES.get((base, code), 0.0))
        for code in codes
    ]
    return CurrencyInformationData.model_construct(
        base_currency_code=base, base_currency_symbol=currency_symbol(base),
        default_display_currency_code=display, default_display_currency_symbol=currency_symbol(display),
        available_currency_codes=codes, exchange_rates=rates,
    )
