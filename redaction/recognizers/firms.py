"""Companies named by their legal form, which are no one's personal data.

"Hájek a.s.", "Ring Löchel KG", "Lefort Dumas SA", "Dean and Sons" or "Beccheria, Medici
e Bonomo e figli" are surnames to every name list and to the models, but the legal form
after them ("a.s.", "KG", "SA", "and Sons") says that a firm is meant. ``firm_zones``
finds the capitalised words right before a legal form, the form included; the detector
drops a name or place found inside one (``brands.not_personal_zones``).

A sole trader's form (Romanian PFA and II, German e.K., Austrian e.U.) names a person
who trades under their own name: it is never a legal form here, so "Ion Popescu PFA"
stays redacted.
"""

from __future__ import annotations

import re

__all__ = ["LEGAL_FORMS", "firm_zones"]

# Forms written with dots: nobody writes them for anything else, so any case is taken
# ("S.R.L.", "s.r.l.", "Sp. z o.o.").
_DOTTED_FORMS: tuple[str, ...] = (
    # Romania, Italy, Spain, Portugal, France, Belgium
    r"S\.R\.L\.?", r"S\.A\.?", r"S\.C\.S\.?", r"S\.N\.C\.?", r"S\.C\.A\.?", r"S\.p\.A\.?",
    r"S\.r\.l\.?", r"S\.a\.s\.?", r"S\.L\.?", r"S\.L\.N\.E\.?", r"S\.L\.U\.?", r"S\.L\.L\.?",
    r"S\.Coop\.?", r"S\.Com\.?", r"S\.A\.S\.?", r"S\.A\.R\.L\.?", r"S\.E\.N\.C\.?",
    r"Lda\.", r"Ltda\.",
    # Poland, Czechia, Slovakia, Hungary
    r"Sp\.[ \t]?z[ \t]?o\.[ \t]?o\.?", r"Sp\.[ \t]?k\.?", r"Sp\.[ \t]?j\.?", r"S\.K\.A\.?",
    r"s\.c\.", r"a\.s\.", r"s\.r\.o\.", r"spol\.[ \t]s[ \t]r\.[ \t]?o\.", r"k\.s\.",
    r"v\.o\.s\.", r"Kft\.", r"Zrt\.", r"Nyrt\.", r"Bt\.", r"Kkt\.",
    # Netherlands, Belgium, Germany, Nordic, Balkans, English-speaking
    r"N\.V\.?", r"B\.V\.?", r"V\.O\.F\.?", r"C\.V\.", r"e\.V\.", r"A/S", r"I/S",
    r"d\.o\.o\.?", r"d\.d\.", r"L\.L\.C\.", r"P\.L\.C\.",
)  # fmt: skip

# Forms written as words or capitals, taken only exactly as written here ("SA", "AS",
# "Limited" are words or initials elsewhere), and a short one in capitals only after a
# word that is not itself in capitals ("JOHN SMITH AS YOU KNOW" is no firm).
_WORD_FORMS: tuple[str, ...] = (
    "SRL", "Srl", "SA", "RA", "SPA", "SCS", "SNC", "SCA", "SpA", "Snc", "Sas", "SL", "SLU",
    "SARL", "SAS", "SASU", "EURL", "Lda", "Ltda", "Kft", "Zrt", "Nyrt", "NV", "BV", "VOF",
    "AG", "KG", "UG",
    "GmbH", "gGmbH", "mbH", "KGaA", "OHG", "GbR", "ApS", "AB", "Oy", "Oyj", "Ky", "AS",
    "ASA", "OÜ", "UAB", "SIA", "EOOD", "OOD", "EAD", "Ltd", "Ltd.", "LTD", "Limited",
    "LLC", "LLP", "Inc", "Inc.", "INC", "Incorporated", "Corp", "Corp.", "Corporation",
    "PLC", "plc", "Co.",
    # a group of companies, in the languages of its name ("Diehl Group", "Kaay Groep")
    "Group", "Groep", "Gruppe", "Groupe", "Gruppo", "Grupo", "Grupul", "Holding",
    "Holdings",
)  # fmt: skip
_SHORT_CAPITALS = frozenset(f for f in _WORD_FORMS if f.isupper() and len(f) <= 3)

# Partners named after the founders ("Dean and Sons", "Rossi e figli", "Smith & Co").
_PARTNER_FORMS: tuple[str, ...] = (
    r"(?:&|and)[ \t]+(?:Sons?|Co\.?|Partners?|Associates|Daughters?)",
    r"(?:&|und)[ \t]+(?:Söhne|Sohn|Partner|Co\.?)",
    r"(?:&|e)[ \t]+(?:[Ff]igli|[Ff]iglio|[Ss]oci)",
    r"(?:&|y)[ \t]+(?:[Aa]sociados|[Hh]ijos?)",
    r"(?:&|et)[ \t]+(?:[Ff]ils|[Aa]ssociés)",
    r"(?:&|și|si)[ \t]+(?:[Ff]iii|[Aa]sociații|[Aa]sociatii)",
)  # fmt: skip

LEGAL_FORMS: tuple[str, ...] = _DOTTED_FORMS + _WORD_FORMS + _PARTNER_FORMS

# A word of the firm's name: capitalised or in capitals ("FPUH", "SC"), with hyphens and
# apostrophes inside ("Molek-Baś", "O'Neill"). No particle: "de la" is also "from" ("Ana
# Pop de la Popescu SRL" names a person, then a firm).
_CAPITAL = r"[A-ZÀ-ÖØ-ÞĀ-ſ]"  # the first letter of a capitalised word
_NAME_WORD = rf"(?:{_CAPITAL}[\w'’\-]*)"
# Between two words of the name: a space, "&", or a conjunction ("Mahieu & Fechant SA",
# "Vaňková a Tichý k.s.").
_CONJUNCTION = r"(?:&|and|und|et|e|y|i|a|și|si)"
_JOIN = rf"(?:[ \t]+(?:{_CONJUNCTION}[ \t]+)?)"
# Single names listed before the last ones: "Beccheria, Medici e Bonomo e figli".
_LISTED = rf"(?:{_NAME_WORD},[ \t]+)*"
_FORM = (
    r"(?:"
    + "|".join(_PARTNER_FORMS)
    + "|(?i:"
    + "|".join(_DOTTED_FORMS)
    + ")|"
    + "|".join(re.escape(form) for form in sorted(_WORD_FORMS, key=len, reverse=True))
    + ")"
)
_FIRM = re.compile(
    rf"(?<![\w\-])(?P<name>{_LISTED}{_NAME_WORD}(?:{_JOIN}{_NAME_WORD}){{0,3}})"
    rf"(?P<comma>,?)[ \t]+(?P<form>{_FORM})(?![\w])"
)
_HAS_CONJUNCTION = re.compile(rf"[ \t]{_CONJUNCTION}[ \t]")
_CAPITALISED_BEFORE = re.compile(rf"(?<![\w\-]){_NAME_WORD}[ \t]+$")


def firm_zones(text: str) -> list[tuple[int, int]]:
    """Where ``text`` names a company by its legal form, name words and form together.

    The name is the run of up to four capitalised words (with "&", "and", "e", ...
    between them) right before the form, on the same line. Where a capitalised word
    comes right before that run, the name may be a person's ("Ana Maria Pop Impex SRL"
    could be Ana working at Maria Pop Impex): no zone.
    """
    zones: list[tuple[int, int]] = []
    for match in _FIRM.finditer(text):
        start = match.start("name")
        name, form = match.group("name"), match.group("form")
        if "," in name and not _HAS_CONJUNCTION.search(name[name.rindex(",") :]):
            # "Ana Pop, Acme Ltd": a list of names needs an "and" at its end to be a firm's
            start += name.rindex(",") + 1
            start += len(text[start:]) - len(text[start:].lstrip(" \t"))
            name = text[start : match.end("name")]
        if _CAPITALISED_BEFORE.search(text, 0, start):
            continue  # more capitalised words than a firm's name takes: maybe a person's
        words = name.replace(",", " ").split()
        if form in _SHORT_CAPITALS and words[-1].isupper():
            continue
        if match.group("comma") and (form in _SHORT_CAPITALS or not form[:1].isupper()):
            continue  # "Maria, SA": only a long form may follow a comma ("Acme, Inc.")
        zones.append((start, match.end()))
    return zones


# Two names joined by "&" with no form after them ("Weijland & Rubben", "van Luin &
# Scardino"): a firm when neither is a given name; "Ana & Mihai" is a couple.
_PARTICLE = r"(?:(?:van|von|de|der|den|da|di|del|le|la)[ \t]+)?"
_SURNAME = rf"{_CAPITAL}[\w'’\-]+"
_PAIR = re.compile(
    rf"(?<![\w\-&])(?P<left>{_PARTICLE}{_SURNAME})[ \t]+&[ \t]+(?P<right>{_PARTICLE}{_SURNAME})"
    r"(?![\w\-]|[ \t]+&)"
)


def paired_names(text: str) -> list[tuple[int, int, tuple[str, str]]]:
    """Two capitalised names joined by "&": where they are and their last words, for the
    caller to keep only pairs of surnames (``firm_zones`` has no name lists)."""
    return [
        (m.start(), m.end(), (m.group("left").split()[-1], m.group("right").split()[-1]))
        for m in _PAIR.finditer(text)
    ]
