"""Test databases: SQLite by default, PostgreSQL when MERX_TEST_DATABASE_URL points at one.

The schema is made by Alembic, as in production. Integration tests run inside a transaction that
is rolled back; API tests go through the whole stack and the tables are emptied and re-seeded after each.
"""

from __future__ import annotations

import os
import uuid
from collections.abc import Iterator
from pathlib import Path

import pytest
from sqlalchemy import Engine, create_engine, text
from sqlalchemy.engine import make_url
from sqlalchemy.orm import Session

from merx.db.base import Base
from merx.db.engine import make_engine
from merx.setup.install import install


def _database_url(tmp_root: Path) -> tuple[str, str | None]:
    url = os.environ.get("MERX_TEST_DATABASE_URL", "")
    if not url or url.startswith("sqlite"):
        return f"sqlite:///{tmp_root / 'merx-test.db'}", None
    if url.startswith("postgresql://"):
        url = "postgresql+psycopg://" + url.split("://", 1)[1]
    name = f"merx_test_{uuid.uuid4().hex[:10]}"
    admin = create_engine(url, isolation_level="AUTOCOMMIT")
    with admin.connect() as connection:
        connection.execute(text(f'CREATE DATABASE "{name}"'))
    admin.dispose()
    return make_url(url).set(database=name).render_as_string(hide_password=False), url


@pytest.fixture(scope="session")
def engine(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Engine]:
    url, server_url = _database_url(tmp_path_factory.mktemp("db"))
    engine = make_engine(url)
    install(engine)
    yield engine
    engine.dispose()
    if server_url is not None:
        admin = create_engine(server_url, isolation_level="AUTOCOMMIT")
        with admin.connect() as connection:
            connection.execute(text(f'DROP DATABASE IF EXISTS "{make_url(url).database}" WITH (FORCE)'))
        admin.dispose()


@pytest.fixture
def session(engine: Engine) -> Iterator[Session]:
    """An integration-test session whose work is rolled back at the end."""
    connection = engine.connect()
    transaction = connection.begin()
    session = Session(bind=connection, join_transaction_mode="create_savepoint", expire_on_commit=False)
    try:
        yield session
    finally:
        session.close()
        transaction.rollback()
        connection.close()


def reset_database(engine: Engine) -> None:
    tables = [t for t in reversed(Base.metadata.sorted_tables)]
    with engine.begin() as connection:
        if engine.dialect.name == "postgresql":
            names = ", ".join(f'"{t.name}"' for t in tables)
            connection.execute(text(f"TRUNCATE {names} RESTART IDENTITY CASCADE"))
        else:
            for table in tables:
                connection.execute(table.delete())
            has_sequence = connection.execute(
                text("SELECT name FROM sqlite_master WHERE name='sqlite_sequence'")
            ).first()
            if has_sequence:
                connection.execute(text("DELETE FROM sqlite_sequence"))
    install(engine)
