"""Realistic surrogates: fake values of the same kind, for engines that stumble on tags.

A surrogate is a pure function of the placeholder (entity type and number), so it is
stable for the whole conversation without storing anything more than the vault. Every
surrogate comes from a reserved or fictional range (example.com mail, 555-01xx and
drama-range phone numbers, TEST-NET addresses, test card numbers), so it can never be
some real person's data.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from redaction import entities as ent

FIRST_NAMES = (
    "Alex", "Morgan", "Robin", "Sam", "Taylor", "Jordan", "Casey", "Jamie",
    "Riley", "Quinn", "Avery", "Rowan", "Emery", "Harper", "Sasha", "Kai",
)  # fmt: skip
LAST_NAMES = (
    "Fairbanks", "Whitcombe", "Lindqvist", "Ashdown", "Marlowe", "Pendleton", "Hollis",
    "Everly", "Thorne", "Redfern", "Calloway", "Brightwater", "Ellsworth", "Kingsley",
    "Ravensworth", "Winslow",
)  # fmt: skip
CITIES = ("Springfield", "Riverton", "Lakeside", "Fairview", "Greenfield", "Kingsport")
STREETS = ("Example Street", "Sample Avenue", "Placeholder Road", "Fictional Lane")


def _cycled(options: tuple[str, ...], n: int) -> str:
    """The n-th option; once the options run out, numbered so no two n ever collide."""
    base = options[(n - 1) % len(options)]
    lap = (n - 1) // len(options)
    return base if lap == 0 else f"{base} {lap + 1}"


def person(n: int) -> str:
    # 16 x 16 distinct first/last pairs before any repeats (then numbered).
    i = (n - 1) % (len(FIRST_NAMES) * len(LAST_NAMES))
    first = FIRST_NAMES[i % len(FIRST_NAMES)]
    last = LAST_NAMES[(i // len(FIRST_NAMES) + i) % len(LAST_NAMES)]
    lap = (n - 1) // (len(FIRST_NAMES) * len(LAST_NAMES))
    return f"{first} {last}" if lap == 0 else f"{first} {last}-{lap + 1}"


def email(n: int) -> str:
    first, last = person(n).lower().split()
    return f"{first}.{last}@example.com"


def phone(n: int) -> str:
    # US 555-0100..0199 is reserved for fiction; beyond that the UK drama range.
    if n <= 100:
        return f"+1 202 555 {100 + n - 1:04d}"
    return f"+44 7700 {900000 + n - 101:06d}"


def _iban_check(country: str, bban: str) -> str:
    digits = "".join(str(int(ch, 36)) for ch in bban + country + "00")
    return f"{98 - int(digits) % 97:02d}"


def iban(n: int) -> str:
    bban = f"TEST{n:016d}"
    return f"RO{_iban_check('RO', bban)}{bban}"


def _luhn_complete(prefix: str) -> str:
    total = 0
    for i, ch in enumerate(reversed(prefix)):
        d = int(ch)
        if i % 2 == 0:  # these digits are doubled once the check digit is appended
            d = d * 2 - 9 if d > 4 else d * 2
        total += d
    return prefix + str((10 - total % 10) % 10)


def credit_card(n: int) -> str:
    number = _luhn_complete(f"400000{n:09d}")  # the 4000 00xx test card range
    return " ".join(number[i : i + 4] for i in range(0, 16, 4))


def ro_cnp(n: int) -> str:
    # Born 1 January 2000, sequence n (county code rolls over): checksum-valid, synthetic.
    base = f"5000101{(n - 1) // 999 % 48 + 1:02d}{(n - 1) % 999 + 1:03d}"
    weights = "279146358279"
    control = sum(int(a) * int(b) for a, b in zip(base, weights, strict=True)) % 11
    return base + ("1" if control == 10 else str(control))


TEST_NETS = ("192.0.2", "198.51.100", "203.0.113")  # RFC 5737: documentation only


def ip_address(n: int) -> str:
    if n > 254 * len(TEST_NETS):
        return f"2001:db8::{n:x}"  # RFC 3849: the IPv6 documentation prefix
    net = TEST_NETS[(n - 1) // 254]
    return f"{net}.{(n - 1) % 254 + 1}"


def location(n: int) -> str:
    return _cycled(CITIES, n)


def street_address(n: int) -> str:
    return f"{n} {STREETS[(n - 1) % len(STREETS)]}"


def date_of_birth(n: int) -> str:
    i = n - 1
    return f"{i % 28 + 1:02d}.{i // 28 % 12 + 1:02d}.{1970 + i // 336}"


def ro_id_card(n: int) -> str:
    return f"XX {n:06d}"


def ro_license_plate(n: int) -> str:
    return f"B {n:03d} TST"


SURROGATES: dict[str, Callable[[int], str]] = {
    ent.PERSON: person,
    ent.EMAIL_ADDRESS: email,
    ent.PHONE_NUMBER: phone,
    ent.IBAN_CODE: iban,
    ent.CREDIT_CARD: credit_card,
    ent.RO_CNP: ro_cnp,
    ent.IP_ADDRESS: ip_address,
    ent.LOCATION: location,
    "STREET_ADDRESS": street_address,
    "DATE_OF_BIRTH": date_of_birth,
    "RO_ID_CARD": ro_id_card,
    "RO_LICENSE_PLATE": ro_license_plate,
}


def surrogate_for(entity_type: str, n: int) -> str:
    """The surrogate standing for the ``n``-th value of ``entity_type`` in a conversation."""
    make = SURROGATES.get(entity_type)
    if make is None:  # a tenant's own entity type: an obviously synthetic reference
        return f"{entity_type.lower().replace('_', '-')}-{n:04d}"
    return make(n)


# Digits may come back regrouped ("+12025550100"); words may change case.
_NUMBERISH = frozenset(
    {ent.PHONE_NUMBER, ent.IBAN_CODE, ent.CREDIT_CARD, ent.RO_CNP, "RO_ID_CARD", "RO_LICENSE_PLATE"}
)


def surrogate_pattern(entity_type: str, surrogate: str) -> str:
    """A regex for ``surrogate`` as an engine may write it back."""
    if entity_type in _NUMBERISH:
        chars = [re.escape(ch) for ch in surrogate if not ch.isspace()]
        body = r"[\s.\-]?".join(chars)
    else:
        body = r"\s+".join(re.escape(part) for part in surrogate.split())
    return rf"(?<![\w@.+-]){body}(?![\w@-]|\.\w)"
