"""Shapes the dev6 split showed leaking (issue 10): a lower-case IBAN, a military address
typed in lower case, names greeted or asked something, a surname after its title and
particles, the other mentions of a found name, names around their particles, places
after "lived in" or "mins away in", and chat contractions typed without an apostrophe.
Each rule with what it must leave alone."""

from __future__ import annotations

import pytest

from tests.support.redaction import covered, touched

pytestmark = pytest.mark.slow


@pytest.mark.parametrize(
    ("text", "lang", "value"),
    [
        # an IBAN typed in lower case, one word, checksum valid (of another length)
        ("sent u 40 quid to gb97nvwv5666540229715 lmk", "en", "gb97nvwv5666540229715"),
        (
            "it's unit 5399 box 1694 dpo aa 45629 second floor",
            "en",
            "unit 5399 box 1694 dpo aa 45629",
        ),
        ("Welcome, Virgen! Thanks for minding the house.", "en", "Virgen"),
        ("Cortez, could you return the Penguin Classics copy?", "en", "Cortez"),
        ("Confirmed: Mrs van Mare is booked as a background commuter.", "en", "van Mare"),
        ("Please ask Mr de Vries to call.", "en", "de Vries"),
        # a name another recognizer found, mentioned again
        (
            "Present: Gaspar, Mirta Boada\nACTION: Gaspar to set up the direct debit.",
            "en",
            "Gaspar",
        ),
        ("Other names in full: Riki\nHome address: 12 Oak Street", "en", "Riki"),
        ("[ ] Forward mail to Mira te Roele\nLine manager: Nino Entinck", "en", "Mira te Roele"),
        ("The reviewer was Wies de Jager from Utrecht.", "en", "Wies de Jager"),
        (
            "Conflict of interest: Bryan te Borninkhof has received fees.",
            "en",
            "Bryan te Borninkhof",
        ),
        ("Certificat de naștere: Mirtil Bakes, născut la 1945-09-01.", "ro", "Mirtil Bakes"),
        ("my sister helge olsen whos 5 mins away in klippinge wifi", "en", "klippinge"),
        ("i've lived in wałcz for like ten years now", "en", "wałcz"),
        ("sora mea care sta aproape in balotesti acum", "ro", "balotesti"),
    ],
)
def test_the_sixth_rounds_shapes_are_covered(text: str, lang: str, value: str) -> None:
    # the last mention: "Present: Gaspar ... ACTION: Gaspar" is about the second
    assert covered(text, value, lang, last=True)


@pytest.mark.parametrize(
    ("text", "lang", "kept"),
    [
        # a lower-case word after an IBAN-like run is never taken in: the run is one word
        ("ref gb97nvwv5666540229716 lmk", "en", "lmk"),
        ("Welcome Back! Your order has shipped.", "en", "Back"),
        ("Anyway, could you send the invoice again?", "en", "Anyway"),
        ("We moved from Frankfurt am Main to Lyon last year.", "en", "last year"),
        # "la" is Romanian "at": a man and a street, not one name
        ("marius de la Ploiești a sunat azi", "ro", "de la"),
        # a parcel stuck somewhere is no person living there
        ("salut comanda a1139479 sta in sibiu de marti puteti verifica", "ro", "sibiu"),
        # a name found as a capitalised word leaves the flower alone
        ("Rose Tyler called. Please put a rose on her desk.", "en", "a rose"),
        # who's, typed without its apostrophe, is no part of the name before it
        ("or my sister sébastien merle whos 5 mins away", "en", "whos"),
    ],
)
def test_what_the_sixth_round_leaves_alone(text: str, lang: str, kept: str) -> None:
    assert not touched(text, kept, lang)
