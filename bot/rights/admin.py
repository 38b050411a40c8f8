"""The tenant's admin token (until admin accounts exist).

The tenant config names the environment variable holding it (``admin: {token_env:
ACME_ADMIN_TOKEN}``). Tokens are compared in constant time; each tenant checks only its own
variable, so one tenant's token never opens another tenant's requests.
"""

from __future__ import annotations

import hmac
import os

from bot.config.models import TenantConfig
from bot.errors import Forbidden

BEARER = "bearer "


def expected_token(config: TenantConfig) -> str:
    if config.admin is None:
        raise Forbidden(
            f"admin endpoints are disabled for tenant '{config.tenant}': its config has no "
            "'admin: {token_env: ...}'"
        )
    token = os.environ.get(config.admin.token_env, "")
    if not token:
        raise Forbidden(
            f"admin endpoints are disabled for tenant '{config.tenant}': the environment "
            f"variable {config.admin.token_env} is not set"
        )
    return token


def check_admin(config: TenantConfig, authorization: str | None) -> None:
    """Raise :class:`Forbidden` unless ``authorization`` is ``Bearer <this tenant's token>``."""
    expected = expected_token(config)
    if authorization is None or not authorization.lower().startswith(BEARER):
        raise Forbidden("this needs the tenant's admin token: 'Authorization: Bearer <token>'")
    presented = authorization[len(BEARER) :].strip()
    if not hmac.compare_digest(presented.encode(), expected.encode()):
        raise Forbidden("the admin token is not valid for this tenant")
