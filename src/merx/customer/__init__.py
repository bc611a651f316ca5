"""Customers, addresses, groups, customer tokens and password reset."""
