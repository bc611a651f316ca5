"""Process settings, read once from the environment."""

from __future__ import annotations

import os
from dataclasses import dataclass, field
from pathlib import Path


def _default_database_url() -> str:
    var_dir = Path(os.environ.get("MERX_VAR_DIR", "var")).resolve()
    return f"sqlite:///{var_dir / 'merx.db'}"


@dataclass(frozen=True)
class Settings:
    database_url: str = field(default_factory=_default_database_url)
    var_dir: Path = field(default_factory=lambda: Path(os.environ.get("MERX_VAR_DIR", "var")).resolve())
    cache_poll_seconds: float = 0.5
    access_log: bool = True
    developer_mode: bool = False
    smtp_host: str = "127.0.0.1"
    smtp_port: int = 25
    smtp_sender: str = "merx@localhost"

    @property
    def is_sqlite(self) -> bool:
        return self.database_url.startswith("sqlite")


def _flag(name: str, default: bool) -> bool:
    raw = os.environ.get(name)
    if raw is None:
        return default
    return raw.strip().lower() in {"1", "true", "yes", "on"}


def load_settings() -> Settings:
    var_dir = Path(os.environ.get("MERX_VAR_DIR", "var")).resolve()
    url = os.environ.get("MERX_DATABASE_URL") or f"sqlite:///{var_dir / 'merx.db'}"
    if url.startswith("postgresql://") or url.startswith("postgres://"):
        url = "postgresql+psycopg://" + url.split("://", 1)[1]
    return Settings(
        database_url=url,
        var_dir=var_dir,
        cache_poll_seconds=float(os.environ.get("MERX_CACHE_POLL_SECONDS", "0.5")),
        access_log=_flag("MERX_ACCESS_LOG", True),
        developer_mode=_flag("MERX_DEVELOPER_MODE", False),
        smtp_host=os.environ.get("MERX_SMTP_HOST", "127.0.0.1"),
        smtp_port=int(os.environ.get("MERX_SMTP_PORT", "25")),
        smtp_sender=os.environ.get("MERX_SMTP_SENDER", "merx@localhost"),
    )
