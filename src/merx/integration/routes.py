from __future__ import annotations

from merx.integration import service
from merx.webapi.routing import ANONYMOUS, SELF, Route

ROUTES = [
    Route("POST", "/V1/integration/admin/token", service.create_admin_access_token, (ANONYMOUS,),
          tag="integrationAdminTokenServiceV1"),
    Route("POST", "/V1/integration/customer/token", service.create_customer_access_token, (ANONYMOUS,),
          tag="integrationCustomerTokenServiceV1"),
    Route("POST", "/V1/integration/customer/revoke-customer-token", service.revoke_customer_access_token, (SELF,),
          force={"customer_id": "%customer_id%"}, tag="integrationCustomerTokenServiceV1"),
]
