"""Training export: only conversations that may be used for training, only redacted text.

A conversation is left out entirely when the tenant does not allow training, the
person objected, or their processing is restricted (Art. 18); within an exported one,
turns flagged "training": false are left out.
Output is JSON Lines in the chat fine-tuning shape: {"messages": [{role, content}, ...]}.
"""

from __future__ import annotations

import json
from typing import TextIO

from bot.config.loader import load_tenants
from bot.errors import NotFound
from bot.settings import Settings
from storage.conversations import ConversationStore
from storage.keyring import TenantKeyring
from storage.keystore import SubjectKeyStore, prepare_keystore_dir
from storage.master_key import load_master_key
from storage.redis_conn import open_redis


async def export_from_store(store: ConversationStore, tenant: str, out: TextIO) -> int:
    count = 0
    async for state, consent in store.iter_conversations(tenant):
        if (consent is not None and not consent.training) or state.flags.restricted:
            continue
        messages = [
            {"role": "user" if turn.role == "user" else "assistant", "content": turn.text}
            for turn in state.turns
            if turn.training_allowed
        ]
        if not any(m["role"] == "user" for m in messages):
            continue
        out.write(json.dumps({"messages": messages}, ensure_ascii=False) + "\n")
        count += 1
    return count


async def export_training(settings: Settings, tenant: str, out: TextIO) -> int:
    tenants = load_tenants(settings.config_dir)
    if tenant not in tenants:
        raise NotFound(f"unknown tenant '{tenant}' in {settings.config_dir}")
    if not tenants[tenant].training.allowed:
        return 0
    master_key = load_master_key(settings.data_dir)
    keys_dir = prepare_keystore_dir(settings.keystore_path, create=settings.keystore_dir is None)
    redis = await open_redis(settings.redis_url, settings.data_dir)
    try:
        keyring = TenantKeyring(redis.client, master_key, settings.key_prefix)
        store = ConversationStore(
            redis.client,
            keyring,
            settings.key_prefix,
            keystore=SubjectKeyStore(keys_dir, keyring),
        )
        return await export_from_store(store, tenant, out)
    finally:
        await redis.aclose()
