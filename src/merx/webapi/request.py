"""Turning an HTTP request into service input: headers, body decoding, parameter merging."""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import Any

import orjson

from merx.webapi.errors import WebapiError

_CONTENT_TYPE = re.compile(r"^([a-z\d/\-+.]+)(?:; *charset=(.+))?$", re.IGNORECASE)
JSON_TYPES = {"application/json"}
ACCEPTABLE = {"*/*", "application/*", "application/json", "application/xml", "text/xml", "text/*"}


@dataclass
class RestRequest:
    method: str
    path: str  # raw (still percent-encoded) path after /rest
    query_string: str
    headers: dict[bytes, bytes]  # raw ASGI header names (lower-case) and values
    body: bytes
    request_id: str = ""
    client: str = ""
    extras: dict[str, Any] = field(default_factory=dict)

    def header(self, name: str) -> str | None:
        value = self.headers.get(name.encode())
        return None if value is None else value.decode("latin-1")


def check_accept(request: RestRequest) -> None:
    accept = request.header("accept")
    if not accept or accept == "*/*":
        return
    types = [part.split(";")[0].strip().lower() for part in accept.split(",")]
    if any(t in ACCEPTABLE for t in types) or any(not t for t in types):
        return
    shown = ",".join(t for t in types)
    raise WebapiError(
        f'Server cannot match any of the given Accept HTTP header media type(s) from the request: "{shown}" '
        "with media types from the config of response renderer.",
        406,
    )


def decode_body(request: RestRequest) -> dict[str, Any]:
    """Magento's Rest\\Request::getBodyParams: parsed only when non-empty, JSON cast to an array."""
    if not request.body or not request.body.strip():
        return {}
    header = request.header("content-type")
    if not header:
        raise WebapiError("Content-Type header is empty.")
    matched = _CONTENT_TYPE.match(header.strip())
    if matched is None:
        raise WebapiError("Content-Type header is invalid.")
    charset = matched.group(2)
    if charset is not None and charset.strip().strip('"').lower() != "utf-8":
        raise WebapiError("UTF-8 is the only supported charset.")
    media = matched.group(1).lower()
    if media not in JSON_TYPES:
        raise WebapiError(f"Server cannot understand Content-Type HTTP header media type {media}")
    try:
        decoded = orjson.loads(request.body)
    except orjson.JSONDecodeError:
        raise WebapiError("Decoding error.") from None
    if isinstance(decoded, dict):
        return decoded
    if isinstance(decoded, list):
        return {str(i): v for i, v in enumerate(decoded)}
    return {"0": decoded}
