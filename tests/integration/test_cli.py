"""The `merx` command against a throwaway database (SQLite; PostgreSQL where it matters)."""

from __future__ import annotations

import os
import subprocess
import sys
import uuid
from pathlib import Path

import pytest
from sqlalchemy import create_engine, text
from sqlalchemy.engine import make_url


def run(env: dict[str, str], *args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-m", "merx.cli", *args], env=env, capture_output=True, text=True,
                          timeout=120)


@pytest.fixture
def env(tmp_path: Path) -> dict[str, str]:
    environment = dict(os.environ)
    environment["MERX_VAR_DIR"] = str(tmp_path)
    environment.pop("MERX_DATABASE_URL", None)
    environment["PYTHONPATH"] = os.pathsep.join([str(Path("src").resolve()), environment.get("PYTHONPATH", "")])
    return environment


def test_install_is_idempotent_and_stores_get_seed_ids(env: dict[str, str]) -> None:
    assert run(env, "setup:install").returncode == 0
    second = run(env, "setup:install")
    assert second.returncode == 0 and "already installed" in second.stdout
    assert run(env, "store:website:create", "--code", "na_site", "--name", "North America Site").stdout.strip() == "2"
    assert run(env, "store:group:create", "--website", "na_site", "--code", "na_store",
               "--name", "North America Store").stdout.strip() == "2"
    assert run(env, "store:view:create", "--group", "na_store", "--code", "us",
               "--name", "US Store View").stdout.strip() == "2"
    assert run(env, "store:website:create", "--code", "eu_site", "--name", "Europe Site").stdout.strip() == "3"
    listing = run(env, "store:list").stdout
    assert "US Store View" in listing and "Default Store View" in listing
    duplicate = run(env, "store:view:create", "--group", "na_store", "--code", "us", "--name", "Again")
    assert duplicate.returncode == 1 and "already exists" in duplicate.stderr
    assert (Path(env["MERX_VAR_DIR"]) / "merx.db").exists()


def test_config_set_and_show_with_fallback(env: dict[str, str]) -> None:
    run(env, "setup:install")
    assert run(env, "config:show", "oauth/access_token_lifetime/customer").stdout.strip() == "1"
    assert run(env, "config:set", "oauth/access_token_lifetime/customer", "3").returncode == 0
    assert run(env, "config:show", "oauth/access_token_lifetime/customer").stdout.strip() == "3"
    assert run(env, "config:set", "oauth/access_token_lifetime/customer", "5", "--scope", "websites",
               "--scope-code", "base").returncode == 0
    shown = run(env, "config:show", "oauth/access_token_lifetime/customer", "--scope", "stores",
                "--scope-code", "default")
    assert shown.stdout.strip() == "5"
    bad = run(env, "config:set", "a/b/c", "1", "--scope", "websites", "--scope-code", "nosuch")
    assert bad.returncode == 1


def test_admin_user_create_validates(env: dict[str, str]) -> None:
    run(env, "setup:install")
    weak = run(env, "admin:user:create", "--admin-user", "admin", "--admin-password", "short",
               "--admin-email", "a@example.com", "--admin-firstname", "A", "--admin-lastname", "B")
    assert weak.returncode == 1
    ok = run(env, "admin:user:create", "--admin-user", "admin", "--admin-password", "Admin123456",
             "--admin-email", "a@example.com", "--admin-firstname", "A", "--admin-lastname", "B")
    assert ok.returncode == 0, ok.stderr


def test_commands_refuse_an_unmigrated_database(env: dict[str, str]) -> None:
    result = run(env, "store:list")
    assert result.returncode == 1 and "setup:upgrade" in result.stderr


def test_serve_refuses_unmigrated_postgresql(env: dict[str, str]) -> None:
    server_url = os.environ.get("MERX_TEST_DATABASE_URL", "")
    if not server_url.startswith("postgresql"):
        pytest.skip("PostgreSQL only")
    name = f"merx_empty_{uuid.uuid4().hex[:8]}"
    admin = create_engine(server_url.replace("postgresql://", "postgresql+psycopg://", 1), isolation_level="AUTOCOMMIT")
    with admin.connect() as connection:
        connection.execute(text(f'CREATE DATABASE "{name}"'))
    try:
        env["MERX_DATABASE_URL"] = make_url(server_url).set(database=name).render_as_string(hide_password=False)
        result = run(env, "serve", "--port", "0")
        assert result.returncode == 1
        assert "setup:upgrade" in result.stderr
        assert run(env, "setup:upgrade").returncode == 0
    finally:
        with admin.connect() as connection:
            connection.execute(text(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)'))
        admin.dispose()
