"""Build a tenant's pipeline: the ordered list of stages, composed once at start-up."""

from __future__ import annotations

from bot.config.models import TenantConfig
from bot.dialogue.base import Engine
from bot.rights.wiring import PrivacyServices
from pipeline.disclosure import DisclosureStage
from pipeline.engine import EngineStage
from pipeline.privacy_requests import PrivacyRequestStage
from pipeline.redaction import RedactionStage
from pipeline.reidentify import ReidentifyStage
from pipeline.restriction import RestrictionStage
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
    tenant: TenantConfig,
    engine: Engine,
    detector: PiiDetector,
    store: ConversationStore,
    privacy: PrivacyServices | None = None,
) -> list[Stage]:
    """Outermost first. On the way in: disclosure, privacy requests made in the chat and
    the restriction check (both answer without going further), (re-identification waits
    for the reply), redaction, storage (waits for the reply), training flag, engine.

    ``privacy`` is None only for runtimes built without data-subject rights (unit tests)."""
    stages: list[Stage] = [DisclosureStage()]
    if privacy is not None:
        stages.append(PrivacyRequestStage(privacy.rights, privacy.pending))
        stages.append(RestrictionStage())
    return [
        *stages,
        ReidentifyStage(),
        RedactionStage(detector, redaction_policy(tenant)),
        StorageStage(store),
        TrainingStage(),
        EngineStage(engine),
    ]


def build_pipeline(
    tenant: TenantConfig,
    engine: Engine,
    detector: PiiDetector,
    store: ConversationStore,
    privacy: PrivacyServices | None = None,
) -> Handler:
    return compose(build_stages(tenant, engine, detector, store, privacy))
