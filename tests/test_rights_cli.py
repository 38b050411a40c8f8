"""`allai dsr ...` driven as an operator would: a subprocess on the same Redis and data
folder as a running runtime."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest

from bot.config.loader import load_tenants
from bot.runtime import Runtime
from bot.settings import Settings
from tests.support.app import REPO, write_tenant

pytestmark = pytest.mark.slow


def _env(redis_url: str, key_prefix: str, data_dir: Path) -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if not k.startswith("ALLAI_")}
    env.update(REDIS_URL=redis_url, ALLAI_KEY_PREFIX=key_prefix, ALLAI_DATA_DIR=str(data_dir))
    return env


class Cli:
    def __init__(self, config: Path, env: dict[str, str]) -> None:
        self.config = config
        self.env = env

    def run(self, *args: str) -> subprocess.CompletedProcess[str]:
        return subprocess.run(
            [sys.executable, "-m", "bot.cli", *args],
            capture_output=True,
            text=True,
            cwd=REPO,
            env=self.env,
            timeout=180,
            check=False,
        )

    def dsr(self, command: str, *args: str) -> Any:
        result = self.run(
            "dsr", command, "--config", str(self.config), "--tenant", "shop", "--json", *args
        )
        assert result.returncode == 0, result.stderr
        return json.loads(result.stdout)


@pytest.fixture
async def setup(
    tmp_path: Path, redis_url: str, key_prefix: str, data_dir: Path
) -> tuple[Cli, Path]:
    root = tmp_path / "configs"
    write_tenant(root, "shop", training={"allowed": True})
    settings = Settings(
        config_dir=root, redis_url=redis_url, data_dir=data_dir, key_prefix=key_prefix
    )
    runtime = await Runtime.start(settings, load_tenants(root))
    try:
        await runtime.handle_message("shop", "visitor-1", "My email is ana@example.com, hours?")
        await runtime.handle_message("shop", "visitor-2", "What are your opening hours?")
    finally:
        await runtime.aclose()
    return Cli(root, _env(redis_url, key_prefix, data_dir)), tmp_path


async def test_dsr_lifecycle_from_the_shell(setup: tuple[Cli, Path]) -> None:
    cli, tmp = setup
    filed = cli.dsr("file", "--type", "access", "--email", "ana@example.com", "--received-only")
    assert filed["status"] == "received" and filed["channel"] == "cli"
    request_id = filed["id"]
    assert (
        cli.dsr("extend", request_id, "--months", "1", "--reason", "backlog")["extensions"][0][
            "months"
        ]
        == 1
    )
    for step, status in (
        ("verify", "identity_verified"),
        ("start", "in_progress"),
        ("complete", "completed"),
    ):
        assert cli.dsr(step, request_id)["status"] == status
    shown = cli.dsr("show", request_id)
    assert [s["step"] for s in shown["history"]] == [
        "received",
        "extended",
        "identity_verified",
        "in_progress",
        "completed",
    ]
    out = tmp / "export.json"
    result = cli.run(
        "dsr",
        "export",
        "--config",
        str(cli.config),
        "--tenant",
        "shop",
        request_id,
        "--out",
        str(out),
    )
    assert result.returncode == 0, result.stderr
    assert out.stat().st_mode & 0o077 == 0
    document = json.loads(out.read_text())
    assert document["subjects"][0]["sender"] == "visitor-1"
    listed = cli.dsr("list", "--status", "completed")
    assert [r["id"] for r in listed] == [request_id]
    assert cli.dsr("overdue") == []
    audit = cli.dsr("audit", "--request", request_id)
    assert len(audit) == 5 and "ana@" not in json.dumps(audit)

    rejected = cli.dsr("file", "--type", "erasure", "--sender", "visitor-2", "--received-only")
    assert cli.dsr("reject", rejected["id"], "--reason", "duplicate")["status"] == "rejected"
    again = cli.run(
        "dsr", "complete", "--config", str(cli.config), "--tenant", "shop", rejected["id"]
    )
    assert again.returncode == 1 and "cannot complete a request that is rejected" in again.stderr
    bad = cli.run(
        "dsr",
        "file",
        "--config",
        str(cli.config),
        "--tenant",
        "shop",
        "--type",
        "forget",
        "--sender",
        "x",
    )
    assert bad.returncode == 1 and "unknown request type" in bad.stderr
    both = cli.run(
        "dsr",
        "file",
        "--config",
        str(cli.config),
        "--tenant",
        "shop",
        "--type",
        "access",
        "--sender",
        "x",
        "--email",
        "a@b.ro",
    )
    assert both.returncode == 2  # argparse: one identifier only


async def test_objection_removes_the_person_from_training_exports(setup: tuple[Cli, Path]) -> None:
    cli, _ = setup

    def exported() -> str:
        result = cli.run("training", "export", "--tenant", "shop", "--config", str(cli.config))
        assert result.returncode == 0, result.stderr
        return result.stdout

    before = exported()
    assert "My email is" in before and "opening hours" in before
    objection = cli.dsr("file", "--type", "objection", "--sender", "visitor-1")
    assert objection["status"] == "completed"
    after = exported()
    assert "My email is" not in after and "opening hours" in after


async def test_restriction_removes_the_person_from_training_exports(
    setup: tuple[Cli, Path],
) -> None:
    cli, _ = setup

    def exported() -> str:
        result = cli.run("training", "export", "--tenant", "shop", "--config", str(cli.config))
        assert result.returncode == 0, result.stderr
        return result.stdout

    assert "My email is" in exported()
    restriction = cli.dsr("file", "--type", "restriction", "--sender", "visitor-1")
    assert restriction["status"] == "completed"
    after = exported()
    assert "My email is" not in after and "opening hours" in after
    cli.dsr("lift", restriction["id"])
    assert "My email is" in exported()
