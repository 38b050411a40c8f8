"""Build a tenant's pipeline: the ordered list of stages, composed once at start-up."""

from __future__ import annotations

from bot.config.models import TenantConfig
from bot.dialogue.base import Engine
from pipeline.disclosure import DisclosureStage
from pipeline.engine import EngineStage
from pipeline.redaction import RedactionStage
from pipeline.reidentify import ReidentifyStage
from pipeline.stage import Handler, Stage, compose
from pipeline.storage import StorageStage
from pipeline.training import TrainingStage
from redaction.detector import PiiDetector
from redaction.policy import RedactionPolicy
from storage.conversations import ConversationStore


def redaction_policy(tenant: TenantConfig) -> RedactionPolicy:
    """The tenant's policy; its own name is never redacted (spaCy may take it for a person)."""
    return RedactionPolicy(tenant.redaction, always_allowed=[tenant.display_name])


def build_stages(
    tenant: TenantConfig, engine: Engine, detector: PiiDetector, store: ConversationStore
) -> list[Stage]:
    """Outermost first. On the way in: disclosure, (re-identification waits for the
    reply), redaction, storage (waits for the reply), training flag, engine."""
    return [
        DisclosureStage(),
        ReidentifyStage(),
        RedactionStage(detector, redaction_policy(tenant)),
        StorageStage(store),
        TrainingStage(store),
        EngineStage(engine),
    ]


def build_pipeline(
    tenant: TenantConfig, engine: Engine, detector: PiiDetector, store: ConversationStore
) -> Handler:
    return compose(build_stages(tenant, engine, detector, store))
