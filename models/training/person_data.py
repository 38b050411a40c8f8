"""Synthetic English and Romanian sentences with PERSON spans, for training and
evaluating our own name model (``train_person_ner.py``).

Each example is built from segments (text, is it a person) so that every casing and
punctuation style keeps exact character offsets: chat, e-mails with signatures, forms,
lists of people and public figures, pasted dialogues with speaker labels, and many
sentences without anyone in them (job titles, weekdays, brands, products, places and
words that are also given names: "Rose vase", "mark it as paid"). Styles: as written,
lower case (often without punctuation), lower-case names in a cased sentence, upper
case, and ASR-like (lower case, no punctuation, numbers as words, fillers). Romanian
comes with and without diacritics.

``generate(n, seed, heldout)``: the held-out split uses other templates (every fifth
one of each family) and another seed. Nothing here reads the evaluation sets of the
repository.
"""

from __future__ import annotations

import random
import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass

from models.training import person_templates as tpl
from models.training import person_vocab as pv
from models.training.person_names import NamePools, PersonName
from models.training.person_words import EN_WORDS, RO_WORDS
from redaction.recognizers.name_lists import without_marks

LANGS: tuple[str, ...] = ("en", "ro")
STYLES: tuple[str, ...] = ("cased", "lower", "mixed", "upper", "asr")
_STYLE_WEIGHTS: tuple[float, ...] = (0.45, 0.24, 0.08, 0.05, 0.18)
FAMILIES: tuple[str, ...] = (
    "chat", "negative", "ambiguous", "email", "form", "list", "dialogue", "words",
)  # fmt: skip
_FAMILY_WEIGHTS: tuple[float, ...] = (0.28, 0.17, 0.06, 0.07, 0.07, 0.07, 0.13, 0.15)
NOISE_SHARE = 0.35  # examples with some template words swapped for random everyday words

Segment = tuple[str, bool]  # text, is it (part of) a person's name
_SLOT = re.compile(r"\{([A-Z]+)\}")
_END_PUNCT = re.compile(r"[.,!?;]+(?=\s|$)")
_ASR_PUNCT = re.compile(r"[.,!?;:()\[\]<>\"«»„“”*#/]|(?<!\w)[-–—]|[-–—](?!\w)")
_NOISE_WORD = re.compile(r"\b[^\W\d_]{2,}\b")
_DIGITS = {
    "en": "zero one two three four five six seven eight nine".split(),
    "ro": "zero unu doi trei patru cinci șase șapte opt nouă".split(),
}


@dataclass(frozen=True, slots=True)
class Example:
    """One synthetic message and the character spans of the people in it."""

    text: str
    spans: tuple[tuple[int, int], ...]
    lang: str
    style: str
    family: str


class _Source:
    """Templates and slot fillers for one split."""

    def __init__(self, pools: NamePools, heldout: bool) -> None:
        self.pools = pools

        def pick(templates: tuple[str, ...]) -> tuple[str, ...]:
            return tpl.split_templates(templates, heldout)

        self.templates: dict[tuple[str, str], tuple[str, ...]] = {
            ("en", "chat"): pick(tpl.CHAT_EN),
            ("ro", "chat"): pick(tpl.CHAT_RO),
            ("en", "email"): pick(tpl.EMAIL_EN),
            ("ro", "email"): pick(tpl.EMAIL_RO),
            ("en", "form"): pick(tpl.FORM_EN),
            ("ro", "form"): pick(tpl.FORM_RO),
            ("en", "list"): pick(tpl.LIST_EN),
            ("ro", "list"): pick(tpl.LIST_RO),
            ("en", "negative"): pick(tpl.NEGATIVE_EN),
            ("ro", "negative"): pick(tpl.NEGATIVE_RO),
            ("en", "ambiguous"): pick(pv.AMBIGUOUS_WORD_SENTENCES_EN),
            ("ro", "ambiguous"): pick(pv.AMBIGUOUS_WORD_SENTENCES_RO),
            ("en", "lines"): pick(tpl.DIALOGUE_LINES_EN),
            ("ro", "lines"): pick(tpl.DIALOGUE_LINES_RO),
        }


# --- slot fillers ------------------------------------------------------------------------


def _order(rng: random.Random) -> str:
    digits = str(rng.randint(1000, 99999999))
    return rng.choice(
        (digits, f"#{digits}", f"A-{digits}", f"RO{digits}", f"{digits[:3]}-{digits}")
    )


def _price(rng: random.Random, lang: str) -> str:
    amount = rng.choice((str(rng.randint(2, 900)), f"{rng.randint(2, 900)}.{rng.randint(10, 99)}"))
    if lang == "ro":
        return rng.choice((f"{amount} lei", f"{amount} RON", f"{amount} euro", f"{amount} EUR"))
    return rng.choice(
        (f"{amount} EUR", f"€{amount}", f"${amount}", f"£{amount}", f"{amount} euros")
    )


def _time(rng: random.Random) -> str:
    hour = rng.randint(7, 21)
    return rng.choice((f"{hour}:{rng.choice(('00', '15', '30', '45'))}", f"{hour % 12 or 12} pm"))


def _date(rng: random.Random, lang: str) -> str:
    day = rng.randint(1, 28)
    months = pv.MONTHS_RO if lang == "ro" else pv.MONTHS_EN
    return rng.choice(
        (
            f"{day:02d}.{rng.randint(1, 12):02d}.2025",
            f"{day} {rng.choice(months)}",
            f"2025-03-{day:02d}",
        )
    )


def _phone(rng: random.Random) -> str:
    return rng.choice(
        (
            f"07{rng.randint(10, 99)} {rng.randint(100, 999)} {rng.randint(100, 999)}",
            f"+40 7{rng.randint(10, 99)} {rng.randint(100, 999)} {rng.randint(100, 999)}",
            f"+44 20 {rng.randint(1000, 9999)} {rng.randint(1000, 9999)}",
        )
    )


def _email(rng: random.Random, name: PersonName | None) -> str:
    domain = rng.choice(("gmail.com", "yahoo.com", "outlook.com", "firma.ro", "example.org"))
    if name is None:
        return f"{rng.choice(('office', 'contact', 'support', 'sales'))}@{domain}"
    local = without_marks(f"{name.given}.{name.surname}").lower().replace(" ", "").replace("'", "")
    return f"{local}@{domain}"


def _choice(rng: random.Random, en: Sequence[str], ro: Sequence[str], lang: str) -> str:
    return rng.choice(ro if lang == "ro" and rng.random() < 0.8 else en)


_NEGATIVE_FILLERS: dict[str, Callable[[random.Random, str], str]] = {
    "JOB": lambda r, lang: _choice(r, pv.JOBS_EN, pv.JOBS_RO, lang),
    "NOUN": lambda r, lang: r.choice(pv.COMMON_NOUNS_RO if lang == "ro" else pv.COMMON_NOUNS_EN),
    "DAY": lambda r, lang: r.choice(pv.WEEKDAYS_RO if lang == "ro" else pv.WEEKDAYS_EN),
    "MONTH": lambda r, lang: r.choice(pv.MONTHS_RO if lang == "ro" else pv.MONTHS_EN),
    "TIME": lambda r, lang: _time(r),
    "DATE": _date,
    "PRICE": _price,
    "ORDER": lambda r, lang: _order(r),
    "NUM": lambda r, lang: str(r.randint(2, 120)),
    "CITY": lambda r, lang: r.choice(pv.CITIES),
    "COUNTRY": lambda r, lang: r.choice(pv.COUNTRIES),
    "STREET": lambda r, lang: r.choice(pv.STREETS),
    "BRAND": lambda r, lang: r.choice(pv.BRANDS),
    "BAND": lambda r, lang: r.choice(pv.BANDS),
    "PRODUCT": lambda r, lang: r.choice(pv.PRODUCTS_EN),
    "ORG": lambda r, lang: r.choice(pv.ORGS),
    "PHONE": lambda r, lang: _phone(r),
    "START": lambda r, lang: r.choice(pv.STARTERS_RO if lang == "ro" else pv.STARTERS_EN),
}  # fmt: skip


def _person_segments(rng: random.Random, name: PersonName, slot: str, lang: str) -> list[Segment]:
    """The segments for one person slot; a title before a surname is not a PERSON."""
    if slot == "P":
        slot = rng.choices(("PF", "PG", "PT", "PS", "PI"), (0.45, 0.3, 0.12, 0.06, 0.07))[0]
    if slot == "PF":
        return [(name.full(), True)]
    if slot == "PG":
        return [(name.given, True)]
    if slot == "PS":
        return [(name.family(), True)]
    if slot == "PI":
        return [(f"{name.given[0]}. {name.family()}", True)]
    title = rng.choice(pv.TITLES_RO if lang == "ro" else pv.TITLES_EN)
    rest = name.family() if rng.random() < 0.75 else name.full()
    return [(f"{title} ", False), (rest, True)]


def _person_list(rng: random.Random, pools: NamePools, lang: str) -> list[Segment]:
    count = rng.randint(2, 5)
    people = [
        pools.famous(rng) if rng.random() < 0.2 else pools.person(rng, lang).full()
        for _ in range(count)
    ]
    joiner = rng.choice((", ", "; ", ", ", "\n"))
    last = rng.choice((" și ", ", ")) if lang == "ro" else rng.choice((" and ", ", ", " & "))
    segments: list[Segment] = []
    for i, person in enumerate(people):
        if i:
            segments.append((last if i == count - 1 and joiner == ", " else joiner, False))
        segments.append((person, True))
    return segments


def _render(rng: random.Random, template: str, pools: NamePools, lang: str) -> list[Segment]:
    """``template`` with every slot filled, as segments."""
    segments: list[Segment] = []
    position = 0
    last_person: PersonName | None = None
    for match in _SLOT.finditer(template):
        if match.start() > position:
            segments.append((template[position : match.start()], False))
        slot = match.group(1)
        if slot in ("P", "PF", "PG", "PS", "PT", "PI"):
            last_person = pools.person(rng, lang)
            segments.extend(_person_segments(rng, last_person, slot, lang))
        elif slot == "FAM":
            segments.append((pools.famous(rng), True))
        elif slot == "PL":
            segments.extend(_person_list(rng, pools, lang))
        elif slot == "EMAIL":
            segments.append((_email(rng, last_person if rng.random() < 0.7 else None), False))
        else:
            segments.append((_NEGATIVE_FILLERS[slot](rng, lang), False))
        position = match.end()
    if position < len(template):
        segments.append((template[position:], False))
    return segments


def _speaker(rng: random.Random, pools: NamePools, lang: str) -> Segment:
    if rng.random() < 0.3:
        return (rng.choice(pv.ROLE_LABELS_RO if lang == "ro" else pv.ROLE_LABELS_EN), False)
    name = pools.person(rng, lang)
    text = name.given if rng.random() < 0.55 else f"{name.given} {name.family()}"
    return (text.lower() if rng.random() < 0.25 else text, True)


def _dialogue(rng: random.Random, source: _Source, lang: str) -> list[Segment]:
    """A pasted chat or transcript: speaker labels at line starts."""
    speakers = [_speaker(rng, source.pools, lang) for _ in range(rng.randint(2, 3))]
    shape = rng.choice(
        ("{s}: ", "{s}: ", "[{t}] {s}: ", "{s} ({t}): ", "<{s}> ", "- {s}: ", "{s} - ")
    )
    lines = source.templates[(lang, "lines")] + source.templates[(lang, "chat")][:8]
    segments: list[Segment] = []
    for turn in range(rng.randint(2, 6)):
        speaker = speakers[turn % len(speakers)]
        if turn:
            segments.append(("\n", False))
        before, after = shape.split("{s}")
        segments.append((before.replace("{t}", _time(rng)), False))
        segments.append(speaker)
        segments.append((after.replace("{t}", _time(rng)), False))
        segments.extend(_render(rng, rng.choice(lines), source.pools, lang))
    return segments


def _random_word(rng: random.Random, lang: str) -> str:
    same = rng.random() < 0.85
    return rng.choice(RO_WORDS if (lang == "ro") == same else EN_WORDS)


def _words(rng: random.Random, pools: NamePools, lang: str) -> list[Segment]:
    """A run of everyday words, with a person or two in it about half of the time."""
    words: list[Segment] = [(_random_word(rng, lang), False) for _ in range(rng.randint(3, 14))]
    if rng.random() < 0.1:
        words = [(w.capitalize(), False) for w, _ in words]  # Title Case Headline
    if rng.random() < 0.55:
        for _ in range(rng.choice((1, 1, 2))):
            name = pools.person(rng, lang)
            at = rng.randint(0, len(words))
            words[at:at] = _person_segments(rng, name, "P", lang)
    segments: list[Segment] = []
    for i, (text, person) in enumerate(words):
        if i:
            segments.append((rng.choice((" ", " ", " ", " ", ", ", ". ")), False))
        segments.append((text, person))
    if rng.random() < 0.5:
        segments.append((rng.choice((".", "?", "!")), False))
    return segments


def _with_noise(rng: random.Random, segments: list[Segment], lang: str) -> list[Segment]:
    """Some words of the template swapped for random everyday words."""
    out = list(segments)
    for _ in range(rng.randint(1, 3)):
        choices = [
            i for i, (text, person) in enumerate(out) if not person and _NOISE_WORD.search(text)
        ]
        if not choices:
            break
        index = rng.choice(choices)
        text = out[index][0]
        match = rng.choice(list(_NOISE_WORD.finditer(text)))
        word = _random_word(rng, lang)
        if match.group()[:1].isupper():
            word = word.capitalize()
        out[index] = (text[: match.start()] + word + text[match.end() :], False)
    return out


# --- styles ------------------------------------------------------------------------------


def _spell_digits(text: str, lang: str) -> str:
    words = _DIGITS[lang]
    return re.sub(r"\d", lambda m: f" {words[int(m.group())]} ", text)


def _styled(rng: random.Random, segments: list[Segment], style: str, lang: str) -> list[Segment]:
    strip_punct = style == "lower" and rng.random() < 0.6
    out: list[Segment] = []
    for text, person in segments:
        if style in ("lower", "asr") or (style == "mixed" and person):
            text = text.lower()
        elif style == "upper":
            text = text.upper()
        if strip_punct:
            text = _END_PUNCT.sub("", text)
        if style == "asr":
            text = _ASR_PUNCT.sub(" ", text.replace("\n", " ").replace("@", " at "))
            if not person:
                text = _spell_digits(text, lang)
                if rng.random() < 0.15:
                    filler = rng.choice(pv.FILLERS_RO if lang == "ro" else pv.FILLERS_EN)
                    text = f" {filler} {text}"
        out.append((text, person))
    if style == "cased" and out and not out[0][1]:
        first = out[0][0]
        out[0] = (first[:1].upper() + first[1:], False)
    if style == "cased" and rng.random() < 0.3 and out and not out[-1][1]:
        out[-1] = (out[-1][0].rstrip(".!?"), False)
    return out


def _joined(segments: list[Segment]) -> tuple[str, tuple[tuple[int, int], ...]]:
    """The text (spaces collapsed, ends trimmed) and the people's spans in it."""
    chars: list[str] = []
    spans: list[tuple[int, int]] = []
    for text, person in segments:
        start = len(chars)
        for char in text:
            if char == " " and (not chars or chars[-1] in " \n"):
                if person and len(chars) == start:
                    continue
                continue
            chars.append(char)
        if person:
            end = len(chars)
            while end > start and chars[end - 1] == " ":
                end -= 1
            if end > start:
                spans.append((start, end))
    text = "".join(chars).rstrip()
    # A person span never starts with the space a previous segment left behind.
    spans = [(s + (text[s] == " "), e) for s, e in spans if e <= len(text)]
    merged: list[tuple[int, int]] = []
    for start, end in spans:
        if merged and text[merged[-1][1] : start] == " ":
            merged[-1] = (merged[-1][0], end)  # "{PG} {PS}" is one person
        elif end > start:
            merged.append((start, end))
    return text, tuple(merged)


# --- the generator -----------------------------------------------------------------------


def _example(rng: random.Random, source: _Source, lang: str) -> Example:
    family = rng.choices(FAMILIES, _FAMILY_WEIGHTS)[0]
    if family == "dialogue":
        segments = _dialogue(rng, source, lang)
    elif family == "words":
        segments = _words(rng, source.pools, lang)
    else:
        template = rng.choice(source.templates[(lang, family)])
        segments = _render(rng, template, source.pools, lang)
        if family in ("chat", "negative", "ambiguous") and rng.random() < 0.2:
            other = rng.choice(("chat", "negative", "ambiguous"))
            more = _render(rng, rng.choice(source.templates[(lang, other)]), source.pools, lang)
            segments = [*segments, (" ", False), *more]
    if family != "words" and rng.random() < NOISE_SHARE:
        segments = _with_noise(rng, segments, lang)
    style = rng.choices(STYLES, _STYLE_WEIGHTS)[0]
    if (lang == "ro" and rng.random() < 0.4) or rng.random() < 0.1:
        segments = [(without_marks(text), person) for text, person in segments]
    elif lang == "ro" and rng.random() < 0.1:
        cedilla = str.maketrans({"ș": "ş", "ț": "ţ", "Ș": "Ş", "Ț": "Ţ"})
        segments = [(text.translate(cedilla), person) for text, person in segments]
    text, spans = _joined(_styled(rng, segments, style, lang))
    return Example(text, spans, lang, style, family)


def generate(count: int, seed: int, heldout: bool = False, ro_share: float = 0.45) -> list[Example]:
    """``count`` examples, deterministic for ``seed``; ``heldout`` picks the other
    templates."""
    rng = random.Random(seed)  # noqa: S311 - synthetic data, not security
    source = _Source(NamePools(seed), heldout)
    return [_example(rng, source, "ro" if rng.random() < ro_share else "en") for _ in range(count)]
