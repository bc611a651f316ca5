"""ORM models of the customer domain."""

from __future__ import annotations
