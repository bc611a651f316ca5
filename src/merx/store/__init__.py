"""Websites, store groups and store views."""
