"""Privacy requests made inside the conversation, in English and Romanian: recognised
before the engine, filed for the sender, answered in the person's language."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from starlette.testclient import TestClient

from bot.rights.phrases import Intent, recognise
from tests.support.app import llm_tenant, running_app, say
from tests.support.fake_llm import FakeLlm

TOKEN = "chat-admin-token-0123456789"

RECOGNISED = [
    ("delete my data", Intent.ERASURE, "en"),
    ("Please delete all my personal data.", Intent.ERASURE, "en"),
    ("erase everything you have about me", Intent.ERASURE, "en"),
    ("what data do you have about me?", Intent.ACCESS, "en"),
    ("I'd like a copy of my personal data", Intent.ACCESS, "en"),
    ("I object to the processing of my data for marketing", Intent.OBJECTION, "en"),
    ("Please stop using my data", Intent.OBJECTION, "en"),
    ("I want to talk to a human", Intent.HANDOFF, "en"),
    ("can I speak with a real person?", Intent.HANDOFF, "en"),
    ("ce date aveți despre mine?", Intent.ACCESS, "ro"),
    ("Ce informații personale dețineți despre mine", Intent.ACCESS, "ro"),
    ("ștergeți datele mele", Intent.ERASURE, "ro"),
    ("Vă rog să-mi ștergeți datele", Intent.ERASURE, "ro"),
    ("ştergeţi tot ce aveţi despre mine", Intent.ERASURE, "ro"),  # cedilla forms
    ("nu mai folosiți datele mele", Intent.OBJECTION, "ro"),
    ("Mă opun prelucrării datelor", Intent.OBJECTION, "ro"),
    ("vreau să vorbesc cu un om", Intent.HANDOFF, "ro"),
    ("Pot să vorbesc cu un operator?", Intent.HANDOFF, "ro"),
]

NOT_REQUESTS = [
    "Is my data safe with you?",
    "Do you store my data?",
    "How is my data used for the delivery?",
    "My data plan is too expensive",
    "What data do you need from me to ship the order?",
    "I deleted my data by mistake from the form",
    "delete my order please",
    "Human resources called me about the job",
    "am șters datele din formular",
    "datele mele de livrare sunt greșite",
    "Ce date sunt necesare pentru comandă?",
    "Folosiți datele de livrare din comanda anterioară",
    "Nu am primit coletul, vreau să știu unde este",
]


@pytest.mark.parametrize(("text", "intent", "lang"), RECOGNISED)
def test_phrases_are_recognised(text: str, intent: Intent, lang: str) -> None:
    found = recognise(text)
    assert found is not None, text
    assert (found.intent, found.lang) == (intent, lang)


@pytest.mark.parametrize("text", NOT_REQUESTS)
def test_messages_that_merely_mention_data_are_not_requests(text: str) -> None:
    assert recognise(text) is None


@pytest.fixture
def client(
    tmp_path: Path,
    redis_url: str,
    key_prefix: str,
    data_dir: Path,
    fake_llm: FakeLlm,
    monkeypatch: pytest.MonkeyPatch,
) -> Iterator[TestClient]:
    monkeypatch.setenv("SHOP_ADMIN_TOKEN", TOKEN)
    root = tmp_path / "configs"
    llm_tenant(root, "shop", fake_llm.base_url, admin={"token_env": "SHOP_ADMIN_TOKEN"})
    with running_app(root, redis_url, key_prefix, data_dir) as client:
        yield client


def requests_of(client: TestClient) -> list[dict[str, Any]]:
    response = client.get("/t/shop/privacy/requests", headers={"Authorization": f"Bearer {TOKEN}"})
    assert response.status_code == 200
    result: list[dict[str, Any]] = response.json()["requests"]
    return result


def history(client: TestClient, sender: str) -> list[dict[str, Any]]:
    result: list[dict[str, Any]] = client.post(
        "/t/shop/conversation", json={"sender": sender}
    ).json()["messages"]
    return result


@pytest.mark.slow
def test_access_in_chat_files_a_request_with_the_export_ready(
    client: TestClient, fake_llm: FakeLlm
) -> None:
    say(client, "shop", "v1", "Hello, my email is ana@example.com")
    calls = len(fake_llm.requests)
    [reply] = say(client, "shop", "v1", "What data do you have about me?")
    assert len(fake_llm.requests) == calls
    [request] = requests_of(client)
    assert request["type"] == "access" and request["status"] == "completed"
    assert request["channel"] == "chat" and request["id"] in reply
    export = client.get(
        f"/t/shop/privacy/requests/{request['id']}/export", headers={"X-Allai-Sender": "v1"}
    ).json()
    texts = [t["text"] for t in export["subjects"][0]["conversation"]["turns"]]
    assert any("ana@example.com" in t for t in texts)
    # the request turn itself is not part of the conversation
    assert not any("What data do you have" in m["text"] for m in history(client, "v1"))


@pytest.mark.slow
def test_erasure_in_chat_asks_first_and_deletes_on_da(
    client: TestClient, fake_llm: FakeLlm
) -> None:
    say(client, "shop", "v1", "Bună ziua, mă numesc Ion Popescu", lang="ro")
    calls = len(fake_llm.requests)
    [question] = say(client, "shop", "v1", "Ștergeți datele mele")
    assert "DA" in question and "ștergă" not in question
    assert requests_of(client) == []  # nothing destroyed or filed before the answer
    assert history(client, "v1")
    [done] = say(client, "shop", "v1", "Da")
    assert "șterse" in done
    [request] = requests_of(client)
    assert (request["type"], request["status"]) == ("erasure", "completed")
    assert request["result"]["verified"] is True
    assert history(client, "v1") == []
    assert len(fake_llm.requests) == calls


@pytest.mark.slow
def test_erasure_in_chat_is_cancelled_by_any_other_reply(
    client: TestClient, fake_llm: FakeLlm
) -> None:
    say(client, "shop", "v1", "Hello, where is my parcel?")
    [question] = say(client, "shop", "v1", "Please delete my data")
    assert "YES" in question
    calls = len(fake_llm.requests)
    cancelled, answer = say(client, "shop", "v1", "Actually, no. What are your opening hours?")
    assert cancelled == "Nothing was deleted."
    assert answer.startswith("You said:")
    assert len(fake_llm.requests) == calls + 1  # answered as usual
    assert requests_of(client) == []
    # the question is gone: a later "yes" deletes nothing
    say(client, "shop", "v1", "yes")
    assert requests_of(client) == []
    assert history(client, "v1")


@pytest.mark.slow
def test_an_erasure_done_elsewhere_drops_the_pending_chat_question(client: TestClient) -> None:
    say(client, "shop", "v1", "Hello, my email is ana@example.com")
    [question] = say(client, "shop", "v1", "Please delete my data")
    assert "YES" in question
    response = client.post(
        "/t/shop/privacy/requests",
        json={"type": "erasure", "subject": {"sender": "v1"}},
        headers={"Authorization": f"Bearer {TOKEN}"},
    )
    assert response.status_code == 201
    assert response.json()["result"]["verified"] is True  # nothing left under the pseudonym
    # the question went with the person: a later "yes" files and deletes nothing more
    say(client, "shop", "v1", "yes")
    assert [r["channel"] for r in requests_of(client)] == ["api"]


@pytest.mark.slow
def test_objection_and_handoff_in_chat(client: TestClient, fake_llm: FakeLlm) -> None:
    say(client, "shop", "v1", "Salut", lang="ro")
    calls = len(fake_llm.requests)
    [objection] = say(client, "shop", "v1", "Nu mai folosiți datele mele")
    assert "Am înțeles" in objection
    disclosure, human = say(client, "shop", "v2", "I want to talk to a human")
    assert "AI" in disclosure  # a new conversation still opens with the disclosure
    assert "person will follow up" in human
    assert len(fake_llm.requests) == calls
    by_type = {r["type"]: r for r in requests_of(client)}
    assert by_type["objection"]["status"] == "completed"
    assert by_type["handoff"]["status"] == "received"
    consent = client.get("/t/shop/subjects/v1/consent").json()
    assert consent["training"] is False


@pytest.mark.slow
def test_ordinary_messages_about_data_reach_the_engine(
    client: TestClient, fake_llm: FakeLlm
) -> None:
    for text in ("Is my data safe with you?", "Ce date sunt necesare pentru comandă?"):
        calls = len(fake_llm.requests)
        [reply] = say(client, "shop", "v1", text)[-1:]
        assert reply.startswith("You said:")
        assert len(fake_llm.requests) == calls + 1
    assert requests_of(client) == []
