"""Shared benchmark plumbing: a throwaway merx install, server processes, and wrk runs."""

from __future__ import annotations

import os
import re
import shutil
import socket
import subprocess
import sys
import tempfile
import time
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path

import httpx

ROOT = Path(__file__).resolve().parent.parent


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


def merx_env(var_dir: Path, database_url: str | None = None) -> dict[str, str]:
    env = dict(os.environ)
    env["MERX_VAR_DIR"] = str(var_dir)
    env["MERX_ACCESS_LOG"] = env.get("MERX_ACCESS_LOG", "1")
    if database_url:
        env["MERX_DATABASE_URL"] = database_url
    else:
        env.pop("MERX_DATABASE_URL", None)
    return env


def merx(env: dict[str, str], *args: str) -> str:
    result = subprocess.run([sys.executable, "-m", "merx.cli", *args], env=env, capture_output=True, text=True,
                            check=True)
    return result.stdout.strip()


@contextmanager
def install(database_url: str | None = None) -> Iterator[dict[str, str]]:
    var_dir = Path(tempfile.mkdtemp(prefix="merx-bench-"))
    env = merx_env(var_dir, database_url)
    merx(env, "setup:install")
    merx(env, "admin:user:create", "--admin-user", "admin", "--admin-password", "Admin123456",
         "--admin-email", "admin@example.com", "--admin-firstname", "Ad", "--admin-lastname", "Min")
    try:
        yield env
    finally:
        shutil.rmtree(var_dir, ignore_errors=True)


@contextmanager
def server(command: list[str], env: dict[str, str], port: int, ready_path: str = "/health") -> Iterator[str]:
    log = tempfile.TemporaryFile()  # noqa: SIM115 (closed in the finally below)
    process = subprocess.Popen(command, env=env, stdout=log, stderr=log)
    base = f"http://127.0.0.1:{port}"
    try:
        deadline = time.time() + 30
        while time.time() < deadline:
            try:
                if httpx.get(base + ready_path, timeout=1).status_code < 500:
                    break
            except httpx.HTTPError:
                time.sleep(0.1)
        else:
            log.seek(0)
            raise RuntimeError("server did not start: " + log.read().decode()[-2000:])
        yield base
    finally:
        process.terminate()
        process.wait(timeout=30)
        log.close()


def merx_server(env: dict[str, str], port: int, workers: int = 1) -> list[str]:
    del env
    return [sys.executable, "-m", "merx.cli", "serve", "--port", str(port), "--workers", str(workers)]


@dataclass
class WrkResult:
    requests_per_second: float
    p50_ms: float
    p99_ms: float
    non_2xx: int


def _ms(text: str) -> float:
    value, unit = re.match(r"([\d.]+)(\w+)", text).groups()  # type: ignore[union-attr]
    return float(value) * {"us": 0.001, "ms": 1.0, "s": 1000.0}[unit]


def wrk(url: str, headers: dict[str, str] | None = None, seconds: int = 10, connections: int = 32,
        threads: int = 1) -> WrkResult:
    command = ["wrk", f"-t{threads}", f"-c{connections}", f"-d{seconds}s", "--latency"]
    for name, value in (headers or {}).items():
        command += ["-H", f"{name}: {value}"]
    output = subprocess.run([*command, url], capture_output=True, text=True, check=True).stdout
    if "50%" not in output:
        raise RuntimeError(f"wrk gave no latency distribution for {url}:\n{output}")
    rps = float(re.search(r"Requests/sec:\s+([\d.]+)", output).group(1))  # type: ignore[union-attr]
    p50 = _ms(re.search(r"50%\s+(\S+)", output).group(1))  # type: ignore[union-attr]
    p99 = _ms(re.search(r"99%\s+(\S+)", output).group(1))  # type: ignore[union-attr]
    non_2xx_match = re.search(r"Non-2xx or 3xx responses: (\d+)", output)
    return WrkResult(rps, p50, p99, int(non_2xx_match.group(1)) if non_2xx_match else 0)


def percentile(samples: list[float], fraction: float) -> float:
    ordered = sorted(samples)
    return ordered[min(len(ordered) - 1, int(len(ordered) * fraction))]
