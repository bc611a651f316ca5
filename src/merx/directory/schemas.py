"""Directory data interfaces, fields in the order of Magento's published schema (admin 2.4.8)."""

from __future__ import annotations

from merx.webapi.datamodel import DataModel


class RegionInformationExtension(DataModel):
    __interface__ = "directory-data-region-information-extension-interface"


class CountryInformationExtension(DataModel):
    __interface__ = "directory-data-country-information-extension-interface"


class ExchangeRateExtension(DataModel):
    __interface__ = "directory-data-exchange-rate-extension-interface"


class CurrencyInformationExtension(DataModel):
    __interface__ = "directory-data-currency-information-extension-interface"


class RegionInformationData(DataModel):
    __interface__ = "directory-data-region-information-interface"

    id: str
    code: str
    name: str
    extension_attributes: RegionInformationExtension | None = None


class CountryInformationData(DataModel):
    __interface__ = "directory-data-country-information-interface"

    id: str
    two_letter_abbreviation: str
    three_letter_abbreviation: str
    full_name_locale: str
    full_name_english: str
    available_regions: list[RegionInformationData] | None = None
    extension_attributes: CountryInformationExtension | None = None


class ExchangeRateData(DataModel):
    __interface__ = "directory-data-exchange-rate-interface"

    currency_to: str
    rate: float
    extension_attributes: ExchangeRateExtension | None = None


class CurrencyInformationData(DataModel):
    __interface__ = "directory-data-currency-information-interface"

    base_currency_code: str
    base_currency_symbol: str
    default_display_currency_code: str
    default_display_currency_symbol: str
    available_currency_codes: list[str]
    exchange_rates: list[ExchangeRateData]
    extension_attributes: CurrencyInformationExtension | None = None
