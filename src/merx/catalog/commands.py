"""This domain's `merx` subcommands."""

from __future__ import annotations

import typer


def register(app: typer.Typer) -> None:
    """Add this domain's commands to the `merx` command."""

    @app.command("sampledata:deploy")
    def sampledata_deploy() -> None:
        """Install the Luma sample products the REST tutorials use (idempotent)."""
        from merx.catalog.sampledata import deploy
        from merx.cli_support import unit_of_work

        with unit_of_work() as uow:
            created = deploy(uow.session)
        if created:
            typer.echo(f"Sample data deployed: {len(created)} products.")
        else:
            typer.echo("Sample data is already deployed.")
