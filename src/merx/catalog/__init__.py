"""Catalog products (simple, virtual, downloadable, configurable, bundle)."""
