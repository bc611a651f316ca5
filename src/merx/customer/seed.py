"""Default install data of this domain."""

from __future__ import annotations

from sqlalchemy.orm import Session


def seed(session: Session) -> bool:
    """Idempotent; True when something was written."""
    del session
    return False
