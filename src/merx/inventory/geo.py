"""Where an address is, from the imported geodata (the offline distance provider's lookups)."""

from __future__ import annotations

from sqlalchemy.orm import Session

from merx.inventory import geoname_repository
from merx.inventory.geonames import distance_km

__all__ = ["distance_km", "location_for_address", "postcode_location"]


def postcode_location(session: Session, country: str, postcode: str) -> tuple[float, float] | None:
    """(latitude, longitude) of a postcode, or None when it is not in the imported data."""
    row = geoname_repository.by_postcode(session, country, postcode)
    return (float(row["latitude"]), float(row["longitude"])) if row is not None else None


def location_for_address(
    session: Session, country: str, postcode: str | None, city: str | None = None, region: str | None = None
) -> tuple[float, float] | None:
    """GetGeoNameDataByAddress's fallback: postcode, then a city starting with `city`, then the region."""
    row = geoname_repository.by_postcode(session, country, postcode) if postcode else None
    if row is None and city:
        row = geoname_repository.by_city(session, country, city)
    if row is None and region is not None:
        row = geoname_repository.by_region(session, country, region)
    return (float(row["latitude"]), float(row["longitude"])) if row is not None else None
