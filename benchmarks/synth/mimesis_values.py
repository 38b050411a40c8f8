"""Generator B's values: personas from mimesis, one set of providers per locale.

mimesis has no Romanian locale: for the Romanian sets its Central and Eastern European
locales give the names and streets, and Romanian identifiers (CNP, IBAN, ID card,
plate, phone numbers) come from ``identifiers`` drawn with the same seeded generator.
mimesis has no IBAN, SSN, passport or licence makers; those come from ``identifiers``.
"""

from __future__ import annotations

import random
from dataclasses import dataclass

from mimesis import Address, Datetime, Finance, Internet, Person
from mimesis.enums import CardType
from mimesis.locales import Locale
from mimesis.providers import Payment

from benchmarks.synth import identifiers as ids
from benchmarks.synth.values import Persona, latin_only, transliterate_greek

__all__ = ["EN_LOCALES", "RO_LOCALES", "MimesisSource"]

EN_LOCALES: tuple[str, ...] = (
    "en",
    "en-gb",
    "en-au",
    "en-ca",
    "de",
    "de-at",
    "fr",
    "hu",
    "pl",
    "it",
    "es",
    "sv",
    "no",
    "da",
    "fi",
    "tr",
    "cs",
    "nl",
    "pt",
    "el",
    "sk",
    "hr",
)
# No Romanian locale in mimesis: the neighbours' names, Romanian identifiers.
RO_LOCALES: tuple[str, ...] = ("hu", "pl", "cs", "sk", "hr", "de-at", "it")
_COUNTRY = {
    "en": "US",
    "en-gb": "GB",
    "en-au": "AU",
    "en-ca": "CA",
    "de-at": "AT",
    "sv": "SE",
    "da": "DK",
    "cs": "CZ",
    "el": "GR",
}
_CARD_TYPES = (CardType.VISA, CardType.MASTER_CARD, CardType.AMERICAN_EXPRESS)
_RO_STREET_KINDS = ("Str.", "Strada", "Bd.", "Calea", "Aleea", "Șos.", "Splaiul", "Piața")


@dataclass(frozen=True, slots=True)
class _Providers:
    person: Person
    address: Address
    finance: Finance


class MimesisSource:
    """Personas from mimesis in ``locales``; ``romanian`` gives Romanian identifiers."""

    def __init__(self, locales: tuple[str, ...], romanian: bool = False) -> None:
        self.name = "mimesis"
        self._locales = locales
        self._romanian = romanian
        self._providers: dict[str, _Providers] = {}
        self._internet = Internet()
        self._payment = Payment()
        self._datetime = Datetime()

    def _for(self, locale: str, seed: int) -> _Providers:
        if locale not in self._providers:
            self._providers[locale] = _Providers(
                Person(Locale(locale)), Address(Locale(locale)), Finance(Locale(locale))
            )
        providers = self._providers[locale]
        for provider in (providers.person, providers.address, providers.finance):
            provider.reseed(seed)
        for shared in (self._internet, self._payment, self._datetime):
            shared.reseed(seed)
        return providers

    def persona(self, rng: random.Random) -> Persona:
        locale = rng.choice(self._locales)
        country = "RO" if self._romanian else _COUNTRY.get(locale, locale[:2].upper())
        for _ in range(20):
            p = self._for(locale, rng.getrandbits(32))
            first = transliterate_greek(p.person.first_name())
            last = transliterate_greek(p.person.last_name())
            if latin_only(first) and latin_only(last) and len(first) > 1 and len(last) > 1:
                break
        others = tuple(transliterate_greek(p.person.full_name()) for _ in range(3))
        others = tuple(n for n in others if latin_only(n)) or (f"{first} {last}",)
        birth = self._datetime.date(start=1938, end=2006)
        cnp = ids.ro_cnp(rng, birth.year, birth.month, birth.day, rng.random() < 0.5)
        return Persona(
            first=first,
            last=last,
            others=others,
            phone=self._phone(p, rng),
            phone_national=ids.phone_shape(rng),
            phone_intl=ids.international(rng, country),
            address=self._address(p, rng, lines=False),
            address_lines=self._address(p, rng, lines=True),
            address_special=self._special(p, rng),
            card=self._card(rng),
            iban=self._iban(rng, country),
            national_id=cnp if self._romanian else self._national_id(rng, country),
            national_id_type="RO_CNP" if self._romanian else "NATIONAL_ID",
            passport=ids.passport(rng),
            driver_license=ids.driver_license(rng, last, first),
            birth=birth,
            email=transliterate_greek(p.person.email()),
            ip=self._internet.ip_v4() if rng.random() < 0.75 else self._internet.ip_v6(),
            cnp=cnp,
            ro_id_card=ids.ro_id_card(rng),
            plate=ids.ro_plate(rng),
            home=transliterate_greek(p.address.city()),
            company=transliterate_greek(p.finance.company()),
            city=transliterate_greek(p.address.city()),
            job=transliterate_greek(p.person.occupation()),
        )

    def _phone(self, p: _Providers, rng: random.Random) -> str:
        if self._romanian:
            mask = rng.choice(("07## ### ###", "07########", "02# ### ####", "+40 7## ### ###"))
            return p.person.phone_number(mask=mask)
        return p.person.phone_number()

    def _address(self, p: _Providers, rng: random.Random, lines: bool) -> str:
        a = p.address
        sep = "\n" if lines else ", "
        city = transliterate_greek(a.city())
        if self._romanian:
            street = f"{rng.choice(_RO_STREET_KINDS)} {a.street_name()} nr. {a.street_number()}"
            if rng.random() < 0.5:
                street += f", bl. {rng.choice('ABCDM')}{rng.randint(1, 30)}"
                street += f", sc. {rng.randint(1, 4)}, ap. {rng.randint(1, 120)}"
            return f"{street}{sep}{city} {rng.randint(10000, 929999):06d}"
        street = transliterate_greek(a.address())
        if rng.random() < 0.35:
            street += rng.choice((", Apt. ", ", Suite ", " Unit ", ", Flat ")) + str(
                rng.randint(1, 990)
            )
        return f"{street}{sep}{transliterate_greek(a.postal_code())} {city}"

    def _special(self, p: _Providers, rng: random.Random) -> str:
        kind = rng.choice(("psc", "unit", "ship", "pobox", "after"))
        zip_code = f"{rng.randint(9000, 96699):05d}"
        state = rng.choice(("AA", "AE", "AP"))
        if kind == "psc":
            psc = f"PSC {rng.randint(1000, 9999)}, Box {rng.randint(1000, 9999)}"
            return f"{psc}\nAPO {state} {zip_code}"
        if kind == "unit":
            unit = f"Unit {rng.randint(1000, 9999)} Box {rng.randint(100, 9999)}"
            return f"{unit}\nDPO {state} {zip_code}"
        if kind == "ship":
            return f"USS {p.person.last_name()}\nFPO {state} {zip_code}"
        if kind == "pobox":
            label = rng.choice(("PO Box", "P.O. Box", "Postfach", "CP", "Box"))
            return f"{label} {rng.randint(10, 99999)}, {transliterate_greek(p.address.city())}"
        name = transliterate_greek(p.address.street_name())
        suffix = transliterate_greek(p.address.street_suffix())
        return f"{name} {suffix} {p.address.street_number()}\n{p.address.postal_code()}"

    def _card(self, rng: random.Random) -> str:
        if rng.random() < 0.5:
            number = self._payment.credit_card_number(rng.choice(_CARD_TYPES)).replace(" ", "")
        else:
            number = ids.payment_card(rng)
        style = rng.random()
        if style < 0.35:
            return number
        if len(number) == 15:
            return ids.group(number, (4, 6, 5))
        return ids.group(number, (4,), rng.choice((" ", " ", "-")))

    @staticmethod
    def _iban(rng: random.Random, country: str) -> str:
        value = ids.ro_iban(rng, rng.random() < 0.6) if country == "RO" else ids.iban(rng)
        return ids.group(value, (4,)) if rng.random() < 0.5 else value

    @staticmethod
    def _national_id(rng: random.Random, country: str) -> str:
        if country == "GB":
            return ids.uk_ni_number(rng)
        if country in ("US", "CA") or rng.random() < 0.5:
            return ids.us_ssn(rng)
        digits = "".join(rng.choice("0123456789") for _ in range(rng.choice((9, 10, 11))))
        return digits if rng.random() < 0.5 else f"{digits[:6]}-{digits[6:]}"
