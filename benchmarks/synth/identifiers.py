"""Checksum-valid and plausibly shaped identifiers the generator libraries do not make.

Every maker takes the caller's ``random.Random`` so a set is reproducible from its seed.
Check digits are computed here, never copied: Luhn for cards, ISO 7064 mod 97-10 for
IBANs, the Romanian CNP control digit.
"""

from __future__ import annotations

import datetime as dt
import random
import string

__all__ = [
    "CALLING_CODES",
    "international",
    "RO_COUNTIES",
    "driver_license",
    "group",
    "iban",
    "luhn_complete",
    "passport",
    "personal_number",
    "payment_card",
    "phone_shape",
    "ro_cnp",
    "ro_iban",
    "ro_id_card",
    "ro_plate",
    "uk_ni_number",
    "us_ssn",
]

# Romanian county codes (plates; CNP county numbers are 01-46, 51, 52).
RO_COUNTIES: tuple[str, ...] = tuple(
    "AB AR AG BC BH BN BT BV BR BZ CS CL CJ CT CV DB DJ GL GR GJ HR HD IL IS IF MM MH MS "
    "NT OT PH SM SJ SB SV TR TM TL VS VL VN".split()
)
# Identity card series: two letters, issued per county.
_RO_ID_SERIES: tuple[str, ...] = tuple(
    "AX AR AS AZ BV BZ CJ CT DP DR DT DX GL GZ HD IF IZ KL KS KT KV KX MM MS MX MZ NT "
    "OT PH PX RD RK RR RT RX SB SM SV SX SZ TM TR TZ VN VS XB XC XH XM XR XT ZC ZL ZV".split()
)
_CNP_WEIGHTS = (2, 7, 9, 1, 4, 6, 3, 5, 8, 2, 7, 9)
_CNP_COUNTIES = [f"{n:02d}" for n in range(1, 47)] + ["51", "52"]
_UPPER = string.ascii_uppercase
_DIGITS = string.digits

# Card brands: prefix choices and lengths (ISO/IEC 7812 issuer ranges).
_CARD_BRANDS: dict[str, tuple[tuple[str, ...], tuple[int, ...]]] = {
    "visa": (("4",), (13, 16, 19)),
    "mastercard": (("51", "52", "53", "54", "55", "2221", "2720"), (16,)),
    "amex": (("34", "37"), (15,)),
    "maestro": (("5018", "5020", "5038", "6304", "6759", "6761"), (12, 13, 16, 19)),
    "jcb": (("3528", "3589", "2131", "1800"), (15, 16)),
    "discover": (("6011", "65"), (16, 19)),
    "diners": (("300", "305", "36", "38"), (14,)),
}

# IBAN layouts: country, BBAN as runs of (kind, length), kind "n" digits, "a" letters,
# "c" letters or digits (ECBS IBAN registry).
_IBAN_LAYOUTS: dict[str, tuple[tuple[str, int], ...]] = {
    "DE": (("n", 18),),
    "GB": (("a", 4), ("n", 14)),
    "FR": (("n", 10), ("c", 11), ("n", 2)),
    "ES": (("n", 20),),
    "IT": (("a", 1), ("n", 10), ("c", 12)),
    "NL": (("a", 4), ("n", 10)),
    "BE": (("n", 12),),
    "AT": (("n", 16),),
    "CH": (("n", 5), ("c", 12)),
    "PL": (("n", 24),),
    "HU": (("n", 24),),
    "CZ": (("n", 20),),
    "SE": (("n", 20),),
    "NO": (("n", 11),),
    "DK": (("n", 14),),
    "FI": (("n", 14),),
    "PT": (("n", 21),),
    "IE": (("a", 4), ("n", 14)),
    "BG": (("a", 4), ("n", 6), ("c", 8)),
    "GR": (("n", 7), ("c", 16)),
    "TR": (("n", 6), ("c", 16)),
    "MD": (("c", 20),),
}


def luhn_complete(body: str) -> str:
    """``body`` with the Luhn check digit appended."""
    total = 0
    for i, char in enumerate(reversed(body)):
        digit = int(char)
        if i % 2 == 0:
            digit = digit * 2 - 9 if digit > 4 else digit * 2
        total += digit
    return body + str((10 - total % 10) % 10)


def group(number: str, sizes: tuple[int, ...], sep: str = " ") -> str:
    """``number`` split into runs of ``sizes`` (the last size repeats for the remainder)."""
    parts: list[str] = []
    i = 0
    k = 0
    while i < len(number):
        size = sizes[min(k, len(sizes) - 1)]
        parts.append(number[i : i + size])
        i += size
        k += 1
    return sep.join(parts)


def payment_card(rng: random.Random, brand: str | None = None) -> str:
    """A Luhn-valid card number of a brand's prefix and length, digits only."""
    name = brand or rng.choice(sorted(_CARD_BRANDS))
    prefixes, lengths = _CARD_BRANDS[name]
    prefix = rng.choice(prefixes)
    length = rng.choice(lengths)
    body = prefix + "".join(rng.choice(_DIGITS) for _ in range(length - len(prefix) - 1))
    return luhn_complete(body)


def _iban_check(country: str, bban: str) -> str:
    digits = "".join(str(int(c, 36)) for c in bban + country + "00")
    return f"{98 - int(digits) % 97:02d}"


def _bban(rng: random.Random, layout: tuple[tuple[str, int], ...]) -> str:
    pools = {"n": _DIGITS, "a": _UPPER, "c": _UPPER + _DIGITS}
    return "".join(rng.choice(pools[kind]) for kind, length in layout for _ in range(length))


def iban(rng: random.Random, country: str | None = None) -> str:
    """A compact IBAN with valid mod-97 check digits for one of the known layouts."""
    code = country or rng.choice(sorted(_IBAN_LAYOUTS))
    if code == "RO":
        return ro_iban(rng)
    bban = _bban(rng, _IBAN_LAYOUTS[code])
    return code + _iban_check(code, bban) + bban


def ro_iban(rng: random.Random, letters_in_account: bool = True) -> str:
    """``RO``, check digits, a 4-letter bank code, a 16-character account part.

    With ``letters_in_account`` the account part mixes letters and digits, as several
    Romanian banks (and the Treasury) issue them.
    """
    bank = "".join(rng.choice(_UPPER) for _ in range(4))
    pool = _UPPER + _DIGITS if letters_in_account else _DIGITS
    account = "".join(rng.choice(pool) for _ in range(16))
    if letters_in_account and account.isdigit():
        account = rng.choice(_UPPER) + account[1:]
    return "RO" + _iban_check("RO", bank + account) + bank + account


def ro_cnp(rng: random.Random, year: int, month: int, day: int, female: bool) -> str:
    """A Romanian personal numeric code with a valid control digit."""
    if 1900 <= year <= 1999:
        sex = "2" if female else "1"
    elif year >= 2000:
        sex = "6" if female else "5"
    else:
        sex = "4" if female else "3"
    body = f"{sex}{year % 100:02d}{month:02d}{day:02d}{rng.choice(_CNP_COUNTIES)}"
    body += f"{rng.randint(1, 999):03d}"
    control = sum(int(d) * w for d, w in zip(body, _CNP_WEIGHTS, strict=True)) % 11
    return body + ("1" if control == 10 else str(control))


def ro_id_card(rng: random.Random) -> str:
    """Series and number of a Romanian identity card, e.g. ``RX 123456``."""
    series = rng.choice(_RO_ID_SERIES)
    number = f"{rng.randint(0, 999999):06d}"
    return rng.choice((f"{series} {number}", f"{series}{number}", f"{series} nr. {number}"))


def ro_plate(rng: random.Random) -> str:
    """A Romanian licence plate, with one of the separators people write."""
    letters = "".join(rng.choice("ABCDEFGHJKLMNPRSTUVWXYZ") for _ in range(3))
    if rng.random() < 0.3:
        county, digits = "B", f"{rng.randint(10, 999):02d}"
    else:
        county, digits = rng.choice(RO_COUNTIES), f"{rng.randint(1, 99):02d}"
    sep = rng.choice((" ", "-", "", " "))
    return f"{county}{sep}{digits}{sep}{letters}"


def us_ssn(rng: random.Random) -> str:
    """A US social security number shape ``ddd-dd-dddd`` (area never 000, 666, 9xx)."""
    area = rng.choice([a for a in range(1, 900) if a != 666])
    return f"{area:03d}-{rng.randint(1, 99):02d}-{rng.randint(1, 9999):04d}"


def uk_ni_number(rng: random.Random) -> str:
    """A UK National Insurance number, ``AB123456C``, sometimes spaced ``AB 12 34 56 C``."""
    first = rng.choice("ABCEGHJKLMNOPRSTWXYZ")
    second = rng.choice("ABCEGHJKLMNPRSTWXYZ")
    digits = f"{rng.randint(0, 999999):06d}"
    suffix = rng.choice("ABCD")
    if rng.random() < 0.4:
        return f"{first}{second} {digits[:2]} {digits[2:4]} {digits[4:]} {suffix}"
    return f"{first}{second}{digits}{suffix}"


def passport(rng: random.Random) -> str:
    """A passport number shape: a letter or two then 7-8 digits, or 9 digits."""
    shape = rng.choice(("A", "AA", "A", "9"))
    if shape == "9":
        return "".join(rng.choice(_DIGITS) for _ in range(9))
    letters = "".join(rng.choice(_UPPER) for _ in shape)
    return letters + "".join(rng.choice(_DIGITS) for _ in range(rng.choice((7, 8))))


def driver_license(rng: random.Random, surname: str = "", initials: str = "") -> str:
    """A driving licence number: US state-like shapes, or a UK 16-character number."""
    kind = rng.choice(("us_letter", "us_digits", "uk", "us_letter_long", "eu"))
    if kind == "us_letter":
        return rng.choice(_UPPER) + "".join(rng.choice(_DIGITS) for _ in range(7))
    if kind == "us_letter_long":
        return rng.choice(_UPPER) + "".join(rng.choice(_DIGITS) for _ in range(12))
    if kind == "us_digits":
        return "".join(rng.choice(_DIGITS) for _ in range(rng.choice((8, 9))))
    if kind == "eu":
        return "".join(rng.choice(_UPPER) for _ in range(2)) + "".join(
            rng.choice(_DIGITS) for _ in range(6)
        )
    letters = "".join(c for c in surname.upper() if c in _UPPER)[:5].ljust(5, "9")
    year = rng.randint(40, 99)
    month = rng.randint(1, 12) + (50 if rng.random() < 0.5 else 0)
    day = rng.randint(1, 28)
    first = "".join(c for c in initials.upper() if c in _UPPER)[:2].ljust(2, "9")
    tail = rng.choice(_DIGITS) + "".join(rng.choice(_UPPER) for _ in range(2))
    return f"{letters}{str(year)[0]}{month:02d}{day:02d}{str(year)[1]}{first}{tail}"


def phone_shape(rng: random.Random) -> str:
    """A national phone number without country code, in a shape people type."""
    shape = rng.choice(
        (
            "#### ####",
            "## ######",
            "##-##-##-##",
            "### ####",
            "(0###) ########",
            "0### ### ###",
            "0## ### ## ##",
            "### ### ####",
            "##########",
            "0#### ######",
            "## ## ## ##",
            "###.###.####",
        )
    )
    out = []
    first = True
    for char in shape:
        if char == "#":
            out.append(rng.choice("123456789") if first else rng.choice(_DIGITS))
            first = False
        else:
            out.append(char)
            if char == "0":
                first = False
    return "".join(out)


# Country calling codes of the locales the generators use.
CALLING_CODES: dict[str, str] = {
    "US": "1",
    "CA": "1",
    "GB": "44",
    "IN": "91",
    "RO": "40",
    "DE": "49",
    "AT": "43",
    "CH": "41",
    "FR": "33",
    "HU": "36",
    "PL": "48",
    "IT": "39",
    "ES": "34",
    "SE": "46",
    "NO": "47",
    "DK": "45",
    "FI": "358",
    "TR": "90",
    "GR": "30",
    "CZ": "420",
    "SK": "421",
    "HR": "385",
    "NL": "31",
    "BE": "32",
    "PT": "351",
    "AU": "61",
    "IE": "353",
}


def international(rng: random.Random, country: str) -> str:
    """A number with ``+`` and the country's calling code, in one of a few groupings."""
    code = CALLING_CODES.get(country, "44")
    digits = rng.choice("6789") + "".join(rng.choice(_DIGITS) for _ in range(8))
    layout = rng.choice(((3, 3, 3), (3, 6), (2, 3, 2, 2), (9,), (4, 5)))
    return f"+{code} " + group(digits, layout)


_FI_CHECK = "0123456789ABCDEFHJKLMNPRSTUVWXY"
_PESEL_WEIGHTS = (1, 3, 7, 9, 1, 3, 7, 9, 1, 3)
_NO_K1 = (3, 7, 6, 1, 8, 9, 4, 5, 2)
_NO_K2 = (5, 4, 3, 2, 7, 6, 5, 4, 3, 2)


def personal_number(rng: random.Random, birth: dt.date, country: str) -> str:
    """A birth-date-based national number of SE, FI, PL, NO or CZ with its check digits."""
    yy, mm, dd = f"{birth.year % 100:02d}", f"{birth.month:02d}", f"{birth.day:02d}"
    serial = f"{rng.randint(0, 999):03d}"
    if country == "SE":
        body = f"{yy}{mm}{dd}{serial}"
        return f"{yy}{mm}{dd}-{luhn_complete(body)[-4:]}"
    if country == "FI":
        sign = "-" if birth.year < 2000 else "A"
        return f"{dd}{mm}{yy}{sign}{serial}{_FI_CHECK[int(dd + mm + yy + serial) % 31]}"
    if country == "PL":
        month = birth.month + (20 if birth.year >= 2000 else 0)
        body = f"{yy}{month:02d}{dd}{serial}{rng.randint(0, 9)}"
        check = (10 - sum(int(d) * w for d, w in zip(body, _PESEL_WEIGHTS, strict=True))) % 10
        return body + str(check)
    if country == "NO":
        for _ in range(100):
            base = f"{dd}{mm}{yy}{rng.randint(0, 999):03d}"
            k1 = 11 - sum(int(d) * w for d, w in zip(base, _NO_K1, strict=True)) % 11
            k1 = 0 if k1 == 11 else k1
            if k1 == 10:
                continue
            k2 = 11 - sum(int(d) * w for d, w in zip(base + str(k1), _NO_K2, strict=True)) % 11
            k2 = 0 if k2 == 11 else k2
            if k2 < 10:
                return f"{base}{k1}{k2}"
    month = birth.month + (50 if rng.random() < 0.5 else 0)
    number = int(f"{yy}{month:02d}{dd}{serial}")
    return f"{yy}{month:02d}{dd}/{serial}{number % 11 % 10}"
