from __future__ import annotations

from typing import Any

import pytest

pytestmark = pytest.mark.browser


def test_swagger_ui_loads_the_schema(page: Any, live_server: str) -> None:
    page.goto(f"{live_server}/swagger")
    page.get_by_text("/V1/store/storeViews", exact=True).first.wait_for(timeout=15000)
    assert "merx" in page.title()
