"""Which objects of this process still hold a given word: a search of everything
reachable from the objects the garbage collector tracks.

``gc.get_objects()`` alone would miss most caches: CPython stops tracking a dict or a
tuple that holds only strings and numbers. Following ``gc.get_referents`` from every
tracked object reaches them (module globals, ``functools`` caches, class attributes).
Memory outside Python objects (spaCy's string store) is checked by its own tests.
"""

from __future__ import annotations

import gc
import random
import string


def invented_names(count: int, seed: int) -> list[str]:
    """Capitalised made-up words of 9-11 letters that no list or text holds. They are
    made at run time, so that no code object of the tests holds them as constants."""
    rng = random.Random(seed)  # noqa: S311 - test words, not secrets
    consonants = "".join(c for c in string.ascii_lowercase if c not in "aeiou")
    return [
        "".join(
            rng.choice(consonants if i % 2 == 0 else "aeiou") for i in range(rng.randint(9, 11))
        ).capitalize()
        for _ in range(count)
    ]


def holders(words: list[str], *ignore: object) -> list[str]:
    """Type names of the objects that hold a string containing one of ``words`` (in any
    case), leaving out ``ignore`` (the caller's own lists) and what only they hold."""
    needles = [word.casefold() for word in words]
    gc.collect()
    seen = {id(needles), id(words), *(id(obj) for obj in ignore)}
    stack = [obj for obj in gc.get_objects() if id(obj) not in seen]
    seen.update(id(obj) for obj in stack)
    found: list[str] = []
    while stack:
        obj = stack.pop()
        for referent in gc.get_referents(obj):
            if isinstance(referent, str):
                folded = referent.casefold()
                if any(needle in folded for needle in needles):
                    found.append(f"{type(obj).__name__}: {referent[:60]!r}")
            elif not isinstance(referent, (int, float, bytes)) and id(referent) not in seen:
                seen.add(id(referent))
                stack.append(referent)
    return found
