from __future__ import annotations

from merx.webapi.routing import ANONYMOUS, Route, Router


async def one() -> str:
    return "1"


async def by_id(customer_id: int) -> int:
    return customer_id


def make_router() -> Router:
    return Router([
        Route("GET", "/V1/customers/:customerId", by_id, (ANONYMOUS,)),
        Route("GET", "/V1/customers/search", one, (ANONYMOUS,)),
        Route("GET", "/V1/customers/me", one, (ANONYMOUS,)),
        Route("POST", "/V1/customers", one, (ANONYMOUS,)),
        Route("POST", "/V1/customers/", by_id, (ANONYMOUS,)),
    ])


def test_exact_match_first() -> None:
    router = make_router()
    match = router.match("GET", "/V1/customers/search")
    assert match is not None and match.route.path == "/V1/customers/search"


def test_placeholder_match_and_last_wins() -> None:
    router = make_router()
    match = router.match("GET", "/V1/customers/12")
    assert match is not None and match.path_params == {"customerId": "12"}


def test_trailing_slash_is_same_resource_unless_declared() -> None:
    router = make_router()
    assert router.match("GET", "/V1/customers/12/").route.path == "/V1/customers/:customerId"  # type: ignore[union-attr]
    assert router.match("POST", "/V1/customers/").route.path == "/V1/customers/"  # type: ignore[union-attr]
    assert router.match("POST", "/V1/customers").route.path == "/V1/customers"  # type: ignore[union-attr]


def test_method_and_case_sensitivity() -> None:
    router = make_router()
    assert router.match("DELETE", "/V1/customers/12") is None
    assert router.match("GET", "/V1/Customers/12") is None
    assert router.match("GET", "/nosuch/V1/customers/12") is None
