"""Products named after people (``redaction/recognizers/products.py``): a capitalised
name between a determiner and a word for goods is the product's, and stays; a person's
name in the same places is still redacted."""

from __future__ import annotations

import pytest

from tests.support.redaction import touched

pytestmark = pytest.mark.slow


def _touched(text: str, value: str, lang: str = "en") -> bool:
    return touched(text, value, lang)


KEPT = [
    ("I ordered a Jasmine tea set on 3 March and it never came.", "Jasmine"),
    ("hi, my Ivy planter arrived cracked", "Ivy"),
    ("Is the Lily scented candle back in stock?", "Lily"),
    ("I paid 40 EUR for the Victoria sponge tin with my card.", "Victoria"),
    ("Item: 2 x Margherita pizza, 1 x garlic bread", "Margherita"),
    # a Romanian noun for goods or a word for a dish before the name
    ("Subiect: Garanție / Produs: Fotoliul Carmen / Mesaj: piciorul s-a rupt", "Carmen"),
    ("Rezumat comandă: Lumânare Crin x 3, ambalaj cadou", "Crin"),
    ("For the party we'd like the Beef Wellington and a cheese board.", "Wellington"),
    # the value of a form's product field
    ("Reserved: Harry Potter and the Goblet of Fire / Pickup: Friday", "Harry Potter"),
]


@pytest.mark.parametrize(("text", "value"), KEPT)
def test_a_product_named_after_a_person_is_kept(text: str, value: str) -> None:
    lang = "ro" if any(w in text for w in ("Produs", "comandă")) else "en"
    assert not _touched(text, value, lang)


REDACTED = [
    # a name before a noun for goods, but no determiner before it: a person
    ("I bought Jasmine flowers for her birthday.", "Jasmine"),
    # the owner of the product, not its name
    ("Is this Amza Stoica's Peter Pan peanut butter in the fridge?", "Amza Stoica"),
    # a function word between the name and the noun: a person
    ("Ask your mum Rose about tea tomorrow.", "Rose"),
]

REDACTED_RO = [
    # the Romanian genitive: Maria's armchair, not an armchair called Maria
    ("Am găsit fotoliul Mariei Popescu în hol, îl poate ridica mâine.", "Mariei Popescu"),
]


@pytest.mark.parametrize(("text", "value"), REDACTED_RO)
def test_an_owner_in_the_romanian_genitive_is_still_redacted(text: str, value: str) -> None:
    assert _touched(text, value, "ro")


@pytest.mark.parametrize(("text", "value"), REDACTED)
def test_a_person_next_to_a_word_for_goods_is_still_redacted(text: str, value: str) -> None:
    assert _touched(text, value)
