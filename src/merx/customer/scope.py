"""Which store view and website a new customer belongs to (AccountManagement::createAccountWithPasswordHash).

A store id or website id of 0 counts as not given, as in Magento. Without either, the customer joins
the URL's store view; `/rest/V1` and `/rest/all` mean the default store view (conventions §1.1).
"""

from __future__ import annotations

from dataclasses import dataclass

from merx.store.registry import ADMIN_STORE_ID, StoreRegistry, StoreView
from merx.webapi.errors import MerxError, NoSuchEntityError, StateError

STORE_NOT_IN_WEBSITE = "The store view is not in the associated website."
STORE_NOT_FOUND = "The store that was requested wasn't found. Verify the store and try again."
WEBSITE_NOT_FOUND = "The website with id %1 that was requested wasn't found. Verify the website and try again."

SHARE_GLOBAL = 0
SHARE_WEBSITE = 1


@dataclass(frozen=True)
class CustomerScope:
    store: StoreView
    website_id: int


def request_store(stores: StoreRegistry, url_store: StoreView, store_given: bool) -> StoreView:
    """The store view a customer call acts in: the URL's, or the default store view."""
    if store_given and url_store.store_id != ADMIN_STORE_ID:
        return url_store
    return stores.default_store()


def website_not_found(website_id: int) -> MerxError:
    return NoSuchEntityError(WEBSITE_NOT_FOUND, [website_id])


def store_not_found() -> MerxError:
    return NoSuchEntityError(STORE_NOT_FOUND)


def new_customer_scope(stores: StoreRegistry, current: StoreView, store_id: int | None, website_id: int | None,
                       share_scope: int) -> CustomerScope:
    if not store_id:
        if website_id:
            if stores.website(website_id) is None:
                raise website_not_found(website_id)
            default = stores.website_default_store(website_id)
            if default is None:
                raise store_not_found()
            store_id = default.store_id
        else:
            store_id = current.store_id
    store = stores.store(store_id)
    if not website_id:
        if store is None:
            raise store_not_found()
        website_id = store.website_id
    if stores.website(website_id) is None:
        raise website_not_found(website_id)
    if store is None or not store_in_scope(stores, store, website_id, share_scope):
        raise StateError(STORE_NOT_IN_WEBSITE)
    return CustomerScope(store, website_id)


def store_in_scope(stores: StoreRegistry, store: StoreView, website_id: int, share_scope: int) -> bool:
    """AccountManagement::isCustomerInStore."""
    if share_scope == SHARE_WEBSITE:
        return store.website_id == website_id
    return stores.store(store.store_id) is not None
