"""Customer account pages: create account, sign in, My Account, Address Book, sign out."""

from __future__ import annotations

from typing import Any

from starlette.responses import Response

from merx.customer import reader
from merx.customer.authentication import check_credentials, complete_sign_in
from merx.customer.schemas import AddressData, CustomerData, CustomerExtension
from merx.customer.scope import SHARE_WEBSITE
from merx.customer.service_account import create_account
from merx.integration.tokens import utcnow
from merx.runtime import Runtime
from merx.storefront import sessions
from merx.storefront.address_format import address_lines
from merx.storefront.customer_context import service_context, signed_in
from merx.storefront.web import INVALID_FORM_KEY, Page, page_routes
from merx.webapi.errors import AuthenticationError, MerxError

SIGN_IN_FAILED = (
    "The account sign-in was incorrect or your account is disabled temporarily. Please wait and try again later."
)
LOGIN_REQUIRED = "A login and a password are required."
PASSWORDS_DIFFER = "Please make sure your passwords match."


def home(page: Page) -> Response:
    return page.render("customer/home.html", **_chrome(page))


def login(page: Page) -> Response:
    if signed_in(page):
        return page.redirect("/customer/account/")
    if page.method == "GET":
        return page.render("customer/login.html", email="", **_chrome(page))
    email = page.form.get("login[username]", "").strip()
    password = page.form.get("login[password]", "")
    if not page.form_key_ok():
        return page.render("customer/login.html", status=400, email=email, **_chrome(page, INVALID_FORM_KEY))
    if not email or not password:
        return page.render("customer/login.html", status=400, email=email, **_chrome(page, LOGIN_REQUIRED))
    config = page.runtime.config
    website_id: int | None = page.store.website_id
    if config.get_int("customer/account_share/scope", default=SHARE_WEBSITE) != SHARE_WEBSITE:
        website_id = None
    now = utcnow()
    with page.runtime.uow(write=False) as read:
        check = check_credentials(read.session, email, password, website_id, now)
    try:
        customer = complete_sign_in(page.db, config, check, password, now)
    except AuthenticationError:
        return page.render("customer/login.html", status=401, email=email, **_chrome(page, SIGN_IN_FAILED))
    _start_customer_session(page, customer.entity_id)
    return page.redirect("/customer/account/")


def create(page: Page) -> Response:
    if signed_in(page):
        return page.redirect("/customer/account/")
    values = {k: page.form.get(k, "") for k in ("firstname", "lastname", "email")}
    if page.method == "GET":
        return page.render("customer/create.html", values=values, **_chrome(page))
    if not page.form_key_ok():
        return page.render("customer/create.html", status=400, values=values, **_chrome(page, INVALID_FORM_KEY))
    password = page.form.get("password", "")
    if password != page.form.get("password_confirmation", ""):
        return page.render("customer/create.html", status=400, values=values, **_chrome(page, PASSWORDS_DIFFER))
    data = CustomerData.model_construct(
        firstname=values["firstname"].strip(), lastname=values["lastname"].strip(), email=values["email"].strip(),
        extension_attributes=CustomerExtension.model_construct(is_subscribed=page.form.get("is_subscribed") == "1"),
    )
    ctx = service_context(page)
    try:
        created = create_account(ctx, data, password)
    except MerxError as error:
        page.db.rollback()
        return page.render("customer/create.html", status=400, values=values, **_chrome(page, error.rendered()))
    assert created.id is not None
    _start_customer_session(page, created.id)
    group = page.runtime.stores.group(page.store.group_id)
    page.flash(f"Thank you for registering with {group.name if group else page.store.name}.")
    return page.redirect("/customer/account/")


def account(page: Page) -> Response:
    if not signed_in(page):
        return page.redirect("/customer/account/login/")
    customer = _customer(page)
    billing, shipping, _ = _split_addresses(customer)
    return page.render("customer/account.html", customer=customer, billing=billing, shipping=shipping,
                       **_chrome(page, kind="success"))


def address_book(page: Page) -> Response:
    if not signed_in(page):
        return page.redirect("/customer/account/login/")
    customer = _customer(page)
    billing, shipping, others = _split_addresses(customer)
    return page.render("customer/address_book.html", customer=customer, billing=billing, shipping=shipping,
                       others=others, **_chrome(page, kind="success"))


def logout(page: Page) -> Response:
    if page.method == "POST" and not page.form_key_ok():
        page.flash(INVALID_FORM_KEY)
        return page.redirect("/customer/account/")
    if signed_in(page):
        page.state.customer_id = None
        page.state = sessions.regenerate(page.db, page.state)
    return page.redirect("/customer/account/logoutSuccess/")


def logout_success(page: Page) -> Response:
    return page.render("customer/logout_success.html", **_chrome(page))


def _start_customer_session(page: Page, customer_id: int) -> None:
    page.state.customer_id = customer_id
    page.state = sessions.regenerate(page.db, page.state)


def _customer(page: Page) -> CustomerData:
    assert page.state.customer_id is not None
    return reader.customer_view(page.db, page.state.customer_id)


def _split_addresses(customer: CustomerData) -> tuple[list[str] | None, list[str] | None, list[list[str]]]:
    addresses: list[AddressData] = customer.addresses or []
    billing = next((a for a in addresses if str(a.id) == customer.default_billing), None)
    shipping = next((a for a in addresses if str(a.id) == customer.default_shipping), None)
    others = [address_lines(a) for a in addresses if a is not billing and a is not shipping]
    return (address_lines(billing) if billing else None, address_lines(shipping) if shipping else None, others)


def _chrome(page: Page, message: str | None = None, kind: str = "error") -> dict[str, Any]:
    """What the layout needs: the signed-in name for the header and one message to show."""
    flash = page.take_flash()
    name = None
    if signed_in(page):
        customer = _customer(page)
        name = f"{customer.firstname} {customer.lastname}"
    if message is not None:
        flash, kind = message, "error"
    return {"customer_name": name, "flash": flash, "flash_kind": kind if message is None else "error"}


def account_routes(runtime: Runtime) -> list[Any]:
    both = ("GET", "POST")
    return [
        *page_routes(runtime, "/", home),
        *page_routes(runtime, "/customer/account/login/", login, both),
        *page_routes(runtime, "/customer/account/create/", create, both),
        *page_routes(runtime, "/customer/account/logout/", logout, both),
        *page_routes(runtime, "/customer/account/logoutSuccess/", logout_success),
        *page_routes(runtime, "/customer/account/", account),
        *page_routes(runtime, "/customer/address/", address_book),
    ]
