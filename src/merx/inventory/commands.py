"""This domain's `merx` subcommands."""

from __future__ import annotations

import typer


def register(app: typer.Typer) -> None:
    """Add this domain's commands to the `merx` command."""
    del app
