"""seal/open_sealed: the format, and every way a blob must fail to open."""

from __future__ import annotations

import os

import pytest

from bot.errors import AllaiError
from storage.cipher import NONCE_BYTES, TAG_BYTES, VERSION, open_sealed, seal
from storage.errors import IntegrityError

KEY = os.urandom(32)
AAD = b"allai/test\x00tenant-a"


def test_round_trip_and_format() -> None:
    blob = seal(KEY, b"hello", AAD)
    assert blob[0] == VERSION
    assert len(blob) == 1 + NONCE_BYTES + len(b"hello") + TAG_BYTES
    assert b"hello" not in blob
    assert open_sealed(KEY, blob, AAD) == b"hello"


def test_nonce_is_random() -> None:
    assert seal(KEY, b"same", AAD) != seal(KEY, b"same", AAD)


def _flip(blob: bytes, index: int) -> bytes:
    return blob[:index] + bytes([blob[index] ^ 0x01]) + blob[index + 1 :]


BLOB = seal(KEY, b"personal data", AAD)


@pytest.mark.parametrize(
    ("key", "blob", "aad"),
    [
        pytest.param(os.urandom(32), BLOB, AAD, id="wrong key"),
        pytest.param(KEY, BLOB, AAD + b"x", id="wrong aad"),
        pytest.param(KEY, BLOB, b"", id="missing aad"),
        pytest.param(KEY, _flip(BLOB, 0), AAD, id="unknown version"),
        pytest.param(KEY, _flip(BLOB, 3), AAD, id="tampered nonce"),
        pytest.param(KEY, _flip(BLOB, 1 + NONCE_BYTES), AAD, id="tampered ciphertext"),
        pytest.param(KEY, _flip(BLOB, len(BLOB) - 1), AAD, id="tampered tag"),
        pytest.param(KEY, BLOB[:-1], AAD, id="truncated"),
        pytest.param(KEY, b"", AAD, id="empty"),
    ],
)
def test_open_refuses(key: bytes, blob: bytes, aad: bytes) -> None:
    with pytest.raises(IntegrityError) as info:
        open_sealed(key, blob, aad)
    assert isinstance(info.value, AllaiError)
    assert info.value.retryable is False
    assert "personal data" not in str(info.value)


def test_key_must_be_32_bytes() -> None:
    with pytest.raises(ValueError, match="32-byte"):
        seal(os.urandom(16), b"x", AAD)
