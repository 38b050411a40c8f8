"""Products named after people: "the Rose vase", "your Victoria sponge tin", "Fotoliul
Carmen", "Beef Wellington", "Product: Marlowe Armchair".

A shop's catalogue names its goods after people and flowers. In a customer's message
such a name stands where no person's name does:
- between a determiner (or a quantity) and a noun for goods, right after it or after
  one more lower-case word ("I bought the Rose vase", "the Lily scented candle", "10 x
  Chicken Tikka wrap"; not "I bought Rose a vase", "ask your mum Rose about tea");
- right after a Romanian noun for goods or an English or Romanian word for a dish, which
  name their product after them ("Fotoliul Carmen", "Lumânare Crin", "Beef Wellington",
  "Salata Caesar"; not "fotoliul Mariei", Maria's armchair);
- as the value of a form's product field ("Product: Marlowe Armchair", "Produs: ...",
  "Reserved: Harry Potter and the Goblet of Fire"), also the second of a list there
  ("Menu: Beef Wellington or Salmon en Croûte");
- after a word for a colour ("colour Forest Green", "culoarea Verde Brad").
The owner before a product stays a person ("this Amza Stoica's peanut butter"). A
tenant's own catalogue words can also be allowed by name (``allow_list``).
"""

from __future__ import annotations

import re

from redaction.recognizers.name_gazetteer import lexicon

__all__ = ["NOUNS_BEFORE_NAME", "PRODUCT_NOUNS", "is_product_name"]

# Nouns for goods a shop sells: homeware, furniture, food and drink, clothes, beauty.
PRODUCT_NOUNS: frozenset[str] = frozenset(
    """
    vase vases candle candles mug mugs cup cups teapot teapots tea set sets tin tins carafe
    carafes jug jugs bowl bowls plate plates lamp lamps chair chairs armchair armchairs sofa
    sofas table tables desk desks bed beds pillow pillows cushion cushions blanket blankets
    throw throws rug rugs mat mats planter planters pot pots basket baskets bouquet bouquets
    hamper hampers biscuit biscuits cake cakes sponge pizza pizzas pie pies salad salads
    sauce soap soaps perfume fragrance shampoo lotion cream dress dresses shirt shirts
    jumper jumpers sweater sweaters jacket jackets coat coats scarf scarves bag bags handbag
    handbags wallet wallets shoes boots trainers sandals necklace bracelet earrings kettle
    kettles toaster blender skillet pan pans knife knives frame frames mirror mirrors clock
    clocks towel towels duvet duvets sheets curtains diffuser diffusers figurine ornament
    ornaments tray trays jar jars bottle bottles glasses tumbler tumblers dispenser
    dispensers holder holders rack shelf shelves cabinet wardrobe stool stools bench
    wreath wreaths plant plants roses tulips flowers coffee latte cookies muffin muffins
    chocolate chocolates truffles cheese wine gin palette lipstick serum wrap wraps
    sandwich sandwiches burger burgers curry soup pasta risotto platter
    """.split()
)
# Words after which a shop or a menu writes the product's name: Romanian nouns for
# goods (with and without the article and diacritics) and words for a dish.
NOUNS_BEFORE_NAME: frozenset[str] = frozenset(
    """
    fotoliu fotoliul canapea canapeaua scaun scaunul lampă lampa lampa vază vaza cană cana
    ceașcă ceașca ceasca ceainic ceainicul setul lumânare lumânarea lumanare lumanarea
    pernă perna pătură pătura patura covor covorul coș coșul cos cosul buchet buchetul
    tort tortul prăjitură prăjitura prajitura salată salata salata paletă paleta parfum
    parfumul săpun săpunul sapun sapunul rochie rochia cămașă cămașa camasa pulover
    puloverul geantă geanta portofel portofelul colier colierul brățară brățara bratara
    cartea ghiveci ghiveciul tablou tabloul oglindă oglinda oglinda prosop prosopul
    supă supa desert desertul
    beef chicken pork lamb salmon eggs peach pizza muschi mușchi pui somon
    """.split()
)
# Labels of a form's field whose value is a product, a book, a dish or an organisation.
PRODUCT_LABELS: tuple[str, ...] = (
    r"product", r"produs(?:ul)?", r"item", r"articol(?:ul)?", r"reserved", r"rezervat[ăa]?",
    r"menu", r"meniu(?:l)?", r"model(?:ul)?", r"colou?r", r"culoare(?:a)?", r"flavou?r",
    r"arom[ăa]", r"dish", r"book", r"carte(?:a)?", r"title", r"titlu(?:l)?", r"shade",
    r"nuan[țt][ăa]", r"finish", r"scent", r"parfum",
    # labels whose value is an organisation or a place of business, named after people
    # or not ("College: Queen Mary", "Merchant: Wizz Air"); not "Team:" nor "Club:",
    # which list their members as often as they name themselves
    r"college", r"school", r"university", r"company", r"employer", r"organi[sz]ation",
    r"venue", r"merchant", r"bank", r"insurer", r"hotel", r"restaurant",
    r"firma", r"compania", r"angajator(?:ul)?", r"[șs]coala", r"universitatea", r"liceul",
)  # fmt: skip
# Words that name a colour before it, with or without a colon ("colour Forest Green",
# "culoarea Verde Brad").
_COLOUR_BEFORE = re.compile(
    r"(?<![\w])(?i:colou?r|culoarea|culoare|shade|nuan[țt]a)[ \t]*:?[ \t]*$"
)
# More products after the first, in the same field ("Menu: Beef Wellington or Salmon en
# Croûte"): capitalised words joined by "or", "and", a comma or a slash.
_LIST_AFTER_LABEL = re.compile(
    rf"(?<![\w])(?i:{'|'.join(PRODUCT_LABELS)})[ \t]*:[ \t]*"
    r"[A-Z][\w'’\-]*(?:[ \t]+(?:(?:en|de|la|with|cu|au|à)[ \t]+)?[A-Z][\w'’\-]*)*"
    r"[ \t]*(?:or|and|sau|și|si|,|/|&)[ \t]*$"
)
_DETERMINER = re.compile(
    r"(?<![\w])(?i:the|a|an|my|your|our|his|her|their|this|that|these|those|its|one|two|"
    r"three|\d+[ \t]*x?)[ \t]+$"
)
# The noun right after the name, or after one more lower-case word that is no function
# word ("the Lily scented candle"; not "your mum Rose about tea").
_NOUN_AFTER = re.compile(
    rf"[ \t]+(?:(?P<between>[\w'’\-]+)[ \t]+)?(?i:{'|'.join(sorted(PRODUCT_NOUNS))})(?![\w])"
)
_NOUN_BEFORE = re.compile(rf"(?<![\w])(?i:{'|'.join(sorted(NOUNS_BEFORE_NAME))})[ \t]+$")
_LABEL_BEFORE = re.compile(rf"(?<![\w])(?i:{'|'.join(PRODUCT_LABELS)})[ \t]*:[ \t]*$")
_WORD = re.compile(r"[^\W\d_][\w'’\-]*")
MAX_NAME_WORDS = 2


def is_product_name(text: str, start: int, end: int) -> bool:
    """True when ``text[start:end]`` names a product (module docstring)."""
    words = text[start:end].split()
    if not words or words[-1].endswith(("'s", "’s", "'", "’")):
        return False  # "this Amza Stoica's Peter Pan peanut butter": the owner
    before = max(0, start - 30)
    if _LABEL_BEFORE.search(text, before, start):
        return True  # "Product: Marlowe Armchair"
    if _COLOUR_BEFORE.search(text, before, start):
        return True  # "colour Forest Green"
    if _LIST_AFTER_LABEL.search(text, max(0, start - 80), start):
        return True  # "Menu: Beef Wellington or Salmon en Croûte"
    if len(words) > 1 and words[-1] in PRODUCT_NOUNS and words[-2][:1].isupper():
        # the noun for the goods was taken in: "the Marie biscuits"
        return _DETERMINER.search(text, before, start) is not None
    first = _WORD.match(words[0])
    if first is not None and first.group().casefold() in NOUNS_BEFORE_NAME and len(words) > 1:
        return _named_product(words[1])  # the noun found with the name: "Fotoliul Carmen"
    if _NOUN_BEFORE.search(text, before, start):
        return _named_product(words[0])  # "Beef Wellington", "Lumânare Crin"
    if len(words) > MAX_NAME_WORDS or not all(w[:1].isupper() for w in words):
        return False
    if _DETERMINER.search(text, before, start) is None:
        return False
    noun = _NOUN_AFTER.match(text, end)
    if noun is None:
        return False
    between = noun.group("between")
    return between is None or (between.islower() and lexicon().kind(between) != "stop")


def _named_product(word: str) -> bool:
    """The name after a noun for goods is the product's, unless it is in the Romanian
    genitive of a given name ("fotoliul Mariei", Maria's armchair)."""
    if not word[:1].isupper():
        return False
    folded = word.casefold()
    return not (folded.endswith("ei") and folded[:-2] + "a" in lexicon().given)
