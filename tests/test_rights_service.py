"""The request service on real Redis with an injected clock: overdue lists, extensions,
the retention sweep, and request records that hold nothing personal."""

from __future__ import annotations

import asyncio
import json
from collections.abc import AsyncIterator
from datetime import UTC, datetime
from pathlib import Path

import pytest

from bot.config.loader import load_tenants
from bot.errors import Conflict
from bot.rights.kinds import Action, Actor, RequestType, Status
from bot.rights.records import record_aad
from bot.rights.views import overdue_reasons
from bot.rights.wiring import PrivacyServices, build_privacy
from bot.runtime import Runtime
from bot.settings import Settings
from storage.cipher import open_sealed
from storage.subjects import SubjectRef
from tests.support.app import dump_redis, write_tenant

DAY = 86_400.0


class Clock:
    def __init__(self, at: str) -> None:
        self.now = datetime.fromisoformat(at).replace(tzinfo=UTC).timestamp()

    def __call__(self) -> float:
        return self.now


@pytest.fixture
async def runtime(
    tmp_path: Path, redis_url: str, key_prefix: str, data_dir: Path
) -> AsyncIterator[Runtime]:
    root = tmp_path / "configs"
    write_tenant(root, "shop", retention={"request_days": 100})
    settings = Settings(
        config_dir=root, redis_url=redis_url, data_dir=data_dir, key_prefix=key_prefix
    )
    runtime = await Runtime.start(settings, load_tenants(root))
    yield runtime
    await runtime.aclose()


def services(runtime: Runtime, clock: Clock) -> PrivacyServices:
    return build_privacy(runtime.store, runtime.subjects, {"shop": runtime.tenant("shop")}, clock)


async def test_overdue_lists_unacknowledged_and_unanswered_requests(runtime: Runtime) -> None:
    clock = Clock("2028-01-31T10:00:00")
    rights = services(runtime, clock).rights
    ref = SubjectRef(sender="visitor-1")
    quiet = await rights.file(
        "shop", RequestType.ACCESS, ref, None, actor=Actor.ADMIN, channel="cli", carry_out=False
    )
    acked = await rights.file(
        "shop", RequestType.ERASURE, ref, None, actor=Actor.ADMIN, channel="cli", carry_out=False
    )
    await rights.transition("shop", acked.id, Action.VERIFY, Actor.ADMIN)
    done = await rights.file(
        "shop", RequestType.OBJECTION, ref, None, actor=Actor.ADMIN, channel="cli", carry_out=True
    )
    assert done.status is Status.COMPLETED

    clock.now += 47 * 3600
    assert await rights.list_requests("shop", overdue=True) == []
    clock.now += 2 * 3600  # past 48 h: only the one nobody acknowledged
    [late] = await rights.list_requests("shop", overdue=True)
    assert late.id == quiet.id and overdue_reasons(late, clock.now) == ["acknowledgement"]

    # due 29 February 2028 10:00 (leap year); one second later both open ones are late
    clock.now = Clock("2028-02-29T10:00:01").now
    late_ids = {r.id for r in await rights.list_requests("shop", overdue=True)}
    assert late_ids == {quiet.id, acked.id}
    extended = await rights.extend("shop", acked.id, 1, "complex request", Actor.ADMIN)
    assert datetime.fromtimestamp(extended.deadlines.due, UTC).date().isoformat() == "2028-03-31"
    assert {r.id for r in await rights.list_requests("shop", overdue=True)} == {quiet.id}
    with pytest.raises(Conflict):
        await rights.extend("shop", acked.id, 2, "more", Actor.ADMIN)
    with pytest.raises(Conflict):
        await rights.extend("shop", done.id, 1, "closed", Actor.ADMIN)


async def test_records_hold_no_personal_data_and_are_swept_after_retention(
    runtime: Runtime, redis_url: str, key_prefix: str
) -> None:
    clock = Clock("2027-01-31T10:00:00")
    privacy = services(runtime, clock)
    rights = privacy.rights
    await runtime.handle_message("shop", "visitor-1", "My email is ana.pop@example.com, thanks")
    ref = SubjectRef(email="ana.pop@example.com")
    rectify = await rights.file(
        "shop",
        RequestType.RECTIFICATION,
        ref,
        {"old": "ana.pop@example.com", "new": "ana.popa@example.com"},
        actor=Actor.ADMIN,
        channel="cli",
        carry_out=False,
    )
    dek = await runtime.store.keyring.data_key("shop")

    def opened_records() -> str:
        """Every request record and audit entry, decrypted with the tenant key."""
        out = []
        for key, value in dump_redis(redis_url, key_prefix).items():
            name = key.decode()
            if ":dsr:dsr-" in name and name.count(":") == 3:
                out.append(open_sealed(dek, value, record_aad("shop", name)).decode())
        return "\n".join(out)

    # while open: the details are sealed with the subject's own key, not the tenant's
    personal = dump_redis(redis_url, key_prefix)[
        f"{key_prefix}:shop:dsr:{rectify.id}:personal".encode()
    ]
    with pytest.raises(Exception, match="authentication"):
        open_sealed(
            dek, personal[1:], record_aad("shop", f"{key_prefix}:shop:dsr:{rectify.id}:personal")
        )
    assert "ana.pop" not in opened_records()

    await rights.carry_out("shop", rectify.id, Actor.ADMIN)
    [cid] = rectify.cids
    snapshot = dump_redis(redis_url, key_prefix)  # a copy of the database before erasure
    sender_part = f"{key_prefix}:shop:dsr:{rectify.id}:sender:{cid}"
    assert sender_part.encode() in snapshot
    erase = await rights.file(
        "shop",
        RequestType.ERASURE,
        SubjectRef(email="ana.popa@example.com"),
        None,
        actor=Actor.ADMIN,
        channel="cli",
        carry_out=True,
    )
    assert erase.result["verified"] is True
    everything = b"\n".join(k + b"=" + v for k, v in dump_redis(redis_url, key_prefix).items())
    text = opened_records()
    for secret in ("visitor-1", "ana.pop", "ana.popa"):
        assert secret.encode() not in everything
        assert secret not in text
    assert json.loads(text.splitlines()[0])["cids"] == [cid]  # only the pseudonym remains
    # the old copy cannot tell who filed the request: the subject key is gone and the
    # tenant key does not open it
    assert await runtime.store.keystore.get("shop", cid) is None
    with pytest.raises(Exception, match="authentication"):
        open_sealed(dek, snapshot[sender_part.encode()], record_aad("shop", sender_part))

    # kept 100 days (this tenant's request_days) after the last change, then swept
    clock.now += 99 * DAY
    assert await rights.sweep("shop", clock.now) == 0
    assert len(await rights.list_requests("shop")) == 2
    clock.now += 2 * DAY
    assert await rights.sweep("shop", clock.now) == 2
    assert await rights.list_requests("shop") == []
    assert await rights.audit.entries("shop") == []
    leftovers = [k for k in dump_redis(redis_url, key_prefix) if b":dsr" in k or b":audit" in k]
    assert leftovers == [f"{key_prefix}:shop:audit:seq".encode()]


async def test_the_request_sweeper_is_registered_with_the_retention_registry(
    runtime: Runtime,
) -> None:
    assert "requests" in runtime.sweepers.names
    report = await runtime.sweep_retention()
    assert report["shop"]["requests"] == 0


async def test_the_sweep_removes_every_part_of_a_request(
    runtime: Runtime, redis_url: str, key_prefix: str
) -> None:
    clock = Clock("2028-03-01T10:00:00")
    rights = services(runtime, clock).rights
    await rights.file(
        "shop",
        RequestType.ACCESS,
        SubjectRef(sender="visitor-3"),
        None,
        actor=Actor.ADMIN,
        channel="cli",
        carry_out=True,
    )
    parts = [k for k in dump_redis(redis_url, key_prefix) if b":dsr:dsr-" in k]
    assert any(b":sender:" in k for k in parts) and any(b":export:" in k for k in parts)
    clock.now += 101 * DAY
    assert await rights.sweep("shop", clock.now) == 1
    assert [k for k in dump_redis(redis_url, key_prefix) if b":dsr" in k] == []


async def test_audit_entries_written_at_once_are_numbered_without_gaps(runtime: Runtime) -> None:
    audit = runtime.rights.audit
    written = await asyncio.gather(
        *(
            audit.append("shop", f"dsr-{n}", "access", "received", "admin", 1.0 + n)
            for n in range(20)
        )
    )
    assert sorted(entry.seq for entry in written) == list(range(1, 21))
    stored = await audit.entries("shop")
    assert {(e.seq, e.request_id) for e in stored} == {(e.seq, e.request_id) for e in written}
