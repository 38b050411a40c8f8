"""Text to speech: the streaming sentence splitter, engine choice, and real synthesis.

Synthesis tests run the real engines (the Piper voice package, the espeak-ng program) and
are marked slow; the Piper voice is loaded once per session, with the network cut off.
"""

from __future__ import annotations

import socket
import time
from collections.abc import Iterator
from typing import Any

import numpy as np
import pytest

from bot.errors import ConfigError
from models.tts import piper_voice_files
from voice.codec import mulaw_decode, mulaw_encode, resample
from voice.sentences import SentenceSplitter, split_sentences
from voice.tts import (
    ENGINE_FIELD,
    TTS_ENGINES,
    EspeakTts,
    PiperTts,
    TtsEngine,
    TtsError,
    build_tts,
    parse_wav_pcm16,
)

EN_TWO_SENTENCES = "Hello, thank you for calling. How can I help you today?"
RO_TWO_SENTENCES = "Bună ziua, vă mulțumim că ați sunat. Cu ce vă pot ajuta astăzi?"

# --- the sentence splitter ---------------------------------------------------------------

SPLIT_CASES = [
    ("Hello there. How are you?", ["Hello there.", "How are you?"]),
    ("Great! Really? Yes.", ["Great!", "Really?", "Yes."]),
    ("Wait… what?! Fine...", ["Wait…", "what?!", "Fine..."]),
    (
        "Use a form, e.g. the short one. Then call.",
        ["Use a form, e.g. the short one.", "Then call."],
    ),
    (
        "Dr. Popescu sees you at 10.30 today. Bring it.",
        ["Dr. Popescu sees you at 10.30 today.", "Bring it."],
    ),
    ("It costs 3.5 lei. Thanks.", ["It costs 3.5 lei.", "Thanks."]),
    (
        "Str. Lunga nr. 5, bl. 3, ap. 12. Vă așteptăm!",
        ["Str. Lunga nr. 5, bl. 3, ap. 12.", "Vă așteptăm!"],
    ),
    ("Ask J. Smith. He knows.", ["Ask J. Smith.", "He knows."]),
    ("Apples, pears etc. and more. Done", ["Apples, pears etc. and more.", "Done"]),
    ('He said "yes." Then he left.', ['He said "yes."', "Then he left."]),
    ("(See below.) Next one.", ["(See below.)", "Next one."]),
    ("Open 9-17\nClosed Sundays", ["Open 9-17", "Closed Sundays"]),
    ("One.\n\n\nTwo.", ["One.", "Two."]),
    ("Visit example.com today. Bye.", ["Visit example.com today.", "Bye."]),
    ("In 2024. 5 people came.", ["In 2024.", "5 people came."]),
    ("   ", []),
    ("no terminator at all", ["no terminator at all"]),
]


@pytest.mark.parametrize(("text", "expected"), SPLIT_CASES)
def test_split_whole_text(text: str, expected: list[str]) -> None:
    assert split_sentences([text]) == expected


@pytest.mark.parametrize(("text", "expected"), SPLIT_CASES)
def test_split_is_the_same_however_the_text_is_streamed(text: str, expected: list[str]) -> None:
    assert split_sentences(list(text)) == expected  # one character per delta
    assert split_sentences([text[i : i + 3] for i in range(0, len(text), 3)]) == expected


@pytest.mark.parametrize(
    ("deltas", "emitted"),
    [
        # A sentence comes out as soon as the next word shows it has ended...
        (
            ["Hello there.", " H", "ow are you?", " Fine"],
            [[], ["Hello there."], [], ["How are you?"]],
        ),
        # ...and at once on a line break or after "?"/"!" plus white space.
        (["Sure!", " ", "Next"], [[], ["Sure!"], []]),
        (["Line one", "\n", "two"], [[], ["Line one"], []]),
        # A full stop then a digit is not (yet) an end: "10." may become "10.30".
        (["At 10.", "30 we open. "], [[], []]),
    ],
)
def test_sentences_come_out_as_soon_as_they_end(
    deltas: list[str], emitted: list[list[str]]
) -> None:
    splitter = SentenceSplitter()
    assert [splitter.feed(delta) for delta in deltas] == emitted


def test_flush_returns_the_rest_and_resets() -> None:
    splitter = SentenceSplitter()
    assert splitter.feed("At 10.30 we open. See y") == ["At 10.30 we open."]
    assert splitter.flush() == ["See y"]
    assert splitter.flush() == []
    assert splitter.feed("Again. ") == []
    assert splitter.flush() == ["Again."]


# --- engine choice (reads configs only, loads no model) -------------------------------------


def test_registry_names_both_engines() -> None:
    assert {"piper": PiperTts, "espeak": EspeakTts} == TTS_ENGINES


def test_factory_picks_piper_for_english_and_espeak_for_romanian() -> None:
    english, romanian = build_tts("en"), build_tts("ro")
    assert isinstance(english, PiperTts)
    assert isinstance(romanian, EspeakTts)
    assert english.capabilities.sample_rate == piper_voice_files().sample_rate == 22050
    assert english.capabilities.languages == frozenset({"en"})
    assert romanian.capabilities.languages == frozenset({"en", "ro"})
    assert english.capabilities.streaming and romanian.capabilities.streaming


def test_piper_refuses_romanian_when_built() -> None:
    with pytest.raises(ConfigError) as caught:
        build_tts("ro", "piper", source="configs/tenants/acme.yml")
    assert caught.value.field == ENGINE_FIELD
    assert str(caught.value) == (
        "configs/tenants/acme.yml: voice.tts.engine:"
        " the 'piper' TTS engine cannot speak 'ro' (it speaks en)"
    )
    assert not caught.value.retryable


def test_unknown_engine_and_language_are_config_errors() -> None:
    with pytest.raises(ConfigError, match=r"voice.tts.engine: unknown TTS engine 'coqui'"):
        build_tts("en", "coqui")
    with pytest.raises(ConfigError, match=r"'espeak' TTS engine cannot speak 'de'"):
        build_tts("de")


def test_wav_parser_rejects_what_is_not_mono_16_bit_pcm() -> None:
    with pytest.raises(TtsError, match="not a WAV"):
        parse_wav_pcm16(b"hello")
    stereo = b"RIFF\0\0\0\0WAVEfmt \x10\0\0\0" + bytes([1, 0, 2, 0]) + bytes(12)
    with pytest.raises(TtsError, match="mono 16-bit"):
        parse_wav_pcm16(stereo)


# --- real synthesis ------------------------------------------------------------------------


class NetworkUsed(AssertionError):
    pass


def _no_network(*args: Any, **kwargs: Any) -> None:
    raise NetworkUsed("TTS tried to use the network")


def cut_network(patch: pytest.MonkeyPatch) -> None:
    patch.setattr(socket.socket, "connect", _no_network)
    patch.setattr(socket.socket, "connect_ex", _no_network)
    patch.setattr(socket, "create_connection", _no_network)
    patch.setattr(socket, "getaddrinfo", _no_network)


@pytest.fixture(scope="session")
def piper() -> Iterator[PiperTts]:
    """The Piper engine, its voice loaded once per session with the network cut off."""
    engine = build_tts("en")
    assert isinstance(engine, PiperTts)
    with pytest.MonkeyPatch.context() as patch:
        cut_network(patch)
        started = time.perf_counter()
        engine.prepare()
        print(f"\nPiper voice loaded in {time.perf_counter() - started:.2f} s")
    yield engine


@pytest.fixture
def offline(monkeypatch: pytest.MonkeyPatch) -> None:
    cut_network(monkeypatch)


def engines() -> list[Any]:
    slow = pytest.mark.slow
    return [
        pytest.param("piper", "en", EN_TWO_SENTENCES, id="piper-en", marks=slow),
        pytest.param("espeak", "en", EN_TWO_SENTENCES, id="espeak-en", marks=slow),
        pytest.param("espeak", "ro", RO_TWO_SENTENCES, id="espeak-ro", marks=slow),
    ]


@pytest.fixture
def engine_for(request: pytest.FixtureRequest) -> Any:
    def make(name: str, language: str) -> TtsEngine:
        if name == "piper":
            return request.getfixturevalue("piper")
        return build_tts(language, name)

    return make


@pytest.mark.parametrize(("name", "language", "text"), engines())
def test_speaks_two_sentences_in_two_chunks(
    engine_for: Any, offline: None, name: str, language: str, text: str
) -> None:
    engine = engine_for(name, language)
    started = time.perf_counter()
    chunks = list(engine.synthesize(text))
    elapsed = time.perf_counter() - started

    assert len(chunks) >= 2  # streamed: the first sentence is out before the second
    assert all(chunk.dtype == np.int16 and chunk.ndim == 1 for chunk in chunks)
    audio = np.concatenate(chunks)
    seconds = audio.size / engine.capabilities.sample_rate
    assert 1.5 < seconds < 10.0  # eleven or so words
    assert np.sqrt(np.mean(audio.astype(np.float64) ** 2)) > 500  # not silence
    print(f"\n{name}/{language}: {seconds:.2f} s audio in {elapsed:.2f} s")


@pytest.mark.slow
@pytest.mark.parametrize(("name", "language", "text"), engines())
def test_telephone_round_trip_keeps_the_signal(
    engine_for: Any, name: str, language: str, text: str
) -> None:
    engine = engine_for(name, language)
    rate = engine.capabilities.sample_rate
    speech = np.concatenate(list(engine.synthesize(text)))

    phone = resample(speech, rate, 8000)
    received = mulaw_decode(mulaw_encode(phone))
    back = resample(received, 8000, rate)

    assert np.corrcoef(phone, received)[0, 1] > 0.999
    n = min(speech.size, back.size)
    assert abs(back.size - speech.size) <= 1
    assert np.corrcoef(speech[:n], back[:n])[0, 1] > 0.95  # only what lies above 4 kHz is lost


@pytest.mark.slow
def test_piper_streams_the_first_sentence_before_the_second(piper: PiperTts, offline: None) -> None:
    chunks = piper.synthesize(EN_TWO_SENTENCES + " " + EN_TWO_SENTENCES)
    first = next(chunks)
    assert first.size / piper.capabilities.sample_rate < 2.5  # one sentence, not all four
    chunks.close()  # a caller that barges in stops the stream early


@pytest.mark.slow
def test_piper_voice_is_loaded_once(piper: PiperTts) -> None:
    from models.tts import load_piper_voice

    assert load_piper_voice() is load_piper_voice()


@pytest.mark.slow
def test_blank_text_yields_nothing(piper: PiperTts) -> None:
    assert list(piper.synthesize("  \n ")) == []
    assert list(build_tts("ro").synthesize("")) == []
