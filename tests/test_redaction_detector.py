"""The detector end to end on real messages (loads spaCy once per session: slow)."""

from __future__ import annotations

import socket
from collections.abc import Iterator
from concurrent.futures import ThreadPoolExecutor
from typing import Any

import pytest

from bot.errors import BadRequest, ConfigError
from models.ner import build_nlp_engine, load_spacy_model
from redaction.detector import DEFAULT_ENTITIES, PiiDetector, get_detector
from redaction.pseudonymize import PlaceholderVault, pseudonymize
from redaction.spans import Span


@pytest.fixture(scope="module")
def detector() -> PiiDetector:
    shared = get_detector()
    shared.warm_up()
    return shared


def redact(detector: PiiDetector, text: str, lang: str) -> tuple[str, list[Span]]:
    spans = detector.detect(text, lang)
    return pseudonymize(text, spans, PlaceholderVault()), spans


# (lang, message, values that must not survive redaction, entity types that must be found)
PII_CASES: list[tuple[str, str, tuple[str, ...], set[str]]] = [
    # names, English
    ("en", "Hi, I am John Smith from Berlin.", ("John", "Smith", "Berlin"), {"PERSON"}),
    ("en", "My name is Emily Clarke and I live in Amsterdam.", ("Emily", "Clarke"), {"PERSON"}),
    ("en", "I'm Ana-Maria, nice to meet you", ("Ana-Maria",), {"PERSON"}),
    ("en", "Hi this is Tom", ("Tom",), {"PERSON"}),
    ("en", "Mrs. Johnson will come tomorrow.", ("Johnson",), {"PERSON"}),
    # names, Romanian
    ("ro", "Mă numesc Ion Popescu și locuiesc aici.", ("Ion", "Popescu"), {"PERSON"}),
    ("ro", "ma numesc andrei popescu", ("andrei", "popescu"), {"PERSON"}),
    ("ro", "Numele meu este Ana-Maria Ionescu", ("Ana-Maria", "Ionescu"), {"PERSON"}),
    ("ro", "Sunt Andrei Popa, vreau o programare.", ("Andrei", "Popa"), {"PERSON"}),
    ("ro", "Bună ziua, sunt Ștefan Țurcanu.", ("Ștefan", "Țurcanu"), {"PERSON"}),
    ("ro", "Sunt Şerban Ţuţea", ("Şerban", "Ţuţea"), {"PERSON"}),
    ("ro", "Sunt Mihai-Alexandru Dumitrescu", ("Mihai-Alexandru", "Dumitrescu"), {"PERSON"}),
    ("ro", "Pe numele Vasile Stoica, rezervare la 8.", ("Vasile", "Stoica"), {"PERSON"}),
    ("ro", "Maria Ionescu a sunat ieri.", ("Maria", "Ionescu"), {"PERSON"}),
    ("ro", "Vă rog să o contactați pe doamna Georgescu.", ("Georgescu",), {"PERSON"}),
    ("ro", "Eu sunt Ioana", ("Ioana",), {"PERSON"}),
    ("ro", "Mă cheamă Mihai", ("Mihai",), {"PERSON"}),
    # e-mail
    ("en", "my email is john.doe@example.com thanks", ("john.doe@example.com",), {"EMAIL_ADDRESS"}),
    ("ro", "Adresa mea de email: ana.pop@yahoo.ro", ("ana.pop@yahoo.ro",), {"EMAIL_ADDRESS"}),
    ("en", "Write to JOHN.DOE@EXAMPLE.COM", ("JOHN.DOE@EXAMPLE.COM",), {"EMAIL_ADDRESS"}),
    # phones: Romanian in every typing style, then DE / NL / FR / GB / US
    ("ro", "Sunați-mă la 0722 123 456 vă rog", ("0722 123 456",), {"PHONE_NUMBER"}),
    ("ro", "Numărul meu: +40 722 123 456", ("722 123 456",), {"PHONE_NUMBER"}),
    ("ro", "tel 0040722123456", ("0040722123456",), {"PHONE_NUMBER"}),
    ("ro", "0722.123.456 sau 0722-123-456", ("0722.123.456", "0722-123-456"), {"PHONE_NUMBER"}),
    ("ro", "mobil 0722123456", ("0722123456",), {"PHONE_NUMBER"}),
    ("ro", "sau +40 (0) 722 123 456", ("722 123 456",), {"PHONE_NUMBER"}),
    ("ro", "fix: 021 312 3456", ("312 3456",), {"PHONE_NUMBER"}),
    ("en", "Call me on +49 30 12345678", ("12345678",), {"PHONE_NUMBER"}),
    ("en", "My Dutch number is +31 6 12345678", ("12345678",), {"PHONE_NUMBER"}),
    ("en", "Paris: +33 1 42 68 53 00", ("42 68 53 00",), {"PHONE_NUMBER"}),
    ("en", "London office +44 20 7946 0958", ("7946 0958",), {"PHONE_NUMBER"}),
    ("en", "call (212) 736-5000 today", ("736-5000",), {"PHONE_NUMBER"}),
    ("en", "US office: +1 212 736 5000", ("736 5000",), {"PHONE_NUMBER"}),
    # IBANs: compact followed by a word, grouped, lower case, several countries
    ("en", "my IBAN is RO49AAAA1B31007593840000 thanks", ("AAAA1B31007593840000",), {"IBAN_CODE"}),
    ("en", "IBAN: DE89 3704 0044 0532 0130 00 please", ("3704 0044 0532 0130",), {"IBAN_CODE"}),
    ("en", "NL91ABNA0417164300 is my account", ("NL91ABNA0417164300",), {"IBAN_CODE"}),
    ("ro", "contul ro49aaaa1b31007593840000 te rog", ("ro49aaaa1b31007593840000",), {"IBAN_CODE"}),
    ("en", "GB82 WEST 1234 5698 7654 32", ("5698 7654",), {"IBAN_CODE"}),
    ("en", "FR14 2004 1010 0505 0001 3M02 606", ("0505 0001 3M02",), {"IBAN_CODE"}),
    # CNP, cards, IPs
    ("ro", "CNP-ul meu este 1800101221144", ("1800101221144",), {"RO_CNP"}),
    ("ro", "cnp 6050315401231, vă rog", ("6050315401231",), {"RO_CNP"}),
    ("en", "Card 4111 1111 1111 1111 exp 12/27", ("4111 1111 1111 1111",), {"CREDIT_CARD"}),
    ("en", "Mastercard 5555555555554444", ("5555555555554444",), {"CREDIT_CARD"}),
    ("en", "server ip is 192.168.1.10", ("192.168.1.10",), {"IP_ADDRESS"}),
    ("en", "my ip is 2001:db8::8a2e:370:7334", ("2001:db8::8a2e:370:7334",), {"IP_ADDRESS"}),
    # several in one message
    (
        "en",
        "Contact me at +40 744 555 666 or ana@firma.ro",
        ("744 555 666", "ana@firma.ro"),
        {"PHONE_NUMBER", "EMAIL_ADDRESS"},
    ),
]  # fmt: skip

HARMLESS: list[tuple[str, str]] = [
    ("en", "What are your opening hours?"),
    ("en", "Hello, what are your opening hours?"),
    ("en", "Is the shop open on Saturday?"),
    ("en", "Order #12345 costs 49.99 EUR"),
    ("en", "Order #12345678 shipped"),
    ("en", "Invoice 2024000123 is paid"),
    ("en", "Can I book an appointment for Monday at 10?"),
    ("en", "Thanks, see you on Friday!"),
    ("en", "I am interested in your offer."),
    ("en", "This is great!"),
    ("en", "I'm looking for a gift for my mother."),
    ("en", "Do you accept Visa or Mastercard?"),
    ("en", "The total is 1,250.00 EUR including VAT."),
    ("en", "Version 2.3.1 released on 12.03.2024"),
    ("en", "In an emergency call 112"),
    ("ro", "Program: Luni - Vineri, 9:00-18:00"),
    ("ro", "Bună ziua, aș dori să știu programul"),
    ("ro", "Sunt bine, mulțumesc."),
    ("ro", "Sunt interesat de oferta voastră."),
    ("ro", "Aveți livrare în weekend?"),
    ("ro", "Vreau să anulez comanda 123456."),
    ("ro", "Sunteți deschiși Sâmbătă?"),
    ("ro", "Prețul este 250 lei, TVA inclus."),
    ("ro", "Am plătit 1234,56 lei pe 12.05.2024 la ora 14:30."),
    ("ro", "Bună seara, aș vrea o rezervare pentru 4 persoane vineri la ora 19:00."),
    ("ro", "Comanda 1800101221145 a plecat"),  # 13 digits, bad checksum, no CNP cue
    ("en", "voucher code RO48AAAA1B31007593840000 ok"),
]


@pytest.mark.slow
@pytest.mark.parametrize(("lang", "text", "secrets", "types"), PII_CASES)
def test_personal_data_does_not_survive(
    detector: PiiDetector, lang: str, text: str, secrets: tuple[str, ...], types: set[str]
) -> None:
    redacted, spans = redact(detector, text, lang)
    for secret in secrets:
        assert secret not in redacted, f"{secret!r} survived in {redacted!r}"
    assert types <= {span.entity_type for span in spans}


@pytest.mark.slow
@pytest.mark.parametrize(("lang", "text"), HARMLESS)
def test_harmless_messages_come_back_unchanged(detector: PiiDetector, lang: str, text: str) -> None:
    redacted, spans = redact(detector, text, lang)
    assert spans == []
    assert redacted == text


@pytest.mark.slow
def test_compact_iban_does_not_swallow_the_next_word(detector: PiiDetector) -> None:
    text = "my IBAN is RO49AAAA1B31007593840000 thanks"
    [span] = detector.detect(text, "en")
    assert (span.entity_type, span.text(text)) == ("IBAN_CODE", "RO49AAAA1B31007593840000")


@pytest.mark.slow
def test_name_span_stops_at_the_name(detector: PiiDetector) -> None:
    text = "Mă numesc Ion Popescu și locuiesc aici."
    assert [s.text(text) for s in detector.detect(text, "ro")] == ["Ion Popescu"]


@pytest.mark.slow
def test_spans_are_sorted_non_overlapping_and_above_threshold(detector: PiiDetector) -> None:
    text = "I am John Smith, +40 722 123 456, john@example.com, RO49AAAA1B31007593840000"
    spans = detector.detect(text, "en")
    assert [s.entity_type for s in spans] == [
        "PERSON",
        "PHONE_NUMBER",
        "EMAIL_ADDRESS",
        "IBAN_CODE",
    ]
    for left, right in zip(spans, spans[1:], strict=False):
        assert left.end <= right.start
    assert all(s.score >= detector.threshold for s in spans)


@pytest.mark.slow
def test_entities_limit_what_is_reported(detector: PiiDetector) -> None:
    only_email = PiiDetector(entities=["EMAIL_ADDRESS"])
    text = "I am John Smith, john@example.com"
    assert [s.entity_type for s in only_email.detect(text, "en")] == ["EMAIL_ADDRESS"]


@pytest.mark.slow
def test_empty_text_has_no_spans(detector: PiiDetector) -> None:
    assert detector.detect("   ", "ro") == []


def test_unsupported_language_is_a_bad_request() -> None:
    with pytest.raises(BadRequest, match="unsupported language 'de'") as caught:
        PiiDetector().detect("Hallo", "de")
    assert caught.value.retryable is False


def test_unknown_entity_or_threshold_fails_at_construction() -> None:
    with pytest.raises(ConfigError, match="entities"):
        PiiDetector(entities=["US_SSN"])
    with pytest.raises(ConfigError, match="threshold"):
        PiiDetector(threshold=1.5)


def test_constructor_is_cheap_and_defaults_are_the_documented_ones() -> None:
    detector = PiiDetector()
    assert detector._engine is None  # nothing loaded until the first message
    assert detector.threshold == 0.35
    assert set(DEFAULT_ENTITIES) == {
        "PERSON",
        "EMAIL_ADDRESS",
        "PHONE_NUMBER",
        "IBAN_CODE",
        "CREDIT_CARD",
        "IP_ADDRESS",
        "RO_CNP",
        "LOCATION",
        "RO_ID_CARD",
        "DATE_OF_BIRTH",
        "STREET_ADDRESS",
        "RO_LICENSE_PLATE",
        "NATIONAL_ID",
        "PASSPORT",
        "DRIVER_LICENSE",
    }
    assert get_detector() is get_detector()


@pytest.fixture
def no_network(monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    def refuse(*args: Any, **kwargs: Any) -> Any:
        raise AssertionError(f"network access attempted: {args!r}")

    monkeypatch.setattr(socket.socket, "connect", refuse)
    monkeypatch.setattr(socket.socket, "connect_ex", refuse)
    monkeypatch.setattr(socket, "create_connection", refuse)
    monkeypatch.setattr(socket, "getaddrinfo", refuse)
    yield


@pytest.mark.slow
@pytest.mark.usefixtures("no_network")
def test_detection_never_touches_the_network() -> None:
    fresh = PiiDetector()  # its engine and e-mail validator are built under the patch
    text = "Scrieți-mi la maria.ionescu@companie.ro sau la john@example.co.uk"
    spans = fresh.detect(text, "ro")
    assert [s.text(text) for s in spans if s.entity_type == "EMAIL_ADDRESS"] == [
        "maria.ionescu@companie.ro",
        "john@example.co.uk",
    ]


@pytest.mark.slow
def test_engine_is_built_once_under_concurrent_first_use(monkeypatch: pytest.MonkeyPatch) -> None:
    calls: list[int] = []

    def counting_build(*args: Any, **kwargs: Any) -> Any:
        calls.append(1)
        return build_nlp_engine(*args, **kwargs)

    monkeypatch.setattr("redaction.detector.build_nlp_engine", counting_build)
    fresh = PiiDetector()
    text = "Sunt Ion Popescu, ion@firma.ro"
    with ThreadPoolExecutor(max_workers=4) as pool:
        results = list(pool.map(lambda _: fresh.detect(text, "ro"), range(8)))
    assert calls == [1]
    assert all(r == results[0] for r in results)
    assert [s.entity_type for s in results[0]] == ["PERSON", "EMAIL_ADDRESS"]


@pytest.mark.slow
def test_concurrent_messages_are_read_as_one_at_a_time_and_leave_no_word_behind(
    detector: PiiDetector,
) -> None:
    # The model reads inside a memory zone (models.ner.forgetting_texts): threads must
    # not see each other's words vanish, and the names must be gone afterwards.
    texts = [(f"Sunt Zdeslava Krimhildovicz{n}, sunați la 0722 987 65{n}", "ro") for n in range(8)]
    texts += [(f"I am Qwendolyn Asvarsdottir{n}, email q{n}@asvar.example", "en") for n in range(8)]
    alone = [detector.detect(text, lang) for text, lang in texts]
    model = load_spacy_model()
    before = len(model.vocab.strings)
    with ThreadPoolExecutor(max_workers=8) as pool:
        together = list(pool.map(lambda pair: detector.detect(*pair), texts * 3))
    assert together == alone * 3
    assert [s.entity_type for s in alone[0]] == ["PERSON", "PHONE_NUMBER"]
    assert len(model.vocab.strings) == before
    assert not any(f"Asvarsdottir{n}" in model.vocab.strings for n in range(8))


@pytest.mark.slow
@pytest.mark.parametrize(
    ("lang", "text", "value"),
    [
        ("en", "My CNP is 1850412400156 in case you need it", "1850412400156"),
        ("ro", "CNP-ul meu: 2850412400153", "2850412400153"),
        ("ro", "codul numeric personal 1800101221145, mulțumesc", "1800101221145"),
    ],
)
def test_a_mistyped_cnp_next_to_a_cnp_cue_is_still_redacted(
    lang: str, text: str, value: str
) -> None:
    spans = get_detector().detect(text, lang)
    assert [(s.entity_type, s.text(text)) for s in spans] == [("RO_CNP", value)]


@pytest.mark.slow
@pytest.mark.parametrize(
    ("text", "values"),
    [
        ("hey its jake, jake morrison, i ordered the blue hoodie", ["jake morrison"]),
        ("please update my address to 15 Willow Crescent, Bristol BS8 1TH", ["BS8 1TH"]),
        ("Livrați la Bd. Unirii nr. 3 bloc A2 apartament 14", ["bloc A2 apartament 14"]),
    ],
)
def test_lower_case_full_names_uk_postcodes_and_long_detail_words(
    text: str, values: list[str]
) -> None:
    spans = get_detector().detect(text, "en")
    for value in values:
        start = text.index(value)
        assert any(s.start <= start and start + len(value) <= s.end for s in spans), value


@pytest.mark.slow
def test_payment_brands_are_not_people() -> None:
    assert get_detector().detect("Can I pay with PayPal, Apple Pay or Google Pay?", "en") == []


@pytest.mark.slow
@pytest.mark.parametrize(
    ("lang", "text", "value"),
    [
        ("ro", "IBAN-ul: RO 49 AAAA 1B31 0075 9384 0000", "RO 49 AAAA 1B31 0075 9384 0000"),
        ("en", "IBAN RO49 AAAA 1B31 0075 9384 0001 (typo?)", "RO49 AAAA 1B31 0075 9384 0001"),
        ("ro", "contul RO12BTRL0000123456789", "RO12BTRL0000123456789"),
        ("en", "iban NL12 ABNA 0123 4567 89 thanks", "NL12 ABNA 0123 4567 89"),
    ],
)
def test_ibans_with_a_spaced_country_code_or_a_typo_next_to_an_account_cue(
    lang: str, text: str, value: str
) -> None:
    spans = get_detector().detect(text, lang)
    assert [(s.entity_type, s.text(text)) for s in spans] == [("IBAN_CODE", value)]


@pytest.mark.slow
@pytest.mark.parametrize(
    "text", ["order RO12BTRL0000123456789 shipped", "Tracking RO12 3456 7890 1234 arrives Monday"]
)
def test_iban_shaped_codes_without_an_account_cue_stay(text: str) -> None:
    assert get_detector().detect(text, "en") == []
