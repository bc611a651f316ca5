"""Offline geodata (InventoryDistanceBasedSourceSelection's offline provider): GeoNames postal codes.

A GeoNames postal-code file (`US.txt` from download.geonames.org/export/zip/) is tab-separated:
country code, postal code, place name, admin name1, admin code1, admin name2, admin code2,
admin name3, admin code3, latitude, longitude, accuracy.
"""

from __future__ import annotations

import math
import re
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path

EARTH_RADIUS_KM = 6371.0
DATA_DIR = Path(__file__).parent / "data"
_LINE_BREAKS = re.compile(r"[\r\n]+")
_NON_WORD = re.compile(r"\W")


@dataclass(frozen=True)
class Geoname:
    country_code: str
    postcode: str
    city: str
    region: str
    province: str
    latitude: float
    longitude: float


def country_code_of(argument: str) -> str:
    """ImportGeoNames: non-word characters dropped, upper-cased ('' when nothing is left)."""
    return _NON_WORD.sub("", argument).upper()


def parse(text: str, country_code: str) -> Iterator[Geoname]:
    """ImportGeoNames::importTsv: lines with fewer than 10 fields are skipped; region is admin name1,
    province is admin code2, as Magento stores them."""
    for line in _LINE_BREAKS.split(text):
        parts = line.split("\t")
        if len(parts) < 11:
            continue
        try:
            latitude, longitude = float(parts[9]), float(parts[10])
        except ValueError:
            continue
        yield Geoname(country_code, parts[1], parts[2], parts[3], parts[6], latitude, longitude)


def distance_km(lat1: float, lon1: float, lat2: float, lon2: float) -> float:
    """Great-circle distance (haversine), as Magento's offline GetDistance computes it, in kilometres.

    (Magento multiplies by 6,371,000 and so returns metres; the ordering of sources is the same.)
    """
    phi1, phi2 = math.radians(lat1), math.radians(lat2)
    half_dphi = (phi2 - phi1) / 2
    half_dlambda = math.radians(lon2 - lon1) / 2
    haversine = math.sin(half_dphi) ** 2 + math.cos(phi1) * math.cos(phi2) * math.sin(half_dlambda) ** 2
    angle = 2 * math.asin(math.sqrt(haversine))
    return angle * EARTH_RADIUS_KM


def shipped_file(country_code: str) -> Path | None:
    """The small postal-code file shipped with merx for a country, if any (tests and the tutorial)."""
    path = DATA_DIR / f"{country_code}.txt"
    return path if path.is_file() else None


def rows(geonames: Iterable[Geoname]) -> list[dict[str, object]]:
    return [g.__dict__.copy() for g in geonames]
