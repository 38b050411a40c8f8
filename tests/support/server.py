"""A real HTTP server (uvicorn) running our app in a thread, for channel tests."""

from __future__ import annotations

import socket
import subprocess
import sys
import threading
import time
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path

import httpx
import uvicorn

from bot.http.app import create_app
from bot.settings import Settings

REPO = Path(__file__).resolve().parents[2]


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


@contextmanager
def running_server(
    config_dir: Path, redis_url: str, key_prefix: str, data_dir: Path
) -> Iterator[str]:
    """Serve the app on a free loopback port; yields its base URL."""
    settings = Settings(
        config_dir=config_dir, redis_url=redis_url, data_dir=data_dir, key_prefix=key_prefix
    )
    port = free_port()
    config = uvicorn.Config(
        create_app(settings), host="127.0.0.1", port=port, log_config=None, access_log=False
    )
    server = uvicorn.Server(config)
    thread = threading.Thread(target=server.run, daemon=True)
    thread.start()
    deadline = time.monotonic() + 60
    while not server.started:
        if not thread.is_alive() or time.monotonic() > deadline:
            raise RuntimeError("the test server did not start")
        time.sleep(0.05)
    try:
        yield f"http://127.0.0.1:{port}"
    finally:
        server.should_exit = True
        thread.join(timeout=30)


@dataclass
class CliServer:
    """``allai serve`` as a subprocess; ``log`` holds all it printed once it stopped."""

    base_url: str
    process: subprocess.Popen[str]
    log: str = ""


@contextmanager
def cli_server(
    config: Path | str, env: dict[str, str], timeout_s: float = 120
) -> Iterator[CliServer]:
    """Start ``python -m bot.cli serve`` on a free port and wait until /healthz says ok."""
    port = free_port()
    process = subprocess.Popen(
        [sys.executable, "-m", "bot.cli", "serve", "--config", str(config), "--port", str(port)],
        cwd=REPO,
        env=env,
        stdout=subprocess.PIPE,
        stderr=subprocess.STDOUT,
        text=True,
    )
    server = CliServer(f"http://127.0.0.1:{port}", process)
    try:
        deadline = time.monotonic() + timeout_s
        while True:
            try:
                if httpx.get(f"{server.base_url}/healthz").status_code == 200:
                    break
            except httpx.TransportError:
                pass
            if process.poll() is not None:
                raise RuntimeError("the server exited before it was ready")
            if time.monotonic() > deadline:
                raise RuntimeError("the server did not come up in time")
            time.sleep(0.2)
        yield server
    finally:
        process.terminate()
        server.log, _ = process.communicate(timeout=30)
