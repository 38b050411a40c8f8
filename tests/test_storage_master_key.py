"""Where the master key comes from, and what is refused."""

from __future__ import annotations

import base64
import logging
import os
import stat
from pathlib import Path

import pytest

from bot.errors import ConfigError
from storage.master_key import ENV_VAR, KEY_FILE_NAME, load_master_key


@pytest.fixture(autouse=True)
def _no_env_key(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv(ENV_VAR, raising=False)


def test_env_key_is_used(monkeypatch: pytest.MonkeyPatch, data_dir: Path) -> None:
    key = os.urandom(32)
    monkeypatch.setenv(ENV_VAR, base64.b64encode(key).decode())
    assert load_master_key(data_dir) == key
    assert load_master_key(None) == key
    assert not (data_dir / KEY_FILE_NAME).exists()


@pytest.mark.parametrize(
    ("value", "problem"),
    [
        pytest.param("s3cr3t-not-base64!!", "not valid standard base64", id="not base64"),
        pytest.param(
            base64.urlsafe_b64encode(b"\xfb" * 32).decode(),
            "not valid standard base64",
            id="urlsafe",
        ),
        pytest.param(base64.b64encode(b"k" * 16).decode(), "16 bytes", id="too short"),
        pytest.param(base64.b64encode(b"k" * 33).decode(), "33 bytes", id="too long"),
        pytest.param("", "empty", id="empty"),
    ],
)
def test_bad_env_key_is_refused_without_echo(
    monkeypatch: pytest.MonkeyPatch, data_dir: Path, value: str, problem: str
) -> None:
    monkeypatch.setenv(ENV_VAR, value)
    with pytest.raises(ConfigError) as info:
        load_master_key(data_dir)
    assert info.value.path == ENV_VAR
    assert problem in str(info.value)
    if value:
        assert value not in str(info.value)
    assert info.value.__cause__ is None
    assert not (data_dir / KEY_FILE_NAME).exists()


def test_generated_key_file(data_dir: Path, caplog: pytest.LogCaptureFixture) -> None:
    with caplog.at_level(logging.WARNING, logger="storage.master_key"):
        key = load_master_key(data_dir)
    path = data_dir / KEY_FILE_NAME
    assert len(key) == 32
    assert stat.S_IMODE(path.stat().st_mode) == 0o600
    assert base64.b64decode(path.read_text().strip()) == key
    assert load_master_key(data_dir) == key  # the second start reuses it
    assert [p.name for p in data_dir.iterdir()] == [KEY_FILE_NAME]  # no temporary files left

    (warning, *_) = [r for r in caplog.records if r.levelno == logging.WARNING]
    message = warning.getMessage()
    assert str(path) in message
    assert f"production must set {ENV_VAR}" in message
    for record in caplog.records:
        assert base64.b64encode(key).decode() not in record.getMessage()


@pytest.mark.parametrize("mode", [0o644, 0o640, 0o604])
def test_key_file_open_to_others_is_refused(data_dir: Path, mode: int) -> None:
    load_master_key(data_dir)
    path = data_dir / KEY_FILE_NAME
    path.chmod(mode)
    with pytest.raises(ConfigError) as info:
        load_master_key(data_dir)
    assert info.value.path == str(path)
    assert "chmod 600" in str(info.value)


def test_corrupt_key_file_is_refused(data_dir: Path) -> None:
    path = data_dir / KEY_FILE_NAME
    fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
    os.write(fd, base64.b64encode(b"short"))
    os.close(fd)
    with pytest.raises(ConfigError, match="5 bytes"):
        load_master_key(data_dir)


def test_no_env_and_no_data_dir_is_refused() -> None:
    with pytest.raises(ConfigError) as info:
        load_master_key(None)
    assert info.value.path == ENV_VAR
