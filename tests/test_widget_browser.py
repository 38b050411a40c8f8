"""The website chat widget in a real browser, against the real server (a subprocess).

Only the remote LLM is a stand-in (``FakeLlm``): everything between the visitor's
keyboard and the LLM request is the code that ships.
"""

from __future__ import annotations

import json
import os
import socket
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import httpx
import pytest
from playwright.sync_api import Browser, Page, expect

from tests.support.app import REPO, llm_tenant
from tests.support.browser import DESKTOP, PHONE, browser_page, chromium, chromium_available
from tests.support.fake_llm import FakeLlm
from tests.support.server import cli_server

pytestmark = [
    pytest.mark.slow,
    # `make test` installs Debian's chromium; in CI a missing browser must fail, not skip.
    pytest.mark.skipif(
        not chromium_available() and not os.environ.get("CI"),
        reason="no Chromium on this machine (`make sysdeps` installs it)",
    ),
]

TENANT = "shop"
NAME = "Shop Ltd"
ARTIFACTS = REPO / "tests" / "artifacts"
SENDER_KEY = f"allai.{TENANT}.sender"
OUTBOX_KEY = f"allai.{TENANT}.outbox"
PII = "My name is John Miller, my email is john.miller@example.com"


@dataclass
class Server:
    base: str
    llm: FakeLlm


def _free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


@pytest.fixture
def server(
    tmp_path: Path, redis_url: str, key_prefix: str, data_dir: Path, fake_llm: FakeLlm
) -> Iterator[Server]:
    fake_llm.chunk_delay_s = 0.03  # slow enough to see the reply grow
    config = tmp_path / "configs"
    llm_tenant(
        config,
        TENANT,
        fake_llm.base_url,
        display_name=NAME,
        training={"allowed": True},
        privacy_notice_url="https://shop.example.com/privacy",
    )
    env = {k: v for k, v in os.environ.items() if not k.startswith("ALLAI_")}
    env.update(
        REDIS_URL=redis_url,
        ALLAI_KEY_PREFIX=key_prefix,
        ALLAI_DATA_DIR=str(data_dir),
        PYTHONUNBUFFERED="1",
    )
    with cli_server(config, env, timeout_s=60) as server:
        yield Server(server.base_url, fake_llm)
    assert "John Miller" not in server.log and "john.miller" not in server.log


@pytest.fixture(scope="module")
def browser() -> Iterator[Browser]:
    with chromium() as instance:
        yield instance


def _open(page: Page) -> None:
    page.get_by_role("button", name=f"Open chat with {NAME}").click()
    expect(page.get_by_role("dialog", name=f"Chat with {NAME}")).to_be_visible()


def _say(page: Page, text: str) -> None:
    page.get_by_label("Your message").fill(text)
    page.get_by_role("button", name="Send").click()


def _bubbles(page: Page, role: str) -> list[str]:
    return [t.strip() for t in page.locator(f".msg.{role} .text").all_inner_texts()]


def _focused(page: Page) -> str | None:
    """What has the focus inside the widget: an element's id, class or tag."""
    focused = page.evaluate(
        """() => {
            const host = document.querySelector('[data-allai-widget]');
            if (document.activeElement !== host) return null;
            const el = host.shadowRoot.activeElement;
            return el ? (el.id || el.className || el.tagName.toLowerCase()) : null;
        }"""
    )
    return None if focused is None else str(focused)


def test_chat_redacts_streams_opts_out_and_restores(server: Server, browser: Browser) -> None:
    console: list[str] = []
    urls: list[str] = []
    with browser_page(browser, viewport=DESKTOP, console=console) as (context, page):
        page.on("request", lambda request: urls.append(request.url))
        page.on("websocket", lambda ws: urls.append(ws.url))
        page.goto(f"{server.base}/t/{TENANT}/demo")
        expect(page).to_have_title(f"{NAME} — demo")
        page.get_by_role("button", name=f"Open chat with {NAME}").wait_for()
        ARTIFACTS.mkdir(exist_ok=True)
        page.screenshot(path=str(ARTIFACTS / "widget-closed.png"))
        _open(page)
        panel = page.get_by_role("dialog", name=f"Chat with {NAME}")
        expect(panel.get_by_role("heading", name=NAME)).to_be_visible()
        expect(panel).to_contain_text("you are talking to an AI, not a person")
        disclosure = httpx.get(f"{server.base}/t/{TENANT}/widget/config").json()["disclosure"]
        expect(page.locator(".msg.bot .text").first).to_have_text(disclosure["en"])
        expect(panel.locator("[aria-live=polite]")).to_have_count(1)
        expect(panel.get_by_role("link", name="Privacy notice")).to_have_attribute(
            "href", "https://shop.example.com/privacy"
        )
        expect(panel.get_by_role("button", name="Download my data")).to_be_visible()
        expect(panel.get_by_role("button", name="Delete my data")).to_be_visible()

        _say(page, PII)
        page.locator(".msg.bot.streaming").wait_for()  # the reply grows while it is generated
        reply = page.locator(".msg.bot:not(.streaming)").nth(1)
        expect(reply).to_contain_text("John Miller", timeout=15_000)
        expect(reply).to_contain_text("john.miller@example.com")
        # The disclosure is shown once, although the server's first reply begins with it.
        assert _bubbles(page, "bot") == [
            disclosure["en"],
            "You said: My name is John Miller, my email is john.miller@example.com",
        ]
        assert server.llm.streamed_chunks > 1
        received = server.llm.everything_received()
        assert "John Miller" not in received and "john.miller" not in received
        assert "<PERSON_1>" in received
        assert '"store": false' not in received

        opt_out = panel.get_by_label("Do not use my conversations to train AI")
        expect(opt_out).not_to_be_checked()
        with page.expect_response(f"**/t/{TENANT}/consent") as consent:
            opt_out.check()
        assert consent.value.json()["training"] is False
        sender = page.evaluate(f"localStorage.getItem('{SENDER_KEY}')")
        assert len(sender) >= 22  # 128 bits, base64url
        stored = httpx.post(f"{server.base}/t/{TENANT}/conversation", json={"sender": sender})
        assert stored.json()["training"] is False

        _say(page, "Thanks!")
        expect(page.locator(".msg.bot .text").nth(2)).to_have_text(
            "You said: Thanks!", timeout=15_000
        )
        assert server.llm.requests[-1].body.get("store") is False

        page.screenshot(path=str(ARTIFACTS / "widget-desktop.png"))

        page.reload()
        _open(page)
        expect(page.locator(".msg.bot")).to_have_count(3)  # disclosure + two replies
        assert _bubbles(page, "user") == [PII, "Thanks!"]
        assert "John Miller" in _bubbles(page, "bot")[1]
        expect(panel.get_by_label("Do not use my conversations to train AI")).to_be_checked()

        # Access (Art. 15/20): the visitor downloads everything held about them as a file.
        with page.expect_download() as download:
            panel.get_by_role("button", name="Download my data").click()
        export = json.loads(Path(download.value.path()).read_text(encoding="utf-8"))
        (held,) = export["subjects"]
        assert PII in [turn["text"] for turn in held["conversation"]["turns"]]  # own values
        assert held["consent"]["training"] is False
        expect(panel.locator(".msg.notice")).to_contain_text("has been downloaded")

        # Erasure (Art. 17): after confirming, nothing is left and the widget starts over.
        page.once("dialog", lambda dialog: dialog.accept())
        panel.get_by_role("button", name="Delete my data").click()
        expect(panel.locator(".msg.notice")).to_contain_text("has been deleted")
        assert _bubbles(page, "user") == []
        assert page.evaluate(f"localStorage.getItem('{SENDER_KEY}')") is None
        gone = httpx.post(f"{server.base}/t/{TENANT}/conversation", json={"sender": sender})
        assert gone.json()["messages"] == []
        assert gone.json()["training"] is True  # the opt-out went too: the tenant's default
        _say(page, "Hello again")
        expect(page.locator(".msg.bot .text").nth(1)).to_have_text(
            "You said: Hello again", timeout=15_000
        )
        assert page.evaluate(f"localStorage.getItem('{SENDER_KEY}')") not in (None, sender)

    assert not any(sender in url for url in urls), "the sender id appeared in a URL"
    assert not any(sender in line for line in console), "the sender id was logged"
    assert not [line for line in console if line.startswith("pageerror")], console


def test_keyboard_only_network_loss_and_phone(server: Server, browser: Browser) -> None:
    console: list[str] = []
    with browser_page(browser, viewport=DESKTOP, console=console) as (context, page):
        page.goto(f"{server.base}/t/{TENANT}/demo")
        page.get_by_role("button", name=f"Open chat with {NAME}").wait_for()

        # Keyboard only: Tab to the launcher, Enter opens, focus is in the panel.
        for _ in range(20):
            page.keyboard.press("Tab")
            if _focused(page) == "launcher":
                break
        assert _focused(page) == "launcher"
        page.keyboard.press("Enter")
        panel = page.get_by_role("dialog", name=f"Chat with {NAME}")
        expect(panel).to_be_visible()
        assert _focused(page) == "allai-input"
        page.keyboard.press("Shift+Tab")
        assert _focused(page) == "close"
        page.keyboard.press("Tab")
        page.keyboard.type("Hello")
        page.keyboard.press("Enter")
        expect(page.locator(".msg.bot .text").nth(1)).to_have_text(
            "You said: Hello", timeout=15_000
        )
        page.keyboard.press("Tab")
        assert _focused(page) == "button"  # Send, then the privacy controls
        page.keyboard.press("Tab")
        assert _focused(page) == "allai-training"
        page.keyboard.press("Escape")
        expect(panel).to_be_hidden()
        assert _focused(page) == "launcher"
        page.keyboard.press("Enter")
        expect(panel).to_be_visible()

        # Network loss: the message waits, then is delivered exactly once.
        context.set_offline(True)
        expect(panel.get_by_role("status")).to_contain_text("Reconnecting")
        _say(page, "Where is my order?")
        expect(page.locator(".msg.user").last).to_contain_text("Sending")
        assert "Where is my order?" in page.evaluate(f"localStorage.getItem('{OUTBOX_KEY}')")
        context.set_offline(False)
        expect(page.locator(".msg.bot .text").nth(2)).to_have_text(
            "You said: Where is my order?", timeout=15_000
        )
        expect(panel.get_by_role("status")).to_be_hidden()
        expect(page.locator(".msg.user").last).not_to_contain_text("Sending")
        assert page.evaluate(f"localStorage.getItem('{OUTBOX_KEY}')") is None
        asked = [
            r
            for r in server.llm.requests
            if "Where is my order?" in r.body["messages"][-1]["content"]
        ]
        assert len(asked) == 1
        assert _bubbles(page, "user").count("Where is my order?") == 1
        assert _bubbles(page, "bot").count("You said: Where is my order?") == 1

        # A phone: the panel fills the screen.
        page.set_viewport_size(PHONE)
        box = panel.bounding_box()
        assert box is not None
        assert (box["x"], box["y"], box["width"], box["height"]) == (0, 0, 375, 667)
        ARTIFACTS.mkdir(exist_ok=True)
        page.screenshot(path=str(ARTIFACTS / "widget-phone.png"))
    assert not [line for line in console if line.startswith("pageerror")], console


def test_romanian_visitor_gets_romanian_texts(server: Server, browser: Browser) -> None:
    with browser_page(browser, viewport=PHONE, locale="ro-RO") as (context, page):
        page.goto(f"{server.base}/t/{TENANT}/demo")
        page.get_by_role("button", name=f"Deschide conversația cu {NAME}").click()
        panel = page.get_by_role("dialog", name=f"Conversație cu {NAME}")
        expect(panel).to_contain_text("vorbiți cu un AI, nu cu un om")
        expect(
            panel.get_by_label("Nu folosiți conversațiile mele pentru antrenarea AI")
        ).to_be_visible()
        _say_ro = panel.get_by_label("Mesajul dumneavoastră")
        _say_ro.fill("Bună ziua, unde este comanda mea?")
        _say_ro.press("Enter")
        expect(page.locator(".msg.bot").nth(1)).to_contain_text("comanda mea", timeout=15_000)
        assert len(page.locator(".msg.bot").all()) == 2  # the disclosure once, then the reply
        assert server.llm.requests[-1].body["messages"][0]["content"].endswith("Romanian.")
