"""The explicit list of recognizers the detector runs (STYLE.md section 6).

Each entry names a recognizer, declares the entity types it can report, and builds one
instance for a language. Adding a recognizer means adding a line here; nothing is
discovered by scanning subclasses or by import side effects.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass

from presidio_analyzer import EntityRecognizer, RecognizerRegistry

from redaction import entities as ent
from redaction.recognizers import builtin
from redaction.recognizers.address import StreetAddressRecognizer
from redaction.recognizers.address_caseless import CaselessAddressRecognizer
from redaction.recognizers.address_cued import CuedAddressRecognizer
from redaction.recognizers.address_intl import InternationalAddressRecognizer
from redaction.recognizers.birth_date import DateOfBirthRecognizer
from redaction.recognizers.cards import LuhnCardRecognizer
from redaction.recognizers.email import OfflineEmailRecognizer
from redaction.recognizers.fields import FieldValueRecognizer
from redaction.recognizers.iban import CheckedIbanRecognizer, MistypedIbanRecognizer
from redaction.recognizers.identity import (
    DriverLicenseRecognizer,
    NationalIdRecognizer,
    PassportRecognizer,
)
from redaction.recognizers.locations import GazetteerLocationRecognizer
from redaction.recognizers.merged import MergedRecognizer
from redaction.recognizers.name_gazetteer import GazetteerNameRecognizer
from redaction.recognizers.names import (
    ContextNameRecognizer,
    KnownNameRecognizer,
    SpelledNameRecognizer,
)
from redaction.recognizers.ner import NER_ENTITIES, CleanSpacyRecognizer
from redaction.recognizers.phone import GroupedPhoneRecognizer, WrittenPhoneRecognizer
from redaction.recognizers.phone_shape import PhoneShapeRecognizer
from redaction.recognizers.residence import ResidenceRecognizer
from redaction.recognizers.ro_cnp import MistypedCnpRecognizer, RoCnpRecognizer
from redaction.recognizers.ro_id_card import RoIdCardRecognizer
from redaction.recognizers.ro_phone import RoPhoneRecognizer
from redaction.recognizers.ro_plate import RoLicensePlateRecognizer
from redaction.recognizers.spoken import SpokenEmailRecognizer, SpokenPhoneRecognizer
from redaction.recognizers.towns import TownRecognizer, TownShapeRecognizer
from redaction.recognizers.unlisted_names import UnlistedNameRecognizer

SUPPORTED_LANGUAGES: tuple[str, ...] = ("en", "ro")


@dataclass(frozen=True, slots=True)
class RecognizerSpec:
    """A named recognizer: what it reports, and how to build it for one language."""

    name: str
    entities: tuple[str, ...]
    build: Callable[[str], EntityRecognizer]


def names_and_places(supported_language: str) -> MergedRecognizer:
    """spaCy's people and places with the cue, word-list, spelling and gazetteer rules,
    merged where they overlap (``merged.py`` says why)."""
    children: list[EntityRecognizer] = [
        CleanSpacyRecognizer(supported_language),
        ContextNameRecognizer(supported_language),
        KnownNameRecognizer(supported_language),
        GazetteerNameRecognizer(supported_language),
        SpelledNameRecognizer(supported_language),
        GazetteerLocationRecognizer(supported_language),
        ResidenceRecognizer(supported_language),
        TownRecognizer(supported_language),
        TownShapeRecognizer(supported_language),
        UnlistedNameRecognizer(supported_language),
    ]
    return MergedRecognizer(children, supported_language, name="NamesAndPlaces")


RECOGNIZERS: tuple[RecognizerSpec, ...] = (
    RecognizerSpec("names_and_places", NER_ENTITIES, names_and_places),
    RecognizerSpec("email", (ent.EMAIL_ADDRESS,), OfflineEmailRecognizer),
    RecognizerSpec("ro_phone", (ent.PHONE_NUMBER,), RoPhoneRecognizer),
    RecognizerSpec("international_phone", (ent.PHONE_NUMBER,), GroupedPhoneRecognizer),
    RecognizerSpec("written_phone", (ent.PHONE_NUMBER,), WrittenPhoneRecognizer),
    RecognizerSpec("phone_shape", (ent.PHONE_NUMBER,), PhoneShapeRecognizer),
    RecognizerSpec("iban", (ent.IBAN_CODE,), CheckedIbanRecognizer),
    RecognizerSpec("iban_mistyped", (ent.IBAN_CODE,), MistypedIbanRecognizer),
    RecognizerSpec("credit_card", (ent.CREDIT_CARD,), builtin.credit_card),
    RecognizerSpec("luhn_card", (ent.CREDIT_CARD,), LuhnCardRecognizer),
    RecognizerSpec("ip_address", (ent.IP_ADDRESS,), builtin.ip_address),
    RecognizerSpec("ro_cnp", (ent.RO_CNP,), RoCnpRecognizer),
    RecognizerSpec("ro_cnp_mistyped", (ent.RO_CNP,), MistypedCnpRecognizer),
    RecognizerSpec("ro_id_card", (ent.RO_ID_CARD,), RoIdCardRecognizer),
    RecognizerSpec("date_of_birth", (ent.DATE_OF_BIRTH,), DateOfBirthRecognizer),
    RecognizerSpec("street_address", (ent.STREET_ADDRESS,), StreetAddressRecognizer),
    RecognizerSpec("postal_address", (ent.STREET_ADDRESS,), InternationalAddressRecognizer),
    RecognizerSpec("caseless_address", (ent.STREET_ADDRESS,), CaselessAddressRecognizer),
    RecognizerSpec("cued_address", (ent.STREET_ADDRESS, ent.LOCATION), CuedAddressRecognizer),
    RecognizerSpec("ro_license_plate", (ent.RO_LICENSE_PLATE,), RoLicensePlateRecognizer),
    RecognizerSpec("spoken_email", (ent.EMAIL_ADDRESS,), SpokenEmailRecognizer),
    RecognizerSpec("spoken_phone", (ent.PHONE_NUMBER,), SpokenPhoneRecognizer),
    RecognizerSpec("national_id", (ent.NATIONAL_ID,), NationalIdRecognizer),
    RecognizerSpec("passport", (ent.PASSPORT,), PassportRecognizer),
    RecognizerSpec("driver_license", (ent.DRIVER_LICENSE,), DriverLicenseRecognizer),
    RecognizerSpec("field_values", FieldValueRecognizer.ENTITIES, FieldValueRecognizer),
)


def supported_entities(specs: Iterable[RecognizerSpec] = RECOGNIZERS) -> frozenset[str]:
    """Every entity type some recognizer in ``specs`` can report."""
    return frozenset(e for spec in specs for e in spec.entities)


def build_registry(
    languages: Sequence[str] = SUPPORTED_LANGUAGES,
    specs: Iterable[RecognizerSpec] = RECOGNIZERS,
) -> RecognizerRegistry:
    """A Presidio registry holding one instance of each recognizer per language."""
    specs = tuple(specs)
    recognizers = [spec.build(lang) for lang in languages for spec in specs]
    return RecognizerRegistry(recognizers=recognizers, supported_languages=list(languages))
