"""GroupRepositoryInterface / GroupManagementInterface: read customer groups."""

from __future__ import annotations

from typing import Any

from merx.customer import repository
from merx.customer.assembler import group_data
from merx.customer.schemas import GroupData, GroupSearchResults
from merx.webapi.context import ServiceContext
from merx.webapi.errors import NoSuchEntityError
from merx.webapi.search_criteria import SearchCriteria, criteria_to_output, parse_search_criteria

DEFAULT_GROUP = "customer/create_account/default_group"


def get_by_id(ctx: ServiceContext, id: int) -> GroupData:
    """Get customer group by group ID."""
    group = repository.group(ctx.session, id)
    if group is None:
        raise NoSuchEntityError.single("id", id)
    return group_data(group)


def get_list(ctx: ServiceContext, search_criteria: SearchCriteria) -> GroupSearchResults:
    """Search customer groups (fields: id, code, tax_class_id, tax_class_name)."""
    criteria = _criteria(search_criteria)
    groups, total = repository.find_groups(ctx.session, criteria)
    return GroupSearchResults.model_construct(
        items=[group_data(g) for g in groups], search_criteria=criteria_to_output(criteria), total_count=total
    )


def _criteria(raw: Any) -> SearchCriteria:
    return raw if isinstance(raw, SearchCriteria) else parse_search_criteria(raw)


def get_default_group(ctx: ServiceContext, store_id: int | None = None) -> GroupData:
    """The group new accounts join in a store view (the URL's store when none is given)."""
    stores = ctx.runtime.stores
    store = ctx.store if store_id is None else stores.store(store_id)
    if store is None:
        raise NoSuchEntityError.single("storeId", store_id)
    group_id = ctx.runtime.config.get_int(DEFAULT_GROUP, store.store_id, store.website_id, default=1)
    group = repository.group(ctx.session, group_id)
    if group is None:
        raise NoSuchEntityError.double("groupId", group_id, "storeId", store.store_id if store_id is None else store_id)
    return group_data(group)
