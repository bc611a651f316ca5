"""Server-rendered storefront pages (customer account area)."""
