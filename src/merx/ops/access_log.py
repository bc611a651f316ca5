"""One JSON line per request on the `merx.access` logger."""

from __future__ import annotations

import logging
import sys
import time

import orjson

access = logging.getLogger("merx.access")


def configure_logging(level: int = logging.INFO) -> None:
    handler = logging.StreamHandler(sys.stderr)
    handler.setFormatter(logging.Formatter("%(message)s"))
    access.handlers[:] = [handler]
    access.propagate = False
    access.setLevel(level)
    root = logging.getLogger("merx")
    if not root.handlers:
        errors = logging.StreamHandler(sys.stderr)
        errors.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(name)s %(message)s"))
        root.addHandler(errors)
        root.setLevel(level)


def log_request(request_id: str, method: str, path: str, route: str, status: int, seconds: float,
                client: str) -> None:
    if not access.isEnabledFor(logging.INFO):
        return
    line = orjson.dumps({
        "ts": round(time.time(), 3),
        "request_id": request_id,
        "method": method,
        "path": path,
        "route": route,
        "status": status,
        "duration_ms": round(seconds * 1000, 3),
        "client": client,
    })
    access.info(line.decode())
