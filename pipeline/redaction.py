"""Stage 2: personal data is replaced by placeholders (or surrogates) before anything
downstream sees it, following the tenant's redaction policy."""

from __future__ import annotations

import anyio.to_thread

from pipeline.stage import Handler, Message, Reply, TurnContext
from redaction.detector import PiiDetector
from redaction.policy import RedactionPolicy
from redaction.pseudonymize import pseudonymize


class RedactionStage:
    def __init__(self, detector: PiiDetector, policy: RedactionPolicy) -> None:
        self._detector = detector
        self._policy = policy

    async def __call__(self, message: Message, ctx: TurnContext, call_next: Handler) -> Reply:
        detected = await anyio.to_thread.run_sync(self._detector.detect, message.text, ctx.lang)
        spans = self._policy.apply(message.text, detected)
        ctx.entity_types = sorted({span.entity_type for span in spans})
        redacted = pseudonymize(message.text, spans, ctx.vault, self._policy.mode)
        return await call_next(Message(text=redacted), ctx)
