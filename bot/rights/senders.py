"""The sender ids a request acts on: one per subject, each sealed with that subject's own
key (``storage/keystore.py``), found again by the pseudonym the record keeps.

So a copy of Redis taken before an erasure cannot reveal who filed a request once the
person's key is destroyed, even to someone holding the tenant key. After an erasure these
parts are deleted as well.
"""

from __future__ import annotations

from collections.abc import Sequence

from bot.rights.records import RequestStore, record_aad
from storage.cipher import open_sealed, seal
from storage.keystore import SubjectKeyStore
from storage.subjects import SubjectData


class RequestSenders:
    def __init__(
        self, requests: RequestStore, keystore: SubjectKeyStore, subjects: SubjectData
    ) -> None:
        self._requests = requests
        self._keystore = keystore
        self._subjects = subjects

    def key(self, tenant: str, request_id: str, cid: str) -> str:
        return self._requests.part_key(tenant, request_id, f"sender:{cid}")

    async def put(
        self, tenant: str, request_id: str, subjects: Sequence[tuple[str, str]], keep_days: int
    ) -> None:
        """Store ``(cid, sender)`` pairs."""
        for cid, sender in subjects:
            name = self.key(tenant, request_id, cid)
            subject_key = await self._keystore.get_or_create(tenant, cid)
            blob = seal(subject_key, sender.encode(), record_aad(tenant, name))
            await self._requests.put_part(tenant, name, blob, keep_days)
            # The key must outlive the sweep even when the subject has no other data (e.g.
            # a handoff asked for in a conversation's first message).
            await self._subjects.keep_key(tenant, sender)

    async def get(self, tenant: str, request_id: str, cids: Sequence[str]) -> list[str] | None:
        """The sender ids in the order of ``cids``; None once any of them was erased."""
        senders = []
        for cid in cids:
            name = self.key(tenant, request_id, cid)
            blob = await self._requests.get_part(name)
            subject_key = await self._keystore.get(tenant, cid) if blob is not None else None
            if blob is None or subject_key is None:
                return None
            senders.append(open_sealed(subject_key, blob, record_aad(tenant, name)).decode())
        return senders
