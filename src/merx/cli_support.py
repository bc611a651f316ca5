"""Helpers shared by every domain's `merx` subcommands."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager

import typer
from sqlalchemy import Engine

from merx.db.uow import UnitOfWork
from merx.settings import load_settings
from merx.webapi.errors import MerxError


@contextmanager
def engine_scope() -> Iterator[Engine]:
    from merx.db.engine import make_engine

    engine = make_engine(load_settings().database_url)
    try:
        yield engine
    finally:
        engine.dispose()


@contextmanager
def unit_of_work() -> Iterator[UnitOfWork]:
    """One transaction for the command, after checking that the schema is current."""
    from merx.db import migrate
    with engine_scope() as engine:
        if not migrate.is_up_to_date(engine):
            fail("The database schema is not up to date. Run `merx setup:upgrade` (or `merx setup:install`).")
        with UnitOfWork(engine) as uow:
            try:
                yield uow
            except MerxError as error:
                fail(error.rendered())
            uow.commit()


def fail(message: str) -> None:
    typer.echo(message, err=True)
    raise typer.Exit(code=1)
