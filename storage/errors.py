"""Errors raised by the storage layer.

``StorageUnavailable`` lives in ``bot/errors.py`` (the HTTP layer maps it); this module adds
the one error that only storage raises.
"""

from __future__ import annotations

from bot.errors import AllaiError


class IntegrityError(AllaiError):
    """A sealed value failed authentication: wrong key, wrong AAD, tampering, unknown format.

    Never retryable: the stored bytes will not change by asking again. The message never
    contains the value or the key.
    """

    retryable = False
