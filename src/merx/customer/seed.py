"""Default install data of this domain: Magento's four customer groups."""

from __future__ import annotations

from sqlalchemy import select
from sqlalchemy.orm import Session

from merx.db.models.customer import CustomerGroup

RETAIL_CUSTOMER_TAX_CLASS = 3
DEFAULT_GROUPS = ((0, "NOT LOGGED IN"), (1, "General"), (2, "Wholesale"), (3, "Retailer"))


def seed(session: Session) -> bool:
    """Idempotent; True when something was written."""
    existing = set(session.execute(select(CustomerGroup.customer_group_id)).scalars())
    missing = [(gid, code) for gid, code in DEFAULT_GROUPS if gid not in existing]
    for group_id, code in missing:
        session.add(CustomerGroup(customer_group_id=group_id, customer_group_code=code,
                                  tax_class_id=RETAIL_CUSTOMER_TAX_CLASS))
    session.flush()
    return bool(missing)
