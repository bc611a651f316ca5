"""Magento directory data: countries, regions and directory config defaults."""
