"""Load tenant YAML files into typed models; every error names the file and the field."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import yaml
from pydantic import ValidationError

from bot.config.models import TenantConfig
from bot.errors import ConfigError

TENANTS_SUBDIR = "tenants"


def _field_path(loc: tuple[int | str, ...]) -> str:
    parts: list[str] = []
    for item in loc:
        if isinstance(item, int):
            parts.append(f"[{item}]")
        else:
            parts.append(("." if parts else "") + item)
    return "".join(parts)


def load_tenant_file(path: Path) -> TenantConfig:
    """Parse one tenant file. Raises ConfigError naming the file and the offending field."""
    shown = str(path)
    try:
        raw: Any = yaml.safe_load(path.read_text(encoding="utf-8"))
    except OSError as exc:
        raise ConfigError(shown, "", f"cannot read file ({exc.strerror})") from exc
    except UnicodeDecodeError as exc:
        raise ConfigError(shown, "", "file is not UTF-8 text") from exc
    except yaml.YAMLError as exc:
        mark = getattr(exc, "problem_mark", None)
        where = f"line {mark.line + 1}, column {mark.column + 1}" if mark else "unknown position"
        raise ConfigError(shown, "", f"invalid YAML at {where}") from exc
    if not isinstance(raw, dict):
        raise ConfigError(shown, "", "expected a mapping of settings at the top level")
    try:
        config = TenantConfig.model_validate(raw)
    except ValidationError as exc:
        first = exc.errors()[0]
        field = _field_path(tuple(first["loc"])) or "(top level)"
        raise ConfigError(shown, field, first["msg"]) from exc
    if config.tenant != path.stem:
        raise ConfigError(
            shown, "tenant", f"'{config.tenant}' must equal the file name '{path.stem}'"
        )
    return config


def load_tenants(config_dir: Path) -> dict[str, TenantConfig]:
    """Load every `<config_dir>/tenants/*.yml`. Raises ConfigError on the first bad file."""
    tenants_dir = config_dir / TENANTS_SUBDIR
    if not tenants_dir.is_dir():
        raise ConfigError(str(tenants_dir), "", "directory not found")
    files = sorted([*tenants_dir.glob("*.yml"), *tenants_dir.glob("*.yaml")])
    if not files:
        raise ConfigError(str(tenants_dir), "", "no tenant files (*.yml) found")
    tenants: dict[str, TenantConfig] = {}
    admin_tokens: dict[str, str] = {}  # env var name -> the tenant that names it
    for path in files:
        config = load_tenant_file(path)
        if config.tenant in tenants:
            raise ConfigError(str(path), "tenant", f"'{config.tenant}' is defined twice")
        if config.admin is not None:
            # One token for two tenants would let either tenant's admin act on the other's
            # people: every tenant's admin token must be its own.
            owner = admin_tokens.setdefault(config.admin.token_env, config.tenant)
            if owner != config.tenant:
                raise ConfigError(
                    str(path),
                    "admin.token_env",
                    f"{config.admin.token_env} is already the admin token of tenant"
                    f" '{owner}'; each tenant needs its own",
                )
        tenants[config.tenant] = config
    return tenants
