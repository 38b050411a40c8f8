"""The synthetic evaluation sets (``tests/data/synthetic``, ``make redaction-sets``).

Checked without a model: every file is a valid corpus, the twelve splits (dev, test,
dev2, dev3, blind, dev4, dev5, blind2, blind3, blind4, blind5, dev6) exist per generator, the
test split uses only held-out templates, the later splits only their own templates (none
of another split's), the blind templates are used by their blind split and nothing else,
every entity type is there in numbers, checksummed identifiers are valid, and the files are
what the generator makes. Nothing here prints a blind (or test) message: they are held out.
"""

from __future__ import annotations

import re
from collections import Counter
from pathlib import Path

import pytest

from benchmarks.synth.assemble import Template
from benchmarks.synth.sets import SETS, generate, is_test_template, to_lines
from benchmarks.synth.templates_a import TEMPLATES as TEMPLATES_A
from benchmarks.synth.templates_a2 import TEMPLATES as TEMPLATES_A2
from benchmarks.synth.templates_a3 import TEMPLATES as TEMPLATES_A3
from benchmarks.synth.templates_a4 import TEMPLATES as TEMPLATES_A4
from benchmarks.synth.templates_a5 import TEMPLATES as TEMPLATES_A5
from benchmarks.synth.templates_a6 import TEMPLATES as TEMPLATES_A6
from benchmarks.synth.templates_a7 import TEMPLATES as TEMPLATES_A7
from benchmarks.synth.templates_a8 import TEMPLATES as TEMPLATES_A8
from benchmarks.synth.templates_a9 import TEMPLATES as TEMPLATES_A9
from benchmarks.synth.templates_a10 import TEMPLATES as TEMPLATES_A10
from benchmarks.synth.templates_a11 import TEMPLATES as TEMPLATES_A11
from benchmarks.synth.templates_b import TEMPLATES as TEMPLATES_B
from benchmarks.synth.templates_b2 import TEMPLATES as TEMPLATES_B2
from benchmarks.synth.templates_b3 import TEMPLATES as TEMPLATES_B3
from benchmarks.synth.templates_b4 import TEMPLATES as TEMPLATES_B4
from benchmarks.synth.templates_b5 import TEMPLATES as TEMPLATES_B5
from benchmarks.synth.templates_b6 import TEMPLATES as TEMPLATES_B6
from benchmarks.synth.templates_b7 import TEMPLATES as TEMPLATES_B7
from benchmarks.synth.templates_b8 import TEMPLATES as TEMPLATES_B8
from benchmarks.synth.templates_b9 import TEMPLATES as TEMPLATES_B9
from benchmarks.synth.templates_b10 import TEMPLATES as TEMPLATES_B10
from benchmarks.synth.templates_b11 import TEMPLATES as TEMPLATES_B11
from redaction.evaluation import CHECKSUMMED_TYPES, CorpusMessage, checksum_valid, load_corpus

SYNTHETIC = Path(__file__).parent / "data" / "synthetic"
GENERATORS = ("faker", "mimesis")
VALUE_SETS = ("en", "ro")
SPLITS = (
    "dev",
    "test",
    "dev2",
    "dev3",
    "blind",
    "dev4",
    "dev5",
    "blind2",
    "blind3",
    "blind4",
    "blind5",
    "dev6",
)
MIN_MESSAGES = 300
MAX_MESSAGES = 400
MIN_VALUES_PER_TYPE = 8
MIN_NAMES = 150
EXPECTED_TYPES = {
    "en": {
        "PERSON",
        "EMAIL_ADDRESS",
        "PHONE_NUMBER",
        "IBAN_CODE",
        "CREDIT_CARD",
        "DATE_OF_BIRTH",
        "STREET_ADDRESS",
        "IP_ADDRESS",
        "LOCATION",
        "NATIONAL_ID",
        "PASSPORT",
        "DRIVER_LICENSE",
    },
    "ro": {
        "PERSON",
        "EMAIL_ADDRESS",
        "PHONE_NUMBER",
        "IBAN_CODE",
        "CREDIT_CARD",
        "DATE_OF_BIRTH",
        "STREET_ADDRESS",
        "IP_ADDRESS",
        "LOCATION",
        "PASSPORT",
        "DRIVER_LICENSE",
        "RO_CNP",
        "RO_ID_CARD",
        "RO_LICENSE_PLATE",
    },
}
# Splits whose templates put names, addresses and numbers in running text: their rarer
# types (IP addresses, ID cards...) are too few to count on.
RUNNING_TEXT_SPLITS = ("dev5", "blind2", "blind3", "blind4", "blind5")
CORE_TYPES = EXPECTED_TYPES["en"] - {"IP_ADDRESS", "NATIONAL_ID", "PASSPORT", "DRIVER_LICENSE"}
_SPOKEN = re.compile(r"\b(zero|one|two|three|unu|doi|trei|patru|cinci)\b")
_ID = re.compile(
    r"(?P<set>[a-z]+-[a-z]+-(dev2|dev3|dev4|dev5|dev6|dev|test|blind2|blind3|blind4|blind5|blind))-(?P<template>(ro-)?[a-z]+(?:-[a-z]+)*-\d{2})-\d{4}"
)


def _template_id(message: CorpusMessage) -> str:
    match = _ID.fullmatch(message.id)
    assert match, message.id
    return match.group("template")


def _templates(name: str) -> dict[str, Template]:
    """The templates a set's generator may use, by id (both languages)."""
    return {t.id: t for lang in SETS[name].templates.values() for t in lang}


def _texts(*groups: dict[str, list[Template]]) -> set[str]:
    return {t.text for templates in groups for lang in templates.values() for t in lang}


@pytest.fixture(scope="module")
def sets() -> dict[str, list[CorpusMessage]]:
    return {name: load_corpus(SYNTHETIC / f"{name}.jsonl") for name in SETS}


def test_every_set_is_written_and_nothing_else() -> None:
    assert sorted(p.stem for p in SYNTHETIC.glob("*.jsonl")) == sorted(SETS)
    expected = {f"{g}-{v}-{s}" for g in GENERATORS for v in VALUE_SETS for s in SPLITS}
    assert set(SETS) == expected


@pytest.mark.parametrize("name", sorted(SETS))
def test_a_set_is_a_valid_corpus_of_the_right_size(
    name: str, sets: dict[str, list[CorpusMessage]]
) -> None:
    messages = sets[name]
    templates = _templates(name)
    assert MIN_MESSAGES <= len(messages) <= MAX_MESSAGES
    for message in messages:
        match = _ID.fullmatch(message.id)
        assert match and match.group("set") == name, message.id
        assert all(len(k) >= 2 for k in message.keep), message.id
        template = templates[_template_id(message)]
        assert template.lang == message.lang, message.id
        assert (message.source == "phone") == template.spoken, message.id
    langs = Counter(m.lang for m in messages)
    if SETS[name].values == "ro":
        assert min(langs["en"], langs["ro"]) >= 0.4 * len(messages), langs
    else:
        assert set(langs) == {"en"}


@pytest.mark.parametrize("name", sorted(SETS))
def test_every_entity_type_has_enough_values(
    name: str, sets: dict[str, list[CorpusMessage]]
) -> None:
    per_type = Counter(v.entity_type for m in sets[name] for v in m.pii)
    wanted = EXPECTED_TYPES[SETS[name].values]
    if SETS[name].split in RUNNING_TEXT_SPLITS:
        wanted = CORE_TYPES
    assert {t: per_type[t] for t in wanted if per_type[t] < MIN_VALUES_PER_TYPE} == {}
    assert per_type["PERSON"] >= MIN_NAMES
    keep = sum(len(m.keep) for m in sets[name])
    assert keep >= 5 * len(sets[name])


@pytest.mark.parametrize(("generator", "values"), [(g, v) for g in GENERATORS for v in VALUE_SETS])
def test_the_test_split_uses_only_held_out_templates(
    generator: str, values: str, sets: dict[str, list[CorpusMessage]]
) -> None:
    dev = {_template_id(m) for m in sets[f"{generator}-{values}-dev"]}
    test = {_template_id(m) for m in sets[f"{generator}-{values}-test"]}
    assert dev.isdisjoint(test)
    assert all(int(t[-2:]) % 3 == 0 for t in test)
    assert len(test) >= 10
    dev_texts = {m.text for m in sets[f"{generator}-{values}-dev"]}
    assert dev_texts.isdisjoint(m.text for m in sets[f"{generator}-{values}-test"])


@pytest.mark.parametrize(("generator", "values"), [(g, v) for g in GENERATORS for v in VALUE_SETS])
def test_the_dev2_split_uses_only_its_own_templates(
    generator: str, values: str, sets: dict[str, list[CorpusMessage]]
) -> None:
    prefix = f"{generator}-{values}"
    dev2 = {_template_id(m) for m in sets[f"{prefix}-dev2"]}
    dev = {_template_id(m) for m in sets[f"{prefix}-dev"]}
    test = {_template_id(m) for m in sets[f"{prefix}-test"]}
    assert dev2.isdisjoint(dev)
    assert dev2.isdisjoint(test)
    assert len(dev2) >= 30
    own = _templates(f"{prefix}-dev2")
    assert dev2 <= set(own)
    # Not one dev2 template is a dev or test template of either generator.
    assert {own[t].text for t in dev2}.isdisjoint(_texts(TEMPLATES_A, TEMPLATES_B))
    dev2_texts = {m.text for m in sets[f"{prefix}-dev2"]}
    assert dev2_texts.isdisjoint(m.text for m in sets[f"{prefix}-dev"])
    assert dev2_texts.isdisjoint(m.text for m in sets[f"{prefix}-test"])


def test_dev2_templates_have_styles_of_their_own() -> None:
    for old, new in ((TEMPLATES_A, TEMPLATES_A2), (TEMPLATES_B, TEMPLATES_B2)):
        old_styles = {t.style for lang in old.values() for t in lang}
        new_styles = {t.style for lang in new.values() for t in lang}
        assert old_styles.isdisjoint(new_styles)
        assert len(new_styles) >= 20
    assert _texts(TEMPLATES_A2).isdisjoint(_texts(TEMPLATES_A, TEMPLATES_B, TEMPLATES_B2))
    assert _texts(TEMPLATES_B2).isdisjoint(_texts(TEMPLATES_A, TEMPLATES_B))


# The splits written later from templates of their own: (split, Faker's templates,
# mimesis's templates, the splits before it). Each must share no template, no style and
# no message with anything written before it.
OWN_TEMPLATE_SPLITS = (
    ("dev3", TEMPLATES_A3, TEMPLATES_B3, ("dev", "test", "dev2")),
    ("blind", TEMPLATES_A4, TEMPLATES_B4, ("dev", "test", "dev2", "dev3")),
    ("dev4", TEMPLATES_A5, TEMPLATES_B5, ("dev", "test", "dev2", "dev3", "blind")),
    ("dev5", TEMPLATES_A6, TEMPLATES_B6, ("dev", "test", "dev2", "dev3", "blind", "dev4")),
    (
        "blind2",
        TEMPLATES_A7,
        TEMPLATES_B7,
        ("dev", "test", "dev2", "dev3", "blind", "dev4", "dev5"),
    ),
    (
        "blind3",
        TEMPLATES_A8,
        TEMPLATES_B8,
        ("dev", "test", "dev2", "dev3", "blind", "dev4", "dev5", "blind2"),
    ),
    (
        "blind4",
        TEMPLATES_A9,
        TEMPLATES_B9,
        ("dev", "test", "dev2", "dev3", "blind", "dev4", "dev5", "blind2", "blind3"),
    ),
    (
        "blind5",
        TEMPLATES_A10,
        TEMPLATES_B10,
        ("dev", "test", "dev2", "dev3", "blind", "dev4", "dev5", "blind2", "blind3", "blind4"),
    ),
    (
        "dev6",
        TEMPLATES_A11,
        TEMPLATES_B11,
        SPLITS[: SPLITS.index("dev6")],  # every split written before it
    ),
)
_EARLIER_TEMPLATES = {
    "dev3": (TEMPLATES_A, TEMPLATES_B, TEMPLATES_A2, TEMPLATES_B2),
    "blind": (TEMPLATES_A, TEMPLATES_B, TEMPLATES_A2, TEMPLATES_B2, TEMPLATES_A3, TEMPLATES_B3),
    "dev4": (
        TEMPLATES_A, TEMPLATES_B, TEMPLATES_A2, TEMPLATES_B2, TEMPLATES_A3, TEMPLATES_B3,
        TEMPLATES_A4, TEMPLATES_B4,
    ),
    "dev5": (
        TEMPLATES_A, TEMPLATES_B, TEMPLATES_A2, TEMPLATES_B2, TEMPLATES_A3, TEMPLATES_B3,
        TEMPLATES_A4, TEMPLATES_B4, TEMPLATES_A5, TEMPLATES_B5,
    ),
    "blind2": (
        TEMPLATES_A, TEMPLATES_B, TEMPLATES_A2, TEMPLATES_B2, TEMPLATES_A3, TEMPLATES_B3,
        TEMPLATES_A4, TEMPLATES_B4, TEMPLATES_A5, TEMPLATES_B5, TEMPLATES_A6, TEMPLATES_B6,
    ),
    "blind3": (
        TEMPLATES_A, TEMPLATES_B, TEMPLATES_A2, TEMPLATES_B2, TEMPLATES_A3, TEMPLATES_B3,
        TEMPLATES_A4, TEMPLATES_B4, TEMPLATES_A5, TEMPLATES_B5, TEMPLATES_A6, TEMPLATES_B6,
        TEMPLATES_A7, TEMPLATES_B7,
    ),
    "blind4": (
        TEMPLATES_A, TEMPLATES_B, TEMPLATES_A2, TEMPLATES_B2, TEMPLATES_A3, TEMPLATES_B3,
        TEMPLATES_A4, TEMPLATES_B4, TEMPLATES_A5, TEMPLATES_B5, TEMPLATES_A6, TEMPLATES_B6,
        TEMPLATES_A7, TEMPLATES_B7, TEMPLATES_A8, TEMPLATES_B8,
    ),
    "blind5": (
        TEMPLATES_A, TEMPLATES_B, TEMPLATES_A2, TEMPLATES_B2, TEMPLATES_A3, TEMPLATES_B3,
        TEMPLATES_A4, TEMPLATES_B4, TEMPLATES_A5, TEMPLATES_B5, TEMPLATES_A6, TEMPLATES_B6,
        TEMPLATES_A7, TEMPLATES_B7, TEMPLATES_A8, TEMPLATES_B8, TEMPLATES_A9, TEMPLATES_B9,
    ),
    "dev6": (
        TEMPLATES_A, TEMPLATES_B, TEMPLATES_A2, TEMPLATES_B2, TEMPLATES_A3, TEMPLATES_B3,
        TEMPLATES_A4, TEMPLATES_B4, TEMPLATES_A5, TEMPLATES_B5, TEMPLATES_A6, TEMPLATES_B6,
        TEMPLATES_A7, TEMPLATES_B7, TEMPLATES_A8, TEMPLATES_B8, TEMPLATES_A9, TEMPLATES_B9,
        TEMPLATES_A10, TEMPLATES_B10,
    ),
}  # fmt: skip


@pytest.mark.parametrize(
    ("split", "generator", "values"),
    [(s[0], g, v) for s in OWN_TEMPLATE_SPLITS for g in GENERATORS for v in VALUE_SETS],
)
def test_a_later_split_uses_only_its_own_templates(
    split: str, generator: str, values: str, sets: dict[str, list[CorpusMessage]]
) -> None:
    _, templates_a, templates_b, earlier = next(s for s in OWN_TEMPLATE_SPLITS if s[0] == split)
    prefix = f"{generator}-{values}"
    used = {_template_id(m) for m in sets[f"{prefix}-{split}"]}
    own = _templates(f"{prefix}-{split}")
    assert SETS[f"{prefix}-{split}"].templates is (
        templates_a if generator == "faker" else templates_b
    )
    assert len(used) >= 30
    assert used <= set(own)
    for other in earlier:
        assert used.isdisjoint(_template_id(m) for m in sets[f"{prefix}-{other}"])
    # Not one of its templates is a template of an earlier split, of either generator.
    assert {own[t].text for t in used}.isdisjoint(_texts(*_EARLIER_TEMPLATES[split]))
    texts = {m.text for m in sets[f"{prefix}-{split}"]}
    for other in earlier:
        assert texts.isdisjoint(m.text for m in sets[f"{prefix}-{other}"])


@pytest.mark.parametrize("split", [s[0] for s in OWN_TEMPLATE_SPLITS])
def test_a_later_split_has_styles_of_its_own(split: str) -> None:
    _, templates_a, templates_b, _ = next(s for s in OWN_TEMPLATE_SPLITS if s[0] == split)
    older = _EARLIER_TEMPLATES[split]
    old_styles = {t.style for templates in older for lang in templates.values() for t in lang}
    styles_a = {t.style for lang in templates_a.values() for t in lang}
    styles_b = {t.style for lang in templates_b.values() for t in lang}
    for new in (styles_a, styles_b):
        assert old_styles.isdisjoint(new)
        assert len(new) >= 20
    assert styles_a.isdisjoint(styles_b)  # written independently, in other situations
    assert _texts(templates_a).isdisjoint(_texts(*older, templates_b))
    assert _texts(templates_b).isdisjoint(_texts(*older))
    for templates in (templates_a, templates_b):
        for lang, group in templates.items():
            assert {t.lang for t in group} == {lang}
            assert all(n >= 3 for n in Counter(t.style for t in group).values())


@pytest.mark.parametrize(
    ("split", "blind_a", "blind_b"),
    [
        ("blind", TEMPLATES_A4, TEMPLATES_B4),
        ("blind2", TEMPLATES_A7, TEMPLATES_B7),
        ("blind3", TEMPLATES_A8, TEMPLATES_B8),
        ("blind4", TEMPLATES_A9, TEMPLATES_B9),
        ("blind5", TEMPLATES_A10, TEMPLATES_B10),
    ],
)
def test_the_blind_templates_are_used_by_their_blind_split_only(
    split: str, blind_a: dict[str, list[Template]], blind_b: dict[str, list[Template]]
) -> None:
    blind_texts = _texts(blind_a, blind_b)
    for name, spec in SETS.items():
        used = {t.text for templates in spec.pool().values() for t in templates}
        if spec.split == split:
            assert used <= blind_texts, name
        else:
            assert used.isdisjoint(blind_texts), name
            assert spec.templates not in (blind_a, blind_b), name


def test_each_style_holds_out_about_a_third_of_its_templates() -> None:
    for templates in (TEMPLATES_A, TEMPLATES_B):
        by_style = Counter(t.style for lang in templates.values() for t in lang)
        held = Counter(t.style for lang in templates.values() for t in lang if is_test_template(t))
        for style, count in by_style.items():
            assert count >= 3, style
            assert held[style] == count // 3, style


def test_the_two_generators_have_their_own_templates() -> None:
    texts_a = {t.text for lang in TEMPLATES_A.values() for t in lang}
    texts_b = {t.text for lang in TEMPLATES_B.values() for t in lang}
    assert texts_a.isdisjoint(texts_b)


@pytest.mark.parametrize("name", sorted(SETS))
def test_written_checksummed_identifiers_are_valid(
    name: str, sets: dict[str, list[CorpusMessage]]
) -> None:
    values = [v for m in sets[name] for v in m.pii if v.entity_type in CHECKSUMMED_TYPES]
    written = [v for v in values if not _SPOKEN.search(v.value.lower())]
    assert len(written) >= MIN_VALUES_PER_TYPE
    assert [v.value for v in written if not checksum_valid(v.entity_type, v.value)] == []


def test_romanian_ibans_include_letters_in_the_account_part(
    sets: dict[str, list[CorpusMessage]],
) -> None:
    ro_ibans = [
        re.sub(r"\s", "", v.value)
        for split in ("dev", "dev2", "dev3", "dev4", "dev5", "dev6")
        for name in (f"faker-ro-{split}", f"mimesis-ro-{split}")
        for m in sets[name]
        for v in m.pii
        if v.entity_type == "IBAN_CODE" and v.value.startswith("RO")
    ]
    assert any(re.search(r"[A-Z]", iban[8:]) for iban in ro_ibans)


@pytest.mark.parametrize(
    "name",
    [
        "faker-en-test",
        "mimesis-ro-dev",
        "faker-ro-dev2",
        "mimesis-en-dev3",
        "mimesis-ro-blind",
        "faker-ro-dev4",
        "mimesis-en-dev5",
        "faker-ro-blind2",
        "mimesis-en-blind3",
        "faker-ro-blind4",
        "mimesis-en-blind5",
        "faker-ro-dev6",
        "mimesis-en-dev6",
    ],
)
def test_generation_is_deterministic_and_matches_the_files(name: str) -> None:
    lines = to_lines(SETS[name], size=25)
    assert lines == to_lines(SETS[name], size=25)
    on_disk = (SYNTHETIC / f"{name}.jsonl").read_text(encoding="utf-8").splitlines()
    assert lines == on_disk[:25], "regenerate with `make redaction-sets`"


@pytest.mark.parametrize("name", sorted(SETS))
def test_every_file_is_exactly_what_the_generator_writes(name: str) -> None:
    on_disk = (SYNTHETIC / f"{name}.jsonl").read_text(encoding="utf-8").splitlines()
    assert to_lines(SETS[name], size=len(on_disk)) == on_disk


def test_different_seeds_give_different_messages() -> None:
    dev = generate(SETS["faker-en-dev"], size=10)
    test = generate(SETS["faker-en-test"], size=10)
    dev2 = generate(SETS["faker-en-dev2"], size=10)
    dev3 = generate(SETS["faker-en-dev3"], size=10)
    blind = generate(SETS["faker-en-blind"], size=10)
    dev4 = generate(SETS["faker-en-dev4"], size=10)
    dev5 = generate(SETS["faker-en-dev5"], size=10)
    blind2 = generate(SETS["faker-en-blind2"], size=10)
    blind3 = generate(SETS["faker-en-blind3"], size=10)
    blind4 = generate(SETS["faker-en-blind4"], size=10)
    blind5 = generate(SETS["faker-en-blind5"], size=10)
    dev6 = generate(SETS["faker-en-dev6"], size=10)
    assert {r["text"] for r in dev}.isdisjoint(r["text"] for r in test)
    assert {r["text"] for r in dev2}.isdisjoint(r["text"] for r in dev + test)
    assert {r["text"] for r in dev3}.isdisjoint(r["text"] for r in dev + test + dev2)
    assert {r["text"] for r in blind}.isdisjoint(r["text"] for r in dev + test + dev2 + dev3)
    assert {r["text"] for r in dev4}.isdisjoint(r["text"] for r in dev + test + dev2 + dev3 + blind)
    earlier = dev + test + dev2 + dev3 + blind + dev4
    assert {r["text"] for r in dev5}.isdisjoint(r["text"] for r in earlier)
    assert {r["text"] for r in blind2}.isdisjoint(r["text"] for r in earlier + dev5)
    assert {r["text"] for r in blind3}.isdisjoint(r["text"] for r in earlier + dev5 + blind2)
    later = earlier + dev5 + blind2 + blind3
    assert {r["text"] for r in blind4}.isdisjoint(r["text"] for r in later)
    assert {r["text"] for r in blind5}.isdisjoint(r["text"] for r in later + blind4)
    assert {r["text"] for r in dev6}.isdisjoint(r["text"] for r in later + blind4 + blind5)


def test_the_benchmark_prints_examples_of_tuning_splits_only() -> None:
    from benchmarks.redaction import may_show_details

    for name, spec in SETS.items():
        tuning = spec.split.startswith("dev")
        assert may_show_details(name) is tuning, name
    assert not may_show_details("heldout-b")
