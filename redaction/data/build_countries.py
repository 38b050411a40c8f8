"""Write ``countries.txt``, the country names read after a town or an address.

Run with ``make country-list`` (Faker is a development dependency; the runtime only reads
the written file). The names are those of Faker's address providers (MIT) in the
languages our tenants' customers write in (English, German, French, Spanish, Italian,
Portuguese, Dutch, Hungarian, Czech, Slovak, Swedish, Danish, Finnish, Croatian,
Slovenian), each with a copy without diacritics, plus the Romanian names and the short
forms people type (``EXTRA``: "SUA", "Marea Britanie", "UK", "U.S.A."), which no
provider has. Names with brackets or digits are left out ("Cook (Îles)"). One name
a line, sorted.
"""

from __future__ import annotations

import importlib
import unicodedata
from pathlib import Path

from redaction.data.build_name_lists import fold

HERE = Path(__file__).resolve().parent
COUNTRIES_FILE = HERE / "countries.txt"
LOCALES: tuple[str, ...] = (
    "en_GB", "en_US", "de_DE", "fr_FR", "es_ES", "it_IT", "pt_PT", "nl_NL", "hu_HU", "cs_CZ",
    "sk_SK", "sv_SE", "da_DK", "fi_FI", "hr_HR", "sl_SI",
)  # fmt: skip
EXTRA: tuple[str, ...] = (
    # Short forms
    "USA", "U.S.A.", "U.S.", "US", "UK", "U.K.", "UAE", "Holland", "England", "Scotland",
    "Wales", "Northern Ireland", "Great Britain", "the Netherlands", "the United States",
    "the United Kingdom", "Czechia", "Türkiye", "Bosnia", "Macedonia", "Ivory Coast",
    # Romanian
    "România", "Republica Moldova", "Moldova", "Germania", "Franța", "Italia", "Spania",
    "Portugalia", "Olanda", "Țările de Jos", "Belgia", "Luxemburg", "Austria", "Elveția",
    "Ungaria", "Polonia", "Cehia", "Slovacia", "Slovenia", "Croația", "Serbia",
    "Muntenegru", "Bosnia și Herțegovina", "Macedonia de Nord", "Albania", "Grecia",
    "Bulgaria", "Turcia", "Cipru", "Malta", "Irlanda", "Marea Britanie", "Regatul Unit",
    "Anglia", "Scoția", "Țara Galilor", "Danemarca", "Suedia", "Norvegia", "Finlanda",
    "Islanda", "Estonia", "Letonia", "Lituania", "Ucraina", "Belarus", "Rusia", "Georgia",
    "Armenia", "Azerbaidjan", "Israel", "Iordania", "Liban", "Siria", "Egipt", "Maroc",
    "Tunisia", "Algeria", "Statele Unite", "Statele Unite ale Americii", "SUA", "Canada",
    "Mexic", "Brazilia", "Argentina", "Chile", "Columbia", "Peru", "Japonia", "China",
    "Coreea de Sud", "India", "Pakistan", "Vietnam", "Thailanda", "Filipine", "Indonezia",
    "Australia", "Noua Zeelandă", "Africa de Sud", "Nigeria", "Emiratele Arabe Unite",
    "Arabia Saudită", "Qatar", "Iran", "Irak",
)  # fmt: skip


def collect() -> set[str]:
    found: set[str] = set()
    for locale in LOCALES:
        provider = importlib.import_module(f"faker.providers.address.{locale}").Provider
        found.update(str(name) for name in getattr(provider, "countries", ()))
    found.update(EXTRA)
    names = {
        unicodedata.normalize("NFC", " ".join(n.split()))
        for n in found
        if n.strip() and not any(ch.isdigit() or ch in "()" for ch in n)  # "Bouvet (Îles)"
    }
    return names | {fold(n) for n in names}


def main() -> None:
    COUNTRIES_FILE.write_text("\n".join(sorted(collect())) + "\n", encoding="utf-8")
    print(f"wrote {COUNTRIES_FILE}")


if __name__ == "__main__":
    main()
