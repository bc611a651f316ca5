"""Request counters and latency histograms per route and status, in Prometheus' text format."""

from __future__ import annotations

import os
from collections import defaultdict

BUCKETS = (0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1.0, 2.5, 5.0, 10.0)


class Metrics:
    def __init__(self) -> None:
        self._count: dict[tuple[str, str, int], int] = defaultdict(int)
        self._sum: dict[tuple[str, str], float] = defaultdict(float)
        self._buckets: dict[tuple[str, str], list[int]] = {}
        self._total: dict[tuple[str, str], int] = defaultdict(int)

    def observe(self, method: str, route: str, status: int, seconds: float) -> None:
        self._count[(method, route, status)] += 1
        key = (method, route)
        buckets = self._buckets.get(key)
        if buckets is None:
            buckets = self._buckets[key] = [0] * len(BUCKETS)
        for index, bound in enumerate(BUCKETS):
            if seconds <= bound:
                buckets[index] += 1
                break
        self._sum[key] += seconds
        self._total[key] += 1

    def render(self) -> str:
        pid = os.getpid()
        lines = [
            "# HELP merx_http_requests_total HTTP requests by route and status.",
            "# TYPE merx_http_requests_total counter",
        ]
        for (method, route, status), count in sorted(self._count.items()):
            lines.append(
                f'merx_http_requests_total{{method="{method}",route="{_esc(route)}",status="{status}",'
                f'worker="{pid}"}} {count}'
            )
        lines += [
            "# HELP merx_http_request_duration_seconds Request latency by route.",
            "# TYPE merx_http_request_duration_seconds histogram",
        ]
        for (method, route), buckets in sorted(self._buckets.items()):
            labels = f'method="{method}",route="{_esc(route)}",worker="{pid}"'
            cumulative = 0
            for bound, count in zip(BUCKETS, buckets, strict=True):
                cumulative += count
                lines.append(f'merx_http_request_duration_seconds_bucket{{{labels},le="{bound}"}} {cumulative}')
            total = self._total[(method, route)]
            lines.append(f'merx_http_request_duration_seconds_bucket{{{labels},le="+Inf"}} {total}')
            lines.append(f"merx_http_request_duration_seconds_sum{{{labels}}} {self._sum[(method, route)]:.6f}")
            lines.append(f"merx_http_request_duration_seconds_count{{{labels}}} {total}")
        return "\n".join(lines) + "\n"


def _esc(value: str) -> str:
    return value.replace("\\", "\\\\").replace('"', '\\"')
