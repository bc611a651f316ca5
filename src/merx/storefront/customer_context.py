"""The signed-in customer as the customer domain's services see them."""

from __future__ import annotations

from merx.storefront.web import Page
from merx.webapi.context import GUEST, USER_TYPE_CUSTOMER, ServiceContext, UserContext


def service_context(page: Page) -> ServiceContext:
    user = UserContext(USER_TYPE_CUSTOMER, page.state.customer_id) if page.state.customer_id else GUEST
    return ServiceContext(page.runtime, page.store, user, uow=page.uow, store_was_given=True)


def signed_in(page: Page) -> bool:
    return page.state.customer_id is not None
