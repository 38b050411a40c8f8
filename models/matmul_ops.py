"""Matrix products of our spaCy pipelines through numpy instead of ``blis``.

thinc's ``NumpyOps`` multiplies matrices with its bundled ``blis``; the matrices of a
chat message are small (a few dozen tokens by a few hundred features), and there numpy's
BLAS is two to four times quicker than ``blis`` on the machines we measured (7 tokens x
192 x 192: 52 us against 22 us; 100 tokens: 286 against 63). The CNN layers of both NER
pipelines (``models.ner`` and ``models.person_ner``) spend most of their time there, so
their models use ``DotOps``: ``NumpyOps`` in everything but ``gemm``, which is thinc's
own generic version (``numpy.dot``). Same weights, same products up to float rounding;
``tests/test_redaction_ner_model.py`` holds the entities found equal on sample texts.

The parser's own state loop (Cython, ``cblas``) keeps ``blis``: it does not go through
``Ops.gemm``.

numpy's BLAS (OpenBLAS) starts one thread per core and, after each product, keeps them
spinning while they wait for the next one. On products this small the extra threads
gain nothing: on two cores a message took as long with one thread as with two, but
twice the CPU time (16.7 ms against 34.1 ms per message), a core that a busy server
needs for other requests. ``use_dot_ops`` therefore limits numpy's BLAS to one thread for
the process (``one_blas_thread``), unless the operator set ``OPENBLAS_NUM_THREADS`` (or
``OMP_NUM_THREADS``, which OpenBLAS reads too) themselves. Only numpy's own BLAS is
limited (the one its wheel ships in ``numpy.libs``): a library such as torch that brings
a BLAS of its own keeps its threads. Where numpy links a BLAS of the system instead, every
BLAS loaded at that moment is limited; in this server that is numpy's alone (speech
recognition runs on CTranslate2, whose thread pool is its own).
"""

from __future__ import annotations

import os
import threading
from pathlib import Path

import numpy
from spacy.language import Language
from thinc.backends.numpy_ops import NumpyOps
from thinc.backends.ops import Ops
from thinc.types import Floats2d
from threadpoolctl import ThreadpoolController

__all__ = ["BLAS_THREAD_ENV", "DotOps", "numpy_blas_files", "one_blas_thread", "use_dot_ops"]

# Environment variables by which an operator sets numpy's BLAS threads themselves.
BLAS_THREAD_ENV: tuple[str, ...] = ("OPENBLAS_NUM_THREADS", "OMP_NUM_THREADS")


class DotOps(NumpyOps):  # type: ignore[misc]  # compiled, no stubs: Any to mypy
    """``NumpyOps`` whose matrix product is ``numpy.dot`` (thinc's generic ``Ops.gemm``)."""

    name = "numpy-dot"

    def gemm(
        self,
        x: Floats2d,
        y: Floats2d,
        out: Floats2d | None = None,
        trans1: bool = False,
        trans2: bool = False,
    ) -> Floats2d:
        return Ops.gemm(self, x, y, out=out, trans1=trans1, trans2=trans2)


_DOT_OPS = DotOps()


_blas_limited = False
_blas_lock = threading.Lock()


def one_blas_thread() -> None:
    """Limit numpy's BLAS to one thread for the rest of the process (module docstring);
    nothing when an operator set a ``BLAS_THREAD_ENV`` variable, or when done before."""
    global _blas_limited
    with _blas_lock:
        if _blas_limited or any(os.environ.get(name, "").strip() for name in BLAS_THREAD_ENV):
            return
        controller = ThreadpoolController().select(user_api="blas")
        numpys = numpy_blas_files(controller.info())
        if numpys:
            controller = controller.select(filepath=numpys)
        # Called, not entered: the limit stays (a ``with`` block would restore it).
        controller.limit(limits=1)
        _blas_limited = True


def numpy_blas_files(libraries: list[dict[str, object]]) -> list[str]:
    """The files among threadpoolctl's ``libraries`` that numpy's wheel ships (its
    package directory or the ``numpy.libs`` beside it)."""
    package = Path(numpy.__file__).resolve().parent
    homes = (package, package.parent / "numpy.libs")
    found: list[str] = []
    for library in libraries:
        path = Path(str(library.get("filepath", ""))).resolve()
        if any(path.is_relative_to(home) for home in homes):
            found.append(str(library["filepath"]))
    return found


def use_dot_ops(nlp: Language) -> None:
    """Make every layer of ``nlp``'s trainable components multiply with ``DotOps``, on
    one BLAS thread (``one_blas_thread``)."""
    one_blas_thread()
    for _, component in nlp.pipeline:
        model = getattr(component, "model", None)
        if model is None:
            continue
        for node in model.walk():
            node.ops = _DOT_OPS
