"""Key spelling: Magento accepts camelCase and snake_case and answers in snake_case."""

from __future__ import annotations

import re
from functools import lru_cache

_UPPER = re.compile(r"(?<!^)(?=[A-Z])")


@lru_cache(maxsize=4096)
def to_snake(name: str) -> str:
    """`defaultBilling` -> `default_billing` (already-snake names pass through)."""
    return _UPPER.sub("_", name).lower()


@lru_cache(maxsize=4096)
def to_camel(name: str) -> str:
    """`customer_id` -> `customerId` (Magento's PHP parameter names)."""
    head, *rest = name.split("_")
    return head + "".join(part[:1].upper() + part[1:] for part in rest)


@lru_cache(maxsize=4096)
def to_upper_camel(name: str) -> str:
    """Magento's snakeCaseToUpperCamelCase: `foo_bar` -> `FooBar`, `city.` -> `City.`."""
    return "".join(part[:1].upper() + part[1:] for part in name.split("_"))


@lru_cache(maxsize=4096)
def normalise(name: str) -> str:
    """The comparison key Magento uses to spot duplicate spellings of one field."""
    return name.replace("_", "").lower()
