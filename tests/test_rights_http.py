"""Data-subject requests over HTTP, end to end: real Redis, real redaction, and the fake
LLM as the only stand-in. Admin endpoints need the tenant's token; visitors serve
themselves by their own sender id."""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from starlette.testclient import TestClient

from tests.support.app import dump_redis, llm_tenant, running_app, say, write_tenant
from tests.support.fake_llm import FakeLlm

pytestmark = pytest.mark.slow

SHOP_TOKEN = "shop-admin-token-0123456789"
OTHER_TOKEN = "other-admin-token-9876543210"
EMAIL = "ana.popescu@example.com"


@pytest.fixture
def client(
    tmp_path: Path,
    redis_url: str,
    key_prefix: str,
    data_dir: Path,
    fake_llm: FakeLlm,
    monkeypatch: pytest.MonkeyPatch,
) -> Iterator[TestClient]:
    monkeypatch.setenv("SHOP_ADMIN_TOKEN", SHOP_TOKEN)
    monkeypatch.setenv("OTHER_ADMIN_TOKEN", OTHER_TOKEN)
    root = tmp_path / "configs"
    llm_tenant(root, "shop", fake_llm.base_url, admin={"token_env": "SHOP_ADMIN_TOKEN"})
    write_tenant(root, "other", admin={"token_env": "OTHER_ADMIN_TOKEN"})
    write_tenant(root, "noadmin")
    with running_app(root, redis_url, key_prefix, data_dir) as client:
        yield client


def admin(token: str = SHOP_TOKEN) -> dict[str, str]:
    return {"Authorization": f"Bearer {token}"}


def file(
    client: TestClient,
    body: dict[str, Any],
    tenant: str = "shop",
    headers: dict[str, str] | None = None,
) -> Any:
    """File a request; with the shop's admin token unless ``headers`` are given."""
    return client.post(
        f"/t/{tenant}/privacy/requests", json=body, headers=admin() if headers is None else headers
    )


def filed(client: TestClient, body: dict[str, Any]) -> dict[str, Any]:
    response = file(client, body)
    assert response.status_code == 201, response.text
    result: dict[str, Any] = response.json()
    return result


def export(client: TestClient, request_id: str) -> dict[str, Any]:
    response = client.get(f"/t/shop/privacy/requests/{request_id}/export", headers=admin())
    assert response.status_code == 200, response.text
    result: dict[str, Any] = response.json()
    return result


def turns_text(document: dict[str, Any]) -> str:
    return "\n".join(
        turn["text"]
        for subject in document["subjects"]
        for turn in (subject["conversation"] or {}).get("turns", [])
    )


def test_access_by_email_exports_the_conversation_with_the_persons_values(
    client: TestClient,
) -> None:
    say(client, "shop", "visitor-1", f"Hello, my email is {EMAIL}, where is my order?")
    say(client, "shop", "visitor-2", "What are your opening hours?")
    created = filed(client, {"type": "access", "subject": {"email": EMAIL}})
    assert set(created) >= {"id", "status", "ack_due", "due"}
    assert created["status"] == "completed"
    document = export(client, created["id"])
    assert document["schema"] == "allai.dsr-export/1"
    assert document["request"]["id"] == created["id"]
    [subject] = document["subjects"]  # only the person who gave that address
    assert subject["schema"] == "allai.subject-export/1"
    assert subject["sender"] == "visitor-1"
    assert EMAIL in turns_text(document)
    assert EMAIL in subject["identifiers"]["emails"]
    assert [r["id"] for r in subject["requests"]] == [created["id"]]
    assert subject["requests"][0]["type"] == "access"


def test_portability_by_sender_and_the_request_is_listed(client: TestClient) -> None:
    say(client, "shop", "visitor-1", "My phone is +40 722 123 456, call me")
    created = filed(client, {"type": "portability", "subject": {"sender": "visitor-1"}})
    assert "+40 722 123 456" in turns_text(export(client, created["id"]))
    listed = client.get("/t/shop/privacy/requests", headers=admin()).json()["requests"]
    assert [(r["id"], r["type"], r["status"]) for r in listed] == [
        (created["id"], "portability", "completed")
    ]
    assert listed[0]["overdue"] is False


def test_rectification_replaces_the_value_everywhere(client: TestClient) -> None:
    say(client, "shop", "visitor-1", f"My email is {EMAIL}, please note it")
    fixed = "ana.ionescu@example.com"
    created = filed(
        client,
        {
            "type": "rectification",
            "subject": {"sender": "visitor-1"},
            "details": {"old": EMAIL, "new": fixed},
        },
    )
    assert created["status"] == "completed"
    assert created["result"]["values_replaced"] >= 1
    access = filed(client, {"type": "access", "subject": {"email": fixed}})
    text = turns_text(export(client, access["id"]))
    assert fixed in text and EMAIL not in text
    # the old address no longer finds anybody
    again = filed(client, {"type": "access", "subject": {"email": EMAIL}})
    assert again["result"]["subjects"] == 0


def test_erasure_leaves_nothing_of_the_person_and_keeps_the_request_as_proof(
    client: TestClient, redis_url: str, key_prefix: str
) -> None:
    say(client, "shop", "visitor-1", f"I am Ana Popescu, email {EMAIL}")
    say(client, "shop", "visitor-2", "What are your opening hours?")
    access = filed(client, {"type": "access", "subject": {"sender": "visitor-1"}})
    created = filed(client, {"type": "erasure", "subject": {"email": EMAIL}})
    assert created["status"] == "completed"
    result = created["result"]
    assert result["verified"] is True
    assert result["remaining_keys"] == 0 and result["still_found"] == 0
    assert result["keys_deleted"] > 0 and result["subject_keys_destroyed"] == 1
    dump = dump_redis(redis_url, key_prefix)
    everything = b"\n".join(k + b"=" + v for k, v in dump.items())
    for secret in (b"visitor-1", EMAIL.encode(), b"Popescu"):
        assert secret not in everything
    history = client.post("/t/shop/conversation", json={"sender": "visitor-1"}).json()
    assert history["messages"] == []
    # the requests stay as proof; the earlier export is gone with the person
    shown = client.get(f"/t/shop/privacy/requests/{created['id']}", headers=admin())
    assert shown.json()["status"] == "completed"
    gone = client.get(f"/t/shop/privacy/requests/{access['id']}/export", headers=admin())
    assert gone.status_code == 404
    # the other visitor is untouched
    other = client.post("/t/shop/conversation", json={"sender": "visitor-2"}).json()
    assert len(other["messages"]) >= 2


def test_restriction_stops_engine_calls_and_stores_nothing_until_lifted(
    client: TestClient, fake_llm: FakeLlm, redis_url: str, key_prefix: str
) -> None:
    say(client, "shop", "visitor-1", "Hello, where is my order?")
    created = filed(client, {"type": "restriction", "subject": {"sender": "visitor-1"}})
    assert created["status"] == "completed"
    calls = len(fake_llm.requests)
    before = dump_redis(redis_url, key_prefix)
    for text, lang in (
        ("My name is John Miller, where is my parcel?", "en"),
        ("Unde este coletul meu?", "ro"),
    ):
        [reply] = say(client, "shop", "visitor-1", text, lang=lang)
        assert ("restricted" in reply) if lang == "en" else ("restricționată" in reply)
    assert len(fake_llm.requests) == calls
    assert dump_redis(redis_url, key_prefix) == before
    # others are served as usual
    say(client, "shop", "visitor-2", "Hello there")
    assert len(fake_llm.requests) == calls + 1
    lifted = client.post(f"/t/shop/privacy/requests/{created['id']}/lift", headers=admin())
    assert lifted.status_code == 200 and lifted.json()["restriction_lifted_at"]
    say(client, "shop", "visitor-1", "Hello again")
    assert len(fake_llm.requests) == calls + 2
    again = client.post(f"/t/shop/privacy/requests/{created['id']}/lift", headers=admin())
    assert again.status_code == 409


def test_objection_sets_training_opt_out_and_the_flag(client: TestClient) -> None:
    say(client, "shop", "visitor-1", "Hello")
    created = filed(client, {"type": "objection", "subject": {"sender": "visitor-1"}})
    assert created["result"] == {"subjects": 1, "training": False, "objected": True}
    consent = client.get("/t/shop/subjects/visitor-1/consent").json()
    assert consent["training"] is False
    access = filed(client, {"type": "access", "subject": {"sender": "visitor-1"}})
    [subject] = export(client, access["id"])["subjects"]
    assert subject["processing"]["objected"] is True


def test_manual_lifecycle_with_audit_trail_free_of_personal_data(client: TestClient) -> None:
    say(client, "shop", "visitor-1", f"my email is {EMAIL}")
    created = filed(
        client, {"type": "erasure", "subject": {"email": EMAIL}, "identity_verified": False}
    )
    assert created["status"] == "received"
    base = f"/t/shop/privacy/requests/{created['id']}"
    assert client.post(f"{base}/complete", headers=admin()).status_code == 409
    extended = client.post(
        f"{base}/extend", headers=admin(), json={"months": 2, "reason": "many requests"}
    )
    assert extended.status_code == 200
    assert extended.json()["due"] > created["due"]
    too_long = client.post(f"{base}/extend", headers=admin(), json={"months": 1, "reason": "x"})
    assert too_long.status_code == 409
    for step in ("verify", "start", "complete"):
        response = client.post(f"{base}/{step}", headers=admin())
        assert response.status_code == 200, response.text
    assert response.json()["status"] == "completed"
    assert client.post(f"{base}/reject", headers=admin(), json={"reason": "x"}).status_code == 409
    audit = client.get(
        "/t/shop/privacy/audit", params={"request_id": created["id"]}, headers=admin()
    ).json()["entries"]
    assert [e["step"] for e in audit] == [
        "received",
        "extended",
        "identity_verified",
        "in_progress",
        "completed",
    ]
    assert {e["actor"] for e in audit} == {"admin"}
    assert all(set(e) == {"seq", "request_id", "type", "step", "actor", "at"} for e in audit)
    raw = json.dumps(audit)
    assert EMAIL not in raw and "visitor-1" not in raw


def test_rejection_needs_a_reason(client: TestClient) -> None:
    created = filed(
        client,
        {"type": "access", "subject": {"email": EMAIL}, "identity_verified": False},
    )
    base = f"/t/shop/privacy/requests/{created['id']}"
    assert client.post(f"{base}/reject", headers=admin(), json={}).status_code == 400
    rejected = client.post(
        f"{base}/reject", headers=admin(), json={"reason": "identity could not be verified"}
    )
    assert rejected.json()["status"] == "rejected"
    assert rejected.json()["reason"] == "identity could not be verified"
    assert client.get(f"{base}/export", headers=admin()).status_code == 409


def test_admin_endpoints_need_this_tenants_token(client: TestClient) -> None:
    body = {"type": "access", "subject": {"email": EMAIL}}
    assert file(client, body, headers=admin("wrong")).status_code == 403
    assert file(client, body, headers=admin(OTHER_TOKEN)).status_code == 403
    assert file(client, body, tenant="other", headers=admin(SHOP_TOKEN)).status_code == 403
    assert client.get("/t/shop/privacy/requests").status_code == 403
    assert client.get("/t/shop/privacy/requests", headers=admin(OTHER_TOKEN)).status_code == 403
    created = filed(client, body)
    for path in ("", "/export"):
        url = f"/t/other/privacy/requests/{created['id']}{path}"
        assert client.get(url, headers=admin(OTHER_TOKEN)).status_code == 404
    assert client.get("/t/other/privacy/requests", headers=admin(OTHER_TOKEN)).json() == {
        "requests": []
    }
    disabled = client.get("/t/noadmin/privacy/requests", headers=admin(SHOP_TOKEN))
    assert disabled.status_code == 403
    assert "admin" in disabled.json()["error"]["message"]


def test_visitor_self_service_is_limited_to_themselves(client: TestClient) -> None:
    say(client, "shop", "visitor-1", f"my email is {EMAIL}")
    mine = file(client, {"type": "access", "subject": {"sender": "visitor-1"}}, headers={})
    assert mine.status_code == 201, mine.text
    request_id = mine.json()["id"]
    audit = client.get(
        "/t/shop/privacy/audit", params={"request_id": request_id}, headers=admin()
    ).json()["entries"]
    assert [(e["step"], e["actor"]) for e in audit] == [
        ("received", "subject"),
        ("identity_verified", "bot"),
        ("in_progress", "bot"),
        ("completed", "bot"),
    ]
    url = f"/t/shop/privacy/requests/{request_id}"
    own = {"X-Allai-Sender": "visitor-1"}
    assert client.get(url, headers=own).json()["status"] == "completed"
    assert EMAIL in turns_text(client.get(f"{url}/export", headers=own).json())
    for headers in ({}, {"X-Allai-Sender": "visitor-2"}):
        assert client.get(f"{url}/export", headers=headers).status_code in (403, 404)
        assert client.get(url, headers=headers).status_code in (403, 404)
    for body in (
        {
            "type": "rectification",
            "subject": {"sender": "visitor-1"},
            "details": {"old": "a", "new": "b"},
        },
        {"type": "restriction", "subject": {"sender": "visitor-1"}},
        {"type": "access", "subject": {"email": EMAIL}},
        {"type": "erasure", "subject": {"sender": "visitor-1"}, "identity_verified": False},
    ):
        refused = file(client, body, headers={})
        assert refused.status_code == 403, body
    assert client.post(f"{url}/verify").status_code == 403
    erased = file(client, {"type": "erasure", "subject": {"sender": "visitor-1"}}, headers={})
    assert erased.status_code == 201 and erased.json()["status"] == "completed"


@pytest.mark.parametrize(
    ("body", "fragment"),
    [
        ({"type": "forget", "subject": {"sender": "v"}}, "unknown request type"),
        ({"type": "handoff", "subject": {"sender": "v"}}, "cannot be filed"),
        ({"type": "access", "subject": {"sender": "v", "email": EMAIL}}, "exactly one"),
        ({"type": "access", "subject": {}}, "exactly one"),
        ({"type": "access"}, "subject"),
        ({"type": "access", "subject": {"email": "not-an-address"}}, "email"),
        ({"type": "rectification", "subject": {"sender": "v"}}, "old"),
        ({"type": "access", "subject": {"sender": "v"}, "details": {"x": 1}}, "details"),
        ({"type": "access", "subject": {"sender": 5}}, "sender"),
    ],
)
def test_bad_bodies_get_a_reason(client: TestClient, body: dict[str, Any], fragment: str) -> None:
    response = file(client, body)
    assert response.status_code == 400, response.text
    assert fragment in response.json()["error"]["message"]


def test_unknown_ids_and_tenants(client: TestClient) -> None:
    missing = "dsr-" + "0" * 24
    assert client.get(f"/t/shop/privacy/requests/{missing}", headers=admin()).status_code == 404
    assert client.get("/t/shop/privacy/requests/nonsense", headers=admin()).status_code == 404
    assert (
        client.post(f"/t/shop/privacy/requests/{missing}/verify", headers=admin()).status_code
        == 404
    )
    assert client.get("/t/nobody/privacy/requests", headers=admin()).status_code == 404
    assert client.get("/t/shop/privacy/requests?status=late", headers=admin()).status_code == 400
