"""Tenant configs: the examples are valid; every bad config names the file and the field."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest
import yaml

from bot.config.loader import load_tenant_file, load_tenants
from bot.config.models import TenantConfig
from bot.errors import ConfigError
from tests.support.app import REPO

GOOD: dict[str, Any] = {
    "tenant": "acme",
    "display_name": "ACME",
    "languages": ["en", "ro"],
    "engine": "faq",
    "faq": [{"q": "Hours?", "a": "9-18"}],
}


def _write(tmp_path: Path, data: Any, name: str = "acme") -> Path:
    path = tmp_path / "tenants" / f"{name}.yml"
    path.parent.mkdir(parents=True, exist_ok=True)
    text = data if isinstance(data, str) else yaml.safe_dump(data)
    path.write_text(text, encoding="utf-8")
    return path


def test_the_shipped_example_configs_are_valid() -> None:
    tenants = load_tenants(REPO / "configs")
    assert {"demo", "acme"} <= set(tenants)
    assert tenants["demo"].engine == "faq"
    assert tenants["acme"].engine == "llm"


def test_the_published_json_schema_matches_the_model() -> None:
    published = json.loads((REPO / "configs/schema/tenant.schema.json").read_text())
    assert published == TenantConfig.model_json_schema()


@pytest.mark.parametrize(
    ("change", "field", "words"),
    [
        ({"tenant": "ACME"}, "tenant", "[a-z0-9-]+"),
        ({"tenant": "other"}, "tenant", "file name"),
        ({"languages": ["en", "de"]}, "languages[1]", "'en' or 'ro'"),
        ({"languages": []}, "languages", "at least 1"),
        ({"engine": "gpt"}, "engine", "'llm' or 'faq'"),
        ({"engine": "llm"}, "(top level)", "'llm' section is missing"),
        ({"faq": []}, "(top level)", "faq"),
        ({"faq": [{"q": "x"}]}, "faq[0].a", "required"),
        ({"disclosure": {"en": ""}}, "disclosure.en", "at least 1"),
        ({"disclosure": False}, "disclosure", "dictionary"),
        ({"training": {"allowed": "maybe"}}, "training.allowed", "boolean"),
        ({"retention": {"conversation_days": 0}}, "retention.conversation_days", "greater"),
        ({"colour": "red"}, "colour", "not permitted"),
        (
            {
                "engine": "llm",
                "llm": {"base_url": "not a url", "model": "m", "api_key_env": "K"},
            },
            "llm.base_url",
            "URL",
        ),
        (
            {
                "engine": "llm",
                "llm": {"base_url": "http://x", "model": "m", "api_key_env": "sk-12345"},
            },
            "llm.api_key_env",
            "environment variable",
        ),
    ],
)
def test_bad_config_names_file_and_field(
    tmp_path: Path, change: dict[str, Any], field: str, words: str
) -> None:
    path = _write(tmp_path, {**GOOD, **change})
    with pytest.raises(ConfigError) as caught:
        load_tenant_file(path)
    error = caught.value
    assert error.path == str(path)
    assert error.field == field
    assert words in error.message
    assert str(path) in error.message


@pytest.mark.parametrize(
    ("text", "words"),
    [
        ("tenant: [unclosed", "invalid YAML at line 1"),
        ("- just\n- a list\n", "mapping"),
        ("", "mapping"),
    ],
)
def test_unreadable_files_are_named(tmp_path: Path, text: str, words: str) -> None:
    path = _write(tmp_path, text)
    with pytest.raises(ConfigError) as caught:
        load_tenant_file(path)
    assert str(path) in caught.value.message and words in caught.value.message


def test_missing_directory_and_empty_directory(tmp_path: Path) -> None:
    with pytest.raises(ConfigError, match="directory not found"):
        load_tenants(tmp_path / "nowhere")
    (tmp_path / "tenants").mkdir()
    with pytest.raises(ConfigError, match="no tenant files"):
        load_tenants(tmp_path)


def test_two_tenants_cannot_share_an_admin_token(tmp_path: Path) -> None:
    tenants = tmp_path / "tenants"
    tenants.mkdir()
    for name in ("alpha", "beta"):
        (tenants / f"{name}.yml").write_text(
            f"tenant: {name}\ndisplay_name: {name.title()}\n"
            "faq: [{q: hi, a: hello}]\nadmin: {token_env: SHARED_ADMIN_TOKEN}\n",
            encoding="utf-8",
        )
    with pytest.raises(ConfigError) as caught:
        load_tenants(tmp_path)
    message = caught.value.message
    assert "beta.yml" in message and "admin.token_env" in message and "'alpha'" in message
    (tenants / "beta.yml").write_text(
        "tenant: beta\ndisplay_name: Beta\nfaq: [{q: hi, a: hello}]\n"
        "admin: {token_env: BETA_ADMIN_TOKEN}\n",
        encoding="utf-8",
    )
    assert sorted(load_tenants(tmp_path)) == ["alpha", "beta"]


def _cli(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "bot.cli", *args],
        capture_output=True,
        text=True,
        cwd=REPO,
        timeout=120,
        check=False,
    )


def test_cli_config_validate_accepts_the_examples() -> None:
    result = _cli("config", "validate", "configs")
    assert result.returncode == 0, result.stderr
    assert "ok  demo" in result.stdout and "ok  acme" in result.stdout


def test_cli_config_validate_names_file_and_field(tmp_path: Path) -> None:
    path = _write(tmp_path, {**GOOD, "retention": {"conversation_days": -3}})
    result = _cli("config", "validate", str(tmp_path))
    assert result.returncode == 2
    assert str(path) in result.stderr
    assert "retention.conversation_days" in result.stderr
