"""The runtime: tenants, their pipelines and the shared services, behind one object.

Channels (HTTP, CLI chat) call ``handle_message``; nothing else runs the pipeline.
"""

from __future__ import annotations

import logging
from collections.abc import Awaitable, Callable, Mapping
from dataclasses import dataclass
from typing import Any

from bot.config.loader import load_tenants
from bot.config.models import SUPPORTED_LANGUAGES, TenantConfig
from bot.dialogue.registry import build_engine
from bot.errors import BadRequest, NotFound
from bot.rights.service import RightsService
from bot.rights.wiring import build_privacy
from bot.settings import Settings
from pipeline.assemble import build_pipeline
from pipeline.stage import Handler, Message, TurnContext
from redaction.detector import PiiDetector, get_detector
from redaction.language import detect_language
from redaction.pseudonymize import PlaceholderVault, reidentify
from storage.conversations import Consent, ConversationStore
from storage.keyring import TenantKeyring
from storage.keystore import SubjectKeyStore, prepare_keystore_dir
from storage.master_key import load_master_key
from storage.redis_conn import RedisHandle, open_redis
from storage.retention import SubjectRecordSweeper, SweeperRegistry
from storage.subjects import SubjectData

log = logging.getLogger("allai.runtime")

MAX_MESSAGE_CHARS = 5000
MAX_SENDER_CHARS = 256


@dataclass(frozen=True, slots=True)
class HistoryTurn:
    role: str
    text: str
    ts: float


@dataclass(frozen=True, slots=True)
class Conversation:
    lang: str
    turns: list[HistoryTurn]


@dataclass(frozen=True, slots=True)
class TenantRuntime:
    config: TenantConfig
    pipeline: Handler


class Runtime:
    def __init__(
        self,
        tenants: Mapping[str, TenantConfig],
        store: ConversationStore,
        detector: PiiDetector,
        redis: RedisHandle | None = None,
    ) -> None:
        self._store = store
        self._redis = redis
        self.detector = detector
        self._subjects = SubjectData(store, tenants)
        self._privacy = build_privacy(store, self._subjects, tenants)
        # Retention sweepers, run in this order for every tenant (storage/retention.py).
        self.sweepers = SweeperRegistry()
        self.sweepers.register("subjects", SubjectRecordSweeper(store))
        self.sweepers.register("requests", self._privacy.rights)
        self._tenants = {
            name: TenantRuntime(
                config,
                build_pipeline(config, build_engine(config), detector, store, self._privacy),
            )
            for name, config in tenants.items()
        }

    @classmethod
    async def start(
        cls, settings: Settings, tenants: Mapping[str, TenantConfig] | None = None
    ) -> Runtime:
        """Load config, the master key and Redis. Raises ConfigError / StorageUnavailable."""
        configs = tenants if tenants is not None else load_tenants(settings.config_dir)
        settings.data_dir.mkdir(parents=True, exist_ok=True)
        master_key = load_master_key(settings.data_dir)
        keys_dir = prepare_keystore_dir(
            settings.keystore_path, create=settings.keystore_dir is None
        )
        redis = await open_redis(settings.redis_url, settings.data_dir)
        keyring = TenantKeyring(redis.client, master_key, settings.key_prefix)
        keystore = SubjectKeyStore(keys_dir, keyring)
        store = ConversationStore(redis.client, keyring, settings.key_prefix, keystore=keystore)
        log.info("runtime started with tenants: %s", ", ".join(sorted(configs)))
        return cls(configs, store, get_detector(), redis)

    async def aclose(self) -> None:
        if self._redis is not None:
            await self._redis.aclose()

    @property
    def store(self) -> ConversationStore:
        return self._store

    @property
    def rights(self) -> RightsService:
        """Data-subject requests: lifecycle, deadlines, audit trail (bot/rights/)."""
        return self._privacy.rights

    @property
    def subjects(self) -> SubjectData:
        """Each person's stored data: find, export, erase, rectify, flags (GDPR rights)."""
        return self._subjects

    async def sweep_retention(self, now: float | None = None) -> dict[str, dict[str, int]]:
        """Run every registered retention sweeper for every tenant: tenant -> name -> count."""
        return await self.sweepers.sweep(self.tenant_names, now)

    @property
    def tenant_names(self) -> list[str]:
        return sorted(self._tenants)

    def tenant(self, name: str) -> TenantConfig:
        return self._tenant_runtime(name).config

    def _tenant_runtime(self, name: str) -> TenantRuntime:
        try:
            return self._tenants[name]
        except KeyError:
            raise NotFound(f"unknown tenant '{name}'") from None

    async def handle_message(
        self,
        tenant: str,
        sender: str,
        text: str,
        metadata: Mapping[str, Any] | None = None,
        on_partial: Callable[[str], Awaitable[None]] | None = None,
    ) -> list[str]:
        """Run one user message through the tenant's pipeline; return the bot's messages.

        A streaming channel passes ``on_partial`` to receive the reply so far while it
        is generated (re-identified, like the final reply)."""
        runtime = self._tenant_runtime(tenant)
        metadata = dict(metadata or {})
        validate_message(sender, text, metadata, runtime.config)
        async with self._store.lock(tenant, sender):
            state = await self._store.load(tenant, sender)
            lang = choose_language(runtime.config, text, metadata.get("lang"), state.lang)
            ctx = TurnContext(
                tenant=runtime.config,
                sender=sender,
                lang=lang,
                state=state,
                vault=PlaceholderVault.from_dict(state.vault),
                metadata=metadata,
                on_partial=on_partial,
            )
            reply = await runtime.pipeline(Message(text=text), ctx)
        for action in ctx.after_turn:
            await action()
        return list(reply.texts)

    async def history(self, tenant: str, sender: str) -> Conversation:
        """The conversation so far as the person saw it (their own values restored), so a
        widget can show it again after a reload. Only the sender id unlocks it."""
        config = self.tenant(tenant)
        validate_sender(sender)
        state = await self._store.load(tenant, sender)
        vault = PlaceholderVault.from_dict(state.vault)
        mode = config.redaction.mode
        turns = [
            HistoryTurn(role=turn.role, text=reidentify(turn.text, vault, mode), ts=turn.ts)
            for turn in state.turns
        ]
        return Conversation(lang=state.lang or config.default_language, turns=turns)

    async def set_consent(self, tenant: str, sender: str, training: bool) -> Consent:
        self.tenant(tenant)
        validate_sender(sender)
        # No expiry: an objection must outlive the conversations it was made in, or the
        # person's next conversation would silently be usable for training again.
        return await self._store.set_consent(tenant, sender, training)

    async def get_consent(self, tenant: str, sender: str) -> Consent | None:
        self.tenant(tenant)
        validate_sender(sender)
        return await self._store.get_consent(tenant, sender)


def validate_sender(sender: str) -> None:
    if not sender.strip():
        raise BadRequest("'sender' must be a non-empty string")
    if len(sender) > MAX_SENDER_CHARS:
        raise BadRequest(f"'sender' is longer than {MAX_SENDER_CHARS} characters")
    if any(ord(ch) < 32 for ch in sender):
        raise BadRequest("'sender' must not contain control characters")


def validate_message(
    sender: str, text: str, metadata: Mapping[str, Any], tenant: TenantConfig
) -> None:
    validate_sender(sender)
    if not text.strip():
        raise BadRequest("'message' must not be empty")
    if len(text) > MAX_MESSAGE_CHARS:
        raise BadRequest(f"'message' is longer than {MAX_MESSAGE_CHARS} characters")
    if "training" in metadata and not isinstance(metadata["training"], bool):
        raise BadRequest("'metadata.training' must be true or false")
    lang = metadata.get("lang")
    if lang is not None and lang not in tenant.languages:
        raise BadRequest(
            f"'metadata.lang' must be one of this bot's languages: {', '.join(tenant.languages)}"
        )


def choose_language(
    tenant: TenantConfig, text: str, declared: object, conversation_lang: str | None
) -> str:
    """Declared (metadata.lang) wins; then what this message is written in; then the
    conversation's language so far; then the tenant's default."""
    if isinstance(declared, str) and declared in tenant.languages:
        return declared
    candidates = [lang for lang in tenant.languages if lang in SUPPORTED_LANGUAGES]
    detected = detect_language(text, candidates)
    if detected is not None:
        return detected
    if conversation_lang in tenant.languages:
        return str(conversation_lang)
    return tenant.default_language
