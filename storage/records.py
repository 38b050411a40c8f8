"""Where each record of a subject lives in Redis, and how a record is sealed.

Key layout (``cid`` is the keyring's pseudonym of the sender; no key name holds personal
data; every record value is sealed with the subject's own key, see ``storage/keystore.py``,
and bound to its tenant and full key name)::

    {prefix}:{tenant}:conv:{cid}:meta       string  sender, lang, created/updated, turn counter
    {prefix}:{tenant}:conv:{cid}:turn:{n}   string  one Turn; expires retention after writing
    {prefix}:{tenant}:conv:{cid}:turns      zset    turn number -> expiry time (unix s)
    {prefix}:{tenant}:conv:{cid}:vault      string  placeholder -> original value
    {prefix}:{tenant}:subj:{cid}:consent    string  training consent
    {prefix}:{tenant}:subj:{cid}:flags      string  restriction / objection (Art. 18, 21)
    {prefix}:{tenant}:subj:{cid}:idents     string  the emails and phones in the vault
    {prefix}:{tenant}:subj:{cid}:sealed     string  empty marker: values sealed for this
                                                    subject are held elsewhere until it expires
    {prefix}:{tenant}:convs                 zset    cid -> expiry time of the conversation
    {prefix}:{tenant}:vaults                zset    cid -> expiry time of the vault
    {prefix}:{tenant}:ident:{digest}        zset    cid -> expiry; digest = keyed hash of one
                                                    normalised email or phone number

Erasing a subject deletes every key under ``conv:{cid}:`` and ``subj:{cid}:`` and the cid's
entries in ``convs``, ``vaults`` and every ``ident:`` set.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from typing import Any

from storage.cipher import open_sealed, seal
from storage.errors import IntegrityError

# Runs inside a transaction: let an index zset live as long as its longest-lived entry
# (scores are expiry times), whatever the retention was then.
EXPIRE_AT_MAX_SCORE = """
local top = redis.call('ZRANGE', KEYS[1], -1, -1, 'WITHSCORES')
if top[2] then
  redis.call('PEXPIREAT', KEYS[1], math.ceil(tonumber(top[2]) * 1000))
end
return 0
"""


@dataclass(frozen=True, slots=True)
class TenantKeys:
    prefix: str
    tenant: str

    @property
    def base(self) -> str:
        return f"{self.prefix}:{self.tenant}"

    @property
    def convs(self) -> str:
        return f"{self.base}:convs"

    @property
    def vaults(self) -> str:
        return f"{self.base}:vaults"

    def ident(self, digest: str) -> str:
        return f"{self.base}:ident:{digest}"

    @property
    def ident_pattern(self) -> str:
        return f"{self.base}:ident:*"

    def subject(self, cid: str) -> SubjectKeys:
        return SubjectKeys(self.prefix, self.tenant, cid)


@dataclass(frozen=True, slots=True)
class SubjectKeys:
    prefix: str
    tenant: str
    cid: str

    @property
    def conv(self) -> str:
        return f"{self.prefix}:{self.tenant}:conv:{self.cid}"

    @property
    def subj(self) -> str:
        return f"{self.prefix}:{self.tenant}:subj:{self.cid}"

    @property
    def meta(self) -> str:
        return f"{self.conv}:meta"

    @property
    def turns(self) -> str:
        return f"{self.conv}:turns"

    @property
    def vault(self) -> str:
        return f"{self.conv}:vault"

    def turn(self, number: int) -> str:
        return f"{self.conv}:turn:{number}"

    @property
    def consent(self) -> str:
        return f"{self.subj}:consent"

    @property
    def flags(self) -> str:
        return f"{self.subj}:flags"

    @property
    def idents(self) -> str:
        return f"{self.subj}:idents"

    @property
    def sealed_marker(self) -> str:
        return f"{self.subj}:sealed"

    @property
    def tenant_keys(self) -> TenantKeys:
        return TenantKeys(self.prefix, self.tenant)

    @property
    def patterns(self) -> tuple[str, str]:
        """SCAN patterns that cover every record of this subject."""
        return f"{self.conv}:*", f"{self.subj}:*"

    @property
    def holders(self) -> tuple[str, ...]:
        """Records whose existence means the subject key is still needed."""
        return (self.meta, self.vault, self.turns, self.consent, self.flags, self.idents,
                self.sealed_marker)  # fmt: skip


def record_aad(tenant: str, key: str) -> bytes:
    """The AAD of a stored record: binds the value to its tenant and its full key name."""
    return b"allai/record\x00" + tenant.encode() + b"\x00" + key.encode()


def seal_json(key: bytes, tenant: str, name: str, record: dict[str, Any]) -> bytes:
    plaintext = json.dumps(record, ensure_ascii=False, separators=(",", ":")).encode()
    return seal(key, plaintext, record_aad(tenant, name))


def open_json(key: bytes, tenant: str, name: str, blob: bytes) -> dict[str, Any]:
    plaintext = open_sealed(key, blob, record_aad(tenant, name))
    try:
        record = json.loads(plaintext)
    except ValueError:
        raise IntegrityError("a stored record is not JSON") from None
    if not isinstance(record, dict):
        raise IntegrityError("a stored record is not a JSON object")
    return record
