"""Building the rights services once per runtime (``Runtime.start``)."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass

from bot.config.models import TenantConfig
from bot.errors import NotFound
from bot.rights.actions import RightsActions
from bot.rights.audit import AuditTrail
from bot.rights.confirmations import PendingConfirmations
from bot.rights.deadlines import Clock, system_clock
from bot.rights.records import RequestStore
from bot.rights.senders import RequestSenders
from bot.rights.service import RightsService
from storage.conversations import ConversationStore
from storage.keyring import check_tenant
from storage.redis_conn import redis_errors_as_storage_unavailable
from storage.subjects import SubjectData


@dataclass(frozen=True, slots=True)
class PrivacyServices:
    """What the privacy stages of every tenant's pipeline share."""

    rights: RightsService
    pending: PendingConfirmations


def build_privacy(
    store: ConversationStore,
    subjects: SubjectData,
    tenants: Mapping[str, TenantConfig],
    clock: Clock = system_clock,
) -> PrivacyServices:
    redis, prefix = store.redis, store.prefix

    def tenant(name: str) -> TenantConfig:
        try:
            return tenants[name]
        except KeyError:
            raise NotFound(f"unknown tenant '{name}'") from None

    async def remaining_keys(tenant_name: str, cid: str) -> int:
        """Keys of the tenant whose name still carries the pseudonym (the erasure check)."""
        check_tenant(tenant_name)
        async with redis_errors_as_storage_unavailable():
            return len([k async for k in redis.scan_iter(match=f"{prefix}:{tenant_name}:*{cid}*")])

    requests = RequestStore(redis, store.keyring, prefix)
    pending = PendingConfirmations(redis, prefix)
    actions = RightsActions(subjects, requests, store.set_consent, remaining_keys, pending, clock)
    senders = RequestSenders(requests, store.keystore, subjects)
    audit = AuditTrail(redis, store.keyring, prefix)
    rights = RightsService(requests, senders, audit, subjects, actions, tenant, clock)
    return PrivacyServices(rights, pending)
