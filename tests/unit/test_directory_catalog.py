"""Unit tests for merx.directory.catalog (Magento 2.4.8 directory data)."""

from __future__ import annotations

import pytest

from merx.directory import catalog


@pytest.mark.parametrize(
    ("region_id", "code", "name"),
    [
        (1, "AL", "Alabama"),
        (12, "CA", "California"),
        (41, "NJ", "New Jersey"),
        (43, "NY", "New York"),
        (57, "TX", "Texas"),
        (65, "WY", "Wyoming"),
    ],
)
def test_us_region_ids_match_magento(region_id: int, code: str, name: str) -> None:
    reg = catalog.region(region_id)
    assert reg == catalog.Region(region_id=region_id, country_id="US", code=code, name=name)
    assert catalog.region_by_code("US", code) == reg


def test_canadian_province() -> None:
    on = catalog.region_by_code("CA", "ON")
    assert on is not None
    assert (on.region_id, on.name) == (74, "Ontario")
    qc = catalog.region(76)
    assert qc is not None and (qc.country_id, qc.code, qc.name) == ("CA", "QC", "Quebec")
    assert len(catalog.regions_of("CA")) == 13


def test_german_region() -> None:
    berlin = catalog.region_by_code("DE", "BER")
    assert berlin == catalog.Region(region_id=82, country_id="DE", code="BER", name="Berlin")
    assert [r.region_id for r in catalog.regions_of("DE")] == list(range(79, 95))


def test_later_patches_follow_alphabetical_patch_order() -> None:
    # InitializeDirectoryData ends at 511 (BR Distrito Federal); AddDataForAlbania comes next.
    last_initial = catalog.region(511)
    assert last_initial is not None and (last_initial.country_id, last_initial.code) == ("BR", "DF")
    berat = catalog.region(512)
    assert berat is not None and (berat.country_id, berat.code, berat.name) == ("AL", "AL-01", "Berat")
    act = catalog.region_by_code("AU", "ACT")
    assert act is not None and act.region_id == 548
    maharashtra = catalog.region_by_code("IN", "MH")
    assert maharashtra is not None and maharashtra.region_id == 816
    ladakh = catalog.region_by_code("IN", "LA")
    assert ladakh is not None and ladakh.region_id == 1156
    assert catalog.regions()[-1] == ladakh


def test_switzerland_renames_applied() -> None:
    geneva = catalog.region_by_code("CH", "GE")
    assert geneva is not None and geneva.name == "Geneva"
    zurich = catalog.region_by_code("CH", "ZH")
    assert zurich is not None and zurich.name == "Zürich"


def test_duplicate_codes_resolve_to_lowest_id() -> None:
    # Magento has four US regions coded "AE" (Armed Forces Africa/Canada/Europe/Middle East).
    ae = [r for r in catalog.regions_of("US") if r.code == "AE"]
    assert [r.region_id for r in ae] == [6, 8, 9, 10]
    first = catalog.region_by_code("us", "ae")
    assert first is not None and first.region_id == 6


def test_lookups_are_case_insensitive_and_miss_cleanly() -> None:
    assert catalog.region_by_code("us", "ny") == catalog.region(43)
    assert catalog.region_by_code("US", "ZZ") is None
    assert catalog.region_by_code("XX", "NY") is None
    assert catalog.region(0) is None
    assert catalog.region(10_000) is None
    assert catalog.country("zz") is None
    assert catalog.regions_of("GB") == []


def test_countries() -> None:
    us = catalog.country("US")
    assert us == catalog.Country(id="US", iso2="US", iso3="USA", name="United States")
    assert catalog.country("de") == catalog.Country(id="DE", iso2="DE", iso3="DEU", name="Germany")
    ids = [c.id for c in catalog.countries()]
    assert ids == sorted(ids)
    assert len(ids) == len(set(ids)) == 249
    assert {"BQ", "CW", "SX", "XK"} <= set(ids)
    assert all(c.iso2 == c.id and len(c.iso3) == 3 and c.name for c in catalog.countries())


def test_count_sanity() -> None:
    regs = catalog.regions()
    assert len(regs) == 1156
    ids = [r.region_id for r in regs]
    assert ids == list(range(1, len(regs) + 1))
    assert len(set(ids)) == len(ids)
    per_country = {c: len(catalog.regions_of(c)) for c in ("US", "FR", "ES", "LV", "IT", "IN", "BR")}
    assert per_country == {"US": 65, "FR": 96, "ES": 52, "LV": 120, "IT": 110, "IN": 37, "BR": 27}


def test_every_region_country_exists() -> None:
    for reg in catalog.regions():
        assert catalog.country(reg.country_id) is not None, reg
        assert reg.code and reg.name


def test_default_config() -> None:
    cfg = catalog.default_config()
    assert cfg["general/country/default"] == "US"
    assert cfg["general/locale/code"] == "en_US"
    assert cfg["currency/options/base"] == "USD"
    assert cfg["currency/options/default"] == "USD"
    assert cfg["currency/options/allow"] == "USD,EUR"
    assert "US" in cfg["general/country/allow"].split(",")
    required = cfg["general/region/state_required"].split(",")
    countries_with_regions = {r.country_id for r in catalog.regions()}
    assert set(required) == countries_with_regions - {"FR", "DE", "AT", "FI", "BE"}
    assert required == sorted(required)


def test_is_region_required() -> None:
    csv = catalog.default_config()["general/region/state_required"]
    assert catalog.is_region_required("US", csv)
    assert catalog.is_region_required("ca", csv)
    assert not catalog.is_region_required("DE", csv)
    assert not catalog.is_region_required("GB", csv)
    assert catalog.is_region_required("DE", "US, DE ,FR")
    assert not catalog.is_region_required("US", "")
    assert not catalog.is_region_required("", "US,,CA")
