"""A local OpenAI-compatible chat-completions server that records what crosses the boundary.

It is the only stand-in our tests use: the remote LLM. By default it answers by
echoing the last user message, so placeholders come back and re-identification can
be checked end to end.
"""

from __future__ import annotations

import json
import threading
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any

Responder = Callable[[dict[str, Any]], str]


def echo_last_user_message(body: dict[str, Any]) -> str:
    users = [m["content"] for m in body.get("messages", []) if m.get("role") == "user"]
    return f"You said: {users[-1]}" if users else "Hello"


@dataclass
class RecordedRequest:
    path: str
    headers: dict[str, str]
    body: dict[str, Any]


@dataclass
class FakeLlm:
    responder: Responder = echo_last_user_message
    fail_with_status: int | None = None
    before_reply: Callable[[], None] | None = None
    requests: list[RecordedRequest] = field(default_factory=list)
    chunk_chars: int = 4  # streamed answers come in pieces this long
    chunk_delay_s: float = 0.0
    streamed_chunks: int = 0
    _server: ThreadingHTTPServer | None = None

    @property
    def base_url(self) -> str:
        assert self._server is not None
        host, port = self._server.server_address[:2]
        return f"http://{host!s}:{port}/v1"

    def everything_received(self) -> str:
        """All bodies and headers the LLM ever received, as one string to search."""
        return "\n".join(json.dumps(r.body) + json.dumps(r.headers) for r in self.requests)

    def start(self) -> FakeLlm:
        fake = self

        class Handler(BaseHTTPRequestHandler):
            def log_message(self, format: str, *args: Any) -> None:
                pass

            def do_POST(self) -> None:
                length = int(self.headers.get("content-length", "0"))
                body = json.loads(self.rfile.read(length) or b"{}")
                fake.requests.append(RecordedRequest(self.path, dict(self.headers), body))
                if fake.before_reply is not None:
                    fake.before_reply()
                if fake.fail_with_status is not None:
                    self._send(fake.fail_with_status, {"error": {"message": "injected"}})
                    return
                if not self.path.endswith("/chat/completions"):
                    self._send(404, {"error": {"message": "not found"}})
                    return
                content = fake.responder(body)
                if body.get("stream"):
                    self._stream(body, content)
                    return
                self._send(
                    200,
                    {
                        "id": "chatcmpl-fake",
                        "object": "chat.completion",
                        "created": int(time.time()),
                        "model": body.get("model", "fake"),
                        "choices": [
                            {
                                "index": 0,
                                "message": {"role": "assistant", "content": content},
                                "finish_reason": "stop",
                            }
                        ],
                        "usage": {"prompt_tokens": 1, "completion_tokens": 1, "total_tokens": 2},
                    },
                )

            def _stream(self, body: dict[str, Any], content: str) -> None:
                """Server-sent events, a few characters per chunk, like a real model."""
                self.send_response(200)
                self.send_header("content-type", "text/event-stream")
                self.end_headers()
                pieces = [
                    content[i : i + fake.chunk_chars]
                    for i in range(0, len(content), fake.chunk_chars)
                ]
                for piece in pieces:
                    chunk = {
                        "id": "chatcmpl-fake",
                        "object": "chat.completion.chunk",
                        "created": int(time.time()),
                        "model": body.get("model", "fake"),
                        "choices": [
                            {"index": 0, "delta": {"content": piece}, "finish_reason": None}
                        ],
                    }
                    self.wfile.write(f"data: {json.dumps(chunk)}\n\n".encode())
                    self.wfile.flush()
                    if fake.chunk_delay_s:
                        time.sleep(fake.chunk_delay_s)
                self.wfile.write(b"data: [DONE]\n\n")
                self.wfile.flush()
                fake.streamed_chunks += len(pieces)

            def _send(self, status: int, payload: dict[str, Any]) -> None:
                data = json.dumps(payload).encode()
                self.send_response(status)
                self.send_header("content-type", "application/json")
                self.send_header("content-length", str(len(data)))
                self.end_headers()
                self.wfile.write(data)

        self._server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        threading.Thread(target=self._server.serve_forever, daemon=True).start()
        return self

    def stop(self) -> None:
        if self._server is not None:
            self._server.shutdown()
            self._server.server_close()
