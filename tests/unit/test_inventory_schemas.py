"""Inventory data interfaces declare the fields of Magento's published schema, in its order."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from merx.inventory import schemas
from merx.webapi.datamodel import DataModel

_CANDIDATES = (
    Path(__file__).resolve().parents[2].parent / "shared" / "spec" / "magento-admin-schema-2.4.8-subset.json",
    Path("/work/shared/spec/magento-admin-schema-2.4.8-subset.json"),
)
MODELS = [
    m for m in vars(schemas).values()
    if isinstance(m, type) and issubclass(m, DataModel) and m is not DataModel and m.__module__ == schemas.__name__
]  # fmt: skip


@pytest.fixture(scope="module")
def definitions() -> dict[str, Any]:
    for path in _CANDIDATES:
        if path.is_file():
            data: dict[str, Any] = json.loads(path.read_text())["definitions"]
            return data
    pytest.skip("the schema subset (shared/spec) is not beside the repository")


@pytest.mark.parametrize("model", MODELS, ids=lambda m: m.__interface__)
def test_fields_in_schema_order(model: type[DataModel], definitions: dict[str, Any]) -> None:
    definition = definitions.get(model.__interface__)
    if definition is None:
        pytest.skip(f"{model.__interface__} is not in the schema subset")
    assert list(model.model_fields) == list(definition.get("properties", {}))
