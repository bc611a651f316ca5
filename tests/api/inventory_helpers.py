"""Helpers for the inventory API tests: tutorial calls replayed byte for byte, quick state reads."""

from __future__ import annotations

import json
from decimal import Decimal
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import Engine, select
from starlette.testclient import TestClient

from merx.catalog.sampledata import deploy
from merx.db.models.inventory import InventorySourceItem
from merx.db.uow import UnitOfWork

_CANDIDATES = (
    Path(__file__).resolve().parents[2].parent / "shared" / "spec" / "tutorial-calls.json",
    Path("/work/shared/spec/tutorial-calls.json"),
)


def _calls_text() -> str:
    for path in _CANDIDATES:
        if path.is_file():
            return path.read_text(encoding="utf-8")
    pytest.skip("the tutorial spec (shared/spec/tutorial-calls.json) is not beside the repository")


def calls(step: str) -> list[dict[str, Any]]:
    """The calls of one step, requests kept with their printed number lexemes (40.733790, not 40.73379)."""
    text = _calls_text()
    plain = json.loads(text)
    exact = json.loads(text, parse_float=Decimal)
    found = [
        {**item, "raw_request": _dumps(raw["request"]) if raw["request"] is not None else None}
        for item, raw in zip(plain, exact, strict=True)
        if item["step"] == step
    ]
    assert found, step
    return found


def call(tag: str) -> dict[str, Any]:
    text = _calls_text()
    plain = json.loads(text)
    exact = json.loads(text, parse_float=Decimal)
    for item, raw in zip(plain, exact, strict=True):
        if item["notes"].startswith(f"[{tag}]"):
            return {**item, "raw_request": _dumps(raw["request"]) if raw["request"] is not None else None}
    raise KeyError(tag)


def _dumps(value: Any) -> str:
    if isinstance(value, Decimal):
        return str(value)
    if isinstance(value, dict):
        return "{" + ",".join(f"{json.dumps(k)}:{_dumps(v)}" for k, v in value.items()) + "}"
    if isinstance(value, list):
        return "[" + ",".join(_dumps(v) for v in value) + "]"
    return json.dumps(value)


def replay(client: TestClient, admin_headers: dict[str, str], item: dict[str, Any]) -> Any:
    """Sends a tutorial call as printed and checks the printed response."""
    headers = {**admin_headers, "Content-Type": "application/json"}
    body = item["raw_request"]
    response = client.request(item["method"], item["path"], headers=headers, content=body)
    assert response.status_code == 200, (item["notes"][:8], response.text)
    if item["response"] is not None:
        assert response.json() == item["response"], item["notes"][:8]
    return response.json()


def deploy_sample_data(engine: Engine) -> None:
    """`merx sampledata:deploy`: the Luma products, 100 units each on the default source."""
    with UnitOfWork(engine) as uow:
        deploy(uow.session)
        uow.commit()


def quantities(engine: Engine, sku: str) -> dict[str, tuple[float, int]]:
    """source_code -> (quantity, status) of a sku's source items."""
    with UnitOfWork(engine, write=False) as uow:
        rows = uow.session.execute(
            select(InventorySourceItem.source_code, InventorySourceItem.quantity, InventorySourceItem.status).where(
                InventorySourceItem.sku == sku
            )
        )
        return {code: (float(qty), int(status)) for code, qty, status in rows}


def salable(client: TestClient, headers: dict[str, str], sku: str, stock_id: int, store: str = "default") -> Any:
    response = client.get(f"/rest/{store}/V1/inventory/get-product-salable-quantity/{sku}/{stock_id}", headers=headers)
    assert response.status_code == 200, response.text
    return response.json()
