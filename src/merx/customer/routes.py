"""Magento_Customer's webapi.xml (customers, addresses, groups)."""

from __future__ import annotations

from merx.customer import service_account as account
from merx.customer import service_customers as customers
from merx.customer import service_groups as groups
from merx.webapi.routing import ANONYMOUS, SELF, Route

CUSTOMER = ("Magento_Customer::customer",)
MANAGE = ("Magento_Customer::manage",)
GROUP = ("Magento_Customer::group",)
ME = {"customer_id": "%customer_id%"}
REPOSITORY = "customerCustomerRepositoryV1"
ACCOUNT = "customerAccountManagementV1"
ADDRESSES = "customerAddressRepositoryV1"

ROUTES = [
    # Customer groups
    Route("GET", "/V1/customerGroups/:id", groups.get_by_id, GROUP, tag="customerGroupRepositoryV1"),
    Route("GET", "/V1/customerGroups/default/:storeId", groups.get_default_group, GROUP,
          tag="customerGroupManagementV1"),
    Route("GET", "/V1/customerGroups/default", groups.get_default_group, GROUP, tag="customerGroupManagementV1"),
    Route("GET", "/V1/customerGroups/search", groups.get_list, GROUP, tag="customerGroupRepositoryV1"),
    # Customer account
    Route("GET", "/V1/customers/:customerId", customers.get_by_id, CUSTOMER, tag=REPOSITORY),
    Route("POST", "/V1/customers", account.create_account, (ANONYMOUS,), tag=ACCOUNT),
    Route("POST", "/V1/customers/", customers.save, MANAGE, tag=REPOSITORY),
    Route("PUT", "/V1/customers/:customerId", customers.save_by_id, MANAGE, tag=REPOSITORY),
    Route("PUT", "/V1/customers/me", customers.save_me, (SELF,), force={"customer.id": "%customer_id%"},
          tag=REPOSITORY),
    Route("GET", "/V1/customers/me", customers.get_by_id, (SELF,), force=ME, tag=REPOSITORY),
    Route("GET", "/V1/customers/search", customers.get_list, CUSTOMER, tag=REPOSITORY),
    Route("PUT", "/V1/customers/me/password", account.change_password_by_id, (SELF,), force=ME, tag=ACCOUNT),
    Route("PUT", "/V1/customers/password", account.initiate_password_reset, (ANONYMOUS,), tag=ACCOUNT),
    Route("POST", "/V1/customers/resetPassword", account.reset_password, (ANONYMOUS,), tag=ACCOUNT),
    Route("DELETE", "/V1/customers/:customerId", customers.delete_by_id, MANAGE, tag=REPOSITORY),
    Route("POST", "/V1/customers/isEmailAvailable", account.is_email_available, (ANONYMOUS,), tag=ACCOUNT),
    # Customer addresses
    Route("GET", "/V1/customers/addresses/:addressId", customers.get_address, MANAGE, tag=ADDRESSES),
    Route("GET", "/V1/customers/me/billingAddress", account.get_default_billing_address, (SELF,), force=ME,
          tag=ACCOUNT),
    Route("GET", "/V1/customers/:customerId/billingAddress", account.get_default_billing_address, MANAGE,
          tag=ACCOUNT),
    Route("GET", "/V1/customers/me/shippingAddress", account.get_default_shipping_address, (SELF,), force=ME,
          tag=ACCOUNT),
    Route("GET", "/V1/customers/:customerId/shippingAddress", account.get_default_shipping_address, MANAGE,
          tag=ACCOUNT),
    Route("DELETE", "/V1/addresses/:addressId", customers.delete_address, MANAGE, tag=ADDRESSES),
]
