"""`merx sampledata:deploy` from the command line (SQLite throwaway database)."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path


def run(env: dict[str, str], *args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-m", "merx.cli", *args], env=env, capture_output=True, text=True,
                          timeout=120)


def test_sampledata_deploy_twice(tmp_path: Path) -> None:
    env = dict(os.environ)
    env["MERX_VAR_DIR"] = str(tmp_path)
    env.pop("MERX_DATABASE_URL", None)
    env["PYTHONPATH"] = os.pathsep.join([str(Path("src").resolve()), env.get("PYTHONPATH", "")])
    assert run(env, "setup:install").returncode == 0
    first = run(env, "sampledata:deploy")
    assert first.returncode == 0, first.stderr
    assert "Sample data deployed" in first.stdout
    second = run(env, "sampledata:deploy")
    assert second.returncode == 0 and "already deployed" in second.stdout
