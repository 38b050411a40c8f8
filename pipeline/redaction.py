"""Stage 2: personal data is replaced by placeholders before anything downstream sees it."""

from __future__ import annotations

import anyio.to_thread

from pipeline.stage import Handler, Message, Reply, TurnContext
from redaction.detector import PiiDetector
from redaction.pseudonymize import pseudonymize


class RedactionStage:
    def __init__(self, detector: PiiDetector) -> None:
        self._detector = detector

    async def __call__(self, message: Message, ctx: TurnContext, call_next: Handler) -> Reply:
        spans = await anyio.to_thread.run_sync(self._detector.detect, message.text, ctx.lang)
        ctx.entity_types = sorted({span.entity_type for span in spans})
        redacted = pseudonymize(message.text, spans, ctx.vault)
        return await call_next(Message(text=redacted), ctx)
