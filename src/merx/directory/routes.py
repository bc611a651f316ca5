from __future__ import annotations

from merx.directory import service
from merx.webapi.routing import ANONYMOUS, Route

ROUTES = [
    Route("GET", "/V1/directory/currency", service.get_currency_info, (ANONYMOUS,),
          tag="directoryCurrencyInformationAcquirerV1"),
    Route("GET", "/V1/directory/countries", service.get_countries_info, (ANONYMOUS,),
          tag="directoryCountryInformationAcquirerV1"),
    Route("GET", "/V1/directory/countries/:countryId", service.get_country_info, (ANONYMOUS,),
          tag="directoryCountryInformationAcquirerV1"),
]
