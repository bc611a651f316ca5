"""Magento's REST web-API layer: routing, input, output, errors, ACL, tokens."""
