"""Email addresses and phone numbers a person gave, as keyed hashes for finding them again.

A data-subject request may name the person by an email or phone number instead of their
sender id. The values themselves are only held in the person's (sealed) vault; the index
holds ``HMAC-SHA256(identifier subkey of the tenant DEK, kind + normalised value)``
(``TenantKeyring.identifier_key``), so
neither Redis nor a copy of it can be searched for an address without the tenant key.

Normalisation: emails are trimmed and lower-cased; phone numbers become E.164 with the
``phonenumbers`` package. A number written without a country code is read in each region
of the tenant's languages (``ro`` -> RO, ``en`` -> GB); the parses that are valid numbers
count (or, when none is valid, the possible ones), so "0722 123 456", "+40 722 123 456"
and "0040722123456" are one number.
"""

from __future__ import annotations

import hashlib
import hmac
import re
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field

import phonenumbers

from redaction.entities import EMAIL_ADDRESS, PHONE_NUMBER
from redaction.pseudonymize import PLACEHOLDER
from storage.errors import IntegrityError

DIGEST_CHARS = 32
DEFAULT_REGIONS: tuple[str, ...] = ("GB",)
_REGION_OF_LANGUAGE = {"ro": "RO", "en": "GB"}
_EMAIL = re.compile(r"[^@\s]+@[^@\s]+\.[^@\s]+")


def phone_regions(languages: Sequence[str]) -> tuple[str, ...]:
    """The regions in which a number without a country code is read, for these languages."""
    known = [_REGION_OF_LANGUAGE[lang] for lang in languages if lang in _REGION_OF_LANGUAGE]
    regions = tuple(dict.fromkeys(known))
    return regions or DEFAULT_REGIONS


def normalise_email(value: str) -> str | None:
    email = value.strip().lower()
    return email if _EMAIL.fullmatch(email) else None


def normalise_phone(value: str, regions: Sequence[str]) -> list[str]:
    """E.164 forms of ``value``: the valid parses, else the possible ones, else none."""
    valid: list[str] = []
    possible: list[str] = []
    for region in regions:
        try:
            number = phonenumbers.parse(value, region)
        except phonenumbers.NumberParseException:
            continue
        if not phonenumbers.is_possible_number(number):
            continue
        e164 = phonenumbers.format_number(number, phonenumbers.PhoneNumberFormat.E164)
        target = valid if phonenumbers.is_valid_number(number) else possible
        if e164 not in target:
            target.append(e164)
    return valid or possible


@dataclass
class Identifiers:
    """The normalised emails and phone numbers of one subject."""

    emails: list[str] = field(default_factory=list)
    phones: list[str] = field(default_factory=list)

    def is_empty(self) -> bool:
        return not self.emails and not self.phones

    def to_json(self) -> dict[str, list[str]]:
        return {"emails": list(self.emails), "phones": list(self.phones)}

    @classmethod
    def from_json(cls, record: Mapping[str, object]) -> Identifiers:
        emails, phones = record.get("emails", []), record.get("phones", [])
        if not isinstance(emails, list) or not isinstance(phones, list):
            raise IntegrityError("a stored identifiers record has an unexpected shape")
        return cls(emails=[str(e) for e in emails], phones=[str(p) for p in phones])

    def lookups(self) -> list[tuple[str, str]]:
        """(kind, normalised value) pairs, the inputs of :func:`digest`."""
        return [("email", e) for e in self.emails] + [("phone", p) for p in self.phones]


def from_vault(vault: Mapping[str, str], regions: Sequence[str]) -> Identifiers:
    """The emails and phone numbers among a vault's values (placeholder -> value).

    The entity type is read from the placeholder (``<EMAIL_ADDRESS_1>``); the vault has
    this form in surrogate mode too, where only the text shows surrogates.
    """
    found = Identifiers()
    for placeholder, value in vault.items():
        match = PLACEHOLDER.fullmatch(placeholder)
        if match is None:
            continue
        if match["type"] == EMAIL_ADDRESS:
            email = normalise_email(value)
            if email is not None and email not in found.emails:
                found.emails.append(email)
        elif match["type"] == PHONE_NUMBER:
            for phone in normalise_phone(value, regions):
                if phone not in found.phones:
                    found.phones.append(phone)
    return found


def digest(subkey: bytes, kind: str, normalised: str) -> str:
    message = kind.encode() + b"\x00" + normalised.encode()
    return hmac.new(subkey, message, hashlib.sha256).hexdigest()[:DIGEST_CHARS]


def digests(subkey: bytes, pairs: Iterable[tuple[str, str]]) -> list[str]:
    return list(dict.fromkeys(digest(subkey, kind, value) for kind, value in pairs))
