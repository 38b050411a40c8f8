"""Retention per data class: config rules, expiry on write, the sweeper (with a controllable
``now``), the runtime's registry of sweepers and ``allai retention sweep``."""

from __future__ import annotations

import asyncio
import base64
import os
import subprocess
import sys
import time
from pathlib import Path

import pytest
import redis.asyncio as aioredis
from pydantic import ValidationError

from bot.config.models import RetentionPolicy
from bot.runtime import Runtime
from bot.settings import Settings
from storage.conversations import ConversationStore
from storage.retention import PeriodicSweep, SubjectRecordSweeper, SweeperRegistry
from storage.subjects import SubjectData, SubjectRef
from tests.support.app import REPO, write_tenant
from tests.support.stores import MASTER, make_store, seed, tenant_config

DAY = 86_400
ALICE = "visitor-alice"
BOB = "visitor-bob"
VAULT = {"<EMAIL_ADDRESS_1>": "alice@example.com", "<PHONE_NUMBER_1>": "+40 722 123 456"}


def test_retention_defaults_and_rules() -> None:
    policy = RetentionPolicy()
    assert (policy.conversation_days, policy.request_days) == (30, 1095)
    assert policy.vault_ttl_days == 30 and policy.recording_ttl_days == 30
    short = RetentionPolicy(conversation_days=60, vault_days=7, recording_days=14)
    assert (short.vault_ttl_days, short.recording_ttl_days) == (7, 14)
    with pytest.raises(ValidationError, match="vault_days .* must not exceed conversation_days"):
        RetentionPolicy(conversation_days=7, vault_days=30)
    with pytest.raises(ValidationError, match="recording_days"):
        RetentionPolicy(conversation_days=7, recording_days=8)
    with pytest.raises(ValidationError, match="request_days"):
        RetentionPolicy(request_days=30)  # shorter than the longest answer deadline
    with pytest.raises(ValidationError, match="vault_days"):
        RetentionPolicy(vault_days=0)


def test_bad_retention_names_the_file_and_field(tmp_path: Path) -> None:
    from bot.config.loader import load_tenants
    from bot.errors import ConfigError

    path = write_tenant(tmp_path, "acme", retention={"conversation_days": 7, "vault_days": 9})
    with pytest.raises(ConfigError) as info:
        load_tenants(tmp_path)
    assert str(path.name) in info.value.message and "retention" in info.value.message


async def names(aredis: aioredis.Redis, prefix: str) -> set[str]:
    return {raw.decode() async for raw in aredis.scan_iter(match=f"{prefix}:*")}


async def test_vault_and_identifiers_expire_before_the_conversation(
    store: ConversationStore, aredis: aioredis.Redis
) -> None:
    await seed(store, "acme", ALICE, ["mail <EMAIL_ADDRESS_1>"], VAULT, vault_days=7)
    keys = await store.subject_keys("acme", ALICE)
    assert 7 * DAY - 5 <= await aredis.ttl(keys.vault) <= 7 * DAY
    assert 7 * DAY - 5 <= await aredis.ttl(keys.idents) <= 7 * DAY
    assert 30 * DAY - 5 <= await aredis.ttl(keys.meta) <= 30 * DAY
    async for raw in aredis.scan_iter(match=f"{keys.tenant_keys.base}:ident:*"):
        assert 7 * DAY - 5 <= await aredis.ttl(raw) <= 7 * DAY


async def test_sweep_removes_expired_data_and_index_entries(
    store: ConversationStore, aredis: aioredis.Redis, key_prefix: str, keys_dir: Path
) -> None:
    subjects = SubjectData(store, {"acme": tenant_config("acme")})
    await seed(store, "acme", ALICE, ["mail <EMAIL_ADDRESS_1>"], VAULT, vault_days=7)
    await store.set_consent("acme", ALICE, False)  # kept without expiry (an objection)
    await seed(store, "acme", BOB, ["just a question"], {})
    sweeper = SubjectRecordSweeper(store)
    now = time.time()
    alice = await store.subject_keys("acme", ALICE)
    await store.subject_keys("acme", BOB)

    assert await sweeper.sweep("acme", now) == 0  # nothing expired yet

    # Day 8: Alice's vault and the index entries of her email and phone are past retention.
    removed = await sweeper.sweep("acme", now + 8 * DAY)
    assert removed >= 4  # vault, identifiers record, vault index entry, 2 identifier entries
    left = await names(aredis, key_prefix)
    assert alice.vault not in left and alice.idents not in left
    assert not [n for n in left if ":ident:" in n]
    assert await subjects.find("acme", SubjectRef(email="alice@example.com")) == []
    state = await store.load("acme", ALICE)  # the turns remain, with placeholders only
    assert [t.text for t in state.turns][0] == "mail <EMAIL_ADDRESS_1>" and state.vault == {}

    # Day 31: the conversations are past retention; Alice's objection stays, and so does her
    # key; Bob has nothing left, so his key file goes too.
    removed = await sweeper.sweep("acme", now + 31 * DAY)
    assert removed >= 2 * 4 + 1
    left = await names(aredis, key_prefix)
    assert left == {f"{key_prefix}:acme:dek", alice.consent}
    assert (await store.load("acme", ALICE)).turns == []
    assert await store.get_consent("acme", ALICE) is not None
    assert sorted(p.name for p in (keys_dir / "acme").iterdir()) == [f"{alice.cid}.key"]
    assert await subjects.find("acme", SubjectRef(sender=BOB)) == []
    assert await sweeper.sweep("acme", now + 32 * DAY) == 0  # idempotent


async def test_sweep_removes_single_expired_turns(
    store: ConversationStore, aredis: aioredis.Redis
) -> None:
    await seed(store, "acme", ALICE, ["first"], {}, retention_days=30)
    keys = await store.subject_keys("acme", ALICE)
    # A later message, written 10 days on: the first turns expire 10 days before it.
    await aredis.zadd(keys.turns, {"0": time.time() + 20 * DAY, "1": time.time() + 20 * DAY})
    await seed(store, "acme", ALICE, ["second"], {}, retention_days=30)
    removed = await SubjectRecordSweeper(store).sweep("acme", time.time() + 21 * DAY)
    assert removed == 4  # two turn records and their two index entries
    assert await aredis.zrange(keys.turns, 0, -1) == [b"2", b"3"]
    assert not await aredis.exists(keys.turn(0), keys.turn(1))
    assert [t.text for t in (await store.load("acme", ALICE)).turns] == ["second", "second"]


async def test_sweep_keeps_recently_used_key_files(
    store: ConversationStore, keys_dir: Path
) -> None:
    subjects = SubjectData(store, {"acme": tenant_config("acme")})
    await seed(store, "acme", ALICE, ["hello"], {})
    cid = await subjects.pseudonym("acme", ALICE)
    sweeper = SubjectRecordSweeper(store)
    await subjects.erase("acme", ALICE)
    await store.keystore.get_or_create("acme", cid)  # a key just created, records to follow
    assert await sweeper.sweep("acme", time.time()) == 0
    assert (keys_dir / "acme" / f"{cid}.key").exists()
    # Values sealed for a request keep the key as long as requests are kept.
    await subjects.seal_for("acme", ALICE, b"details", b"aad")
    assert await sweeper.sweep("acme", time.time() + 2 * DAY) == 0
    assert (keys_dir / "acme" / f"{cid}.key").exists()


class CountingSweeper:
    def __init__(self) -> None:
        self.calls: list[tuple[str, float]] = []

    async def sweep(self, tenant: str, now: float) -> int:
        self.calls.append((tenant, now))
        return len(tenant)


async def test_registry_runs_every_sweeper_for_every_tenant() -> None:
    registry = SweeperRegistry()
    first, second = CountingSweeper(), CountingSweeper()
    registry.register("first", first)
    registry.register("second", second)
    with pytest.raises(ValueError, match="already registered"):
        registry.register("first", CountingSweeper())
    report = await registry.sweep(["acme", "globex"], now=1234.0)
    assert report == {"acme": {"first": 4, "second": 4}, "globex": {"first": 6, "second": 6}}
    assert first.calls == second.calls == [("acme", 1234.0), ("globex", 1234.0)]
    assert registry.names == ["first", "second"]


async def test_runtime_sweeps_all_tenants(
    tmp_path: Path, redis_url: str, key_prefix: str, data_dir: Path
) -> None:
    config = tmp_path / "configs"
    write_tenant(config, "acme")
    write_tenant(config, "globex")
    runtime = await Runtime.start(Settings(config, redis_url, data_dir, key_prefix))
    try:
        extra = CountingSweeper()
        runtime.sweepers.register("extra", extra)
        await seed(runtime.store, "acme", ALICE, ["hi"], {})
        await seed(runtime.store, "globex", BOB, ["hi"], {})
        report = await runtime.sweep_retention(now=time.time() + 31 * DAY)
        assert set(report) == {"acme", "globex"}
        assert report["acme"]["subjects"] >= 4 and report["globex"]["subjects"] >= 4
        assert report["acme"]["extra"] == 4
        assert [tenant for tenant, _ in extra.calls] == ["acme", "globex"]
        assert (data_dir / "keys").is_dir()  # the default key store location
        assert await runtime.subjects.find("acme", SubjectRef(sender=ALICE)) == []
    finally:
        await runtime.aclose()


async def test_periodic_sweep_runs_until_closed() -> None:
    ran = asyncio.Event()
    runs = 0

    async def sweep() -> dict[str, dict[str, int]]:
        nonlocal runs
        runs += 1
        if runs == 2:
            ran.set()
        return {"acme": {"subjects": 1}}

    periodic = PeriodicSweep(sweep, 0.01)
    periodic.start()
    await asyncio.wait_for(ran.wait(), 10)  # guards a hang; not a timing assertion
    await periodic.aclose()
    after_close = runs
    await asyncio.sleep(0.05)
    assert runs == after_close

    off = PeriodicSweep(sweep, 0)  # ALLAI_SWEEP_INTERVAL_S=0 turns it off
    off.start()
    await off.aclose()


async def test_periodic_sweep_goes_on_after_an_unexpected_error(
    caplog: pytest.LogCaptureFixture,
) -> None:
    ran_again = asyncio.Event()
    runs = 0

    async def sweep() -> dict[str, dict[str, int]]:
        nonlocal runs
        runs += 1
        if runs == 1:
            raise ValueError("alice@example.com")
        ran_again.set()
        return {}

    periodic = PeriodicSweep(sweep, 0.01)
    periodic.start()
    await asyncio.wait_for(ran_again.wait(), 10)  # guards a hang; not a timing assertion
    await periodic.aclose()
    assert "retention sweep failed unexpectedly: ValueError" in caplog.text
    assert "alice@example.com" not in caplog.text


def test_sweep_interval_from_env(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    from bot.errors import ConfigError

    monkeypatch.setenv("ALLAI_SWEEP_INTERVAL_S", "90")
    monkeypatch.setenv("ALLAI_KEYSTORE_DIR", str(tmp_path / "shared-keys"))
    settings = Settings.from_env(tmp_path)
    assert settings.sweep_interval_s == 90
    assert settings.keystore_path == tmp_path / "shared-keys"
    monkeypatch.delenv("ALLAI_SWEEP_INTERVAL_S")
    monkeypatch.delenv("ALLAI_KEYSTORE_DIR")
    defaults = Settings.from_env(tmp_path)
    assert defaults.sweep_interval_s == 3600
    assert defaults.keystore_path == defaults.data_dir / "keys"
    monkeypatch.setenv("ALLAI_SWEEP_INTERVAL_S", "soon")
    with pytest.raises(ConfigError, match="ALLAI_SWEEP_INTERVAL_S"):
        Settings.from_env(tmp_path)


async def test_named_key_store_must_exist(
    tmp_path: Path, redis_url: str, key_prefix: str, data_dir: Path
) -> None:
    from bot.errors import ConfigError

    config = tmp_path / "configs"
    write_tenant(config, "acme")
    settings = Settings(
        config, redis_url, data_dir, key_prefix, keystore_dir=tmp_path / "not-mounted"
    )
    with pytest.raises(ConfigError, match="ALLAI_KEYSTORE_DIR"):
        await Runtime.start(settings)


def _allai(*args: str, env: dict[str, str]) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "bot.cli", *args],
        capture_output=True,
        text=True,
        cwd=REPO,
        env=env,
        timeout=180,
        check=False,
    )


async def test_cli_sweep_prints_counts_only(
    tmp_path: Path,
    redis_url: str,
    key_prefix: str,
    data_dir: Path,
    aredis: aioredis.Redis,
) -> None:
    config = tmp_path / "configs"
    write_tenant(config, "acme")
    write_tenant(config, "globex")
    store = make_store(aredis, MASTER, key_prefix, data_dir / "keys")
    await seed(store, "acme", ALICE, ["mail <EMAIL_ADDRESS_1>"], VAULT)
    await seed(store, "acme", BOB, ["still fresh"], {})
    alice = await store.subject_keys("acme", ALICE)
    # Alice's conversation ran out (as if 31 days passed): her index entries say so, and
    # her key file was last used then.
    past = time.time() - 1
    await aredis.zadd(alice.tenant_keys.convs, {alice.cid: past}, xx=True)
    await aredis.zadd(alice.tenant_keys.vaults, {alice.cid: past}, xx=True)
    key_file = data_dir / "keys" / "acme" / f"{alice.cid}.key"
    os.utime(key_file, (past - 31 * DAY, past - 31 * DAY))

    env = {k: v for k, v in os.environ.items() if not k.startswith("ALLAI_")}
    env.update(
        REDIS_URL=redis_url,
        ALLAI_KEY_PREFIX=key_prefix,
        ALLAI_DATA_DIR=str(data_dir),
        ALLAI_MASTER_KEY=base64.b64encode(MASTER).decode(),
    )
    result = await asyncio.to_thread(_allai, "retention", "sweep", "--config", str(config), env=env)
    assert result.returncode == 0, result.stderr
    lines = result.stdout.splitlines()
    assert lines[0].startswith("acme: subjects: ") and int(lines[0].split()[2]) >= 6
    assert "globex: subjects: 0 removed" in lines
    assert lines[-1].startswith("retention sweep: ") and "in 2 tenant(s)" in lines[-1]
    assert ALICE not in result.stdout + result.stderr and alice.cid not in result.stdout
    assert not key_file.exists()
    left = {raw.decode() async for raw in aredis.scan_iter(match=f"{key_prefix}:acme:*")}
    assert not [n for n in left if alice.cid in n or ":ident:" in n]
    assert (await store.load("acme", BOB)).turns  # Bob's fresh conversation stays

    env["ALLAI_KEYSTORE_DIR"] = str(tmp_path / "not-mounted")
    broken = await asyncio.to_thread(_allai, "retention", "sweep", "--config", str(config), env=env)
    assert broken.returncode == 2 and "ALLAI_KEYSTORE_DIR" in broken.stderr


async def test_sweep_leaves_key_files_of_another_deployment_alone(
    store: ConversationStore, aredis: aioredis.Redis, key_prefix: str, keys_dir: Path
) -> None:
    # Another key prefix (and master key) sharing the same key store directory.
    other = make_store(aredis, os.urandom(32), f"{key_prefix}:other", keys_dir)
    await seed(other, "acme", ALICE, ["hello"], {})
    cid = (await other.subject_keys("acme", ALICE)).cid
    await SubjectRecordSweeper(store).sweep("acme", time.time() + 400 * DAY)
    assert (keys_dir / "acme" / f"{cid}.key").exists()
    assert [t.text for t in (await other.load("acme", ALICE)).turns] == ["hello", "hello"]
