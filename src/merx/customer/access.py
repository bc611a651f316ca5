"""After-commit effects of customer writes: ending access (tokens, sessions), dropping cached views."""

from __future__ import annotations

from merx.db import generations
from merx.integration import tokens
from merx.storefront.sessions import end_customer_sessions
from merx.webapi.context import USER_TYPE_CUSTOMER, ServiceContext


def revoke_customer_access(ctx: ServiceContext, customer_id: int, *, sessions: bool = True) -> None:
    """Revoke tokens (other workers notice through the `auth` generation) and storefront sessions."""
    tokens.revoke_all(ctx.session, USER_TYPE_CUSTOMER, customer_id)
    if sessions:
        end_customer_sessions(ctx.session, customer_id)
    cache = ctx.runtime.tokens
    ctx.after_commit(lambda: cache.forget_user(USER_TYPE_CUSTOMER, customer_id))


def customer_changed(ctx: ServiceContext, customer_id: int) -> None:
    """A customer as GET shows it changed: every worker's cached view of it must go."""
    generations.bump(ctx.session, generations.CUSTOMERS)
    views = ctx.runtime.customer_views
    ctx.after_commit(lambda: views.forget(customer_id))
