"""Building a ConversationStore (with its subject key store) the way the runtime does, and
seeding it the way the pipeline does, for storage tests that need no model."""

from __future__ import annotations

import os
import time
from pathlib import Path
from typing import Any

import redis.asyncio as aioredis

from bot.config.models import TenantConfig
from storage.conversations import ConversationStore, Turn
from storage.identifiers import phone_regions
from storage.keyring import TenantKeyring
from storage.keystore import SubjectKeyStore, prepare_keystore_dir

MASTER = os.urandom(32)  # the tests' master key (one per test session)


def make_store(
    client: aioredis.Redis, master: bytes, prefix: str, keys_dir: Path
) -> ConversationStore:
    """A store with empty caches, as after a restart, keeping subject keys in ``keys_dir``."""
    keyring = TenantKeyring(client, master, prefix)
    keystore = SubjectKeyStore(prepare_keystore_dir(keys_dir, create=True), keyring)
    return ConversationStore(client, keyring, prefix, keystore=keystore)


def tenant_config(name: str, **fields: Any) -> TenantConfig:
    """A valid FAQ tenant (languages en + ro) with ``fields`` on top."""
    data: dict[str, Any] = {
        "tenant": name,
        "display_name": f"{name.title()} Ltd",
        "languages": ["en", "ro"],
        "faq": [{"q": "What are your opening hours?", "a": "Monday to Friday."}],
    }
    data.update(fields)
    return TenantConfig.model_validate(data)


async def seed(
    store: ConversationStore,
    tenant: str,
    sender: str,
    texts: list[str],
    vault: dict[str, str],
    *,
    retention_days: int = 30,
    vault_days: int | None = None,
    languages: tuple[str, ...] = ("en", "ro"),
) -> None:
    """Store one exchange as the pipeline does: the user's redacted text, a bot answer
    with the same placeholders, and the vault behind them."""
    async with store.lock(tenant, sender):
        state = await store.load(tenant, sender)
        state.lang = languages[0]
        state.vault.update(vault)
        now = time.time()
        turns = [
            Turn(role=role, text=text, ts=now, training_allowed=False, lang=languages[0])
            for text in texts
            for role in ("user", "bot")
        ]
        await store.commit(
            state,
            turns,
            retention_days,
            vault_days=vault_days,
            phone_regions=phone_regions(languages),
        )
