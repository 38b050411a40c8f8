"""Person names found word by word, in any case, from name lists and a dictionary.

The spaCy model and the cue patterns lean on capital letters. Chat is often typed in
lower case ("this is mar alcalde i live in valladolid"), and speech transcripts always
are. Here each word is looked up, lower-cased, in:

* the given-name and surname lists in ``redaction/data/`` (about 24,000 each, Faker's
  person providers of every Latin-script locale, see its ``README.md``);
* an English dictionary: the WordNet word index that ships inside the spaCy model
  (nouns, verbs, adjectives, adverbs; inflected forms are reduced to their stem), and
  our lists of common words. A name that is also a dictionary word ("mark", "rose",
  "head", "smith") is *ambiguous*;
* function words: spaCy's stop-word lists of English and Romanian, and of other
  European languages where the word is not also a name; surname particles ("del",
  "van"). Short all-capital words ("IBAN", "CNP") are field labels.

Rules, for words of letters only:

1. a given name that is no dictionary word, then a surname, another given name or a
   word known to neither list nor dictionary: a full name ("britt paulsen",
   "mikaela head", "tymoteusz pyc"); an ambiguous given name takes only a clear
   surname or an unknown word after it ("will stevenson");
2. a clear surname and a clear given name ("popescu ion");
3. a clear given name alone ("thanks kristofer"); in Romanian text only capitalised
   and not starting a sentence (no Romanian dictionary tells "dor" from a name);
4. after a cue ("my name is", "this is", "it's", "im", "thanks", "regards", "ask for",
   "mă numesc", ...), one or two words that are not dictionary or function words,
   known or not ("its kaja deleuran");
5. a speaker label: one to three such words and a colon at the start of a line
   ("Will Stevenson: is Aaron on the call?", "anna: hi"), one of them on a name list,
   none a form field ("Phone:", "Subject:");
6. an unknown word then a clear surname ("Marhta Reyes": a typo, then a surname).

Capitalised words are found by the other recognizers as well; their finds are merged.
"""

from __future__ import annotations

import importlib
import importlib.util
import re
import threading
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, replace
from functools import cache
from pathlib import Path

import regex  # type: ignore[import-untyped]  # no stubs; the engine Presidio's patterns use
from presidio_analyzer import EntityRecognizer, RecognizerResult
from presidio_analyzer.nlp_engine import NlpArtifacts

from bot.errors import ConfigError
from redaction.entities import PERSON
from redaction.recognizers.brands import NOT_PERSON_WORDS, ORG_WORDS
from redaction.recognizers.common_words import is_common_word, is_rare_in_our_languages
from redaction.recognizers.places import PLACES
from redaction.recognizers.romanian_words import romanian_words, seldom_written
from redaction.recognizers.vocabulary import (
    AMBIGUOUS_GIVEN_NAMES,
    COMMON_WORDS,
    GIVEN_NAMES,
    LOWER_STOP,
    NOT_NAMES,
    NOT_PERSON_NAME,
    SURNAMES,
    is_contraction,
)

DATA = Path(__file__).resolve().parents[1] / "data"
GIVEN_NAMES_FILE = DATA / "given_names.txt"
SURNAMES_FILE = DATA / "surnames.txt"

# The hand-kept name lists (``vocabulary.py``), casefolded: never everyday words.
_NAME_LISTS = frozenset(n.casefold() for n in GIVEN_NAMES | SURNAMES | AMBIGUOUS_GIVEN_NAMES)

SCORE_FULL_NAME = 0.8
SCORE_SINGLE = 0.6
SCORE_CUED = 0.7
# Someone greeted by name ("Hi Mark,"): a person, above what a town list or the model says.
SCORE_GREETED = 0.9

_WORD = re.compile(r"[^\W\d_](?:[^\W\d_]|['’\-](?=[^\W\d_]))*")

# Words after which one or two unknown words are taken for a name.
CUES_EN: tuple[str, ...] = (
    "my name is", "my name's", "name is", "name's", "names", "call me", "this is", "it's",
    "its", "it is", "i'm", "im", "i am", "thanks", "thank you", "regards", "cheers",
    "best", "ask for", "speak to", "talk to", "speaking to", "contact", "dear", "hi",
    "spoke to", "spoken to", "spoke with", "talked to", "talked with", "talking to",
    "chatted with", "chatting with", "met with", "heard from", "texted", "emailed",
    "says", "said", "thx", "ty", "tnx",
    "hello", "hey", "signed", "mr", "mrs", "ms", "miss", "dr", "sincerely", "yours",
    # People named by who they are to someone: "my sister Ana", "great-grandfather Poçan".
    "sister", "brother", "mum", "mom", "mother", "dad", "father", "son", "daughter", "aunt",
    "auntie", "uncle", "cousin", "nephew", "niece", "grandma", "grandpa", "granny",
    "grandmother", "grandfather", "great-grandmother", "great-grandfather", "husband",
    "wife", "fiancé", "fiancée", "neighbour", "neighbor", "colleague", "friend", "flatmate",
    "roommate", "boss", "doctor", "nurse", "teacher", "tutor", "coach", "landlord",
    "landlady", "carer", "caregiver", "babysitter", "nanny", "witness", "thanks to",
    "nan", "nana", "gran", "grandad", "granddad", "grandson", "granddaughter", "stepmum",
    "stepdad", "stepson", "stepdaughter", "partner", "girlfriend", "boyfriend", "mate",
    "in memory of", "in loving memory of",
)  # fmt: skip
CUES_RO: tuple[str, ...] = (
    "mă numesc", "ma numesc", "numele meu este", "numele meu e", "numele meu",
    "mă cheamă", "ma cheama", "aici e", "aici este", "domnul", "doamna", "dl", "dna",
    "mulțumesc", "multumesc", "mersi", "cu stimă", "cu stima", "pe numele", "vorbiți cu",
    "vorbiti cu",
    # A name after "lui" (its genitive and dative: "mulțumiri lui Megyeri"), after a
    # form of address or after who the person is to someone ("bunica Ileana").
    "lui", "domnule", "doamnă", "doamnei", "domnului", "dlui", "dnei", "dnul", "fratele",
    "familia", "familiei", "zice că", "zice ca", "spune că", "spune ca", "a zis că",
    "a zis ca",
    "fratelui", "sora", "sorei", "mama", "mamei", "tata", "tatăl", "tatal", "bunica",
    "bunicii", "bunicul", "bunicului", "vecinul", "vecina", "vecinului", "vecinei",
    "colegul", "colega", "colegului", "colegei", "prietenul", "prietena", "soțul", "sotul",
    "soția", "sotia", "fiul", "fiica", "nepotul", "nepoata", "unchiul", "mătușa", "matusa",
    "doctorul", "doctorița", "doctorita", "profesorul", "profesoara", "antrenorul",
    "proprietarul", "proprietara", "chiriașul", "chiriasul", "martorul", "martora",
    "în memoria", "in memoria", "în amintirea", "in amintirea",
)  # fmt: skip
# Form fields and phrases after which the next one to three words are the name, whatever
# they are (dictionary words included: "Surname: Fuller", "name on it is zak mathes").
FIELD_CUES: tuple[str, ...] = (
    "surname", "last name", "first name", "given name", "family name", "full name", "holder",
    "account holder", "card holder", "cardholder", "name on it is",
    "name on the card is", "name on the card", "in the name of", "contact person",
    "applicant", "patient", "passenger", "my name is", "my name's", "call me",
    "i am called", "i'm called", "nume", "prenume", "numele", "nume și prenume",
    "nume si prenume", "titular", "titularul", "titularul contului", "persoana de contact",
    "numele meu este", "numele meu e", "mă numesc", "ma numesc", "mă cheamă", "ma cheama",
    "from:", "to:", "cc:", "reply-to:", "sender:", "name on booking", "name on the booking",
    "name on reservation", "name on the reservation", "name on the account", "name on ticket",
    "name on the ticket", "name on the order",
    "forename", "forenames", "forename(s)", "given names", "christian name", "middle name",
    "other names", "other names in full", "names in full", "first names", "middle names",
    "her name was", "his name was", "her name is", "his name is", "her name's", "his name's",
    "maiden name", "display name", "nume afișat", "nume afisat", "assignee", "contact name",
    "guest name",
    "guest", "passenger", "renter", "tenant", "payee", "payer", "beneficiary", "recipient",
    "addressee", "driver", "customer", "client", "clientul", "attendee", "employee", "owner",
    "semnat", "semnată", "semnata", "signed", "signed by", "semnătura", "semnatura",
    "booked under", "table booked under", "reservation under", "under the name",
    "under the name of", "policyholder", "insured", "claimant", "signed for by",
    "pe numele", "pe numele de", "alo sunt", "alo, sunt", "bună ziua sunt", "buna ziua sunt",
    "bună sunt", "buna sunt", "salut sunt", "eu sunt", "aici e", "aici este",
    "bună dimineața sunt", "buna dimineata sunt", "bună seara sunt", "buna seara sunt",
)  # fmt: skip
MAX_FIELD_WORDS = 3
# Words that open a name found with them ("doctor grenier", "Domnule Maddalena Malerba",
# "lui Cristina Popa", "Tenant Charlotte David"): a way of addressing or naming someone,
# never part of the name. Kinship words are not here ("Son", "Sora" are names too), but
# for the British "my nan Ada", "my gran Ada".
LEADING_NOT_NAME: frozenset[str] = frozenset(
    """
    tenant landlord landlady guest patient client customer passenger driver witness
    carer nurse doctor dr mr mrs ms miss prof professor sir madam dame signed semnat
    domnule doamnă doamna domnul domnului doamnei dl dna d-l d-na dnul lui doctorul
    doctorița doctorita profesorul profesoara clientul titular titularul beneficiary
    payee payer recipient applicant holder cardholder policyholder claimant attendee
    employee owner renter insured addressee nan nana gran grandad granny
    subsemnatul subsemnata candidatul candidata candidate candidat proprietarul
    proprietara chiriașul chiriasul chiriașa chiriasa martorul martora great-grandfather
    great-grandmother member membru organiser organizer reporter assignee
    reclamantul reclamanta pârâtul paratul pârâta parata petentul petenta inculpatul
    inculpata intimatul intimata
    """.split()
)

# Words that open a form field or a dialogue turn and are not speakers.
NOT_SPEAKERS: frozenset[str] = frozenset(
    """
    agent customer client bot user assistant operator support system note notes re fwd
    subject date time from to cc bcc tel fax mob mobile phone email mail address adresa
    name nume prenume iban card dob ssn id order comanda ps p.s q a question answer cnp
    buletin pin pașaport pasaport passport magazin magazinul clientul vânzător vanzator
    suport asistent asistentul întrebare intrebare răspuns raspuns telefon mobil adresă
    e-mail referință referinta comandă data serie permis total sex cetățenie cetatenie
    localitate județ judet oraș oras strada cod observații observatii mențiuni mentiuni
    notă nota subiect destinatar expeditor plată plata produs cantitate preț pret
    livrare factura factură rep recenzie review tier desk requester requestor standup rating
    comment comentariu părere parere feedback status priority prioritate
    login logon username userid user password parola parolă account cont handle alias
    """.split()
)
# Chat words that some name list also holds ("til 6", "yo", "bro").
CHAT_WORDS: frozenset[str] = frozenset(
    """
    til ya yo lol omg pls plz thx ty np idk btw imo gonna wanna gotta kinda ok okay hey yay
    nah yep yup bro sis mate dude hun babe bae hiya cya ttyl brb asap fyi u ur
    """.split()
)
MAX_CUED_WORDS = 2
MAX_ACRONYM = 4
MIN_CAPITALS_NAME = 3
# Months and days as a boarding pass or a date stamp writes them in capitals.
CALENDAR_ABBREVIATIONS: frozenset[str] = frozenset(
    "jan feb mar apr may jun jul aug sep sept oct nov dec mon tue wed thu fri sat sun".split()
)
MIN_STEM = 3
DICTIONARY_LESS_LANGUAGES: frozenset[str] = frozenset({"ro"})
# Surname particles and articles: parts of a name, never a name alone.
PARTICLES: frozenset[str] = frozenset(
    "de del della dei di da dal dos das do van von der den ter ten la le el al du des y e".split()
)
# Function words of the languages we serve fully; those of other languages count only
# where they are not also names ("hans", "ellen", "kim" stay names).
FUNCTION_LANGUAGES: tuple[str, ...] = ("en", "ro")
OTHER_LANGUAGES: tuple[str, ...] = (
    "de", "fr", "es", "it", "pt", "nl", "hu", "pl", "sv", "da", "nb", "fi", "cs", "tr",
)  # fmt: skip
MAX_SPEAKER_WORDS = 3


def is_listed_name(word: str) -> bool:
    """True when a name list holds ``word`` (any case)."""
    return word.casefold() in _NAME_LISTS


def _particles_only(value: str) -> bool:
    """A "name" of surname particles in lower case only ("la", "de la"): no name."""
    words = _WORD.findall(value)
    return bool(words) and all(w in PARTICLES for w in words)


def possessive_stem(word: str, longer_than: int = 3) -> str:
    """``word`` without a possessive "'s" when it is longer than ``longer_than``
    ("Grzegorz's" -> "Grzegorz"; "it's" stays)."""
    if word.endswith(("'s", "’s")) and len(word) > longer_than:
        return word[:-2]
    return word


def everyday_compound(word: str, kinds: frozenset[str]) -> bool:
    """A hyphenated word whose every part is of ``kinds`` ("Kick-off", "Bring-your-own")."""
    parts = [part for part in word.split("-") if part]
    lex = lexicon()
    return "-" in word and all(lex.kind(part) in kinds for part in parts)


@dataclass(frozen=True, slots=True)
class Lexicon:
    """Lower-cased word sets the rules read."""

    given: frozenset[str]
    surnames: frozenset[str]
    dictionary: frozenset[str]
    function: frozenset[str]
    # Everyday Romanian words that are no name or place on our lists: what the model's
    # finds in Romanian text are trimmed of (``ner.py``), and dictionary words when
    # written in lower case. Not part of ``dictionary``: capitalised, the name rules
    # would pass over Romanian towns and names that are words too.
    romanian: frozenset[str] = frozenset()
    # True for Romanian text, where a lower-case ``romanian`` word is a dictionary word.
    romanian_text: bool = False

    def kind(self, word: str) -> str:
        """``"stop"``, ``"given"``, ``"surname"``, ``"amb_given"``, ``"amb_surname"``,
        ``"word"`` (dictionary only) or ``"unknown"``. A possessive is read without its
        "'s" ("Grzegorz's order")."""
        word = possessive_stem(word)
        w = word.casefold()
        if w in self.function or len(w) < 2 or is_contraction(w):
            return "stop"
        if word.isupper() and len(word) <= MAX_ACRONYM:
            short = self._short_name_in_capitals(w)
            if short is None:
                return "stop"  # "IBAN", "CNP", "SSN", "TEL": field labels, not names
            return short
        # A Romanian everyday word counts only written in lower case: capitalised, it is
        # as often a town or a name ("Brad", "Glorie").
        in_dictionary = self.in_dictionary(w) or (
            self.romanian_text and word.islower() and w in self.romanian
        )
        if w in self.given:
            return "amb_given" if in_dictionary else "given"
        if w in self.surnames:
            return "amb_surname" if in_dictionary else "surname"
        return "word" if in_dictionary else "unknown"

    def _short_name_in_capitals(self, folded: str) -> str | None:
        """The kind of a short word in capitals that is a name on our lists, not a month
        or a day: "given" or "surname" ("ULF", "AHO" on a card); "amb_surname" for a
        surname that is an English or Romanian everyday word too ("CLARA ALBU"); None for
        any other short word in capitals ("IBAN", "JAN", "MAR", "TURE", "CASE")."""
        if len(folded) < MIN_CAPITALS_NAME or folded in CALENDAR_ABBREVIATIONS:
            return None
        given = folded in self.given
        if not given and folded not in self.surnames:
            return None
        if not (self.in_dictionary(folded) or folded in romanian_words().all):
            return "given" if given else "surname"
        return "amb_surname" if not given else None

    def in_dictionary(self, word: str) -> bool:
        """``word`` or its stem without an English inflection ("wishes", "joined",
        "recommended", "shipping", "parties") is a dictionary word."""
        if word in self.dictionary:
            return True
        return any(stem in self.dictionary for stem in _stems(word))


def _stems(word: str) -> Iterable[str]:
    for suffix, replacement in _INFLECTIONS:
        if word.endswith(suffix):
            if suffix == "s" and word.endswith(("ss", "us", "is")):
                continue  # "bliss", "marcus", "louis" are no plurals
            stem = word[: -len(suffix)] + replacement
            if len(stem) >= MIN_STEM:
                yield stem


# English inflections, tried in turn: "parties" -> "party", "wishes" -> "wish", ...
_INFLECTIONS: tuple[tuple[str, str], ...] = (
    ("ies", "y"), ("sses", "ss"), ("shes", "sh"), ("ches", "ch"), ("xes", "x"), ("zes", "z"),
    ("s", ""), ("ied", "y"), ("ed", ""), ("ed", "e"), ("ing", ""), ("ing", "e"), ("ly", ""),
    ("'s", ""), ("’s", ""),
)  # fmt: skip


def _read_words(path: Path) -> frozenset[str]:
    return frozenset(
        line.strip() for line in path.read_text(encoding="utf-8").splitlines() if line.strip()
    )


def _wordnet_index() -> frozenset[str]:
    """The WordNet word index that ships in the spaCy model's lemmatizer tables."""
    from models.ner import wordnet_words  # noqa: PLC0415 - models loads spaCy lazily

    return wordnet_words()


def _stop_words(languages: Iterable[str]) -> set[str]:
    """spaCy's stop-word lists (shipped with spaCy itself, no model needed).

    Each ``spacy/lang/<lang>/stop_words.py`` is loaded on its own: importing it the usual
    way would import its language package first (tokenizer rules and all: two seconds
    for fifteen languages)."""
    words: set[str] = set()
    lang_dir = Path(importlib.util.find_spec("spacy.lang").origin or "").parent  # type: ignore[union-attr]
    for lang in languages:
        path = lang_dir / lang / "stop_words.py"
        spec = importlib.util.spec_from_file_location(f"_allai_stop_words_{lang}", path)
        if spec is None or spec.loader is None:
            raise ConfigError("redaction", "stop words", f"spaCy has no stop words for {lang!r}")
        module = importlib.util.module_from_spec(spec)
        spec.loader.exec_module(module)
        words.update(w.casefold() for w in module.STOP_WORDS)
    return words


_lexicon: Lexicon | None = None
_romanian_lexicon: Lexicon | None = None  # the same, reading Romanian text
_lexicon_lock = threading.Lock()


def lexicon(lang: str = "en") -> Lexicon:
    """The process-wide lexicon, read on first use, as it reads text in ``lang``."""
    global _lexicon, _romanian_lexicon
    with _lexicon_lock:
        if _lexicon is None:
            given = _read_words(GIVEN_NAMES_FILE)
            surnames = _read_words(SURNAMES_FILE)
            function = set(w.casefold() for w in LOWER_STOP | NOT_NAMES) | PARTICLES
            function |= NOT_SPEAKERS | CHAT_WORDS
            function |= _stop_words(FUNCTION_LANGUAGES)
            function |= _stop_words(OTHER_LANGUAGES) - given - surnames
            english = _wordnet_index()
            ro = romanian_words()
            places = {p.casefold() for p in PLACES}
            romanian = (ro.romanian_only | (ro.all & english)) - given - surnames - places
            romanian -= _NAME_LISTS
            dictionary = english | frozenset(w.casefold() for w in COMMON_WORDS)
            _lexicon = Lexicon(
                given=given,
                surnames=surnames,
                dictionary=dictionary,
                function=frozenset(function),
                romanian=romanian,
            )
            _romanian_lexicon = replace(_lexicon, romanian_text=True)
        if lang == "ro" and _romanian_lexicon is not None:
            return _romanian_lexicon
        return _lexicon


@cache
def _cue_pattern(cues: tuple[str, ...]) -> re.Pattern[str]:
    alternation = "|".join(
        r"\s+".join(re.escape(part) for part in cue.split())
        for cue in sorted(cues, key=len, reverse=True)
    )
    return re.compile(rf"(?<!\w)(?:{alternation})[\s,:\-]*$", re.IGNORECASE)


@cache
def _field_pattern(cues: tuple[str, ...]) -> re.Pattern[str]:
    alternation = "|".join(
        r"\s+".join(re.escape(part) for part in cue.split())
        for cue in sorted(cues, key=len, reverse=True)
    )
    not_after = "".join(f"(?<!{re.escape(word)} )" for word in NOT_PERSON_NAME)
    return re.compile(
        rf"(?<!\w)(?:{not_after}names?|{alternation})(?:\s+(?:is|are|este|e))?"
        r"[ \t]*[:\-=]?[ \t]*$",
        re.IGNORECASE,
    )


SIGN_OFFS: tuple[str, ...] = (
    "thanks", "thanks a lot", "thanks again", "many thanks", "thank you", "regards",
    "kind regards", "best regards", "warm regards", "best wishes", "best", "cheers",
    "sincerely", "yours sincerely", "yours truly", "yours", "all the best", "mulțumesc",
    "multumesc", "mulțumesc frumos", "multumesc frumos", "mersi", "cu stimă", "cu stima",
    "cu respect", "toate cele bune", "o zi bună", "o zi buna", "salutări", "salutari",
    "mit freundlichen grüßen", "viele grüße", "groeten", "met vriendelijke groet",
    "cu deosebită considerație", "cu deosebita consideratie", "cu considerație",
    "cu consideratie", "cu drag", "numai bine", "pe curând", "pe curand", "o zi frumoasă",
    "o zi frumoasa", "yours faithfully", "faithfully", "respectfully", "warmly",
    "warm wishes", "kind wishes", "take care", "speak soon", "talk soon", "with thanks",
    "thank you so much", "thanks so much", "cordialement", "cordiali saluti", "saluti",
    "pozdrawiam", "s pozdravem", "üdvözlettel", "med vänlig hälsning",
    "med vänliga hälsningar", "venlig hilsen", "med vennlig hilsen",
    "ystävällisin terveisin", "saludos", "un saludo", "atentamente", "atenciosamente",
)  # fmt: skip
_SIGN_OFF = re.compile(
    rf"(?im)(?:^|(?<=[.!?]\s))[ \t]*(?:{'|'.join(sorted(SIGN_OFFS, key=len, reverse=True))})"
    r"[ \t]*[,.!]?"
)
_TITLE_WORD = r"(?:\p{Lu}['’])?\p{Lu}[\p{Ll}\p{M}'’\-]+"
_TIMESTAMP_PREFIX = re.compile(
    r"[ \t]*(?:\[?(?:\d{4}-\d{2}-\d{2}[ T])?\d{1,2}:\d{2}(?::\d{2})?\]?[ \t]*(?:-[ \t]*)?)"
)
_CLITIC = re.compile(r"[a-zăâîșțş]{1,3}-[a-zăâîșțş]{1,3}")
# "Coelho, Ilídia (DOB Jun 7 1991)", "Bramsen, Thorth (born ...)".
_INVERTED_BEFORE_BIRTH = regex.compile(
    rf"({_TITLE_WORD}),[ \t]+({_TITLE_WORD})[ \t]*\((?i:dob|d\.o\.b\.?|born|b\.|n\.|n[ăa]scut)"
)
# A name opening a sentence, then where the person works: "Codruț de la bar", "Lyydi at
# the vet", "Nazaire from the garage".
_NAME_AT_WORK = regex.compile(
    rf"({_TITLE_WORD})[ \t]+(?:de[ \t]+la|at[ \t]+the|from[ \t]+the)[ \t]+\p{{Ll}}"
)
# Someone called by name at the start of quoted speech, before what they are told:
# shouted "Zille, get back in the car!", „Mihai, vino aici".
_CALLED_OUT = regex.compile(rf"[\"“„«][ \t]*({_TITLE_WORD}),[ \t]+\p{{Ll}}")
_UTTERANCE = re.compile(r"[ \t]*:[ \t]+(?:[a-zăâîșț]|(?:hi|hello|hey|yes|no|ok|sure|morning)\b)")
_DASH_SIGNATURE = regex.compile(
    rf"(?:^|[\s.!?])[-–—~][ \t]*({_TITLE_WORD}(?:[ \t]+{_TITLE_WORD}){{0,2}})[ \t]*\.?[ \t]*$"
)
# An e-mail signature under its "--" separator line: "--\nSofia\nSent from Outlook".
_SIGNATURE_BLOCK = regex.compile(
    rf"(?m)^--[ \t]*\n[ \t]*({_TITLE_WORD}(?:[ \t]+{_TITLE_WORD}){{0,2}})[ \t]*,?[ \t]*$"
)
# The sender's phone number next to their name at the end of a message.
_SENDER_NUMBER = r"\+?[\d(][\d ()\-./]{5,20}\d"
# A message that ends with the sender's name and number: "... to text you. Bothilda, 8165
# 0942", "... să vă scriu. Diomed, 0749 990 900".
_NAME_AND_NUMBER = regex.compile(
    rf"(?:^|[.!?][ \t]+|\n[ \t]*)({_TITLE_WORD}(?:[ \t]+{_TITLE_WORD}){{0,2}}),[ \t]*"
    rf"{_SENDER_NUMBER}[ \t]*\.?[ \t]*$"
)
# ... or with the number and then the name, in any case: "scrieți-mi la 0701 005 868
# norbert", "call 0722 123 456 - Ilinca".
_NUMBER_AND_NAME = regex.compile(
    rf"(?<![\w+]){_SENDER_NUMBER}[ \t]*[,\-–—]?[ \t]*"
    r"(\p{L}[\p{L}\p{M}'’\-]+)[ \t]*[.!]?[ \t]*$"
)
# A chat mention: "@Osmund the customer's card ...", not an e-mail's "@example.com" nor
# one that calls a whole group.
GROUP_MENTIONS: frozenset[str] = frozenset(
    "here channel everyone all team support admin admins ops sales help".split()
)
_MENTION = regex.compile(r"(?<![\w.@])@(\p{L}[\p{L}\p{M}\-]{1,30})(?![\w.@\-])")
# A review signed "Name, Town" at its end: "... Strada Republicii! Camil, Craiova".
_SIGNED_NAME = regex.compile(
    rf"[.!?][ \t]+(?!(?i:{'|'.join(SIGN_OFFS)})\b)({_TITLE_WORD}(?:[ \t]+{_TITLE_WORD})?),"
    rf"[ \t]+({_TITLE_WORD}(?:[ \t\-]+\p{{L}}[\p{{L}}'’\-]*){{0,3}})[ \t]*\.?[ \t]*$"
)


def signed_name_and_town(text: str) -> tuple[tuple[int, int], tuple[int, int]] | None:
    """Where a message ends with a review's signature "Name, Town" ("... on Strada
    Republicii! Camil, Craiova"): the name's and the town's offsets."""
    signed = _SIGNED_NAME.search(text)
    if signed is None:
        return None
    if any(w.casefold() in NOT_PERSON_WORDS for w in signed.group(2).split()):
        return None  # "Questions? Raymund Plath, Regional Sales Director": a title
    return (signed.start(1), signed.end(1)), (signed.start(2), signed.end(2))


_NEXT_THING = re.compile(
    r"[ \t]*(?:$|[,.;!?]|(?:telefonul|numărul|numarul|nr|emailul|email|adresa|cnp|și|si|de la|din)"
    r"(?![\w]))",
    re.IGNORECASE,
)
_GREETED = regex.compile(
    r"(?i)(?<![\p{L}])(?:salut|bun[ăa](?:\s+ziua)?|alo(?:\s+da)?|hi|hello|hey|hiya)[,\s]+"
    r"(?-i:(\p{L}[\p{L}'’\-]+(?:[ \t]+\p{L}[\p{L}'’\-]+)?))"
    r"[,\s]+(?:aici|here|speaking|la\s+telefon|again|de\s+la|from)(?![\p{L}])"
)
# The display name of an e-mail header: "From: Lav Devčić <x@example.com>".
_DISPLAY_NAME = regex.compile(
    r"(?im)^[ \t>]*(?:from|to|cc|bcc|reply-to|sender|de la|către|catre|expeditor)[ \t]*:"
    r"[ \t]*\"?([^\"<>\n,;@]{2,60}?)\"?[ \t]*<[^<>\s@]+@[^<>\s]+>"
)
# A letter's salutation or a greeting that calls someone: "Dear Pax,", "Dragă Ale,",
# "Dear Chiarina La Sorsa,", "Buna, Martyna!", "Bună ziua, Gyopár!", "Good morning Ilse,",
# "Welcome, Virgen!":
# a name whatever else its words are, unless it greets a group or a role ("Dear
# Customer,", "Dear team,", "Hello, Support Team!").
_SALUTATION = regex.compile(
    r"(?i)(?<![\p{L}])(?:dear|dearest|dragă|draga|dragi|stimate|stimată|stimata|hi|hello|hey"
    r"|hiya|salut|salutare|bună|buna|ciao|welcome|good[ \t]+(?:morning|afternoon|evening)"
    r"|bun[ăa][ \t]+(?:ziua|seara|diminea[țţt]a))"
    r"(?:[ \t]*,[ \t]*|[ \t]+)"
    r"(?-i:(\p{Lu}[\p{L}\p{M}'’\-]+(?:[ \t]+(?:(?:de|da|di|del|della|van|von|der|den|ten|ter|le|la)"
    r"[ \t]+)?\p{Lu}[\p{L}\p{M}'’\-]+){0,2}))[ \t]*[,!\n]"
)
GREETED_GROUPS: frozenset[str] = frozenset(
    """
    customer customers client clienta clientule clienți clienti sir madam madame sirs team
    all everyone colleagues colegi friends prieteni partner partners member members user
    users subscriber doamnă doamna domnule domnul domnilor doamnelor manager colleague
    applicant candidate guest guests parent parents neighbour neighbours neighbor vecini
    """.split()
)
# A name called at the start of a sentence: "Nidia, poți să faci tu share screen?",
# "Marek, can you check".
_VOCATIVE = regex.compile(r"(?:^|[.!?][ \t]+|\n[ \t]*)(\p{Lu}[\p{Ll}\p{M}'’\-]+),[ \t]+(?=\p{Ll})")
# What is asked of someone called by name: then a name that is a word too is one ("Cortez,
# could you return the copy?", "Rose, can you", "Grace, poți să").
_REQUEST = regex.compile(
    r"(?i)(?:could|can|would|will|please|pls|plz|did|do|have|are|poți|poti|puteți|puteti"
    r"|ai|te[ \t]+rog|vă[ \t]+rog|va[ \t]+rog)(?![\p{L}])"
)
# A title, then a surname that opens with particles: "Mrs van Mare", "Mr de Vries". The
# word after the particles is the name whatever else it is ("Mare" is Romanian for big).
_TITLED_PARTICLES = regex.compile(
    r"(?<![\p{L}])(?:Mr|Mrs|Ms|Miss|Mx|Dr|Prof|Dl|Dna|Dnul|Doamna|Domnul)\.?[ \t]+"
    r"((?:(?i:van|von|de|da|di|du|del|della|der|den|ter|ten|te|le|la|al|el|bin|dos|das|do)"
    r"[ \t]+){1,3}\p{Lu}[\p{L}\p{M}'’\-]+)"
)
# A message that opens with the writer's name: "Suciu here. Card ...", "Pop aici. Mi s-au".
_OPENS_WITH_NAME = regex.compile(
    r"(?:^|\n)[ \t]*(\p{Lu}[\p{L}'’\-]+(?:[ \t]+\p{Lu}[\p{L}'’\-]+)?)[ \t]+"
    r"(?:here|aici|speaking|la\s+telefon)(?=[ \t]*[.,!:\-–—\n])"
)


def _often_written_word(word: str, lex: Lexicon) -> bool:
    """A function word, or a dictionary word that text often writes (not "Osmund",
    which WordNet holds but few people write)."""
    kind = lex.kind(word)
    return kind == "stop" or (kind == "word" and not seldom_written(word))


def _only_everyday_words(words: str, lex: Lexicon) -> bool:
    """Two or more words, each a function word, an English word that text often writes,
    or an everyday Romanian word on no name list, whatever its case: a job title
    signing ("Claims Inspector", "Inspector Daune"), no name. A rare dictionary word
    may be a name ("Osmund Have"), and one word alone may be a given name ("Draga")."""
    found = words.split()
    return len(found) >= 2 and all(
        _often_written_word(word, lex)
        or (lex.kind(word) == "unknown" and word.casefold() in lex.romanian)
        for word in found
    )


_SIGNATURE_PARTICLE = r"(?:de|van|von|der|den|ten|da|di|del|la|le)[ \t]+"
_SIGNATURE = regex.compile(
    rf"(?:(?:[ \t]*\n){{1,2}}[ \t]*|[ \t]+)"  # a blank line may come between: "Regards,\n\nAna"
    rf"({_TITLE_WORD}(?:[ \t]+(?:{_SIGNATURE_PARTICLE})?{_TITLE_WORD}){{0,2}})"
    r"[ \t]*(?:\n|$|[,.])"
)


# A field cue followed by a separator: "Name:", "name is", "numele este", "Surname -".
_SEPARATED = re.compile(
    r"(?:[:\-=]|\s(?:is|are|este|e))[ \t]*$|(?<!\w)(?:sunt|numesc|cheam[aă])\s*$"
)


@dataclass(frozen=True, slots=True)
class _Token:
    text: str
    start: int
    end: int
    kind: str


def _tokens(text: str, lex: Lexicon) -> list[_Token]:
    return [
        _Token(m.group(), m.start(), m.end(), lex.kind(m.group())) for m in _WORD.finditer(text)
    ]


def _starts(text: str, token: _Token) -> bool:
    """``token`` opens a sentence or a line."""
    before = text[: token.start].rstrip(" \t\"'«„(")
    return not before or before[-1] in ".!?…:\n"


def _capitalised(text: str, token: _Token) -> bool:
    """Capitalised and not the first word of a sentence or line."""
    return token.text[:1].isupper() and not _starts(text, token)


def _inverted(text: str, surname: _Token, given: _Token) -> bool:
    """ "Eriksson, Jenny": a capitalised word, a comma, then a given name."""
    return (
        text[surname.end : given.start] in (", ", ",")
        and _title_case(surname.text)
        and _title_case(given.text)
        and given.kind in {"given", "amb_given", "unknown"}
    )


def _adjacent(text: str, left: _Token, right: _Token) -> bool:
    """Two words of one name: one or two spaces between them (a tab separates columns)."""
    gap = text[left.end : right.start]
    return 0 < len(gap) <= 2 and gap.strip(" ") == ""


NAME_AFTER_GIVEN = frozenset({"surname", "amb_surname", "given", "unknown"})
NAME_AFTER_AMBIGUOUS = frozenset({"surname", "given", "unknown"})
NOT_A_NAME = frozenset({"stop", "word"})
LISTED = frozenset({"given", "surname", "amb_given", "amb_surname"})
NAME_LIKE = frozenset({"given", "surname", "unknown"})
CLEAR = frozenset({"given", "surname"})
AMBIGUOUS = LISTED - CLEAR  # "amb_given", "amb_surname": names that are words too


# Before these a capitalised pair is a title, a place or a firm, not a person.
_NOT_BEFORE_NAME = re.compile(
    r"(?<![\w])(?:the|our|your|their|its|a|an|this|that|these|at|as|of)[ \t]+$", re.IGNORECASE
)


def _both_listed(run: list[_Token]) -> bool:
    """A given name and a surname or given name that are everyday words as well, both
    capitalised: together a person ("Marina Ene", "Rose Florea")."""
    return len(run) == 2 and run[0].kind == "amb_given" and run[1].kind in LISTED


_ORG_AFTER = re.compile(rf"[ \t]+(?:{'|'.join(re.escape(w) for w in ORG_WORDS)})(?![\w])", re.I)


MIN_ROMANIAN_SURNAME = 5
# Romanian surname endings that no everyday word has ("popescu", "tomescu", "bălănean").
_ROMANIAN_SURNAME = re.compile(r"(?:escu|eanu|aianu|ăianu)$", re.IGNORECASE)
_AMPERSAND_AFTER = re.compile(
    r"[ \t]*(?:&|and[ \t]+(?:sons?|co|partners|daughters)(?![\w]))", re.IGNORECASE
)


# Particles that open a Dutch or German surname, and the articles that may follow them.
_DUTCH_PARTICLES = frozenset({"van", "von", "ten", "ter", "vander", "vanden"})
_PARTICLE_TAILS = frozenset({"der", "den", "de", "t", "het", "dem"})
# Capitalised Romance particles inside a name: "Chiarina La Sorsa", "Samanta De Grande".
_ROMANCE_PARTICLES = frozenset({"La", "Le", "De", "Di", "Da", "Del", "Della", "Du", "Lo", "Dos"})


def _close(text: str, left: _Token, right: _Token) -> bool:
    """Two parts of a name: spaces or an apostrophe between them ("van 't Erve")."""
    gap = text[left.end : right.start]
    return 0 < len(gap) <= 3 and gap.strip(" '’") == "" and " " in gap


# Verbs after which a capitalised unknown word is someone doing something.
_PERSON_VERBS: frozenset[str] = frozenset(
    """
    is was has had will would can could says said told asked texted called rang came went
    wants wanted needs needed ate collected found paid took brought left arrived phoned
    emailed wrote replied answered thinks thought knows knew lives lived works worked
    joined joins agreed promised confirmed complained mentioned explained objects agrees
    approves decides prefers signs signed sends sent pays drives drove visits visited
    zice spune spunea zicea vine vrea are avea trebuie sună suna știe stie crede lucrează
    lucreaza locuiește locuieste
    """.split()
)


_NEGATIONS = frozenset({"nu", "not", "never", "n-a", "doesn't", "didn't", "won't", "can't"})


EVERYDAY_KINDS = frozenset({"word", "stop", "amb_given", "amb_surname"})


def everyday_label(kinds: Sequence[str]) -> bool:
    """Words of these ``kinds`` before a colon make a form's label, not a speaker: two
    or more everyday words, one of them no name at all ("Preferred Day:", "Gift Wrap:";
    "Rose Hill:" may be someone)."""
    return len(kinds) >= 2 and "word" in kinds and all(k in EVERYDAY_KINDS for k in kinds)


def _unknown_pair(first: _Token, second: _Token) -> bool:
    """Two words in lower case that no dictionary and no name list knows, nor is an
    everyday word of another language or an inflected Romanian word: a name from
    elsewhere ("kryspian karpiński", "damil mlinarić", "theofylaktos polyzoakis"; not
    "szakmai irányító", "repornește routerul")."""
    return all(
        t.kind == "unknown"
        and t.text.islower()
        and len(t.text) > MIN_STEM
        and not t.text.endswith(_ROMANIAN_INFLECTIONS)
        and not is_common_word(t.text)
        for t in (first, second)
    )


# Endings of inflected Romanian words ("repornește", "routerul", "clientului").
_ROMANIAN_INFLECTIONS = ("ește", "este", "ească", "eaza", "ează", "ului", "ilor", "elor", "ul")


def _title_case(word: str) -> bool:
    return word[:1].isupper() and not word.isupper()


class GazetteerNameRecognizer(EntityRecognizer):
    """PERSON from name lists and a dictionary, in any case (module docstring)."""

    def __init__(self, supported_language: str = "en") -> None:
        super().__init__(
            supported_entities=[PERSON],
            supported_language=supported_language,
            name="GazetteerNameRecognizer",
        )
        cues = CUES_EN + CUES_RO if supported_language == "ro" else CUES_EN
        self._cues = _cue_pattern(cues)
        self._fields = _field_pattern(FIELD_CUES)
        # In Romanian a lone given name that Romanian text uses as well ("dori", "ora",
        # "dor", "Speranța", also "Mihai": the word list holds proper nouns) counts only
        # capitalised and not starting a sentence; one that it never uses counts
        # anywhere ("cezara tot nu", "Diedrich zice").
        self._lower_case_given = supported_language not in DICTIONARY_LESS_LANGUAGES

    def load(self) -> None:
        """The lexicon is read on first use (``lexicon()``), shared by every language."""

    def analyze(
        self, text: str, entities: list[str], nlp_artifacts: NlpArtifacts | None = None
    ) -> list[RecognizerResult]:
        if PERSON not in entities:
            return []
        tokens = _tokens(text, lexicon(self.supported_language))
        spans: list[tuple[int, int, float]] = []
        spans.extend(self._full_names(text, tokens))
        spans.extend(self._with_particles(text, tokens))
        spans.extend(self._subjects(text, tokens))
        spans.extend(self._cued(text, tokens))
        spans.extend(self._speakers(text, tokens))
        spans.extend(self._fielded(text, tokens))
        spans.extend(self._capitalised_pairs(text, tokens))
        spans.extend(self._signatures(text, tokens))
        spans.extend(self._greeted(text, tokens))
        spans.extend(self._addressed(text))
        spans.extend(self._placed(text, tokens))
        return [
            RecognizerResult(PERSON, start, end, score)
            for start, end, score in spans
            if not _particles_only(text[start:end])
        ]

    def _full_names(self, text: str, tokens: list[_Token]) -> Iterable[tuple[int, int, float]]:
        # Romanian everyday words that are names too ("preda", "bucur") matter only in
        # Romanian text; in English text they are names.
        romanian_text = self.supported_language == "ro"
        used_in_romanian = romanian_words().all if romanian_text else frozenset()
        i = 0
        while i < len(tokens):
            token = tokens[i]
            nxt = tokens[i + 1] if i + 1 < len(tokens) else None
            joined = nxt is not None and _adjacent(text, token, nxt)
            follows = {
                "given": NAME_AFTER_GIVEN,
                "amb_given": NAME_AFTER_AMBIGUOUS,
                "surname": frozenset({"given"}),
                "unknown": frozenset({"surname"}),
            }.get(token.kind, frozenset())
            if joined and nxt is not None and (nxt.kind in follows or _unknown_pair(token, nxt)):
                end = nxt.end
                j = i + 2
                # A third part: a middle name or a double surname.
                if (
                    j < len(tokens)
                    and _adjacent(text, nxt, tokens[j])
                    and (
                        tokens[j].kind in ("surname", "given")
                        or (tokens[j].kind == "unknown" and _title_case(tokens[j].text))
                        or _unknown_pair(nxt, tokens[j])  # "my nan kryspian karpiński"
                    )
                ):
                    end = tokens[j].end
                    j += 1
                yield token.start, end, SCORE_FULL_NAME
                i = j
                continue
            if self._lone_given(text, token, used_in_romanian) or self._lone_surname(
                text, tokens, i, used_in_romanian
            ):
                yield token.start, token.end, SCORE_SINGLE
            i += 1

    def _with_particles(self, text: str, tokens: list[_Token]) -> Iterable[tuple[int, int, float]]:
        """Surnames that open with a particle, with the name before them: "offer from van
        der Hoeven", "doctor van der spaendonck", "Dean van 't Erve", and a capitalised
        Romance particle between a given name and a surname ("Chiarina La Sorsa")."""
        for i, token in enumerate(tokens):
            low = token.text.casefold()
            if low in _DUTCH_PARTICLES:
                j = i + 1
                while (
                    j < len(tokens)
                    and tokens[j].text.casefold() in _PARTICLE_TAILS
                    and _close(text, tokens[j - 1], tokens[j])
                ):
                    j += 1
                if j < len(tokens) and _close(text, tokens[j - 1], tokens[j]):
                    surname = tokens[j]
                    if surname.kind in NAME_LIKE or (
                        _title_case(surname.text) and surname.kind in LISTED
                    ):
                        start = token.start
                        before = tokens[i - 1] if i else None
                        if (
                            before is not None
                            and _adjacent(text, before, token)
                            and before.kind in NAME_LIKE | LISTED
                            and before.text.casefold() not in LEADING_NOT_NAME
                        ):
                            start = before.start
                        yield start, surname.end, SCORE_CUED
            elif token.text in _ROMANCE_PARTICLES and 0 < i < len(tokens) - 1:
                before, after = tokens[i - 1], tokens[i + 1]
                if (
                    _adjacent(text, before, token)
                    and _adjacent(text, token, after)
                    and before.kind in ("given", "amb_given")
                    and _title_case(before.text)
                    and _title_case(after.text)
                    and after.kind in ("unknown", "surname", "amb_surname")
                ):
                    yield before.start, after.end, SCORE_CUED

    def _subjects(self, text: str, tokens: list[_Token]) -> Iterable[tuple[int, int, float]]:
        """A capitalised word on no list and in no dictionary, right before a verb that
        people do ("Zümra texted again", "Liara is bringing the amp", "Achimescu zice
        că"): someone doing something, whether or not the sentence starts with them."""
        lex = lexicon()
        for i, token in enumerate(tokens[:-1]):
            verb = tokens[i + 1]
            if verb.text.casefold() in _NEGATIONS and i + 2 < len(tokens):
                verb = tokens[i + 2]  # "stancu nu vine", "Achim doesn't"
            if (
                self._listed_subject(text, token, verb)
                or (
                    token.kind == "unknown"
                    and token.text[:1].isupper()
                    and token.text[1:].isalpha()  # not "I've"
                    and token.text[1:].islower()  # not "DOFa"
                    and len(token.text) > MIN_STEM
                    and token.text.casefold() not in lex.romanian  # "Recomandarea este"
                    and not everyday_compound(token.text, NOT_A_NAME)  # "Pick-up is"
                    and token.text not in PLACES
                    and _adjacent(text, token, verb)
                    and verb.text.casefold() in _PERSON_VERBS
                    and (i == 0 or not _title_case(tokens[i - 1].text) or _starts(text, token))
                )
            ):
                yield token.start, token.end, SCORE_SINGLE

    @staticmethod
    def _listed_subject(text: str, token: _Token, verb: _Token) -> bool:
        """A given name or surname on our lists right before a verb people do, in any case
        ("Achim zice", "stancu nu vine", "albu says"); one that is an everyday word too
        only before a negated verb."""
        if token.kind not in ("given", "surname", "amb_given", "amb_surname"):
            return False
        between = text[token.end : verb.start].strip(" \t").casefold()
        if token.kind in ("amb_given", "amb_surname") and not (
            # A name that is an everyday word too counts before a negated verb, with no
            # article before it ("apparently cooper won't be in", not "the cooper won't").
            between in _NEGATIONS
            and is_contraction(between)
            and not _NOT_BEFORE_NAME.search(text, max(0, token.start - 8), token.start)
        ):
            return False
        return (
            len(token.text) > MIN_STEM
            and token.text.casefold() not in LEADING_NOT_NAME
            and token.text not in PLACES
            and (verb.text.casefold() in _PERSON_VERBS or (bool(between) and verb.text == "be"))
            and between in _NEGATIONS | {""}
        )

    def _lone_given(self, text: str, token: _Token, used_in_romanian: frozenset[str]) -> bool:
        """A given name on its own, not a town's name ("Constanța", "Florence")."""
        return (
            token.kind == "given"
            and (
                self._lower_case_given
                or _capitalised(text, token)
                or token.text.casefold() not in used_in_romanian
            )
            and token.text not in PLACES
        )

    @staticmethod
    def _lone_surname(
        text: str, tokens: list[_Token], i: int, used_in_romanian: frozenset[str]
    ) -> bool:
        """A surname on its own ("apparently duran won't be in", "a header by Křížová"),
        that no everyday text uses or that has a Romanian surname's ending ("zice ca
        marinescu nu vine"), not a town, and not part of a firm's or a building's name: no
        capitalised word next to it but a function word opening the sentence ("Is Zeman
        still there?"), no "&" or company word after
        it, no article or "our" before it ("our Kristiansen warehouse", "Haugland & co.",
        "Macmillan Cancer Support")."""
        token = tokens[i]
        romanian_shape = (
            len(token.text) > MIN_ROMANIAN_SURNAME
            and token.kind != "stop"
            and _ROMANIAN_SURNAME.search(token.text) is not None
        )
        listed = (
            token.kind == "surname"
            and len(token.text) > MIN_STEM
            and token.text.casefold() not in used_in_romanian
        )
        if not (romanian_shape or listed) or token.text in PLACES:
            return False
        for k in (i - 1, i + 1):
            if 0 <= k < len(tokens):
                near = tokens[k]
                pair = (near, token) if k < i else (token, near)
                opening = k < i and near.kind == "stop" and _starts(text, near)
                if _title_case(near.text) and _adjacent(text, *pair) and not opening:
                    return False
        if _NOT_BEFORE_NAME.search(text, max(0, token.start - 8), token.start):
            return False
        return not (_ORG_AFTER.match(text, token.end) or _AMPERSAND_AFTER.match(text, token.end))

    def _cued(self, text: str, tokens: list[_Token]) -> Iterable[tuple[int, int, float]]:
        """One to three words after a cue ("it's", "my sister", "spoke to"), names or
        words on no list; a dictionary word only when English and Romanian text seldom
        use it ("it's beria akşit": the dictionary holds "Beria" the man)."""
        for i, token in enumerate(tokens):
            if not _cued_word(token):
                continue
            cue = self._cues.search(text, max(0, token.start - 24), token.start)
            if cue is None or (token.kind == "word" and "\n" in cue.group()):
                continue  # a seldom-written word counts on the cue's line only
            end = token.end
            last = token
            for nxt in tokens[i + 1 : i + MAX_CUED_WORDS]:
                if not _cued_word(nxt) or not _adjacent(text, last, nxt):
                    break
                end, last = nxt.end, nxt
            yield token.start, end, SCORE_CUED

    def _fielded(self, text: str, tokens: list[_Token]) -> Iterable[tuple[int, int, float]]:
        for i, token in enumerate(tokens):
            leading_particle = token.text.casefold() in PARTICLES and i + 1 < len(tokens)
            if token.kind == "stop" and not leading_particle:
                continue  # "Guest: Le Gall" starts with a particle
            field = self._fields.search(text, max(0, token.start - 32), token.start)
            if field is None:
                continue
            if token.kind == "word" and not _SEPARATED.search(field.group()):
                continue  # "the name lists": only "name: X" / "name is X" take any word
            last = token
            for k, nxt in enumerate(tokens[i + 1 : i + MAX_FIELD_WORDS + 1], start=i + 1):
                # After the first word, a dictionary word ends the name unless it is
                # capitalised like the name ("name leonard storp refund" ends at "storp");
                # a particle continues it when a name part follows ("Ricadonna De Carli").
                particle = nxt.text.casefold() in PARTICLES and k + 1 < len(tokens)
                ends = nxt.kind == "stop" or (nxt.kind == "word" and not _title_case(nxt.text))
                if k == i + 1 and _inverted(text, last, nxt):
                    last = nxt  # "Guest: Eriksson, Jenny": surname, comma, given name
                    break
                if (ends and not particle) or not _adjacent(text, last, nxt):
                    break
                last = nxt
            while last.text.casefold() in PARTICLES and last is not token:
                last = tokens[tokens.index(last) - 1]
            yield token.start, last.end, SCORE_CUED

    def _capitalised_pairs(
        self, text: str, tokens: list[_Token]
    ) -> Iterable[tuple[int, int, float]]:
        """Two or three adjacent capitalised words that are names or unknown words, one
        of them not a dictionary word (or a listed given name and a listed name that
        are both words too), together not a known place nor everyday Romanian words
        written as a title ("Rezultate Sondaj", "Solicitare Apel"), not after an article
        or "as"/"at"/"of", not before a company word ("Çağla Abacı recommended", "Max
        Jouve again"; not "Ramnicu Valcea", "the Teamleiter Einkauf", "Contoso Traders")."""
        lex = lexicon()

        def member(token: _Token) -> bool:
            if not _title_case(token.text):
                return False
            folded = token.text.casefold()
            return token.kind in NAME_LIKE | LISTED or folded in lex.given

        i = 0
        while i < len(tokens):
            run: list[_Token] = []
            j = i
            while (
                j < len(tokens)
                and len(run) <= MAX_CUED_WORDS
                and member(tokens[j])
                and (not run or _adjacent(text, run[-1], tokens[j]))
            ):
                run.append(tokens[j])
                j += 1
            words = text[run[0].start : run[-1].end] if run else ""
            if (
                len(run) >= 2
                and (any(t.kind in NAME_LIKE for t in run) or _both_listed(run))
                and words not in PLACES
                and not all(t.text.casefold() in lex.romanian for t in run)
                and not _NOT_BEFORE_NAME.search(text, max(0, run[0].start - 8), run[0].start)
                and not _ORG_AFTER.match(text, run[-1].end)
            ):
                yield run[0].start, run[-1].end, SCORE_SINGLE
                i = j
            else:
                i += 1

    def _signatures(self, text: str, tokens: list[_Token]) -> Iterable[tuple[int, int, float]]:
        """One to three capitalised words on the line after a sign-off ("Thanks a lot,\n
        Osmund Have"), after it on the same line ("Cheers, Andrijana Jurkov"), or after a
        dash that ends the message ("See u at 16:15! - Arnold"), or under a "--" line
        that opens an e-mail signature ("--\nSofia\nSent from Outlook"), before or
        after the number that ends a message ("Bothilda, 8165 0942", "... la 0701 005
        868 norbert"), or after a chat's "@"."""
        lex = lexicon()
        for sign_off in _SIGN_OFF.finditer(text):
            line = _SIGNATURE.match(text, sign_off.end())
            if line is not None and not _only_everyday_words(line.group(1), lex):
                yield line.start(1), line.end(1), SCORE_CUED  # not "Regards,\nClaims Inspector"
        dashed = _DASH_SIGNATURE.search(text)
        if dashed is not None:
            yield dashed.start(1), dashed.end(1), SCORE_CUED
        numbered = _NAME_AND_NUMBER.search(text)
        if numbered is not None and any(
            lex.kind(word) not in NOT_A_NAME for word in numbered.group(1).split()
        ):
            yield numbered.start(1), numbered.end(1), SCORE_CUED
        trailing = _NUMBER_AND_NAME.search(text)
        if trailing is not None and lex.kind(trailing.group(1)) in NAME_LIKE:
            yield trailing.start(1), trailing.end(1), SCORE_CUED
        for mention in _MENTION.finditer(text):
            handle = mention.group(1)
            if handle.casefold() not in GROUP_MENTIONS and lex.kind(handle) != "stop":
                yield mention.start(1), mention.end(1), SCORE_CUED
        for block in _SIGNATURE_BLOCK.finditer(text):
            if any(lex.kind(word) not in NOT_A_NAME for word in block.group(1).split()):
                yield block.start(1), block.end(1), SCORE_CUED
        signed = signed_name_and_town(text)
        if signed is not None:
            yield signed[0][0], signed[0][1], SCORE_CUED

    def _addressed(self, text: str) -> Iterable[tuple[int, int, float]]:
        """The name in an e-mail header before its address, in a salutation ("Dear
        Pax,"), called at the start of a sentence ("Nidia, poți…"), after a title with its
        particles ("Mrs van Mare"), or opening a message ("Suciu here.")."""
        lex = lexicon()
        for match in _DISPLAY_NAME.finditer(text):
            if not any(w.casefold() in NOT_PERSON_WORDS for w in match.group(1).split()):
                yield match.start(1), match.end(1), SCORE_CUED
        for match in _SALUTATION.finditer(text):
            found = match.group(1).split()
            # A particle between two words is part of the name ("Chiarina La Sorsa").
            inner = [w for w in found[1:-1] if w.casefold() not in PARTICLES]
            words = [found[0], *inner, *found[1:][-1:]]
            if not any(
                w.casefold() in GREETED_GROUPS or _often_written_word(w, lex) for w in words
            ):
                yield match.start(1), match.end(1), SCORE_GREETED  # not "Dear Allianz Direct,"
        for match in _VOCATIVE.finditer(text):
            word = match.group(1)
            kind = lex.kind(word)
            asked = kind in AMBIGUOUS and _REQUEST.match(text, match.end()) is not None
            if (kind in NAME_LIKE or asked) and not everyday_compound(word, NOT_A_NAME):
                yield match.start(1), match.end(1), SCORE_SINGLE
        for match in _TITLED_PARTICLES.finditer(text):
            yield match.start(1), match.end(1), SCORE_CUED
        for match in _OPENS_WITH_NAME.finditer(text):
            if any(lex.kind(word) in NAME_LIKE | LISTED for word in match.group(1).split()):
                yield match.start(1), match.end(1), SCORE_CUED

    def _greeted(self, text: str, tokens: list[_Token]) -> Iterable[tuple[int, int, float]]:
        """One or two words between a greeting or "sunt" and "here" / "aici" / "la
        telefon" ("salut nixie aici", "hi klaus here"), or after "sunt" when one of two
        words is on a name list ("sunt radan jirásek telefonul ...")."""
        lex = lexicon()
        for match in _GREETED.finditer(text):
            words = match.group(1).split()
            if any(lex.kind(word) in NOT_A_NAME for word in words):
                continue  # "hi i'm jessica from": not a name between greeting and "from"
            yield match.start(1), match.end(1), SCORE_CUED
        for i, token in enumerate(tokens[:-1]):
            if token.text.casefold() not in ("sunt", "sînt") or i + 2 >= len(tokens):
                continue
            first, second = tokens[i + 1], tokens[i + 2]
            pair = (first.kind, second.kind)
            if not (_adjacent(text, first, second) and all(k in NAME_LIKE | LISTED for k in pair)):
                continue
            # Two words on no list count when what follows starts the next thing said
            # ("sunt radan jirásek telefonul meu e ..."), not when they run on.
            listed = any(kind in LISTED for kind in pair)
            if listed or _NEXT_THING.match(text, second.end):
                yield first.start, second.end, SCORE_SINGLE

    @staticmethod
    def _repeated_label(text: str, label: list[_Token], tokens: list[_Token]) -> bool:
        """The same label opens another line too, or the capitalised label is also
        mentioned elsewhere ("is Cyprian on the call?\nCyprian: yes"): a speaker."""
        words = text[label[0].start : label[-1].end]
        pattern = rf"(?m)^[ \t]*{re.escape(words)}[ \t]*:"
        if len(re.findall(pattern, text)) >= 2:
            return True
        if not _title_case(label[0].text):
            return False
        return sum(t.text == label[0].text for t in tokens) >= 2

    def _placed(self, text: str, tokens: list[_Token]) -> Iterable[tuple[int, int, float]]:
        """Names placed where only a person stands: "Bramsen, Thorth (DOB 09/04/1965)", a
        surname and a given name before a birth date in brackets; "Codruț de la bar ne-a
        făcut", "Lyydi at the vet scanned the chip", a name opening a sentence before
        where that person works; someone called by name as quoted speech opens
        (shouted "Zille, get back in the car!")."""
        by_start = {t.start: t for t in tokens}
        for match in _INVERTED_BEFORE_BIRTH.finditer(text):
            words = [by_start.get(match.start(k)) for k in (1, 2)]
            if all(w is not None and w.kind not in NOT_A_NAME for w in words):
                yield match.start(1), match.end(2), SCORE_CUED
        romanian = lexicon().romanian
        for match in _NAME_AT_WORK.finditer(text):
            token = by_start.get(match.start(1))
            if (
                token is not None
                and token.kind in NAME_LIKE
                and token.text.casefold() not in romanian
                and _starts(text, token)
            ):
                yield token.start, token.end, SCORE_SINGLE
        for match in _CALLED_OUT.finditer(text):  # shouted "Zille, get back in the car!"
            token = by_start.get(match.start(1))
            if token is not None and token.kind in NAME_LIKE:
                yield token.start, token.end, SCORE_SINGLE

    def _speakers(self, text: str, tokens: list[_Token]) -> Iterable[tuple[int, int, float]]:
        """Speaker labels that open a line ("Anna Berg: hi"), also after a chat log's
        time; after a time, any title-case label that is no field's or firm's word
        ("[2025-05-08 09:13] Una: morning"): a log's lines are what people said."""
        romanian = lexicon().romanian
        in_romanian = romanian if self.supported_language == "ro" else frozenset()
        for i, token in enumerate(tokens):
            line_start = text.rfind("\n", 0, token.start) + 1
            prefix = text[line_start : token.start]
            if prefix.strip() and not _TIMESTAMP_PREFIX.fullmatch(prefix):
                continue  # a label opens its line, after a chat log's time at most
            words = [token]
            for nxt in tokens[i + 1 : i + MAX_SPEAKER_WORDS]:
                if not _adjacent(text, words[-1], nxt):
                    break
                words.append(nxt)
            for n in range(len(words), 0, -1):
                label = words[:n]
                after = text[label[-1].end : label[-1].end + 2]
                if not after.lstrip(" \t").startswith(":"):
                    continue
                if prefix.strip() and _stamped_speaker(text, label, in_romanian):
                    yield label[0].start, label[-1].end, SCORE_CUED  # "[09:13] Una: ..."
                    break
                if any(
                    (w.kind in NOT_A_NAME and not (n > 1 and w.text[:1].isupper()))
                    or w.text.casefold() in NOT_SPEAKERS
                    for w in label
                ):
                    break  # "Will Stevenson:" is a speaker, "Will:" alone is not
                if all(w.text.casefold() in romanian for w in label):
                    break  # "Explicații:", "Medic curant:": a Romanian form's field
                if any(w.text.casefold() in ORG_WORDS for w in label):
                    break  # "Banca Transilvania: Tranzactie ...": a firm's message
                if everyday_label([w.kind for w in label]):
                    break  # "Gift Wrap:", "Preferred Day:": a form's field
                named = any(w.kind in CLEAR for w in label) or (
                    n > 1 and any(w.kind in LISTED for w in label)
                )
                # Two capitalised words make a speaker only when one is no everyday word
                # ("Will Stevenson:"; not a form's "Emergency Contact:", "Paid With:").
                full = (
                    n > 1
                    and all(_title_case(w.text) for w in label)
                    and not all(w.kind in NOT_A_NAME for w in label)
                )
                # "Wioletta: finished the migration": a title-case word on no list, then
                # a sentence, not a field's value ("Referință: 585329", "Holder: Ana").
                speaking = (
                    all(_title_case(w.text) and w.kind == "unknown" for w in label)
                    and _UTTERANCE.match(text, label[-1].end) is not None
                )
                if not (named or full or speaking or self._repeated_label(text, label, tokens)):
                    break  # "Referință:", "Holder:": a field, unless a name
                yield label[0].start, label[-1].end, SCORE_CUED
                break


def _stamped_speaker(text: str, label: list[_Token], romanian: frozenset[str]) -> bool:
    """A chat log's speaker after the time: title case, no field's or firm's word, and
    names or words on no list, or what follows is said ("So: sopranos, Tuesday ..."; not
    a programme's "09:30 Keynote: Prof. ..." nor a referee's "17:30 Caution: No. 7")."""
    if not all(
        _title_case(w.text)
        and w.text.casefold() not in NOT_SPEAKERS
        and w.text.casefold() not in ORG_WORDS
        and w.text.casefold() not in romanian
        and len(w.text) > 1
        for w in label
    ):
        return False
    if all(w.kind in NOT_A_NAME for w in label):
        return _UTTERANCE.match(text, label[-1].end) is not None
    return True


def _cued_word(token: _Token) -> bool:
    """A word that may be a name after a cue: any but function words and everyday
    dictionary words; a dictionary word that our languages seldom write counts."""
    if token.kind == "stop" or _CLITIC.fullmatch(token.text):
        return False  # "spune că l-a văzut": a Romanian pronoun and verb, no name
    if token.kind != "word":
        return True
    return is_rare_in_our_languages(token.text) and token.text.casefold() not in (
        lexicon().romanian
    )
