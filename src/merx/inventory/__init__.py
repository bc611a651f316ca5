"""Multi-source inventory: sources, stocks, links, source items, reservations, salable quantity."""
