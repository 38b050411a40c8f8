"""A real browser for end-to-end tests: the system Chromium driven by Playwright.

Playwright's own browser downloads are never used: ``CHROMIUM`` (default
``/usr/bin/chromium``) is launched with flags that keep it offline and quiet.
"""

from __future__ import annotations

import os
import shutil
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from playwright.sync_api import Browser, BrowserContext, Page, ViewportSize, sync_playwright

CHROMIUM = os.environ.get("CHROMIUM", "/usr/bin/chromium")
FLAGS = [
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
]
DESKTOP: ViewportSize = {"width": 1280, "height": 800}
PHONE: ViewportSize = {"width": 375, "height": 667}


def chromium_available() -> bool:
    return shutil.which(CHROMIUM) is not None or Path(CHROMIUM).is_file()


@contextmanager
def chromium() -> Iterator[Browser]:
    """One headless Chromium. Playwright gives it a fresh temporary profile and removes
    it afterwards (it refuses a ``--user-data-dir`` flag for that reason)."""
    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=CHROMIUM, args=FLAGS)
        try:
            yield browser
        finally:
            browser.close()


@contextmanager
def browser_page(
    browser: Browser,
    *,
    viewport: ViewportSize | None = None,
    locale: str = "en-GB",
    console: list[str] | None = None,
) -> Iterator[tuple[BrowserContext, Page]]:
    """A new context (its own localStorage) and a page in it. Console lines and page
    errors are appended to ``console`` when given, so a test can check what was logged."""
    context = browser.new_context(viewport=viewport or DESKTOP, locale=locale)
    context.set_default_timeout(15_000)
    page = context.new_page()
    if console is not None:
        page.on("console", lambda message: console.append(message.text))
        page.on("pageerror", lambda error: console.append(f"pageerror: {error}"))
    try:
        yield context, page
    finally:
        context.close()
