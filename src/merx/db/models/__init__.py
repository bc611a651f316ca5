"""ORM models, one module per aggregate. Importing this package registers every table."""

from merx.db.models import catalog as catalog_models
from merx.db.models import customer as customer_models
from merx.db.models import inventory as inventory_models
from merx.db.models import storefront as storefront_models
from merx.db.models.admin import AdminUser
from merx.db.models.cache import CacheGeneration
from merx.db.models.config import CoreConfigData
from merx.db.models.store import Store, StoreGroup, StoreWebsite
from merx.db.models.token import OauthToken, OauthTokenRequestLog

__all__ = [
    "AdminUser",
    "CacheGeneration",
    "CoreConfigData",
    "OauthToken",
    "OauthTokenRequestLog",
    "Store",
    "StoreGroup",
    "StoreWebsite",
    "catalog_models",
    "customer_models",
    "inventory_models",
    "storefront_models",
]
