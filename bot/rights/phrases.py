# ruff: noqa: E501 - each pattern stays on one line so the table reads as a table
"""Recognising privacy requests in chat, in English and Romanian: an explicit table of
patterns per language, no model. ``recognise(text)`` returns the intent and the language
of the table that matched, or None.

Matching is on a normalised text: lower case, Romanian diacritics folded (ș/ş -> s, ț/ţ ->
t, ă/â -> a, î -> i), whitespace collapsed. Patterns ask for a request verb AND the person's
own data ("delete my data", "ce date aveți despre mine"), so messages that merely mention
data ("is my data safe?", "am șters datele din formular") do not match.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from enum import StrEnum


class Intent(StrEnum):
    ACCESS = "access"
    ERASURE = "erasure"
    OBJECTION = "objection"
    HANDOFF = "handoff"


_DATA_EN = r"(?:personal )?(?:data|information|info|details)"
_DATA_RO = r"(?:datele|informatiile)(?: mele)?(?: personale)?"

PATTERNS: dict[str, list[tuple[Intent, str]]] = {
    "en": [
        (
            Intent.ERASURE,
            rf"\b(?:delete|erase|remove|wipe|destroy)\b(?: all)?(?: of)? my {_DATA_EN}\b",
        ),
        (
            Intent.ERASURE,
            r"\b(?:delete|erase|remove|wipe)\b (?:everything|all)(?: that)? you (?:have|hold|keep|store|know) (?:about|on) me\b",
        ),
        (Intent.ERASURE, r"\bforget (?:about )?me\b|\bright to (?:be forgotten|erasure)\b"),
        (
            Intent.ACCESS,
            rf"\bwhat {_DATA_EN} (?:do|did) you (?:have|hold|keep|store|collect|know)(?: about| on| of) me\b",
        ),
        (Intent.ACCESS, rf"\b(?:send|give|show) me (?:a copy of )?(?:all )?my {_DATA_EN}\b"),
        (
            Intent.ACCESS,
            rf"\b(?:i want|i would like|i'd like) (?:a copy of|to see|to access|to download) (?:all )?my {_DATA_EN}\b",
        ),
        (
            Intent.ACCESS,
            rf"\bdownload my {_DATA_EN}\b|\bright of access\b|\bsubject access request\b",
        ),
        (Intent.OBJECTION, r"\bi (?:hereby )?object to\b"),
        (
            Intent.OBJECTION,
            rf"\b(?:stop|don't|do not|never) (?:using|use|processing|process) my {_DATA_EN}\b",
        ),
        (
            Intent.HANDOFF,
            r"\b(?:talk|speak|chat) (?:to|with) (?:a |an )?(?:real |actual )?(?:human|person|people|agent|operator|someone real)\b",
        ),
        (Intent.HANDOFF, r"\b(?:human|real person|live agent),? please\b"),
    ],
    "ro": [
        (Intent.ERASURE, rf"\bsterge(?:ti)?(?:-mi)? (?:toate )?{_DATA_RO}\b"),
        (
            Intent.ERASURE,
            r"\b(?:sa-mi|sa imi|sa mi) stergeti (?:toate )?datele\b|\bstergeti-mi (?:toate )?datele\b",
        ),
        (
            Intent.ERASURE,
            r"\bsterge(?:ti)? (?:tot|toate)(?: ceea)? ce (?:aveti|detineti|stiti|stocati) despre mine\b",
        ),
        (Intent.ERASURE, r"\bdreptul de a fi uitat\b|\bdreptul la stergere\b"),
        (
            Intent.ACCESS,
            r"\bce (?:date|informatii)(?: personale)? (?:aveti|detineti|stocati|pastrati|stiti|ati colectat)(?: voi)? despre mine\b",
        ),
        (
            Intent.ACCESS,
            rf"\b(?:vreau|as vrea|doresc) (?:o copie a|sa vad|sa descarc) {_DATA_RO.replace('datele', 'datel(?:e|or)')}\b",
        ),
        (Intent.ACCESS, r"\bdreptul de acces\b"),
        (
            Intent.OBJECTION,
            rf"\bnu (?:mai )?(?:folositi|utilizati|procesati|prelucrati) {_DATA_RO}\b",
        ),
        (Intent.OBJECTION, r"\bma opun (?:prelucrarii|procesarii|folosirii|utilizarii)\b"),
        (
            Intent.HANDOFF,
            r"\b(?:vorbesc|vorbi|vorbim|discut|discuta) cu (?:un|o) (?:om|operator|operatoare|persoana|agent|consultant|angajat)\b",
        ),
        (Intent.HANDOFF, r"\b(?:un om|o persoana) reala?\b"),
    ],
}

CONFIRM: dict[str, str] = {
    "en": r"^(?:yes|yes,? please|yes,? delete(?: it| everything| my data)?|i confirm|confirm)[.! ]*$",
    "ro": r"^(?:da|da,? (?:va rog|confirm|stergeti(?: tot)?)|confirm)[.! ]*$",
}

_COMPILED = {
    lang: [(intent, re.compile(pattern)) for intent, pattern in table]
    for lang, table in PATTERNS.items()
}
_CONFIRM = {lang: re.compile(pattern) for lang, pattern in CONFIRM.items()}
_FOLD = str.maketrans({"ș": "s", "ş": "s", "ț": "t", "ţ": "t", "ă": "a", "â": "a", "î": "i"})


@dataclass(frozen=True, slots=True)
class Recognised:
    intent: Intent
    lang: str  # the language of the table that matched


def normalise(text: str) -> str:
    folded = unicodedata.normalize("NFC", text).lower().translate(_FOLD)
    folded = folded.replace("\u2019", "'")
    return " ".join(folded.split())


def recognise(text: str, langs: tuple[str, ...] = ("en", "ro")) -> Recognised | None:
    norm = normalise(text)
    for lang in langs:
        for intent, pattern in _COMPILED.get(lang, []):
            if pattern.search(norm):
                return Recognised(intent, lang)
    return None


def is_confirmation(text: str) -> str | None:
    """The language of a confirming reply ("yes", "da"), or None."""
    norm = normalise(text)
    for lang, pattern in _CONFIRM.items():
        if pattern.match(norm):
            return lang
    return None
