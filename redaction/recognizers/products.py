"""Products named after people: "the Rose vase", "your Victoria sponge tin", "a Jasmine
tea set", "my Ivy planter", "the Margherita pizza".

A shop's catalogue names its goods after people and flowers; in a customer's message
such a name sits between a determiner and the word for the thing, where no person's
name stands ("I bought the Rose vase", not "I bought Rose a vase"). One or two
capitalised words are a product's name when a determiner (or a quantity) comes right
before them and a noun for goods follows, right after or after one more word that is
no function word. A tenant's own
catalogue words can also be allowed by name (``allow_list``).
"""

from __future__ import annotations

import re

from redaction.recognizers.name_gazetteer import lexicon

__all__ = ["PRODUCT_NOUNS", "is_product_name"]

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
    chocolate chocolates truffles cheese wine gin palette lipstick serum
    """.split()
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
MAX_NAME_WORDS = 2


def is_product_name(text: str, start: int, end: int) -> bool:
    """True when ``text[start:end]`` names a product: capitalised words between a
    determiner and a noun for goods ("the Lily scented candle")."""
    words = text[start:end].split()
    if not 1 <= len(words) <= MAX_NAME_WORDS or not all(w[:1].isupper() for w in words):
        return False
    if words[-1].endswith(("'s", "’s", "'", "’")):
        return False  # "this Amza Stoica's Peter Pan peanut butter": the owner
    if _DETERMINER.search(text, max(0, start - 30), start) is None:
        return False
    noun = _NOUN_AFTER.match(text, end)
    if noun is None:
        return False
    between = noun.group("between")
    return between is None or (between.islower() and lexicon().kind(between) != "stop")
