"""SQL for tokens and the token-request failure log."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import delete, select, update
from sqlalchemy.orm import Session

from merx.db.models import AdminUser, OauthToken, OauthTokenRequestLog


def add_token(session: Session, token_hash: str, user_type: int, user_id: int, created_at: datetime,
              expires_at: datetime | None) -> None:
    session.add(OauthToken(token_hash=token_hash, user_type=user_type, user_id=user_id, revoked=0,
                           created_at=created_at, expires_at=expires_at))
    session.flush()


def find_token(session: Session, token_hash: str) -> OauthToken | None:
    return session.execute(select(OauthToken).where(OauthToken.token_hash == token_hash)).scalar_one_or_none()


def revoke_user_tokens(session: Session, user_type: int, user_id: int) -> int:
    result = session.execute(
        update(OauthToken)
        .where(OauthToken.user_type == user_type, OauthToken.user_id == user_id, OauthToken.revoked == 0)
        .values(revoked=1)
    )
    return int(getattr(result, "rowcount", 0) or 0)


def delete_expired_tokens(session: Session, now: datetime) -> None:
    session.execute(delete(OauthToken).where(OauthToken.expires_at < now))


def failure_log(session: Session, user_name: str, user_type: int) -> OauthTokenRequestLog | None:
    return session.execute(
        select(OauthTokenRequestLog).where(
            OauthTokenRequestLog.user_name == user_name, OauthTokenRequestLog.user_type == user_type
        )
    ).scalar_one_or_none()


def record_failure(session: Session, user_name: str, user_type: int, lock_expires_at: datetime) -> None:
    result = session.execute(
        update(OauthTokenRequestLog)
        .where(OauthTokenRequestLog.user_name == user_name, OauthTokenRequestLog.user_type == user_type)
        .values(failures_count=OauthTokenRequestLog.failures_count + 1, lock_expires_at=lock_expires_at)
    )
    if not getattr(result, "rowcount", 0):
        session.add(OauthTokenRequestLog(user_name=user_name, user_type=user_type, failures_count=1,
                                         lock_expires_at=lock_expires_at))
        session.flush()


def reset_failures(session: Session, user_name: str, user_type: int) -> None:
    session.execute(
        delete(OauthTokenRequestLog).where(
            OauthTokenRequestLog.user_name == user_name, OauthTokenRequestLog.user_type == user_type
        )
    )


def admin_by_username(session: Session, username: str) -> AdminUser | None:
    return session.execute(select(AdminUser).where(AdminUser.username == username)).scalar_one_or_none()


def admin_exists(session: Session, user_id: int) -> bool:
    return session.execute(
        select(AdminUser.user_id).where(AdminUser.user_id == user_id, AdminUser.is_active == 1)
    ).first() is not None
