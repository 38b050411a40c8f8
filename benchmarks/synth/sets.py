"""The synthetic evaluation sets: which generator, which templates, which seed.

Each generator has a ``dev`` split (tuning allowed) and a ``test`` split that draws only
from held-out templates (every third template of each style) with another seed. A
``dev2`` split (tuning allowed) draws from templates of its own (``templates_a2.py``,
``templates_b2.py``), written after the detector was tuned on ``dev``, in other wording
and situations than both; its own seed and generator leave ``dev`` and ``test`` as they
were. A ``dev3`` split (tuning allowed) does the same with a third pair of template files
(``templates_a3.py``, ``templates_b3.py``), written fresh, without reading the detector,
in situations that none of the other template files has; its own seeds leave every other
set as it was. A ``blind`` split is held out like ``test`` but draws from a fourth pair
of template files of its own (``templates_a4.py``, ``templates_b4.py``), written fresh by
someone who never read the detector, in situations and wording of their own: never tuned
on, no examples ever printed, measured once as the honest figure of how the redactor
generalises; its own seeds leave every other set as it was. A ``dev4`` split (tuning
allowed) draws from a fifth pair of template files of its own (``templates_a5.py``,
``templates_b5.py``), written fresh, without reading the detector: everyday customer
service full of capitalised words that are not names; its own seeds leave every other
set as it was. A ``dev5`` split (tuning allowed) draws from a sixth pair
(``templates_a6.py``, ``templates_b6.py``), written the same way: names, addresses and
numbers in running text with no cue word, people talking about other people. A
``blind2`` split is held out like ``blind``, from a seventh pair (``templates_a7.py``,
``templates_b7.py``) written fresh by someone who never read the detector, after every
other split had been tuned on. A ``blind3`` split is held out the same way, from an eighth
pair (``templates_a8.py``, ``templates_b8.py``) written fresh in the fifth round of tuning,
before any of its figures existed. A ``blind4`` split is held out the same way, from a
ninth pair (``templates_a9.py``, ``templates_b9.py``) written fresh in the sixth round,
again measured before any change. A ``blind5`` split is held out the same way, from a
tenth pair (``templates_a10.py``, ``templates_b10.py``) written fresh in the seventh
round and measured before any change. A ``dev6`` split (tuning allowed) draws from an
eleventh pair (``templates_a11.py``, ``templates_b11.py``) written fresh without reading
the detector, in situations none of the other readable template files has, and measured
once before any tuning on it. The ``-ro`` sets fill
Romanian values into Romanian templates (``lang`` ``ro``) and into the generator's
English templates (``lang`` ``en``), about half each.
"""

from __future__ import annotations

import json
import random
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from benchmarks.synth import (
    faker_values,
    mimesis_values,
    templates_a,
    templates_a2,
    templates_a3,
    templates_a4,
    templates_a5,
    templates_a6,
    templates_a7,
    templates_a8,
    templates_a9,
    templates_a10,
    templates_a11,
    templates_b,
    templates_b2,
    templates_b3,
    templates_b4,
    templates_b5,
    templates_b6,
    templates_b7,
    templates_b8,
    templates_b9,
    templates_b10,
    templates_b11,
)
from benchmarks.synth.assemble import Template, render
from benchmarks.synth.values import ValueSource

__all__ = [
    "DEFAULT_SIZE",
    "SETS",
    "SetSpec",
    "generate",
    "is_test_template",
    "to_lines",
    "write_set",
]

DEFAULT_SIZE = 360
_RO_FOLD_SHARE = 0.4  # Romanian templates written without diacritics
_TRIES = 50
# Splits drawn from template files of their own, none held out: (generator A's, B's).
_OWN_TEMPLATES: dict[str, tuple[dict[str, list[Template]], dict[str, list[Template]]]] = {
    "dev2": (templates_a2.TEMPLATES, templates_b2.TEMPLATES),
    "dev3": (templates_a3.TEMPLATES, templates_b3.TEMPLATES),
    "blind": (templates_a4.TEMPLATES, templates_b4.TEMPLATES),  # held out: never tune on it
    "dev4": (templates_a5.TEMPLATES, templates_b5.TEMPLATES),
    "dev5": (templates_a6.TEMPLATES, templates_b6.TEMPLATES),
    "blind2": (templates_a7.TEMPLATES, templates_b7.TEMPLATES),  # held out: never tune on it
    "blind3": (templates_a8.TEMPLATES, templates_b8.TEMPLATES),  # held out: never tune on it
    "blind4": (templates_a9.TEMPLATES, templates_b9.TEMPLATES),  # held out: never tune on it
    "blind5": (templates_a10.TEMPLATES, templates_b10.TEMPLATES),  # held out: never tune on it
    "dev6": (templates_a11.TEMPLATES, templates_b11.TEMPLATES),
}


def is_test_template(template: Template) -> bool:
    """Every third template of a style is held out for the test split."""
    return int(template.id.rsplit("-", 1)[1]) % 3 == 0


@dataclass(frozen=True, slots=True)
class SetSpec:
    name: str  # e.g. faker-en-test
    generator: str  # faker | mimesis
    values: str  # en | ro
    split: str  # dev | test | dev2 ... dev6 | blind | blind2 ... blind5
    seed: int
    source: Callable[[], ValueSource]
    templates: dict[str, list[Template]]

    def pool(self) -> dict[str, list[Template]]:
        """Templates by language that this split may use."""
        langs = ("en", "ro") if self.values == "ro" else ("en",)
        if self.split in _OWN_TEMPLATES:  # its own templates, none held out
            return {lang: list(self.templates[lang]) for lang in langs}
        wanted = self.split == "test"
        return {
            lang: [t for t in self.templates[lang] if is_test_template(t) == wanted]
            for lang in langs
        }


def _spec(generator: str, values: str, split: str, seed: int) -> SetSpec:
    own = _OWN_TEMPLATES.get(split)
    if generator == "faker":
        locales = faker_values.RO_LOCALES if values == "ro" else faker_values.EN_LOCALES

        def source() -> ValueSource:
            return faker_values.FakerSource(locales)

        templates = own[0] if own else templates_a.TEMPLATES
    else:
        m_locales = mimesis_values.RO_LOCALES if values == "ro" else mimesis_values.EN_LOCALES

        def source() -> ValueSource:
            return mimesis_values.MimesisSource(m_locales, romanian=values == "ro")

        templates = own[1] if own else templates_b.TEMPLATES
    return SetSpec(
        f"{generator}-{values}-{split}", generator, values, split, seed, source, templates
    )


SETS: dict[str, SetSpec] = {
    spec.name: spec
    for spec in (
        _spec("faker", "en", "dev", 1101),
        _spec("faker", "en", "test", 2101),
        _spec("faker", "ro", "dev", 1202),
        _spec("faker", "ro", "test", 2202),
        _spec("mimesis", "en", "dev", 1303),
        _spec("mimesis", "en", "test", 2303),
        _spec("mimesis", "ro", "dev", 1404),
        _spec("mimesis", "ro", "test", 2404),
        _spec("faker", "en", "dev2", 3101),
        _spec("faker", "ro", "dev2", 3202),
        _spec("mimesis", "en", "dev2", 3303),
        _spec("mimesis", "ro", "dev2", 3404),
        _spec("faker", "en", "dev3", 5101),
        _spec("faker", "ro", "dev3", 5202),
        _spec("mimesis", "en", "dev3", 5303),
        _spec("mimesis", "ro", "dev3", 5404),
        _spec("faker", "en", "blind", 7101),
        _spec("faker", "ro", "blind", 7202),
        _spec("mimesis", "en", "blind", 7303),
        _spec("mimesis", "ro", "blind", 7404),
        _spec("faker", "en", "dev4", 8101),
        _spec("faker", "ro", "dev4", 8202),
        _spec("mimesis", "en", "dev4", 8303),
        _spec("mimesis", "ro", "dev4", 8404),
        _spec("faker", "en", "dev5", 9101),
        _spec("faker", "ro", "dev5", 9202),
        _spec("mimesis", "en", "dev5", 9303),
        _spec("mimesis", "ro", "dev5", 9404),
        _spec("faker", "en", "blind2", 9501),
        _spec("faker", "ro", "blind2", 9602),
        _spec("mimesis", "en", "blind2", 9703),
        _spec("mimesis", "ro", "blind2", 9804),
        _spec("faker", "en", "blind3", 9911),
        _spec("faker", "ro", "blind3", 9922),
        _spec("mimesis", "en", "blind3", 9933),
        _spec("mimesis", "ro", "blind3", 9944),
        _spec("faker", "en", "blind4", 9955),
        _spec("faker", "ro", "blind4", 9966),
        _spec("mimesis", "en", "blind4", 9977),
        _spec("mimesis", "ro", "blind4", 9988),
        _spec("faker", "en", "blind5", 9991),
        _spec("faker", "ro", "blind5", 9992),
        _spec("mimesis", "en", "blind5", 9993),
        _spec("mimesis", "ro", "blind5", 9994),
        _spec("faker", "en", "dev6", 10101),
        _spec("faker", "ro", "dev6", 10202),
        _spec("mimesis", "en", "dev6", 10303),
        _spec("mimesis", "ro", "dev6", 10404),
    )
}


def generate(spec: SetSpec, size: int = DEFAULT_SIZE) -> list[dict[str, object]]:
    """``size`` labelled messages as corpus records, the same for the same spec."""
    rng = random.Random(spec.seed)  # noqa: S311 - reproducible test data, not secrets
    source = spec.source()
    pool = spec.pool()
    langs = sorted(pool)
    records: list[dict[str, object]] = []
    for index in range(size):
        lang = langs[index % len(langs)]
        template = rng.choice(pool[lang])
        fold = lang == "ro" and rng.random() < _RO_FOLD_SHARE
        for _ in range(_TRIES):
            rendered = render(template, source.persona(rng), rng, fold)
            if rendered is not None:
                break
        else:
            raise ValueError(f"{spec.name}: {template.id} could not be filled unambiguously")
        records.append(
            {
                "id": f"{spec.name}-{template.id}-{index:04d}",
                "lang": lang,
                "source": "phone" if template.spoken else "chat",
                "text": rendered.text,
                "pii": [{"type": t, "value": v} for t, v in rendered.pii],
                "keep": list(rendered.keep),
            }
        )
    return records


def to_lines(spec: SetSpec, size: int = DEFAULT_SIZE) -> list[str]:
    """The set as JSON Lines, exactly as ``write_set`` writes them."""
    return [json.dumps(r, ensure_ascii=False) for r in generate(spec, size)]


def write_set(spec: SetSpec, folder: Path, size: int = DEFAULT_SIZE) -> Path:
    """Write ``<folder>/<name>.jsonl``; returns its path."""
    path = folder / f"{spec.name}.jsonl"
    path.write_text("\n".join(to_lines(spec, size)) + "\n", encoding="utf-8")
    return path
