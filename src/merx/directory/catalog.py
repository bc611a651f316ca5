"""Magento 2.4.8 directory data: countries, regions (with Magento's own region ids) and config defaults.

Pure module, no database: the data ships as static JSON under ``merx/directory/data`` and is loaded
once, lazily, through :mod:`importlib.resources`.

How the data was derived
========================

Source: ``magento/magento2``, ``app/code/Magento/Directory/Setup/Patch/Data/*.php`` (the state shipped
in 2.4.8), ``Magento/Directory/etc/config.xml`` and ``etc/di.xml``, plus the framework's patch machinery
(``Framework/Setup/Patch/PatchReader.php``, ``PatchRegistry.php``, ``PatchBackwardCompatability.php``,
``Setup/Model/Installer.php``).

``directory_country_region.region_id`` is an AUTO_INCREMENT filled in insertion order, so the ids are
fixed by the order in which a *fresh* ``setup:install`` runs the Directory data patches:

1. ``PatchReader::read()`` lists the patch classes with ``Glob::glob('<module>/Setup/Patch/Data/*.php')``
   (Laminas Glob -> PHP ``glob()`` without ``GLOB_NOSORT``), i.e. sorted by file name (byte order).
   There is no other registration list for data patches; ``db_schema.xml`` plays no part.
2. ``PatchRegistry::getIterator()`` walks that list and hoists each patch's ``getDependencies()``
   (depth first) in front of it. Every Directory patch depends on ``InitializeDirectoryData`` (so it
   runs first); ``AddDataForMexico`` also depends on Australia, Croatia and India, which sort before it
   anyway. Net effect: InitializeDirectoryData, then all other patches alphabetically.
3. ``PatchVersionInterface`` patches (Croatia 2.0.1, India 2.0.2, Australia 2.0.3, Mexico 2.0.4,
   CostaRica 2.4.2) are skipped only when the module's stored data version is >= theirs; in 2.4 the
   Directory ``module.xml`` has no ``setup_version``, so on a fresh install nothing is skipped.

Resulting order and region_id ranges (1156 regions)::

    patch                          region_id   rows
    InitializeDirectoryData        1-511       US 65, CA 13, DE 16, AT 9, CH 26, ES 52, FR 96,
                                               RO 42, FI 20, EE 15, LV 120, LT 10, BR 27
    (AddCountriesCaribbean...)     -           countries BQ, CW, SX, XK only
    AddDataForAlbania              512-523     12
    AddDataForArgentina            524-547     24
    AddDataForAustralia            548-555     8
    AddDataForBelarus              556-562     7
    AddDataForBelgium              563-573     11
    AddDataForBolivia              574-582     9
    AddDataForBulgaria             583-610     28
    AddDataForChile                611-626     16
    AddDataForChina                627-660     34
    AddDataForColombia             661-692     32
    AddDataForCostaRica            693-699     7
    AddDataForCroatia              700-720     21
    AddDataForCzechia              721-734     14
    AddDataForDenmark              735-739     5
    AddDataForEcuador              740-763     24
    AddDataForGreece               764-777     14
    AddDataForGuyana               778-787     10
    AddDataForIceland              788-795     8
    AddDataForIndia                796-831     36
    AddDataForItaly                832-941     110
    AddDataForMexico               942-973     32
    AddDataForParaguay             974-991     18
    AddDataForPeru                 992-1017    26
    AddDataForPoland               1018-1033   16
    AddDataForPortugal             1034-1053   20
    AddDataForSuriname             1054-1063   10
    AddDataForSweden               1064-1084   21
    AddDataForUkraine              1085-1111   27
    AddDataForUruguay              1112-1130   19
    AddDataForVenezuela            1131-1155   25
    AddRegionsForIndia             1156        1 (Ladakh)
    UpdateRegionNamesForSwitzerland -          renames CH FR/GE/LU/NE/TI/VD default_name

US ids therefore match every Magento install (NY 43, NJ 41, CA 12, TX 57). Stores that were
*upgraded* from 2.2/2.3 have other ids for everything past 511 (e.g. India 533-568 there); merx follows
a fresh 2.4.8 install. Cross-check: a published 2.4 ``/V1/directory/countries`` response from such an
upgraded store (India 533-568) has Ladakh at 1156 too, i.e. the same 1155 rows precede it there.

Left out on purpose: patches created after 2.4.8 (2026 headers: AddDataForBelgiumV2, ColombiaV2,
FranceV1, ItalyV2, LatviaV1, SpainV1, SaudiArabia, UpdateRegionsForLatvia, UpdateRegionCodesFor*V1)
and AddDataForIreland (PR magento/magento2#32403, closed unmerged). AddDataForItaly is the merged
110-row list (still with Carbonia Iglesias / Medio Campidano / Ogliastra / Olbia Tempio, no Sud
Sardegna). The Spanish "A Coruña" code is ``"A Coruсa"`` with a Cyrillic ``с`` (U+0441), exactly as
Magento stores it.

Countries: the 245 rows of InitializeDirectoryData plus BQ, CW, SX, XK, ordered by country_id (the
table's primary key, which is the order Magento's collections return). Names are the English CLDR
names Magento gets from ICU (``Locale::getDisplayRegion``), taken from CLDR via Babel at generation
time; "AN" has no CLDR name and uses "Netherlands Antilles".

Defaults (``defaults.json``) are the values as Magento stores them: ``general/country/*``,
``general/locale/code`` and ``currency/options/*`` come from ``Directory/etc/config.xml``.
``general/region/state_required`` is *not* in config.xml in 2.4: setup writes it to core_config_data
(InitializeDirectoryData, then ``DataInstaller::addCountryRegions`` after every region patch) as the
allowed countries that have regions, minus ``countriesWithNotRequiredStates`` from ``etc/di.xml``
(FR, DE, AT, FI, BE), in country_id order. ``general/region/display_all`` is written as 1 by
InitializeDirectoryData.
"""

from __future__ import annotations

import json
from collections.abc import Mapping
from dataclasses import dataclass
from functools import cache
from importlib.resources import files
from types import MappingProxyType
from typing import Any

__all__ = [
    "Country",
    "Region",
    "countries",
    "country",
    "default_config",
    "is_region_required",
    "region",
    "region_by_code",
    "regions",
    "regions_of",
]


@dataclass(frozen=True, slots=True)
class Country:
    """A ``directory_country`` row plus its English name."""

    id: str
    iso2: str
    iso3: str
    name: str


@dataclass(frozen=True, slots=True)
class Region:
    """A ``directory_country_region`` row; ``name`` is Magento's ``default_name``."""

    region_id: int
    country_id: str
    code: str
    name: str


@dataclass(frozen=True, slots=True)
class _Catalog:
    countries: tuple[Country, ...]
    country_by_id: Mapping[str, Country]
    regions: tuple[Region, ...]
    region_by_id: Mapping[int, Region]
    regions_by_country: Mapping[str, tuple[Region, ...]]
    region_by_country_code: Mapping[tuple[str, str], Region]
    defaults: Mapping[str, str]


def _read_json(name: str) -> Any:
    resource = files("merx.directory") / "data" / name
    return json.loads(resource.read_text(encoding="utf-8"))


@cache
def _catalog() -> _Catalog:
    country_list = tuple(
        Country(id=str(c["id"]), iso2=str(c["iso2"]), iso3=str(c["iso3"]), name=str(c["name"]))
        for c in _read_json("countries.json")
    )
    region_list = tuple(
        Region(
            region_id=int(r["region_id"]),
            country_id=str(r["country_id"]),
            code=str(r["code"]),
            name=str(r["name"]),
        )
        for r in _read_json("regions.json")
    )
    by_country: dict[str, list[Region]] = {}
    by_code: dict[tuple[str, str], Region] = {}
    for reg in region_list:
        by_country.setdefault(reg.country_id, []).append(reg)
        # Magento's Region::loadByCode() returns the first row; several US "AE" rows share a code.
        by_code.setdefault((reg.country_id, reg.code.casefold()), reg)
    raw_defaults = _read_json("defaults.json")
    return _Catalog(
        countries=country_list,
        country_by_id=MappingProxyType({c.id: c for c in country_list}),
        regions=region_list,
        region_by_id=MappingProxyType({r.region_id: r for r in region_list}),
        regions_by_country=MappingProxyType({k: tuple(v) for k, v in by_country.items()}),
        region_by_country_code=MappingProxyType(by_code),
        defaults=MappingProxyType({str(k): str(v) for k, v in raw_defaults.items()}),
    )


def _norm_country(country_id: str) -> str:
    return country_id.strip().upper()


def countries() -> list[Country]:
    """All countries Magento ships, ordered by country_id."""
    return list(_catalog().countries)


def country(country_id: str) -> Country | None:
    """The country with this ISO-2 id (case-insensitive), or ``None``."""
    return _catalog().country_by_id.get(_norm_country(country_id))


def regions() -> list[Region]:
    """All regions, ordered by region_id."""
    return list(_catalog().regions)


def regions_of(country_id: str) -> list[Region]:
    """Regions of a country in region_id order (empty when Magento ships none)."""
    return list(_catalog().regions_by_country.get(_norm_country(country_id), ()))


def region(region_id: int) -> Region | None:
    """The region with this Magento region_id, or ``None``."""
    return _catalog().region_by_id.get(region_id)


def region_by_code(country_id: str, code: str) -> Region | None:
    """Region of ``country_id`` with this code (case-insensitive, like MySQL's collation); lowest id wins."""
    return _catalog().region_by_country_code.get((_norm_country(country_id), code.strip().casefold()))


def is_region_required(country_id: str, state_required_csv: str) -> bool:
    """Whether ``country_id`` is listed in a ``general/region/state_required`` value.

    Mirrors ``Magento\\Directory\\Helper\\Data::isRegionRequired()``: plain membership in the
    comma-separated config value (whitespace and case tolerated).
    """
    wanted = _norm_country(country_id)
    if not wanted:
        return False
    return any(part.strip().upper() == wanted for part in state_required_csv.split(","))


def default_config() -> Mapping[str, str]:
    """Directory config defaults as Magento stores them (config path -> string value)."""
    return _catalog().defaults
