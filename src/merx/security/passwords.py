"""Magento's password hashes: `<hex hash>:<salt>:<version>` (Framework\\Encryption\\Encryptor).

New hashes use version `3_32_2_67108864`: Argon2id (libsodium crypto_pwhash) with 32-byte output,
opslimit 2 and memlimit 64 MiB, fed the first 16 bytes of a 32-character salt. Older versions
still verify: 2 (Argon2id, same constants), 1 (sha256(salt + password)), 0 (md5(salt + password)),
and chains such as `0:2` where each step re-hashed the previous result.
"""

from __future__ import annotations

import hashlib
import hmac
import secrets
import string

from argon2.low_level import Type, hash_secret_raw

ARGON2_VERSION = "3_32_2_67108864"
ARGON2_OPSLIMIT = 2
ARGON2_MEMLIMIT_KIB = 65536
ARGON2_HASH_LEN = 32
SALT_LENGTH = 32
SALT_BYTES = 16
_ALPHANUMERIC = string.ascii_letters + string.digits


def random_salt() -> str:
    return "".join(secrets.choice(_ALPHANUMERIC) for _ in range(SALT_LENGTH))


def _salt16(salt: str) -> bytes:
    raw = salt.encode()
    if not raw:
        raise ValueError("empty salt")
    while len(raw) < SALT_BYTES:
        raw += raw
    return raw[:SALT_BYTES]


def _argon2(password: str, salt: str, opslimit: int = ARGON2_OPSLIMIT, memlimit_kib: int = ARGON2_MEMLIMIT_KIB,
            length: int = ARGON2_HASH_LEN) -> str:
    digest = hash_secret_raw(
        password.encode(), _salt16(salt), time_cost=opslimit, memory_cost=memlimit_kib,
        parallelism=1, hash_len=length, type=Type.ID,
    )
    return digest.hex()


def hash_password(password: str, salt: str | None = None) -> str:
    salt = salt or random_salt()
    return f"{_argon2(password, salt)}:{salt}:{ARGON2_VERSION}"


def _apply(version: str, value: str, salt: str) -> str:
    if version == "0":
        return hashlib.md5((salt + value).encode()).hexdigest()
    if version == "1":
        return hashlib.sha256((salt + value).encode()).hexdigest()
    if version == "2":
        return _argon2(value, salt)
    if version.startswith("3_"):
        _, length, ops, mem = version.split("_")
        return _argon2(value, salt, int(ops), int(mem) // 1024, int(length))
    raise ValueError(f"unknown hash version {version}")


def verify_password(password: str, stored: str) -> bool:
    parts = stored.split(":")
    if len(parts) < 3:
        return False
    expected, salt, versions = parts[0], parts[1], parts[2:]
    try:
        value = password
        for version in versions:
            value = _apply(version, value, salt)
    except ValueError:
        return False
    return hmac.compare_digest(value, expected)


def needs_rehash(stored: str) -> bool:
    parts = stored.split(":")
    return len(parts) != 3 or parts[2] != ARGON2_VERSION


def opaque_token() -> str:
    """32 characters from [0-9a-z], the shape of Magento's OAuth helper tokens."""
    alphabet = string.digits + string.ascii_lowercase
    return "".join(secrets.choice(alphabet) for _ in range(32))


def token_digest(token: str) -> str:
    return hashlib.sha256(token.encode()).hexdigest()
