"""The `allai` command line, driven as a user would: as a subprocess."""

from __future__ import annotations

import json
import os
import socket
import subprocess
import sys
from pathlib import Path

import httpx
import pytest

from tests.support.app import REPO, dump_redis, llm_tenant
from tests.support.fake_llm import FakeLlm
from tests.support.server import cli_server

pytestmark = pytest.mark.slow


def _env(redis_url: str, key_prefix: str, data_dir: Path) -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if not k.startswith("ALLAI_")}
    env.update(
        REDIS_URL=redis_url,
        ALLAI_KEY_PREFIX=key_prefix,
        ALLAI_DATA_DIR=str(data_dir),
        TEST_LLM_KEY="sk-test",
        PYTHONUNBUFFERED="1",
    )
    return env


def _allai(*args: str, env: dict[str, str], stdin: str = "") -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "bot.cli", *args],
        input=stdin,
        capture_output=True,
        text=True,
        cwd=REPO,
        env=env,
        timeout=180,
        check=False,
    )


def _free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


def test_redact_reads_and_writes_json_lines(
    redis_url: str, key_prefix: str, data_dir: Path
) -> None:
    lines = [
        {"text": "My name is John Miller, email john.miller@example.com"},
        {"text": "IBAN-ul meu este RO49AAAA1B31007593840000 mulțumesc", "lang": "ro"},
        "not json",
        {"text": "What are your opening hours?"},
    ]
    stdin = "\n".join(line if isinstance(line, str) else json.dumps(line) for line in lines)
    result = _allai("redact", env=_env(redis_url, key_prefix, data_dir), stdin=stdin)
    out = [json.loads(line) for line in result.stdout.splitlines()]
    assert len(out) == 4
    assert result.returncode == 1  # one bad line
    first, second, bad, harmless = out
    assert "John Miller" not in first["redacted"] and "john.miller" not in first["redacted"]
    assert {e["type"] for e in first["entities"]} >= {"PERSON", "EMAIL_ADDRESS"}
    for entity in first["entities"]:
        assert set(entity) == {"type", "start", "end", "score"}
        assert 0 <= entity["start"] < entity["end"] <= len(first["text"])
    assert second["redacted"] == "IBAN-ul meu este <IBAN_CODE_1> mulțumesc"
    assert "error" in bad
    assert harmless["redacted"] == harmless["text"] and harmless["entities"] == []


def test_redact_hides_the_names_and_addresses_of_a_pasted_letter(
    redis_url: str, key_prefix: str, data_dir: Path
) -> None:
    letters = [
        {
            "text": "Buna, Wenzeslava! Am terminat contractul.\n\nCu deosebită considerație,"
            "\n\nVeridiana Lo Castro",
            "lang": "ro",
        },
        {
            "text": "Hi Mark, the key safe is at Kalamon Eyth. 77, Suite 2, 54621 Thessaloniki."
            "\nOrganiser: Bartel te Velde",
        },
        # a name on no list, found by our PERSON model from the words around it
        {"text": "Ieri Mainiero a trecut pe la ghișeu.", "lang": "ro"},
    ]
    stdin = "\n".join(json.dumps(letter) for letter in letters)
    result = _allai("redact", env=_env(redis_url, key_prefix, data_dir), stdin=stdin)
    assert result.returncode == 0, result.stderr
    first, second, third = (json.loads(line) for line in result.stdout.splitlines())
    for value in ("Wenzeslava", "Veridiana", "Lo Castro"):
        assert value not in first["redacted"]
    assert first["redacted"].startswith("Buna, <PERSON_1>!")
    for value in ("Mark", "Kalamon", "Eyth", "77", "54621", "Thessaloniki", "Bartel", "Velde"):
        assert value not in second["redacted"]
    assert third["redacted"] == "Ieri <PERSON_1> a trecut pe la ghișeu."
    assert second["redacted"].startswith("Hi <PERSON_1>, the key safe is at <STREET_ADDRESS_1>")


def test_redact_hides_a_lower_case_iban_and_military_address(
    redis_url: str, key_prefix: str, data_dir: Path
) -> None:
    lines = [
        {"text": "thx 4 tonite sent u 40 quid to gb97nvwv5666540229715 lmk"},
        {"text": "um yeah it's unit 5399 box 1694 dpo aa 45629 the buzzer's broken"},
        {"text": "Welcome, Virgen! Mrs van Mare has the spare key."},
    ]
    stdin = "\n".join(json.dumps(line) for line in lines)
    result = _allai("redact", env=_env(redis_url, key_prefix, data_dir), stdin=stdin)
    assert result.returncode == 0, result.stderr
    iban, military, greeted = (json.loads(line) for line in result.stdout.splitlines())
    assert iban["redacted"] == "thx 4 tonite sent u 40 quid to <IBAN_CODE_1> lmk"
    assert "5399" not in military["redacted"] and "45629" not in military["redacted"]
    assert military["redacted"].endswith("the buzzer's broken")
    assert greeted["redacted"] == "Welcome, <PERSON_1>! Mrs <PERSON_2> has the spare key."


def test_chat_in_the_terminal(redis_url: str, key_prefix: str, data_dir: Path) -> None:
    result = _allai(
        "chat",
        "--config",
        "configs",
        "--tenant",
        "demo",
        env=_env(redis_url, key_prefix, data_dir),
        stdin="What are your opening hours?\nHow long does delivery take?\n\n",
    )
    assert result.returncode == 0, result.stderr
    bot_lines = [line for line in result.stdout.splitlines() if "bot> " in line]
    assert "an AI, not a person" in bot_lines[0]
    assert "Monday to Friday" in bot_lines[1]
    assert "1-3 working days" in bot_lines[2]


def test_chat_with_unknown_tenant_fails_clearly(
    redis_url: str, key_prefix: str, data_dir: Path
) -> None:
    result = _allai(
        "chat", "--tenant", "nobody", env=_env(redis_url, key_prefix, data_dir), stdin="hi\n"
    )
    assert result.returncode == 1
    assert "unknown tenant 'nobody'" in result.stderr


def test_serve_answers_over_http(
    tmp_path: Path, redis_url: str, key_prefix: str, data_dir: Path
) -> None:
    with cli_server("configs", _env(redis_url, key_prefix, data_dir)) as server:
        response = httpx.post(
            f"{server.base_url}/t/demo/webhooks/rest/webhook",
            json={"sender": "mail-me@example.com", "message": "Care este programul?"},
            timeout=30,
        )
        assert response.status_code == 200
        body = response.json()
        assert body[0]["recipient_id"] == "mail-me@example.com"
        assert "nu un om" in body[0]["text"]
        assert "luni" in body[1]["text"].lower()
    # The sender id was an email address: the server log must not show it.
    assert "mail-me@example.com" not in server.log
    assert "POST /t/{tenant}/webhooks/rest/webhook -> 200" in server.log


def test_training_export_writes_only_allowed_conversations_redacted(
    tmp_path: Path, redis_url: str, key_prefix: str, data_dir: Path
) -> None:
    llm = FakeLlm().start()
    try:
        config = tmp_path / "configs"
        llm_tenant(config, "trainer", llm.base_url, training={"allowed": True})
        llm_tenant(config, "private", llm.base_url, training={"allowed": False})
        env = _env(redis_url, key_prefix, data_dir)
        from starlette.testclient import TestClient

        from bot.http.app import create_app
        from bot.settings import Settings

        settings = Settings(config, redis_url, data_dir, key_prefix)
        os.environ["TEST_LLM_KEY"] = "sk-test"
        with TestClient(create_app(settings)) as client:

            def say(tenant: str, sender: str, text: str, **meta: object) -> None:
                body = {"sender": sender, "message": text, "metadata": meta}
                assert client.post(f"/t/{tenant}/webhooks/rest/webhook", json=body).is_success

            say("trainer", "alice", "My name is John Miller, how do returns work?")
            say("trainer", "bob", "Bob here, my email is bob.stone@example.com")
            client.put("/t/trainer/subjects/bob/consent", json={"training": False})
            say("trainer", "carol", "A secret question", training=False)
            say("trainer", "carol", "An allowed question")
            say("private", "dave", "Private tenant question")
    finally:
        llm.stop()
        os.environ.pop("TEST_LLM_KEY", None)

    out = tmp_path / "export.jsonl"
    result = _allai(
        "training",
        "export",
        "--tenant",
        "trainer",
        "--config",
        str(config),
        "--out",
        str(out),
        env=env,
    )
    assert result.returncode == 0, result.stderr
    rows = [json.loads(line) for line in out.read_text().splitlines()]
    assert len(rows) == 2  # alice and carol; bob objected
    text = out.read_text()
    assert "John Miller" not in text and "<PERSON_1>" in text
    assert "bob.stone" not in text and "Bob here" not in text
    assert "A secret question" not in text and "An allowed question" in text
    assert "exported 2 conversation(s)" in result.stderr

    private = _allai("training", "export", "--tenant", "private", "--config", str(config), env=env)
    assert private.returncode == 0 and private.stdout == ""

    unknown = _allai("training", "export", "--tenant", "ghost", "--config", str(config), env=env)
    assert unknown.returncode == 1 and "ghost" in unknown.stderr
    assert dump_redis(redis_url, key_prefix)  # the export read, it did not delete


def test_make_run_defaults_need_no_redis_url(tmp_path: Path) -> None:
    """With REDIS_URL unset the runtime starts an embedded Redis and generates a key."""
    data = tmp_path / "data"
    env = {
        k: v
        for k, v in os.environ.items()
        if k not in ("REDIS_URL",) and not k.startswith("ALLAI_")
    }
    env["ALLAI_DATA_DIR"] = str(data)
    result = _allai("chat", "--tenant", "demo", env=env, stdin="What are your opening hours?\n\n")
    assert result.returncode == 0, result.stderr
    assert "Monday to Friday" in result.stdout
    key_file = data / "master.key"
    assert key_file.exists() and (key_file.stat().st_mode & 0o777) == 0o600
    assert "ALLAI_MASTER_KEY" in result.stderr
    assert (data / "redis.db").exists()


def test_redact_with_a_tenant_policy(tmp_path: Path, redis_url: str, key_prefix: str) -> None:
    from tests.support.app import write_tenant

    config = tmp_path / "configs"
    write_tenant(config, "acme", redaction={"mode": "surrogates", "allow_list": ["Maria"]})
    env = _env(redis_url, key_prefix, tmp_path)
    stdin = json.dumps({"text": "Maria, please call John Miller", "lang": "en"})
    result = _allai("redact", "--config", str(config), "--tenant", "acme", env=env, stdin=stdin)
    assert result.returncode == 0, result.stderr
    out = json.loads(result.stdout)
    assert out["redacted"] == "Maria, please call Alex Fairbanks"

    missing = _allai("redact", "--config", str(config), "--tenant", "ghost", env=env, stdin=stdin)
    assert missing.returncode == 1 and "unknown tenant 'ghost'" in missing.stderr
