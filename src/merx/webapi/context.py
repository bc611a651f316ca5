"""Who is calling, in which store, inside which unit of work."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from sqlalchemy.orm import Session

from merx.store.registry import StoreView

if TYPE_CHECKING:
    from merx.db.uow import UnitOfWork
    from merx.runtime import Runtime

USER_TYPE_INTEGRATION = 1
USER_TYPE_ADMIN = 2
USER_TYPE_CUSTOMER = 3
USER_TYPE_GUEST = 4


@dataclass(frozen=True)
class UserContext:
    user_type: int = USER_TYPE_GUEST
    user_id: int | None = None

    @property
    def is_admin(self) -> bool:
        return self.user_type in (USER_TYPE_ADMIN, USER_TYPE_INTEGRATION) and self.user_id is not None

    @property
    def is_customer(self) -> bool:
        return self.user_type == USER_TYPE_CUSTOMER and self.user_id is not None

    @property
    def customer_id(self) -> int | None:
        return self.user_id if self.is_customer else None


GUEST = UserContext()


@dataclass
class ServiceContext:
    runtime: Runtime
    store: StoreView
    user: UserContext = GUEST
    uow: UnitOfWork | None = None
    store_was_given: bool = True
    extras: dict[str, object] = field(default_factory=dict)

    @property
    def session(self) -> Session:
        if self.uow is None:
            raise RuntimeError("this service runs outside a unit of work")
        return self.uow.session

    def after_commit(self, callback: Callable[[], None]) -> None:
        if self.uow is None:
            callback()
        else:
            self.uow.after_commit(callback)

    def allowed(self, resource: str) -> bool:
        return self.runtime.acl.is_allowed(self.user, resource)
