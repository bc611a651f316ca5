from __future__ import annotations

from sqlalchemy import delete, select
from sqlalchemy.orm import Session

from merx.appconfig.registry import ConfigValue
from merx.db.models import CoreConfigData


def load_all(session: Session) -> list[ConfigValue]:
    rows = session.execute(
        select(CoreConfigData.scope, CoreConfigData.scope_id, CoreConfigData.path, CoreConfigData.value)
    ).all()
    return [ConfigValue(r.scope, r.scope_id, r.path, r.value) for r in rows]


def save(session: Session, scope: str, scope_id: int, path: str, value: str | None) -> None:
    row = session.execute(
        select(CoreConfigData).where(
            CoreConfigData.scope == scope, CoreConfigData.scope_id == scope_id, CoreConfigData.path == path
        )
    ).scalar_one_or_none()
    if row is None:
        session.add(CoreConfigData(scope=scope, scope_id=scope_id, path=path, value=value))
    else:
        row.value = value
    session.flush()


def remove(session: Session, scope: str, scope_id: int, path: str) -> None:
    session.execute(
        delete(CoreConfigData).where(
            CoreConfigData.scope == scope, CoreConfigData.scope_id == scope_id, CoreConfigData.path == path
        )
    )
