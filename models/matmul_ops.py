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
``OMP_NUM_THREADS``, which OpenBLAS reads too) themselves. Nothing else in the server
multiplies with numpy's BLAS: speech recognition (CTranslate2) and diarization (torch)
have thread pools of their own.
"""

from __future__ import annotations

import os
import threading

from spacy.language import Language
from thinc.backends.numpy_ops import NumpyOps
from thinc.backends.ops import Ops
from thinc.types import Floats2d
from threadpoolctl import ThreadpoolController

__all__ = ["BLAS_THREAD_ENV", "DotOps", "one_blas_thread", "use_dot_ops"]

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
        # Called, not entered: the limit stays (a ``with`` block would restore it).
        ThreadpoolController().limit(limits=1, user_api="blas")
        _blas_limited = True


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
