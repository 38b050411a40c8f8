"""The project's error hierarchy.

Every error says whether retrying the same request can succeed (``retryable``).
The HTTP layer (``bot/http/errors.py``) maps these classes to status codes; nothing
else should know about HTTP.
"""

from __future__ import annotations


class AllaiError(Exception):
    """Base of all errors we raise on purpose."""

    retryable: bool = False

    def __init__(self, message: str, *, retryable: bool | None = None) -> None:
        super().__init__(message)
        self.message = message
        if retryable is not None:
            self.retryable = retryable


class ConfigError(AllaiError):
    """A configuration file is invalid. The message names the file and the field."""

    def __init__(self, path: str, field: str, problem: str) -> None:
        self.path = path
        self.field = field
        self.problem = problem
        where = f"{path}: {field}" if field else path
        super().__init__(f"{where}: {problem}", retryable=False)


class BadRequest(AllaiError):
    """The caller sent something we cannot process; retrying it unchanged will not help."""


class Forbidden(AllaiError):
    """The request could not prove it may do this (e.g. a bad webhook signature)."""


class NotFound(AllaiError):
    """The addressed resource (tenant, subject, ...) does not exist."""


class Conflict(AllaiError):
    """The request is valid but not in the current state (e.g. completing a rejected
    data-subject request). Retrying it unchanged will not help."""


class StorageUnavailable(AllaiError):
    """Redis cannot be reached or failed mid-operation. Nothing was written; retry later."""

    retryable = True


class EngineError(AllaiError):
    """The dialogue engine (e.g. the remote LLM) failed. ``retryable`` depends on the cause."""


class EngineNotConfigured(AllaiError):
    """The tenant's engine lacks something only an operator can supply (e.g. an API key)."""
