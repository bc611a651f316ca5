"""Unit of work: one transaction per use case, committed before the response leaves."""

from __future__ import annotations

from collections.abc import Callable
from types import TracebackType

from sqlalchemy import Engine
from sqlalchemy.orm import Session

from merx.db.engine import WRITE_OPTION


class UnitOfWork:
    """Opens a session; commits only when `commit()` is called; rolls back otherwise.

    Callbacks registered with `after_commit` run once the transaction is durable.
    """

    def __init__(self, engine: Engine, *, write: bool = True) -> None:
        self._engine = engine
        self._write = write
        self.session: Session
        self._after_commit: list[Callable[[], None]] = []

    def __enter__(self) -> UnitOfWork:
        bind = self._engine.execution_options(**{WRITE_OPTION: self._write})
        self.session = Session(bind=bind, expire_on_commit=False, autoflush=True)
        return self

    def after_commit(self, callback: Callable[[], None]) -> None:
        self._after_commit.append(callback)

    def commit(self) -> None:
        self.session.commit()
        callbacks, self._after_commit = self._after_commit, []
        for callback in callbacks:
            callback()

    def rollback(self) -> None:
        self.session.rollback()
        self._after_commit.clear()

    def __exit__(
        self, exc_type: type[BaseException] | None, exc: BaseException | None, tb: TracebackType | None
    ) -> None:
        try:
            if self.session.in_transaction():
                self.session.rollback()
        finally:
            self.session.close()
