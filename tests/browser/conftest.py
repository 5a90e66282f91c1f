"""A real server process and Debian's chromium, driven by Playwright.

The server is ``smarta serve`` in a child process on a free port with its own data folder
(SQLite), exactly as a person would start it (tests/servers.py). Chromium is the system one
(/usr/bin/chromium); Playwright never downloads a browser.
"""

from __future__ import annotations

import os
import shutil
from collections.abc import Iterator
from pathlib import Path

import pytest

from tests.servers import Server

CHROMIUM = shutil.which("chromium") or "/usr/bin/chromium"
CHROMIUM_FLAGS = [
    "--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
    "--disable-component-update", "--disable-quic", "--no-first-run", "--disable-sync",
]  # fmt: skip
AXE = Path(__file__).resolve().parents[2] / "node_modules" / "axe-core" / "axe.min.js"
# Pictures for the README are taken only by `make screenshots`, which names the folder: a
# test run must leave the tracked files as they were.
SCREENSHOTS = os.environ.get("SMARTA_SCREENSHOTS")


class BaseUrl(str):
    """The server's base URL, which also knows its data folder (for its mail, say)."""

    data_dir: Path


@pytest.fixture(scope="session")
def server() -> Iterator[BaseUrl]:
    process = Server().start()
    url = BaseUrl(process.url)
    url.data_dir = process.data_dir
    yield url
    process.stop()


# One browser a test module, not a session: while Playwright runs, its event loop is this
# thread's, and Django refuses database calls from a thread with a running loop, so the
# next module on this worker (a database test) must not find it still running.
@pytest.fixture(scope="module")
def browser():
    from playwright.sync_api import expect, sync_playwright

    # this machine is slow and shared: give every expectation the same patience as actions
    expect.set_options(timeout=15_000)

    if not Path(CHROMIUM).exists():
        pytest.fail("Debian's chromium is missing: run `make test`, which installs it")
    with sync_playwright() as p:
        browser = p.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_FLAGS)
        yield browser
        browser.close()


@pytest.fixture
def page(browser):
    context = browser.new_context(viewport={"width": 1280, "height": 800}, locale="sv-SE")
    page = context.new_page()
    page.set_default_timeout(15_000)
    yield page
    context.close()


def axe_violations(page, impacts=("serious", "critical")) -> list[dict]:
    """axe-core's serious and critical findings on the current page."""
    page.evaluate(AXE.read_text(encoding="utf-8"))  # evaluated, so the CSP does not apply
    result = page.evaluate("async () => await axe.run(document)")
    return [
        {"id": v["id"], "impact": v["impact"], "nodes": [n["target"] for n in v["nodes"]][:5]}
        for v in result["violations"]
        if v["impact"] in impacts
    ]


def screenshot(page, name: str) -> None:
    """Save the page at desktop and phone size in $SMARTA_SCREENSHOTS, when it is set."""
    if not SCREENSHOTS:
        return
    folder = Path(SCREENSHOTS)
    folder.mkdir(parents=True, exist_ok=True)
    for width, height in ((1280, 800), (390, 844)):
        page.set_viewport_size({"width": width, "height": height})
        page.evaluate("window.scrollTo(0, 0)")
        page.screenshot(path=str(folder / f"{name}-{width}.png"), full_page=False)
    page.set_viewport_size({"width": 1280, "height": 800})
