"""Fill a template with a persona's values and label the result.

A template is text with ``{slot}`` markers. A personal slot's value is recorded with
its gold type; a non-personal slot (order number, price, product...) only adds text.
The ``keep`` list is computed, not declared: every word or number token of at least two
characters that lies outside every occurrence of every personal value.

A rendering is refused (``None``) when a personal value also occurs outside the places
it was put (``Rose`` in "Rose vase" next to a person called Rose): its label would be
ambiguous. The caller draws another persona.
"""

from __future__ import annotations

import random
import re
from collections.abc import Callable
from dataclasses import dataclass

from benchmarks.synth import nonpersonal as np_
from benchmarks.synth.spoken import spell_digits, spell_email
from benchmarks.synth.values import Persona, ascii_fold

__all__ = ["PII_SLOTS", "Rendered", "Template", "keep_tokens", "render", "slot_names"]

SlotFn = Callable[[Persona, random.Random, str], str]

_DATE_FORMATS: dict[str, tuple[str, ...]] = {
    "en": (
        "{d} {M} {Y}",
        "{M} {d}, {Y}",
        "{dd}/{mm}/{Y}",
        "{mm}/{dd}/{Y}",
        "{Y}-{mm}-{dd}",
        "{dd}.{mm}.{Y}",
        "{d} {Mon} {Y}",
        "{Mon} {d} {Y}",
        "{dd}-{mm}-{Y}",
    ),
    "ro": ("{d} {M} {Y}", "{dd}.{mm}.{Y}", "{Y}-{mm}-{dd}", "{dd}/{mm}/{Y}", "{d}.{mm}.{Y}"),
}


def _date(p: Persona, rng: random.Random, lang: str) -> str:
    month = np_.month_name(p.birth.month, lang)
    return rng.choice(_DATE_FORMATS[lang]).format(
        d=p.birth.day,
        dd=f"{p.birth.day:02d}",
        mm=f"{p.birth.month:02d}",
        Y=p.birth.year,
        M=month,
        Mon=month[:3],
    )


def _card_spoken(p: Persona, rng: random.Random, lang: str) -> str:
    return spell_digits(p.card, lang)


# slot -> (gold type, value). "nid" takes its type from the persona (a CNP for Romanians).
PII_SLOTS: dict[str, tuple[str, SlotFn]] = {
    "name": ("PERSON", lambda p, r, lang: p.full),
    "first": ("PERSON", lambda p, r, lang: p.first),
    "last": ("PERSON", lambda p, r, lang: p.last),
    "other1": ("PERSON", lambda p, r, lang: p.others[0]),
    "other2": ("PERSON", lambda p, r, lang: p.others[-1]),
    "phone": ("PHONE_NUMBER", lambda p, r, lang: p.phone),
    "phone_nat": ("PHONE_NUMBER", lambda p, r, lang: p.phone_national),
    "phone_intl": ("PHONE_NUMBER", lambda p, r, lang: p.phone_intl),
    "phone_sp": ("PHONE_NUMBER", lambda p, r, lang: spell_digits(p.phone_national, lang)),
    "address": ("STREET_ADDRESS", lambda p, r, lang: p.address),
    "address_ml": ("STREET_ADDRESS", lambda p, r, lang: p.address_lines),
    "address_sp": ("STREET_ADDRESS", lambda p, r, lang: p.address_special),
    "card": ("CREDIT_CARD", lambda p, r, lang: p.card),
    "card_sp": ("CREDIT_CARD", _card_spoken),
    "iban": ("IBAN_CODE", lambda p, r, lang: p.iban),
    "nid": ("NATIONAL_ID", lambda p, r, lang: p.national_id),
    "passport": ("PASSPORT", lambda p, r, lang: p.passport),
    "dl": ("DRIVER_LICENSE", lambda p, r, lang: p.driver_license),
    "dob": ("DATE_OF_BIRTH", _date),
    "email": ("EMAIL_ADDRESS", lambda p, r, lang: p.email),
    "email_sp": ("EMAIL_ADDRESS", lambda p, r, lang: spell_email(p.email, lang)),
    "ip": ("IP_ADDRESS", lambda p, r, lang: p.ip),
    "cnp": ("RO_CNP", lambda p, r, lang: p.cnp),
    "ro_id": ("RO_ID_CARD", lambda p, r, lang: p.ro_id_card),
    "plate": ("RO_LICENSE_PLATE", lambda p, r, lang: p.plate),
    "home": ("LOCATION", lambda p, r, lang: p.home),
}
KEEP_SLOTS: dict[str, SlotFn] = {
    "order": lambda p, r, lang: np_.order_number(r),
    "invoice": lambda p, r, lang: np_.invoice_number(r),
    "tracking": lambda p, r, lang: np_.tracking_number(r),
    "price": lambda p, r, lang: np_.price(r, lang),
    "qty": lambda p, r, lang: np_.quantity(r),
    "time": lambda p, r, lang: np_.time_of_day(r),
    "weekday": lambda p, r, lang: np_.weekday(r, lang),
    "ts": lambda p, r, lang: np_.iso_timestamp(r),
    "year": lambda p, r, lang: np_.year(r),
    "date": lambda p, r, lang: np_.shop_date(r, lang),
    "product": lambda p, r, lang: r.choice(np_.PRODUCTS[lang]),
    "band": lambda p, r, lang: r.choice(np_.BANDS),
    "company": lambda p, r, lang: p.company,
    "city": lambda p, r, lang: p.city,
    "job": lambda p, r, lang: p.job,
    # Used by the dev2 templates only (templates_a2.py, templates_b2.py).
    "ticket": lambda p, r, lang: np_.ticket_number(r),
    "version": lambda p, r, lang: np_.software_version(r),
    "pct": lambda p, r, lang: np_.percent(r, lang),
    "measure": lambda p, r, lang: np_.measurement(r, lang),
    "flight": lambda p, r, lang: np_.flight_number(r),
    "clock": lambda p, r, lang: np_.clock(r),
    "org": lambda p, r, lang: r.choice(np_.ORGS),
    "org2": lambda p, r, lang: r.choice(np_.ORGS),
    "brand": lambda p, r, lang: r.choice(np_.BRANDS[lang]),
    "vehicle": lambda p, r, lang: r.choice(np_.VEHICLES),
    "landmark": lambda p, r, lang: r.choice(np_.LANDMARKS),
    "hub": lambda p, r, lang: r.choice(np_.HUBS),
    "title": lambda p, r, lang: r.choice(np_.JOB_TITLES),
}
_SLOT = re.compile(r"\{(\w+)\}")
_STRIP = ".,;:!?()[]\"'«»„“”*"
_PUNCT = re.compile(r"[,;!?]")


@dataclass(frozen=True, slots=True)
class Template:
    """One sentence pattern: ``style-NN`` id, its language, and whether it is spoken."""

    id: str
    lang: str
    text: str
    spoken: bool = False  # lower case, no punctuation, a speech-recognition transcript
    lower: bool = False  # typed in lower case without punctuation

    @property
    def style(self) -> str:
        return self.id.rsplit("-", 1)[0]


def style_templates(name: str, lang: str, texts: tuple[str, ...], **flags: bool) -> list[Template]:
    """One style's templates, numbered ``name-01``, ``name-02``, ... in the order given."""
    return [Template(f"{name}-{i:02d}", lang, t, **flags) for i, t in enumerate(texts, 1)]


@dataclass(frozen=True, slots=True)
class Rendered:
    text: str
    pii: tuple[tuple[str, str], ...]  # (type, value)
    keep: tuple[str, ...]


def slot_names(text: str) -> list[str]:
    return _SLOT.findall(text)


def _occurrences(text: str, value: str) -> list[tuple[int, int]]:
    found: list[tuple[int, int]] = []
    start = text.find(value)
    while start != -1:
        found.append((start, start + len(value)))
        start = text.find(value, start + len(value))
    return found


def _word_bounded(text: str, start: int, end: int) -> bool:
    before = text[start - 1] if start else " "
    after = text[end] if end < len(text) else " "
    return not before.isalnum() and not after.isalnum()


def keep_tokens(text: str, pii_values: list[str]) -> tuple[str, ...]:
    """Tokens of ``text`` (≥ 2 characters, with a letter or digit) clear of every pii value.

    A token is kept only when every occurrence of it is a whole word and none overlaps
    an occurrence of a personal value, so that ``parse_message`` accepts it and a span on
    a personal value never counts as destroying it.
    """
    taken = [span for value in pii_values for span in _occurrences(text, value)]
    kept: list[str] = []
    for match in re.finditer(r"\S+", text):
        token = match.group().strip(_STRIP)
        if len(token) < 2 or not any(c.isalnum() for c in token) or token in kept:
            continue
        spots = _occurrences(text, token)
        if all(_word_bounded(text, a, b) for a, b in spots) and not any(
            a < d and c < b for a, b in spots for c, d in taken
        ):
            kept.append(token)
    return tuple(kept)


def _casual(value: str, template: Template) -> str:
    if template.spoken or template.lower:
        return _PUNCT.sub("", value.lower())
    return value


def render(template: Template, persona: Persona, rng: random.Random, fold: bool) -> Rendered | None:
    """The labelled message, or ``None`` when a personal value would be ambiguous."""
    lang = template.lang
    pieces: list[str] = []
    placed: list[tuple[int, int]] = []
    pii: list[tuple[str, str]] = []
    position = 0
    cursor = 0
    for match in _SLOT.finditer(template.text):
        literal = template.text[cursor : match.start()]
        pieces.append(ascii_fold(literal) if fold else literal)
        position += len(pieces[-1])
        name = match.group(1)
        if name in PII_SLOTS:
            entity_type, make = PII_SLOTS[name]
            if name == "nid":
                entity_type = persona.national_id_type
        else:
            entity_type, make = "", KEEP_SLOTS[name]
        value = _casual(make(persona, rng, lang), template)
        if fold:
            value = ascii_fold(value)
        pieces.append(value)
        if entity_type:
            placed.append((position, position + len(value)))
            if (entity_type, value) not in pii:
                pii.append((entity_type, value))
        position += len(value)
        cursor = match.end()
    tail = template.text[cursor:]
    pieces.append(ascii_fold(tail) if fold else tail)
    text = "".join(pieces)
    types_by_value: dict[str, str] = {}
    for entity_type, value in pii:
        if types_by_value.setdefault(value, entity_type) != entity_type or not value.strip():
            return None
        for a, b in _occurrences(text, value):
            if not any(c <= a and b <= d for c, d in placed):
                return None
    return Rendered(text, tuple(pii), keep_tokens(text, [v for _, v in pii]))
