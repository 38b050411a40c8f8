"""A tenant's redaction policy: types, allow-list, deny-list, YAML regex recognizers."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
import yaml

from bot.config.loader import load_tenant_file
from bot.errors import ConfigError
from redaction.policy import CONFIDENTIAL, RedactionPolicy, RedactionSettings
from redaction.spans import Span


def _span(text: str, value: str, entity_type: str = "PERSON", score: float = 0.85) -> Span:
    start = text.index(value)
    return Span(entity_type, start, start + len(value), score)


def _texts(text: str, spans: list[Span]) -> list[tuple[str, str]]:
    return [(s.entity_type, s.text(text)) for s in spans]


def test_default_policy_keeps_every_detected_span() -> None:
    text = "I am Ion Popescu, ion@example.com"
    detected = [_span(text, "Ion Popescu"), _span(text, "ion@example.com", "EMAIL_ADDRESS")]
    assert RedactionPolicy.default().apply(text, detected) == detected


def test_entities_limit_what_is_redacted() -> None:
    text = "I am Ion Popescu from Cluj"
    detected = [_span(text, "Ion Popescu"), _span(text, "Cluj", "LOCATION")]
    policy = RedactionPolicy(RedactionSettings(entities=["PERSON"]))
    assert _texts(text, policy.apply(text, detected)) == [("PERSON", "Ion Popescu")]


@pytest.mark.parametrize(
    ("text", "value", "kept"),
    [
        ("Can Maria from support call me?", "Maria", True),
        ("Can MARIA from support call me?", "MARIA", True),
        ("I am Maria Popescu", "Maria Popescu", False),  # a customer, not the staff member
        ("Thanks, ACME Support team", "ACME Support", True),  # inside an allowed phrase
    ],
)
def test_allow_list_keeps_staff_names_but_not_customers(text: str, value: str, kept: bool) -> None:
    policy = RedactionPolicy(
        RedactionSettings(allow_list=["Maria"]), always_allowed=["ACME Support"]
    )
    result = policy.apply(text, [_span(text, value)])
    assert (result == []) is kept


def test_deny_list_is_always_redacted_whole_words_any_case() -> None:
    text = "Is project falcon delayed? Falconry is not."
    policy = RedactionPolicy(RedactionSettings(deny_list=["Project Falcon"]))
    assert _texts(text, policy.apply(text, [])) == [(CONFIDENTIAL, "project falcon")]


def test_tenant_regex_recognizers_add_their_own_types_and_win_overlaps() -> None:
    settings = RedactionSettings(
        recognizers=[
            {"name": "customer-id", "entity": "CUSTOMER_ID", "pattern": r"CUST-\d{6}"},
            {"name": "ticket", "entity": "TICKET", "pattern": r"tk\d+", "ignore_case": True},
        ]
    )
    policy = RedactionPolicy(settings)
    text = "Customer CUST-123456 about TK77"
    weak = Span("PHONE_NUMBER", text.index("123456"), text.index("123456") + 6, 0.4)
    assert _texts(text, policy.apply(text, [weak])) == [
        ("CUSTOMER_ID", "CUST-123456"),
        ("TICKET", "TK77"),
    ]
    assert {"CUSTOMER_ID", "TICKET", CONFIDENTIAL} <= policy.entities


def _tenant_file(tmp_path: Path, redaction: Any) -> Path:
    path = tmp_path / "tenants" / "acme.yml"
    path.parent.mkdir(parents=True, exist_ok=True)
    data = {
        "tenant": "acme",
        "display_name": "ACME",
        "faq": [{"q": "Hours?", "a": "9-18"}],
        "redaction": redaction,
    }
    path.write_text(yaml.safe_dump(data), encoding="utf-8")
    return path


def test_a_full_redaction_section_loads(tmp_path: Path) -> None:
    config = load_tenant_file(
        _tenant_file(
            tmp_path,
            {
                "mode": "surrogates",
                "entities": ["PERSON", "EMAIL_ADDRESS"],
                "allow_list": ["Maria"],
                "deny_list": ["Project Falcon"],
                "recognizers": [{"name": "cust", "entity": "CUSTOMER_ID", "pattern": "C-\\d+"}],
            },
        )
    )
    assert config.redaction.mode == "surrogates"
    assert config.redaction.recognizers[0].entity == "CUSTOMER_ID"


@pytest.mark.parametrize(
    ("redaction", "field", "words"),
    [
        ({"mode": "tags"}, "redaction.mode", "'placeholders' or 'surrogates'"),
        ({"entities": ["PERSON", "SHOE_SIZE"]}, "redaction.entities", "unknown entity type"),
        ({"entities": []}, "redaction.entities", "at least one type"),
        ({"allow_list": [""]}, "redaction.allow_list[0]", "at least 1"),
        ({"recognizers": [{"name": "x", "entity": "X", "pattern": "("}]},
         "redaction.recognizers[0].pattern", "not a valid regular expression"),
        ({"recognizers": [{"name": "x", "entity": "X", "pattern": "a*"}]},
         "redaction.recognizers[0].pattern", "empty string"),
        ({"recognizers": [{"name": "x", "entity": "lower", "pattern": "a"}]},
         "redaction.recognizers[0].entity", "upper-case"),
        ({"recognizers": [{"name": "Bad Name", "entity": "X", "pattern": "a"}]},
         "redaction.recognizers[0].name", "[a-z0-9]"),
        ({"recognizers": [{"name": "x", "entity": "X", "pattern": "a", "score": 2}]},
         "redaction.recognizers[0].score", "less than or equal to 1"),
        ({"recognizers": [{"name": "x", "entity": "X", "pattern": "a"},
                          {"name": "x", "entity": "Y", "pattern": "b"}]},
         "redaction", "unique"),
        ({"allow": ["x"]}, "redaction.allow", "not permitted"),
    ],
)  # fmt: skip
def test_bad_redaction_settings_name_file_and_field(
    tmp_path: Path, redaction: Any, field: str, words: str
) -> None:
    path = _tenant_file(tmp_path, redaction)
    with pytest.raises(ConfigError) as caught:
        load_tenant_file(path)
    assert caught.value.field == field
    assert words in caught.value.message and str(path) in caught.value.message
