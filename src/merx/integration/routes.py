from __future__ import annotations

from merx.integration import service
from merx.webapi.routing import ANONYMOUS, Route

ROUTES = [
    Route("POST", "/V1/integration/admin/token", service.create_admin_access_token, (ANONYMOUS,),
          tag="integrationAdminTokenServiceV1"),
]
