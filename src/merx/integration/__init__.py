"""Admin and customer bearer tokens (Magento_Integration)."""
