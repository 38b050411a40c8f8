"""How a speech recogniser writes numbers and e-mail addresses: digit by digit, in words."""

from __future__ import annotations

__all__ = ["spell_digits", "spell_email"]

_DIGIT_WORDS: dict[str, tuple[str, ...]] = {
    "en": ("zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine"),
    "ro": ("zero", "unu", "doi", "trei", "patru", "cinci", "șase", "șapte", "opt", "nouă"),
}
_EMAIL_WORDS: dict[str, tuple[str, str, str]] = {
    "en": ("dot", "at", "dash"),
    "ro": ("punct", "arond", "cratimă"),
}


def spell_digits(value: str, lang: str) -> str:
    """Every digit of ``value`` as a word; ``+`` as "plus"; other characters dropped."""
    words = _DIGIT_WORDS[lang]
    out: list[str] = []
    for char in value:
        if char.isdigit():
            out.append(words[int(char)])
        elif char == "+":
            out.append("plus")
    return " ".join(out)


def spell_email(value: str, lang: str) -> str:
    """``ana.pop@mail.ro`` as ``ana dot pop at mail dot ro`` (lower case)."""
    dot, at, dash = _EMAIL_WORDS[lang]
    spoken = value.lower().replace(".", f" {dot} ").replace("@", f" {at} ")
    return " ".join(spoken.replace("-", f" {dash} ").replace("_", " ").split())
