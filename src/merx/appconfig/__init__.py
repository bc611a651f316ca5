"""Scoped configuration (Magento's core_config_data) with store -> website -> default fallback."""
