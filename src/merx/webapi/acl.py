"""Route authorisation (Magento's Webapi Authorization with the guest and customer plugins)."""

from __future__ import annotations

from merx.webapi.context import UserContext
from merx.webapi.errors import AuthorizationError
from merx.webapi.routing import ANONYMOUS, SELF


class Acl:
    """Every admin user is a full-access administrator (Magento_Backend::all).

    `anonymous` is open to everyone; `self` needs a customer token; named resources need an admin.
    A full-access admin also passes `self`, as in Magento, where an unknown resource falls back to "all".
    """

    def is_allowed(self, user: UserContext, resource: str) -> bool:
        if resource == ANONYMOUS:
            return True
        if resource == SELF:
            return user.is_customer or user.is_admin
        return user.is_admin

    def check(self, user: UserContext, resources: tuple[str, ...]) -> None:
        for resource in resources:
            if not self.is_allowed(user, resource):
                raise AuthorizationError.for_resources(resources)
