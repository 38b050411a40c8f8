"""Authenticated encryption of single values: AES-256-GCM with a random nonce.

A sealed blob is ``version (1 byte) | nonce (12 bytes) | ciphertext + tag (16 bytes)``.
The caller's ``aad`` (additional authenticated data) is not stored; it must be given again
to open the blob, which is how a value is bound to the place it was written for.
"""

from __future__ import annotations

import os

from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives.ciphers.aead import AESGCM

from storage.errors import IntegrityError

VERSION = 1
KEY_BYTES = 32
NONCE_BYTES = 12
TAG_BYTES = 16
_HEADER_BYTES = 1 + NONCE_BYTES


def _aead(key: bytes) -> AESGCM:
    if len(key) != KEY_BYTES:
        # A programming error (keys come from our own key handling), not bad data.
        raise ValueError(f"AES-256-GCM needs a {KEY_BYTES}-byte key, got {len(key)} bytes")
    return AESGCM(key)


def seal(key: bytes, plaintext: bytes, aad: bytes) -> bytes:
    """Encrypt and authenticate ``plaintext``; ``aad`` is authenticated but not stored."""
    nonce = os.urandom(NONCE_BYTES)
    return bytes([VERSION]) + nonce + _aead(key).encrypt(nonce, plaintext, aad)


def open_sealed(key: bytes, blob: bytes, aad: bytes) -> bytes:
    """Return the plaintext of a blob made by :func:`seal` with the same key and ``aad``.

    Raises :class:`IntegrityError` when the blob is malformed, of an unknown version, was
    altered, or was sealed with another key or ``aad``.
    """
    aead = _aead(key)
    if len(blob) < _HEADER_BYTES + TAG_BYTES:
        raise IntegrityError("sealed value is truncated")
    if blob[0] != VERSION:
        raise IntegrityError("sealed value has an unknown format version")
    nonce = blob[1:_HEADER_BYTES]
    try:
        return aead.decrypt(nonce, blob[_HEADER_BYTES:], aad)
    except InvalidTag:
        raise IntegrityError(
            "sealed value failed authentication (wrong key, wrong binding or tampered)"
        ) from None
