"""Latency of redaction alone and of a whole chat turn (faq engine, real Redis), as a table.

Run with `make bench`. Uses REDIS_URL when set, else the embedded Redis in a temp folder.
"""

from __future__ import annotations

import asyncio
import os
import statistics
import tempfile
import time
import uuid
from collections.abc import Awaitable, Callable
from pathlib import Path

from bot.config.loader import load_tenants
from bot.runtime import Runtime
from bot.settings import Settings
from redaction.detector import get_detector

REPO = Path(__file__).resolve().parents[1]
MESSAGES = [
    "What are your opening hours?",
    "Hi, my name is John Miller and my email is john.miller@example.com",
    "Bună ziua, mă numesc Ion Popescu, telefon 0722 123 456",
    "IBAN-ul meu este RO49AAAA1B31007593840000 mulțumesc",
    "My card number is 4111 1111 1111 1111, can you check it?",
]
ROUNDS = 40


def _row(name: str, samples: list[float]) -> str:
    ms = sorted(s * 1000 for s in samples)
    p95 = ms[int(len(ms) * 0.95) - 1]
    p50 = statistics.median(ms)
    return f"| {name:<28} | {len(ms):>5} | {p50:>8.1f} | {p95:>8.1f} | {ms[-1]:>8.1f} |"


async def _measure(fn: Callable[[str], Awaitable[object]]) -> list[float]:
    samples = []
    for i in range(ROUNDS):
        message = MESSAGES[i % len(MESSAGES)]
        started = time.perf_counter()
        await fn(message)
        samples.append(time.perf_counter() - started)
    return samples


async def main() -> None:
    detector = get_detector()
    started = time.perf_counter()
    detector.warm_up()
    load_s = time.perf_counter() - started

    async def redact(message: str) -> object:
        return detector.detect(message, "en")

    with tempfile.TemporaryDirectory() as tmp:
        settings = Settings(
            config_dir=REPO / "configs",
            redis_url=os.environ.get("REDIS_URL"),
            data_dir=Path(tmp),
            key_prefix=f"allai-bench-{uuid.uuid4().hex[:8]}",
        )
        runtime = await Runtime.start(settings, load_tenants(settings.config_dir))
        sender = "bench"

        async def turn(message: str) -> object:
            return await runtime.handle_message("demo", sender, message)

        redaction = await _measure(redact)
        turns = await _measure(turn)
        await runtime.aclose()

    print(f"model load: {load_s:.2f} s")
    print("| what                         | count | p50 (ms) | p95 (ms) | max (ms) |")
    print("|------------------------------|-------|----------|----------|----------|")
    print(_row("redaction (detect only)", redaction))
    print(_row("chat turn (faq, Redis)", turns))


if __name__ == "__main__":
    asyncio.run(main())
