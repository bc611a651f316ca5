"""Admin users (Magento_User)."""
