"""Build a tenant's pipeline: the ordered list of stages, composed once at start-up."""

from __future__ import annotations

from bot.dialogue.base import Engine
from pipeline.disclosure import DisclosureStage
from pipeline.engine import EngineStage
from pipeline.redaction import RedactionStage
from pipeline.reidentify import ReidentifyStage
from pipeline.stage import Handler, Stage, compose
from pipeline.storage import StorageStage
from pipeline.training import TrainingStage
from redaction.detector import PiiDetector
from storage.conversations import ConversationStore


def build_stages(engine: Engine, detector: PiiDetector, store: ConversationStore) -> list[Stage]:
    """Outermost first. On the way in: disclosure, (re-identification waits for the
    reply), redaction, storage (waits for the reply), training flag, engine."""
    return [
        DisclosureStage(),
        ReidentifyStage(),
        RedactionStage(detector),
        StorageStage(store),
        TrainingStage(store),
        EngineStage(engine),
    ]


def build_pipeline(engine: Engine, detector: PiiDetector, store: ConversationStore) -> Handler:
    return compose(build_stages(engine, detector, store))
