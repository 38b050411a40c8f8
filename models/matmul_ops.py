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
"""

from __future__ import annotations

from spacy.language import Language
from thinc.backends.numpy_ops import NumpyOps
from thinc.backends.ops import Ops
from thinc.types import Floats2d

__all__ = ["DotOps", "use_dot_ops"]


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


def use_dot_ops(nlp: Language) -> None:
    """Make every layer of ``nlp``'s trainable components multiply with ``DotOps``."""
    for _, component in nlp.pipeline:
        model = getattr(component, "model", None)
        if model is None:
            continue
        for node in model.walk():
            node.ops = _DOT_OPS
