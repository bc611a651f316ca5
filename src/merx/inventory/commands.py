"""This domain's `merx` subcommands, named and worded as Magento's bin/magento ones."""

from __future__ import annotations

import sys
from pathlib import Path

import typer

MISSING_COMPENSATIONS = "A list of compensations needs to be defined as argument or STDIN."


def register(app: typer.Typer) -> None:
    """Add this domain's commands to the `merx` command."""
    app.command("inventory:reservation:list-inconsistencies")(list_inconsistencies)
    app.command("inventory:reservation:create-compensations")(create_compensations)
    app.command("inventory-geonames:import")(import_geonames)


def list_inconsistencies(
    complete_orders: bool = typer.Option(
        False, "--complete-orders", "-c", help="Show only inconsistencies for complete orders"
    ),
    incomplete_orders: bool = typer.Option(
        False, "--incomplete-orders", "-i", help="Show only inconsistencies for incomplete orders"
    ),
    bunch_size: int = typer.Option(50, "--bunch-size", "-b", help="Defines how many orders will be loaded at once"),
    raw: bool = typer.Option(False, "--raw", "-r", help="Raw output"),
) -> None:
    """Show all orders and products with salable quantity inconsistencies"""
    from merx.cli_support import unit_of_work
    from merx.inventory import inconsistencies, order_facts, reservation_repository

    del bunch_size  # the ledger is read in keyset batches whatever the order bunch size
    with unit_of_work() as uow:
        session = uow.session
        ledger = reservation_repository.ledger(session)
        found = inconsistencies.collect(ledger, order_facts.open_order_lines(session), {})
        statuses = order_facts.order_statuses(session, [item.increment_id for item in found])
        for item in found:
            item.order_status = statuses.get(item.increment_id)
    if complete_orders:
        found = inconsistencies.only_complete(found)
    elif incomplete_orders:
        found = inconsistencies.only_incomplete(found)
    if not found:
        typer.echo("No order inconsistencies were found")
        return
    for line in inconsistencies.raw_lines(found) if raw else inconsistencies.pretty_lines(found):
        typer.echo(line)
    raise typer.Exit(code=255)  # Symfony's `return -1`


def create_compensations(
    compensations: list[str] | None = typer.Argument(
        None, help='List of compensation arguments in format "<ORDER_INCREMENT_ID>:<SKU>:<QUANTITY>:<STOCK-ID>"'
    ),
    raw: bool = typer.Option(False, "--raw", "-r", help="Raw output"),
) -> None:
    """Create reservations by provided compensation arguments"""
    from merx.cli_support import fail, unit_of_work
    from merx.inventory import inconsistencies, order_facts
    from merx.inventory.reservation_repository import Reservation
    from merx.inventory.reservations import EVENT_MANUAL_COMPENSATION, SalesEvent, append_reservations

    del raw
    arguments = list(compensations or [])
    if not arguments and not sys.stdin.isatty():
        arguments = [line.strip() for line in sys.stdin.read().splitlines() if line.strip()]
    if not arguments:
        fail(MISSING_COMPENSATIONS)
    has_errors = False
    typer.echo("Following reservations were created:")
    with unit_of_work() as uow:
        for argument in arguments:
            try:
                compensation = inconsistencies.parse_compensation(argument)
            except ValueError as error:
                has_errors = True
                typer.echo(f'  - Error while parsing argument "{argument}". {error}')
                continue
            object_id = order_facts.order_entity_id(uow.session, compensation.increment_id)
            event = SalesEvent(
                EVENT_MANUAL_COMPENSATION, "order", str(object_id) if object_id is not None else None,
                compensation.increment_id,
            )  # fmt: skip
            reservation = Reservation(
                compensation.stock_id, compensation.sku, compensation.quantity, event.to_metadata()
            )
            append_reservations(uow.session, [reservation])
            typer.echo(
                f"  - Product {compensation.sku} was compensated by {compensation.quantity:+f} "
                f"for stock {compensation.stock_id}"
            )
    if has_errors:
        raise typer.Exit(code=1)


def import_geonames(
    countries: list[str] = typer.Argument(..., help="List of country codes to import"),
    file: Path | None = typer.Option(
        None, "--file", help="A GeoNames postal-code file (tab-separated) to import instead of downloading."
    ),
) -> None:
    """Download and import geo names for source selection algorithm"""
    from merx.cli_support import unit_of_work
    from merx.inventory import geoname_repository, geonames

    with unit_of_work() as uow:
        for argument in countries:
            typer.echo(f"Importing {argument}: ", nl=False)
            country = geonames.country_code_of(argument)
            if not country:
                typer.echo("Undefined country code")
                continue
            path = file or geonames.shipped_file(country)
            if path is None or not path.is_file():
                typer.echo("Cannot download country")
                continue
            parsed = geonames.rows(geonames.parse(path.read_text(encoding="utf-8"), country))
            geoname_repository.replace_country(uow.session, country, parsed)
            typer.echo("OK")
    typer.echo("Done.")
