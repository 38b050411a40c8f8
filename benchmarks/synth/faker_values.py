"""Generator A's values: personas from Faker, one ``Faker`` per locale.

Faker draws are seeded from the caller's generator per persona, so a set depends only
on its seed. Greek names are transliterated to Latin; any other non-Latin value is
drawn again.
"""

from __future__ import annotations

import datetime as dt
import random

from faker import Faker

from benchmarks.synth import identifiers as ids
from benchmarks.synth.values import Persona, latin_only, transliterate_greek

__all__ = ["EN_LOCALES", "RO_LOCALES", "FakerSource"]

EN_LOCALES: tuple[str, ...] = (
    "en_US",
    "en_GB",
    "en_IN",
    "de_DE",
    "fr_FR",
    "hu_HU",
    "pl_PL",
    "it_IT",
    "es_ES",
    "sv_SE",
    "no_NO",  # Faker has no nb_NO
    "da_DK",
    "fi_FI",
    "tr_TR",
    "el_GR",  # Greek script: names and places transliterated
    "cs_CZ",
    "nl_NL",
    "pt_PT",
    "ro_RO",
)
RO_LOCALES: tuple[str, ...] = ("ro_RO",)
_US_STATES = ("AA", "AE", "AP")
_DATED_NUMBERS = ("sv_SE", "fi_FI", "pl_PL", "no_NO", "cs_CZ")
_BORN_FROM, _BORN_UNTIL = dt.date(1937, 1, 1), dt.date(2006, 12, 31)


def _country(locale: str) -> str:
    return locale.split("_")[1]


def _latin(text: str) -> str:
    return transliterate_greek(text)


class FakerSource:
    """Personas from Faker in ``locales`` (drawn uniformly per persona)."""

    def __init__(self, locales: tuple[str, ...]) -> None:
        self.name = "faker"
        self._locales = locales
        self._fakers: dict[str, Faker] = {}
        # Card types differ per locale provider; en_US's has every brand.
        self._cards = Faker("en_US")

    def _faker(self, locale: str) -> Faker:
        if locale not in self._fakers:
            fake = Faker(locale)
            # it_IT builds its city list from a set, whose order changes with the string
            # hash seed of each process: sort it so a set is the same in every run.
            for provider in fake.get_providers():
                cities = getattr(provider, "cities", None)
                if locale == "it_IT" and isinstance(cities, list):
                    provider.cities = sorted(cities)
            self._fakers[locale] = fake
        return self._fakers[locale]

    def persona(self, rng: random.Random) -> Persona:
        locale = rng.choice(self._locales)
        fake = self._faker(locale)
        for _ in range(20):
            fake.seed_instance(rng.getrandbits(32))
            first, last = _latin(fake.first_name()), _latin(fake.last_name())
            if latin_only(first) and latin_only(last) and len(first) > 1 and len(last) > 1:
                break
        others = tuple(_latin(f"{fake.first_name()} {fake.last_name()}") for _ in range(3))
        others = tuple(n for n in others if latin_only(n)) or (f"{first} {last}",)
        # Fixed bounds, not date_of_birth(): that one counts back from today.
        birth = fake.date_between_dates(_BORN_FROM, _BORN_UNTIL)
        cnp = ids.ro_cnp(rng, birth.year, birth.month, birth.day, rng.random() < 0.5)
        romanian = locale == "ro_RO"
        return Persona(
            first=first,
            last=last,
            others=others,
            phone=fake.phone_number(),
            phone_national=ids.phone_shape(rng),
            phone_intl=ids.international(rng, _country(locale)),
            address=_latin(fake.address()).replace("\n", ", "),
            address_lines=self._address_lines(fake, locale, rng),
            address_special=self._special_address(fake, locale, rng),
            card=self._card(self._cards, rng),
            iban=self._iban(fake, locale, rng),
            national_id=cnp if romanian else self._national_id(fake, locale, rng, birth),
            national_id_type="RO_CNP" if romanian else "NATIONAL_ID",
            passport=fake.passport_number() if rng.random() < 0.5 else ids.passport(rng),
            driver_license=ids.driver_license(rng, last, first),
            birth=birth,
            email=_latin(fake.free_email() if rng.random() < 0.6 else fake.email()),
            ip=fake.ipv4() if rng.random() < 0.8 else fake.ipv6(),
            cnp=cnp,
            ro_id_card=ids.ro_id_card(rng),
            plate=ids.ro_plate(rng),
            home=_latin(fake.city()),
            company=_latin(fake.company()),
            city=_latin(fake.city()),
            job=_latin(fake.job()).split(",")[0],
        )

    @staticmethod
    def _address_lines(fake: Faker, locale: str, rng: random.Random) -> str:
        if locale == "en_US" and rng.random() < 0.5:
            street = f"{fake.street_address()}, {fake.secondary_address()}"
            return f"{street}\n{fake.city()}, {fake.state_abbr()} {fake.postcode()}"
        return _latin(fake.address())

    @staticmethod
    def _special_address(fake: Faker, locale: str, rng: random.Random) -> str:
        pick = rng.random()
        if locale in ("en_US", "en_GB", "en_IN") or pick < 0.3:
            us = Faker("en_US")
            us.seed_instance(rng.getrandbits(32))
            state, zip_code = rng.choice(_US_STATES), us.postcode()
            kind = rng.choice(("apo", "dpo", "fpo", "pobox", "unit"))
            if kind == "apo":
                return f"{us.military_apo()}\nAPO {state} {zip_code}"
            if kind == "dpo":
                return f"{us.military_dpo()}\nDPO {state} {zip_code}"
            if kind == "fpo":
                return f"{us.military_ship()} {us.last_name()}\nFPO {state} {zip_code}"
            if kind == "pobox":
                return f"PO Box {rng.randint(10, 9999)}\n{us.city()}, {us.state_abbr()} {zip_code}"
            return f"{us.street_address()}\nUnit {rng.randint(1, 40)}\n{us.city()} {zip_code}"
        street = _latin(fake.street_name())
        number = f"{rng.randint(1, 220)}{rng.choice(('', '', 'a', 'B'))}"
        return f"{street} {number}, {fake.postcode()} {_latin(fake.city())}"

    @staticmethod
    def _card(fake: Faker, rng: random.Random) -> str:
        fake.seed_instance(rng.getrandbits(32))
        kind = rng.choice(
            ("maestro", "mastercard", "visa16", "visa13", "visa19", "amex", "discover")
            + ("diners", "jcb15", "jcb16")
        )
        number = fake.credit_card_number(kind)
        style = rng.random()
        if style < 0.4:
            return number
        if len(number) == 15 and style < 0.7:
            return ids.group(number, (4, 6, 5))
        return ids.group(number, (4,), "-" if style > 0.85 else " ")

    @staticmethod
    def _iban(fake: Faker, locale: str, rng: random.Random) -> str:
        if locale == "ro_RO":
            value = ids.ro_iban(rng, letters_in_account=rng.random() < 0.6)
        elif rng.random() < 0.5:
            value = fake.iban()
        else:
            value = ids.iban(rng)
        return ids.group(value, (4,)) if rng.random() < 0.5 else value

    @staticmethod
    def _national_id(fake: Faker, locale: str, rng: random.Random, birth: dt.date) -> str:
        # Faker's own numbers for these count back from today: ours use the birth date.
        if locale in _DATED_NUMBERS:
            return ids.personal_number(rng, birth, _country(locale))
        if locale == "en_GB":
            return ids.uk_ni_number(rng)
        if locale == "en_US" or rng.random() < 0.3:
            return ids.us_ssn(rng)
        number = str(fake.ssn())
        if locale == "el_GR":
            # Faker's AMKA opens with a random date up to today, so the sets would change
            # with the calendar: the persona's birth date instead, the Luhn digit again.
            return ids.luhn_complete(f"{birth:%d%m%y}{number[6:10]}")
        return number
