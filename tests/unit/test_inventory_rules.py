"""Pure inventory rules: salability, validator chains, reservation inconsistencies, geodata."""

from __future__ import annotations

import math

import pytest

from merx.inventory import geonames, inconsistencies, salability, validation
from merx.inventory.reservation_repository import Reservation
from merx.inventory.salability import StockItemConfig, StockLevel
from merx.inventory.schemas import (
    SalesChannelData,
    SourceData,
    SourceItemData,
    StockData,
    StockExtension,
    StockSourceLinkData,
)

DEFAULT = StockItemConfig()
IN_STOCK = StockLevel(quantity=100, any_in_stock=True)


class TestSalableQty:
    def test_quantity_plus_reservations_minus_min_qty(self) -> None:
        assert salability.salable_qty(IN_STOCK, -40, DEFAULT) == 60
        assert salability.salable_qty(IN_STOCK, -40, StockItemConfig(min_qty=5)) == 55
        assert salability.salable_qty(IN_STOCK, -0.1, DEFAULT) == 99.9

    def test_zero_when_the_index_says_not_salable(self) -> None:
        assert salability.salable_qty(None, 0, DEFAULT) == 0
        assert salability.salable_qty(StockLevel(0, True), 0, DEFAULT) == 0
        assert salability.salable_qty(StockLevel(100, False), 0, DEFAULT) == 0
        assert salability.salable_qty(StockLevel(5, True), 0, StockItemConfig(min_qty=5)) == 0

    def test_reservations_beyond_the_stock_go_negative(self) -> None:
        assert salability.salable_qty(StockLevel(10, True), -15, DEFAULT) == -5

    def test_unmanaged_and_backordered_items(self) -> None:
        unmanaged = StockItemConfig(manage_stock=False)
        assert salability.index_is_salable(StockLevel(0, False), unmanaged)
        assert salability.salable_qty(StockLevel(0, True), -3, StockItemConfig(backorders=1)) == -3


class TestIsSalable:
    def test_needs_an_in_stock_item_and_quantity_above_min(self) -> None:
        assert salability.is_salable(IN_STOCK, -99, DEFAULT)
        assert not salability.is_salable(IN_STOCK, -100, DEFAULT)
        assert not salability.is_salable(StockLevel(100, False), 0, DEFAULT)
        assert not salability.is_salable(None, 0, DEFAULT)

    def test_backorders_or_unmanaged_stock_are_sufficient(self) -> None:
        assert salability.is_salable(StockLevel(0, True), -5, StockItemConfig(backorders=1))
        assert salability.is_salable(None, 0, StockItemConfig(manage_stock=False))


class TestRequestedQty:
    def codes(self, level: StockLevel | None, requested: float, config: StockItemConfig = DEFAULT) -> list[str]:
        return [e.code for e in salability.requested_qty_errors(level, 0, config, requested)]

    def test_enough(self) -> None:
        assert self.codes(IN_STOCK, 100) == []

    def test_not_enough_lists_every_sufficient_condition(self) -> None:
        assert self.codes(IN_STOCK, 101) == [
            "back_order-disabled", "manage_stock-enabled", "is_salable_with_reservations-not_enough_qty"
        ]

    def test_required_conditions_first(self) -> None:
        assert self.codes(IN_STOCK, 0.5) == ["is_correct_qty-min_sale_qty"]
        assert self.codes(IN_STOCK, 20000) == ["is_correct_qty-max_sale_qty"]
        assert self.codes(IN_STOCK, 1.5) == ["is_correct_qty-is_qty_decimal"]
        assert self.codes(IN_STOCK, 3, StockItemConfig(qty_increments=2)) == ["is_correct_qty-qty_increment"]
        assert self.codes(IN_STOCK, 4, StockItemConfig(qty_increments=2)) == []
        assert self.codes(StockLevel(5, False), 1) == ["is_any_source_item_in_stock-no_source_items_in_stock"]

    def test_messages(self) -> None:
        errors = salability.requested_qty_errors(IN_STOCK, 0, StockItemConfig(min_sale_qty=2.5), 1)
        assert errors[0].message == "The fewest you may purchase is 2.5."

    def test_placement(self) -> None:
        assert not salability.placement_shortfall(IN_STOCK, -60, DEFAULT, 40)
        assert salability.placement_shortfall(IN_STOCK, -61, DEFAULT, 40)
        assert salability.placement_shortfall(None, 0, DEFAULT, 1)
        assert not salability.placement_shortfall(None, 0, StockItemConfig(backorders=1), 1)


def _messages(found: list[object]) -> list[tuple[str, object]]:
    return [(e.message, e.parameters) for e in found]  # type: ignore[attr-defined]


class TestValidation:
    def test_source(self) -> None:
        good = SourceData.model_construct(source_code="a", name="A", country_id="US", postcode="1")
        assert validation.validate_source(good) == []
        bad = SourceData.model_construct(source_code="a b", name="${x}", country_id="", postcode=None)
        assert _messages(validation.validate_source(bad)) == [
            ("Validation Failed", None),
            ('"%field" can not contain whitespaces.', {"field": "source_code"}),
            ('"%field" can not be empty.', {"field": "postcode"}),
            ('"%field" can not be empty.', {"field": "country_id"}),
        ]
        disabled = SourceData.model_construct(source_code="default", name="D", country_id="US", postcode="0")
        assert _messages(validation.validate_source(disabled)) == [("Default source can not be disabled.", None)]

    def test_source_item(self) -> None:
        item = SourceItemData.model_construct(sku=" x", source_code="s", quantity=None, status=5)
        assert _messages(validation.validate_source_item(item)) == [
            ('"%field" can not contain leading or trailing spaces.', {"field": "sku"}),
            ('"%field" should be numeric.', {"field": "quantity"}),
            ('"%field" should a known status.', {"field": "status"}),
        ]

    def test_stock(self) -> None:
        channel = SalesChannelData.model_construct(type="website", code="mars")
        stock = StockData.model_construct(
            name="S", extension_attributes=StockExtension.model_construct(sales_channels=[channel])
        )
        assert _messages(validation.validate_stock(stock, lambda code: code == "base")) == [
            ('The website with code "%code" does not exist.', {"code": "mars"})
        ]
        assert validation.validate_stock(stock, lambda code: True) == []

    @pytest.mark.parametrize(
        ("stock_id", "code", "ok"), [(1, "default", True), (1, "a", False), (2, "default", False), (2, "a", True)]
    )
    def test_links_to_default(self, stock_id: int, code: str, ok: bool) -> None:
        link = StockSourceLinkData.model_construct(stock_id=stock_id, source_code=code, priority=1)
        assert (validation.validate_link(link) == []) is ok


def _reservation(sku: str, qty: float, increment: str = "000000003", stock: int = 2) -> Reservation:
    metadata = f'{{"event_type":"x","object_type":"order","object_id":"3","object_increment_id":"{increment}"}}'
    return Reservation(stock, sku, qty, metadata)


class TestInconsistencies:
    def test_uncompensated_reservations_are_reported(self) -> None:
        found = inconsistencies.collect([_reservation("A", -40), _reservation("B", -20), _reservation("B", 20)], [], {})
        assert [(i.increment_id, i.stock_id, i.items) for i in found] == [("000000003", 2, {"A": -40})]
        assert inconsistencies.pretty_lines(found) == [
            "Order 000000003:", "  - Product A should be compensated by +40.000000 for stock 2"
        ]
        assert inconsistencies.raw_lines(found) == ["000000003:A:40.000000:2"]

    def test_open_orders_expect_their_reservation(self) -> None:
        line = inconsistencies.OpenOrderLine("000000003", 3, 2, "A", 40)
        assert inconsistencies.collect([_reservation("A", -40)], [line], {}) == []
        missing = inconsistencies.collect([], [line], {})
        assert inconsistencies.raw_lines(missing) == ["000000003:A:-40.000000:2"]

    def test_other_objects_and_bad_metadata_are_ignored(self) -> None:
        ignored = [Reservation(1, "A", -1, "not json"), Reservation(1, "A", -1, None)]
        assert inconsistencies.collect(ignored, [], {}) == []

    def test_compensation_argument(self) -> None:
        parsed = inconsistencies.parse_compensation("000000003:24-WB01:40:2")
        assert parsed == inconsistencies.Compensation("000000003", "24-WB01", 40.0, 2)
        assert inconsistencies.parse_compensation("1:a:b:c:2.5:3") == inconsistencies.Compensation("1", "a:b:c", 2.5, 3)
        with pytest.raises(ValueError, match="does not match pattern"):
            inconsistencies.parse_compensation("nothing")


class TestGeonames:
    def test_parse_skips_short_lines(self) -> None:
        text = "US\t07306\tJersey City\tNew Jersey\tNJ\tHudson\t017\t\t\t40.7321\t-74.0661\t4\r\nbroken\tline\n"
        assert list(geonames.parse(text, "US")) == [
            geonames.Geoname("US", "07306", "Jersey City", "New Jersey", "017", 40.7321, -74.0661)
        ]

    def test_distance(self) -> None:
        assert geonames.distance_km(40.0, -74.0, 40.0, -74.0) == 0
        # Jersey City to Stockton, about 4,000 km
        assert 3950 < geonames.distance_km(40.7321, -74.0661, 38.0023, -121.3248) < 4100
        assert math.isclose(geonames.distance_km(0, 0, 0, 1), 111.19, rel_tol=1e-3)

    def test_country_code_and_shipped_file(self) -> None:
        assert geonames.country_code_of(" us!") == "US"
        assert geonames.shipped_file("US") is not None
        assert geonames.shipped_file("ZZ") is None
        shipped = list(geonames.parse(geonames.shipped_file("US").read_text(), "US"))  # type: ignore[union-attr]
        assert {g.postcode for g in shipped} >= {"07306", "95207", "11211", "11743", "10011", "94705", "94965", "10022"}
