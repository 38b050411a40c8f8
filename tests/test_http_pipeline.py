"""The privacy pipeline end to end, through the HTTP API, with real Redis, real Presidio
and spaCy, and a local OpenAI-compatible server standing in for the remote LLM."""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path

import pytest
from starlette.testclient import TestClient

from models.ner import load_spacy_model
from tests.support.app import dump_redis, llm_tenant, running_app, say, write_tenant
from tests.support.fake_llm import FakeLlm
from tests.support.reachable import holders, invented_names

pytestmark = pytest.mark.slow

# (message, personal values that must never reach the LLM nor Redis in clear)
PII_MESSAGES: list[tuple[str, list[str]]] = [
    (
        "Hi, my name is John Miller and my email is john.miller@example.com",
        ["John Miller", "john.miller@example.com"],
    ),
    ("My card number is 4111 1111 1111 1111, can you check it?", ["4111 1111 1111 1111"]),
    ("Please refund to DE89370400440532013000 thanks", ["DE89370400440532013000"]),
    ("I am Sarah Connor and my IP is 192.168.1.20", ["Sarah Connor", "192.168.1.20"]),
    ("You can reach me at +49 30 901820 after 5pm", ["+49 30 901820"]),
    (
        "Bună ziua, mă numesc Ion Popescu și CNP-ul meu este 1800101221144",
        ["Ion Popescu", "1800101221144"],
    ),
    ("Numărul meu de telefon este 0722 123 456, mulțumesc", ["0722 123 456"]),
    ("IBAN-ul meu este RO49AAAA1B31007593840000 mulțumesc", ["RO49AAAA1B31007593840000"]),
    ("Vă rog scrieți-mi la maria.ionescu@yahoo.ro", ["maria.ionescu@yahoo.ro"]),
    ("Sunt Ana-Maria Popa, telefon +40 744 555 666", ["Ana-Maria Popa", "+40 744 555 666"]),
    ("CNP 2960512401237, numele meu este Elena Dumitrescu", ["2960512401237", "Elena Dumitrescu"]),
]


@pytest.fixture
def config_dir(tmp_path: Path, fake_llm: FakeLlm) -> Path:
    root = tmp_path / "configs"
    llm_tenant(root, "shop", fake_llm.base_url, training={"allowed": False})
    llm_tenant(root, "trainer", fake_llm.base_url, training={"allowed": True})
    llm_tenant(root, "fakes", fake_llm.base_url, redaction={"mode": "surrogates"})
    llm_tenant(
        root,
        "policy",
        fake_llm.base_url,
        display_name="Falcon Shop",
        redaction={
            "allow_list": ["Maria"],
            "deny_list": ["Project Falcon"],
            "recognizers": [{"name": "cust", "entity": "CUSTOMER_ID", "pattern": r"CUST-\d{6}"}],
        },
    )
    write_tenant(
        root,
        "faqbot",
        disclosure={"en": "Hello, I am an AI assistant.", "ro": "Bună, sunt un asistent AI."},
        faq=[
            {"q": "What are your opening hours?", "a": "Monday to Friday, 9:00-18:00."},
            {"q": "Care este programul?", "a": "Luni - vineri, 9:00-18:00."},
        ],
    )
    return root


@pytest.fixture
def client(
    config_dir: Path, redis_url: str, key_prefix: str, data_dir: Path
) -> Iterator[TestClient]:
    with running_app(config_dir, redis_url, key_prefix, data_dir) as app_client:
        yield app_client


def _compact(value: str) -> str:
    return value.replace(" ", "")


@pytest.mark.parametrize(("message", "values"), PII_MESSAGES)
def test_no_personal_value_reaches_the_llm_and_the_person_gets_them_back(
    client: TestClient, fake_llm: FakeLlm, message: str, values: list[str]
) -> None:
    texts = say(client, "shop", "visitor-1", message)

    received = fake_llm.everything_received()
    assert fake_llm.requests, "the LLM was never called"
    for value in values:
        assert value not in received
        assert _compact(value) not in _compact(received)
    # The fake LLM echoes the redacted message; the person sees their own values again.
    answer = texts[-1]
    assert answer.startswith("You said: ")
    for value in values:
        assert value in answer
    assert "<" not in answer


def test_placeholders_are_stable_across_turns(client: TestClient, fake_llm: FakeLlm) -> None:
    say(client, "shop", "visitor-2", "My email is ana@example.org")
    say(client, "shop", "visitor-2", "Did you get ana@example.org right? Also bob@example.org")
    last = fake_llm.requests[-1].body["messages"]
    first_user, second_user = [m["content"] for m in last if m["role"] == "user"]
    assert first_user == "My email is <EMAIL_ADDRESS_1>"
    assert "<EMAIL_ADDRESS_1>" in second_user and "<EMAIL_ADDRESS_2>" in second_user


def test_first_reply_carries_the_disclosure_in_the_conversation_language(
    client: TestClient,
) -> None:
    first = say(client, "faqbot", "en-visitor", "What are your opening hours?")
    assert first[0] == "Hello, I am an AI assistant."
    assert first[1] == "Monday to Friday, 9:00-18:00."
    again = say(client, "faqbot", "en-visitor", "What are your opening hours?")
    assert again == ["Monday to Friday, 9:00-18:00."]

    ro = say(client, "faqbot", "ro-visitor", "Bună ziua, care este programul magazinului?")
    assert ro[0] == "Bună, sunt un asistent AI."
    assert ro[1] == "Luni - vineri, 9:00-18:00."


def test_declared_language_wins_and_builtin_disclosure_is_used_when_none_configured(
    client: TestClient,
) -> None:
    texts = say(client, "shop", "declared", "ok", lang="ro")
    assert "AI" in texts[0] and "nu un om" in texts[0]


def test_nothing_in_redis_holds_message_text_or_personal_data_in_clear(
    client: TestClient, redis_url: str, key_prefix: str
) -> None:
    sender = "visitor-scan-7f3a"
    for message, _ in PII_MESSAGES:
        say(client, "shop", sender, message)
    client.put(f"/t/shop/subjects/{sender}/consent", json={"training": False})

    stored = dump_redis(redis_url, key_prefix)
    assert stored, "nothing was stored"
    needles = {sender}
    for message, values in PII_MESSAGES:
        needles.update(values)
        needles.update(_compact(v) for v in values)
        needles.update(word for word in message.split() if len(word) >= 6)
    for key, value in stored.items():
        blob = key + b"\n" + value
        for needle in needles:
            assert needle.encode() not in blob, f"{needle!r} found in clear under {key!r}"
            assert needle.casefold().encode() not in blob.lower()


def test_the_server_keeps_no_word_of_a_message_in_its_language_model(client: TestClient) -> None:
    # spaCy would keep every new word it reads (names included) for the life of the
    # process; the detector reads each message in a memory zone instead.
    model = load_spacy_model()
    say(client, "shop", "visitor-vocab", "Hello, warm up please")
    before = len(model.vocab.strings)
    say(client, "shop", "visitor-vocab", "I am Zdeslava Krimhildovicz from Qvorstadt-Upon-Ivel")
    say(client, "shop", "visitor-vocab", "Sunt Qwendolyn Asvarsdottir, sunați la 0722 987 654")
    for word in ("Zdeslava", "Krimhildovicz", "Qvorstadt", "Asvarsdottir", "Qwendolyn"):
        assert word not in model.vocab.strings
    assert len(model.vocab.strings) == before


def test_store_false_when_the_tenant_does_not_allow_training(
    client: TestClient, fake_llm: FakeLlm
) -> None:
    say(client, "shop", "s1", "Hello there")
    assert fake_llm.requests[-1].body.get("store") is False


def test_training_flag_follows_tenant_policy_objection_and_message_metadata(
    client: TestClient, fake_llm: FakeLlm
) -> None:
    say(client, "trainer", "allowed-person", "Hello there")
    assert "store" not in fake_llm.requests[-1].body

    objection = client.put("/t/trainer/subjects/objector/consent", json={"training": False})
    assert objection.status_code == 200 and objection.json()["training"] is False
    assert client.get("/t/trainer/subjects/objector/consent").json()["training"] is False
    say(client, "trainer", "objector", "Hello there")
    assert fake_llm.requests[-1].body.get("store") is False

    say(client, "trainer", "per-message", "Hello there", training=False)
    assert fake_llm.requests[-1].body.get("store") is False
    # The earlier turn travels in the history, so later requests must not be stored either.
    say(client, "trainer", "per-message", "And another question")
    assert fake_llm.requests[-1].body.get("store") is False


def test_consent_can_be_withdrawn_and_given_back(client: TestClient, fake_llm: FakeLlm) -> None:
    client.put("/t/trainer/subjects/p/consent", json={"training": False})
    client.put("/t/trainer/subjects/p/consent", json={"training": True})
    say(client, "trainer", "p", "Hello there")
    assert "store" not in fake_llm.requests[-1].body


def test_history_reaches_the_llm_redacted(client: TestClient, fake_llm: FakeLlm) -> None:
    say(client, "shop", "hist", "My name is John Miller")
    say(client, "shop", "hist", "What did I tell you?")
    messages = fake_llm.requests[-1].body["messages"]
    assert messages[0]["role"] == "system"
    assert [m["role"] for m in messages[1:]] == ["user", "assistant", "assistant", "user"]
    assert "John Miller" not in json.dumps(messages)


def test_engine_failure_stores_nothing_and_is_retryable(
    client: TestClient, fake_llm: FakeLlm
) -> None:
    fake_llm.fail_with_status = 500
    response = client.post(
        "/t/shop/webhooks/rest/webhook", json={"sender": "f", "message": "Hi, I'm John"}
    )
    assert response.status_code == 503
    assert response.headers["retry-after"]
    assert response.json()["error"]["retryable"] is True

    fake_llm.fail_with_status = None
    texts = say(client, "shop", "f", "Hi, I'm John")
    assert "an AI, not a person" in texts[0]  # nothing was stored: still the first turn
    assert len(texts) == 2


def test_llm_rejecting_the_request_is_a_502_not_retryable(
    client: TestClient, fake_llm: FakeLlm
) -> None:
    fake_llm.fail_with_status = 401
    response = client.post("/t/shop/webhooks/rest/webhook", json={"sender": "x", "message": "Hi"})
    assert response.status_code == 502
    assert response.json()["error"]["retryable"] is False


def test_missing_api_key_names_the_variable(
    client: TestClient, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.delenv("TEST_LLM_KEY")
    response = client.post("/t/shop/webhooks/rest/webhook", json={"sender": "x", "message": "Hi"})
    assert response.status_code == 500
    assert "TEST_LLM_KEY" in response.json()["error"]["message"]


def test_healthz(client: TestClient) -> None:
    response = client.get("/healthz")
    assert response.status_code == 200
    assert response.json() == {"status": "ok", "redis": "ok"}


def test_an_objection_outlives_the_retention_of_conversations(
    client: TestClient, redis_url: str, key_prefix: str
) -> None:
    import redis

    assert client.put("/t/shop/subjects/o/consent", json={"training": False}).status_code == 200
    raw = redis.Redis.from_url(redis_url)
    consent_keys = list(raw.scan_iter(match=f"{key_prefix}:shop:subj:*:consent"))
    assert len(consent_keys) == 1
    assert raw.ttl(consent_keys[0]) == -1  # kept until the person changes it
    raw.close()


def test_surrogate_mode_sends_realistic_fakes_and_restores_the_values(
    client: TestClient, fake_llm: FakeLlm
) -> None:
    texts = say(client, "fakes", "s", "Hi, I am John Miller, my email is john.miller@example.com")
    sent = fake_llm.requests[-1].body["messages"][-1]["content"]
    assert "John Miller" not in sent and "john.miller@example.com" not in sent
    assert "<" not in sent  # no tags: fakes of the same kind instead
    assert "@example.com" in sent and "alex.fairbanks@example.com" in sent
    assert texts[-1] == "You said: Hi, I am John Miller, my email is john.miller@example.com"


def test_tenant_policy_allow_list_deny_list_and_own_recognizers(
    client: TestClient, fake_llm: FakeLlm
) -> None:
    message = "Can Maria help me with Project Falcon? I am CUST-123456 at Falcon Shop"
    texts = say(client, "policy", "p", message)
    sent = fake_llm.requests[-1].body["messages"][-1]["content"]
    assert sent == ("Can Maria help me with <CONFIDENTIAL_1>? I am <CUSTOMER_ID_1> at Falcon Shop")
    assert texts[-1] == f"You said: {message}"


def test_the_server_keeps_no_name_of_a_message_in_memory(client: TestClient) -> None:
    # Caches of word lists, of the model, of the channel: nothing may remember them.
    first, last, town, other = invented_names(4, seed=11)
    messages = [
        f"Hello, my name is {first} {last}, my phone is 0722 987 654",
        f"hi this is {first.lower()} {last.lower()} from {town.lower()} thanks",
        f"Bună ziua, mă numesc {other} {last}, stau în {town}, sunați-mă la 0744 555 666",
    ]
    for message in messages:
        say(client, "shop", "visitor-memory", message)
    assert holders([first, last, town, other], messages) == []
