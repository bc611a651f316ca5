from __future__ import annotations

import hashlib

from merx.security.passwords import ARGON2_VERSION, hash_password, needs_rehash, opaque_token, verify_password


def test_argon2id_hash_format_and_verify() -> None:
    stored = hash_password("Password1")
    digest, salt, version = stored.split(":")
    assert len(digest) == 64 and len(salt) == 32 and version == ARGON2_VERSION
    assert verify_password("Password1", stored)
    assert not verify_password("Password2", stored)
    assert not needs_rehash(stored)


def test_known_magento_vector_shape() -> None:
    # Same inputs always give the same hash (libsodium crypto_pwhash, first 16 salt bytes).
    salt = "abcdefghijklmnopqrstuvwxyz012345"
    assert hash_password("secret", salt) == hash_password("secret", salt)
    assert hash_password("secret", salt).split(":")[0] == hash_password("secret", salt[:16] + "X" * 16).split(":")[0]


def test_legacy_versions_verify() -> None:
    salt = "s4lt"
    md5 = hashlib.md5((salt + "pw").encode()).hexdigest()
    sha = hashlib.sha256((salt + "pw").encode()).hexdigest()
    assert verify_password("pw", f"{md5}:{salt}:0")
    assert verify_password("pw", f"{sha}:{salt}:1")
    chained = hash_password(md5, salt).split(":")[0]
    assert verify_password("pw", f"{chained}:{salt}:0:{ARGON2_VERSION}")
    assert needs_rehash(f"{md5}:{salt}:0")
    assert not verify_password("pw", "garbage")


def test_opaque_token_shape() -> None:
    token = opaque_token()
    assert len(token) == 32 and all(c.isdigit() or c.islower() for c in token)
