"""Per-subject keys and the subject API (find, export, rectify, flags, sealing) against a
real Redis and a real key store directory. Conversations are stored as the pipeline stores
them (redacted text + vault); no model is loaded."""

from __future__ import annotations

import os
import stat
from pathlib import Path

import pytest
import redis.asyncio as aioredis

from bot.errors import BadRequest, ConfigError, NotFound, StorageUnavailable
from storage.cipher import open_sealed
from storage.conversations import ConversationStore
from storage.errors import IntegrityError
from storage.keystore import SubjectKeyStore, prepare_keystore_dir
from storage.records import record_aad
from storage.subjects import SubjectData, SubjectErased, SubjectRef
from tests.support.stores import seed, tenant_config

ALICE = "visitor-alice-7f3a"
BOB = "visitor-bob-19c2"
ALICE_EMAIL = "Alice.Martin@Example.com"
ALICE_PHONE = "0722 123 456"  # Romanian mobile, written locally
ALICE_VAULT = {
    "<PERSON_1>": "Alice Martin",
    "<EMAIL_ADDRESS_1>": ALICE_EMAIL,
    "<PHONE_NUMBER_1>": ALICE_PHONE,
}
ALICE_TEXT = "I am <PERSON_1>, write to <EMAIL_ADDRESS_1> or call <PHONE_NUMBER_1>"
BOB_VAULT = {"<EMAIL_ADDRESS_1>": "bob@example.org", "<PHONE_NUMBER_1>": "+44 20 7946 0958"}


@pytest.fixture
def subjects(store: ConversationStore) -> SubjectData:
    tenants = {
        "acme": tenant_config("acme"),
        "fakes": tenant_config("fakes", redaction={"mode": "surrogates"}),
    }
    return SubjectData(store, tenants)


async def seed_people(store: ConversationStore, tenant: str = "acme") -> None:
    await seed(store, tenant, ALICE, [ALICE_TEXT], ALICE_VAULT)
    await seed(store, tenant, BOB, ["Mail <EMAIL_ADDRESS_1>, tel <PHONE_NUMBER_1>"], BOB_VAULT)


async def test_each_subject_has_its_own_key_outside_redis(
    store: ConversationStore, aredis: aioredis.Redis, key_prefix: str, keys_dir: Path
) -> None:
    await seed_people(store)
    alice = await store.subject_keys("acme", ALICE)
    bob = await store.subject_keys("acme", BOB)
    files = sorted(p.name for p in (keys_dir / "acme").iterdir())
    assert files == sorted([f"{alice.cid}.key", f"{bob.cid}.key"])
    for name in files:
        path = keys_dir / "acme" / name
        assert stat.S_IMODE(path.stat().st_mode) == 0o600
    assert stat.S_IMODE((keys_dir / "acme").stat().st_mode) == 0o700

    alice_key = await store.keystore.get("acme", alice.cid)
    bob_key = await store.keystore.get("acme", bob.cid)
    dek = await store.keyring.data_key("acme")
    assert alice_key is not None and bob_key is not None and alice_key != bob_key
    key_file = (keys_dir / "acme" / f"{alice.cid}.key").read_bytes()
    assert alice_key not in key_file  # stored wrapped, not in clear
    # Alice's records open with her key only: not the tenant DEK, not Bob's key.
    for name in (alice.meta, alice.vault, alice.turn(0), alice.idents):
        blob = await aredis.get(name)
        assert ALICE.encode() not in blob
        assert open_sealed(alice_key, blob, record_aad("acme", name))
        for other in (dek, bob_key):
            with pytest.raises(IntegrityError):
                open_sealed(other, blob, record_aad("acme", name))
    # No key file name, Redis key or value gives away who it is.
    assert not any(ALICE in name for _, _, names in os.walk(keys_dir) for name in names)


async def test_key_file_is_bound_to_its_subject(
    store: ConversationStore, keys_dir: Path, subjects: SubjectData
) -> None:
    await seed_people(store)
    alice = await store.subject_keys("acme", ALICE)
    bob = await store.subject_keys("acme", BOB)
    bob_file = keys_dir / "acme" / f"{bob.cid}.key"
    bob_file.write_bytes((keys_dir / "acme" / f"{alice.cid}.key").read_bytes())
    with pytest.raises(IntegrityError, match="cannot be unwrapped"):
        await store.load("acme", BOB)
    assert (await store.load("acme", ALICE)).vault == ALICE_VAULT


async def test_missing_key_store_is_a_clear_error(
    tmp_path: Path, store: ConversationStore, keys_dir: Path
) -> None:
    with pytest.raises(ConfigError, match="ALLAI_KEYSTORE_DIR.*does not exist"):
        prepare_keystore_dir(tmp_path / "not-mounted", create=False)
    created = prepare_keystore_dir(tmp_path / "fresh", create=True)
    assert stat.S_IMODE(created.stat().st_mode) == 0o700

    await seed_people(store)
    os.rename(keys_dir, tmp_path / "moved-away")  # e.g. the share was unmounted
    with pytest.raises(StorageUnavailable, match="key store") as info:
        await seed(store, "acme", "someone-new", ["hello"], {})
    assert not info.value.retryable
    with pytest.raises(StorageUnavailable, match="key store"):
        await store.load("acme", ALICE)


async def test_broken_key_store_is_a_clear_error(store: ConversationStore, keys_dir: Path) -> None:
    await seed_people(store)
    os.rename(keys_dir / "acme", keys_dir / "acme-moved")
    (keys_dir / "acme").write_bytes(b"")  # not a directory any more
    with pytest.raises(StorageUnavailable, match="key store") as info:
        await seed(store, "acme", "someone-new", ["hello"], {})
    assert not info.value.retryable


@pytest.mark.skipif(os.geteuid() == 0, reason="root ignores file permissions")
async def test_unwritable_key_store_is_a_clear_error(
    tmp_path: Path, store: ConversationStore, keys_dir: Path
) -> None:
    await seed_people(store)
    readonly = tmp_path / "readonly"
    readonly.mkdir(mode=0o500)
    with pytest.raises(ConfigError, match="not writable"):
        prepare_keystore_dir(readonly, create=False)
    (keys_dir / "acme").chmod(0o500)
    try:
        with pytest.raises(StorageUnavailable, match="PermissionError") as info:
            await seed(store, "acme", "someone-new", ["hello"], {})
        assert not info.value.retryable
    finally:
        (keys_dir / "acme").chmod(0o700)


async def test_records_without_their_key_are_refused_not_ignored(
    store: ConversationStore, keys_dir: Path
) -> None:
    await seed_people(store)
    alice = await store.subject_keys("acme", ALICE)
    (keys_dir / "acme" / f"{alice.cid}.key").unlink()
    with pytest.raises(IntegrityError, match="ALLAI_KEYSTORE_DIR"):
        await store.load("acme", ALICE)


@pytest.mark.parametrize(
    "ref",
    [
        SubjectRef(sender=ALICE),
        SubjectRef(email="alice.martin@example.com"),
        SubjectRef(email="  ALICE.MARTIN@EXAMPLE.COM "),
        SubjectRef(phone="0722 123 456"),
        SubjectRef(phone="0722123456"),
        SubjectRef(phone="+40 722 123 456"),
        SubjectRef(phone="+40722123456"),
        SubjectRef(phone="0040 722-123-456"),
        SubjectRef(phone="(0722) 123.456"),
    ],
)
async def test_find(store: ConversationStore, subjects: SubjectData, ref: SubjectRef) -> None:
    await seed_people(store)
    assert await subjects.find("acme", ref) == [ALICE]


async def test_find_other_people_and_nobody(
    store: ConversationStore, subjects: SubjectData
) -> None:
    await seed_people(store)
    assert await subjects.find("acme", SubjectRef(phone="020 7946 0958")) == [BOB]
    assert await subjects.find("acme", SubjectRef(phone="+44 20 7946 0958")) == [BOB]
    assert await subjects.find("acme", SubjectRef(email="nobody@example.com")) == []
    assert await subjects.find("acme", SubjectRef(sender="never-wrote")) == []
    assert await subjects.find("fakes", SubjectRef(email=ALICE_EMAIL)) == []  # other tenant
    # The same email given by two senders finds both.
    await seed(store, "acme", "alice-phone", ["it is <EMAIL_ADDRESS_1>"], {
        "<EMAIL_ADDRESS_1>": "alice.martin@example.com"
    })  # fmt: skip
    found = await subjects.find("acme", SubjectRef(email=ALICE_EMAIL))
    assert found == sorted([ALICE, "alice-phone"])


async def test_find_in_surrogate_mode(store: ConversationStore, subjects: SubjectData) -> None:
    # The text shows surrogates; the vault still maps placeholders to the person's values.
    await seed(store, "fakes", ALICE, ["I am Jane Doe, jane.doe@example.net"], ALICE_VAULT)
    assert await subjects.find("fakes", SubjectRef(email=ALICE_EMAIL)) == [ALICE]
    assert await subjects.find("fakes", SubjectRef(phone="+40722123456")) == [ALICE]


@pytest.mark.parametrize(
    ("fields", "message"),
    [
        ({}, "exactly one"),
        ({"sender": "a", "email": "b@c.de"}, "exactly one"),
        ({"sender": "  "}, "non-empty"),
    ],
)
def test_subject_ref_is_validated(fields: dict[str, str], message: str) -> None:
    with pytest.raises(BadRequest, match=message):
        SubjectRef(**fields)


async def test_find_refuses_what_is_not_an_email_or_phone(subjects: SubjectData) -> None:
    with pytest.raises(BadRequest, match="email"):
        await subjects.find("acme", SubjectRef(email="not-an-address"))
    with pytest.raises(BadRequest, match="phone"):
        await subjects.find("acme", SubjectRef(phone="call me maybe"))
    with pytest.raises(NotFound):
        await subjects.find("ghost", SubjectRef(sender=ALICE))


async def test_identifiers_are_stored_only_as_keyed_hashes(
    store: ConversationStore, aredis: aioredis.Redis, key_prefix: str
) -> None:
    import hashlib

    await seed_people(store)
    forms = ["alice.martin@example.com", ALICE_EMAIL, "+40722123456", "0722123456", "722123456"]
    names = [k.decode() async for k in aredis.scan_iter(match=f"{key_prefix}:*")]
    idents = [n for n in names if ":ident:" in n]
    assert len(idents) == 4  # two emails, two phones
    everything = " ".join(names).encode()
    for name in names:
        kind = await aredis.type(name)
        if kind == b"string":
            everything += await aredis.get(name)
        elif kind == b"zset":
            everything += b" ".join(await aredis.zrange(name, 0, -1))
    for form in forms:
        assert form.encode() not in everything
        for algo in ("sha256", "sha1", "md5"):  # nor unkeyed hashes of them
            assert hashlib.new(algo, form.encode()).hexdigest()[:32].encode() not in everything


async def test_export(store: ConversationStore, subjects: SubjectData) -> None:
    await seed_people(store)
    await store.set_consent("acme", ALICE, False)
    await subjects.set_flags("acme", ALICE, objected=True)
    document = await subjects.export("acme", ALICE)
    assert document["schema"] == "allai.subject-export/1"
    assert document["tenant"] == "acme" and document["sender"] == ALICE
    assert document["exported_at"].endswith("+00:00")
    conversation = document["conversation"]
    assert conversation["lang"] == "en" and conversation["created_at"] > 0
    user, bot = conversation["turns"]
    expected = f"I am Alice Martin, write to {ALICE_EMAIL} or call {ALICE_PHONE}"
    assert user == {
        "role": "user",
        "text": expected,
        "ts": user["ts"],
        "lang": "en",
        "training_allowed": False,
    }
    assert bot["role"] == "bot" and bot["text"] == expected
    assert document["consent"]["training"] is False
    assert document["processing"]["objected"] is True
    assert document["processing"]["restricted"] is False
    assert document["identifiers"] == {
        "emails": ["alice.martin@example.com"],
        "phones": ["+40722123456"],
    }
    assert "Bob" not in str(document) and "bob@" not in str(document)

    nobody = await subjects.export("acme", "never-wrote")
    assert nobody["conversation"] is None and nobody["consent"] is None
    assert nobody["identifiers"] == {"emails": [], "phones": []}


async def test_export_in_surrogate_mode_restores_values(
    store: ConversationStore, subjects: SubjectData
) -> None:
    vault = {"<EMAIL_ADDRESS_1>": ALICE_EMAIL}
    surrogate = PlaceholderVaultSurrogate.of("<EMAIL_ADDRESS_1>")
    await seed(store, "fakes", ALICE, [f"write to {surrogate}"], vault)
    turns = (await subjects.export("fakes", ALICE))["conversation"]["turns"]
    assert turns[0]["text"] == f"write to {ALICE_EMAIL}"


class PlaceholderVaultSurrogate:
    @staticmethod
    def of(placeholder: str) -> str:
        from redaction.pseudonymize import PlaceholderVault

        return PlaceholderVault().surrogate_of(placeholder)


async def test_rectify_replaces_the_value_everywhere_and_reindexes(
    store: ConversationStore, subjects: SubjectData, aredis: aioredis.Redis
) -> None:
    await seed_people(store)
    # A turn that holds a value in clear (e.g. not recognised at the time).
    await seed(store, "acme", ALICE, ["my old mail was alice.martin@example.com"], {})
    alice = await store.subject_keys("acme", ALICE)
    ttl_before = await aredis.ttl(alice.vault)

    replaced = await subjects.rectify(
        "acme", ALICE, "alice.martin@example.com", "alice@martin.example"
    )
    assert replaced == 3  # the vault entry (same address, other case) and two turns

    state = await store.load("acme", ALICE)
    assert state.vault["<EMAIL_ADDRESS_1>"] == "alice@martin.example"
    assert state.vault["<PERSON_1>"] == "Alice Martin"
    assert all("alice.martin@example.com" not in t.text for t in state.turns)
    assert "my old mail was alice@martin.example" in [t.text for t in state.turns]
    assert 0 < ttl_before - 5 <= await aredis.ttl(alice.vault) <= ttl_before  # expiry kept

    assert await subjects.find("acme", SubjectRef(email=ALICE_EMAIL)) == []
    assert await subjects.find("acme", SubjectRef(email="ALICE@martin.example")) == [ALICE]
    assert (await subjects.export("acme", ALICE))["identifiers"]["emails"] == [
        "alice@martin.example"
    ]

    # A phone number, written differently from how it was stored.
    assert await subjects.rectify("acme", ALICE, "+40 722 123 456", "+40 733 999 888") == 1
    assert await subjects.find("acme", SubjectRef(phone="0722123456")) == []
    assert await subjects.find("acme", SubjectRef(phone="0733 999 888")) == [ALICE]
    assert await subjects.rectify("acme", ALICE, "not held anywhere", "x") == 0
    assert await subjects.rectify("acme", "never-wrote", "a", "b") == 0
    with pytest.raises(BadRequest):
        await subjects.rectify("acme", ALICE, "same", "same")
    # Bob is untouched.
    assert (await store.load("acme", BOB)).vault == BOB_VAULT


async def test_flags(store: ConversationStore, subjects: SubjectData) -> None:
    initial = await subjects.flags("acme", ALICE)
    assert (initial.restricted, initial.objected, initial.updated_at) == (False, False, None)
    restricted = await subjects.set_flags("acme", ALICE, restricted=True)
    assert restricted.restricted and not restricted.objected and restricted.updated_at
    both = await subjects.set_flags("acme", ALICE, objected=True)
    assert both.restricted and both.objected
    lifted = await subjects.set_flags("acme", ALICE, restricted=False)
    assert not lifted.restricted and lifted.objected
    assert await subjects.flags("acme", ALICE) == lifted
    assert not (await subjects.flags("acme", BOB)).objected
    assert await subjects.find("acme", SubjectRef(sender=ALICE)) == [ALICE]


async def test_seal_for_and_open_for(store: ConversationStore, subjects: SubjectData) -> None:
    await seed_people(store)
    sealed = await subjects.seal_for("acme", ALICE, b"filed by alice@example.com", b"req-1")
    assert b"alice" not in sealed
    assert await subjects.open_for("acme", ALICE, sealed, b"req-1") == b"filed by alice@example.com"
    with pytest.raises(IntegrityError):
        await subjects.open_for("acme", ALICE, sealed, b"req-2")  # bound to its aad
    with pytest.raises(IntegrityError):
        await subjects.open_for("acme", BOB, sealed, b"req-1")  # and to its subject
    assert await subjects.pseudonym("acme", ALICE) == (await store.subject_keys("acme", ALICE)).cid

    await subjects.erase("acme", ALICE)
    with pytest.raises(SubjectErased):
        await subjects.open_for("acme", ALICE, sealed, b"req-1")


async def test_subject_key_store_survives_racing_creators(
    store: ConversationStore, keys_dir: Path
) -> None:
    import asyncio

    stores = [SubjectKeyStore(keys_dir, store.keyring) for _ in range(8)]
    cid = (await store.subject_keys("acme", ALICE)).cid
    keys = await asyncio.gather(*(s.get_or_create("acme", cid) for s in stores))
    assert len(set(keys)) == 1
    assert [p.name for p in (keys_dir / "acme").iterdir()] == [f"{cid}.key"]  # no temp files
