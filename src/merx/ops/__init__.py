"""Health, metrics and request logging."""
