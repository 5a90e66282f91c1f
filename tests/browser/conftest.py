"""A real server process and Debian's chromium, driven by Playwright.

The server is ``smarta serve`` in a child process on a free port with its own data folder
(SQLite), exactly as a person would start it. Chromium is the system one (/usr/bin/chromium);
Playwright never downloads a browser.
"""

from __future__ import annotations

import os
import shutil
import socket
import subprocess
import sys
import tempfile
import time
import urllib.request
from collections.abc import Iterator
from pathlib import Path

import pytest

CHROMIUM = shutil.which("chromium") or "/usr/bin/chromium"
CHROMIUM_FLAGS = [
    "--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
    "--disable-component-update", "--disable-quic", "--no-first-run", "--disable-sync",
]  # fmt: skip
AXE = Path(__file__).resolve().parents[2] / "node_modules" / "axe-core" / "axe.min.js"
SCREENSHOTS = Path(__file__).resolve().parents[2] / "docs" / "screenshots"


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


class Server(str):
    """The server's base URL, which also knows its data folder (for its mail, say)."""

    data_dir: Path


@pytest.fixture(scope="session")
def server() -> Iterator[Server]:
    port = _free_port()
    data = tempfile.mkdtemp(prefix="smarta-browser-")
    env = {
        **os.environ, "SMARTA_DATA_DIR": data, "SMARTA_DEBUG": "0",
        "SMARTA_EMAIL_BACKEND": "django.core.mail.backends.filebased.EmailBackend",
    }  # fmt: skip
    process = subprocess.Popen(
        [sys.executable, "-m", "smarta.cli", "serve", "--port", str(port)],
        env=env, stdout=subprocess.PIPE, stderr=subprocess.STDOUT,
    )  # fmt: skip
    url = Server(f"http://127.0.0.1:{port}")
    url.data_dir = Path(data)
    deadline = time.monotonic() + 60
    while True:
        try:
            urllib.request.urlopen(f"{url}/login/", timeout=2)
            break
        except OSError:
            if process.poll() is not None or time.monotonic() > deadline:
                output = process.stdout.read().decode() if process.stdout else ""
                raise RuntimeError(f"the server did not start:\n{output}") from None
            time.sleep(0.2)
    yield url
    process.terminate()
    process.wait(timeout=10)
    shutil.rmtree(data, ignore_errors=True)


@pytest.fixture(scope="session")
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
    """Save the page at desktop and phone size under docs/screenshots."""
    SCREENSHOTS.mkdir(parents=True, exist_ok=True)
    for width, height in ((1280, 800), (390, 844)):
        page.set_viewport_size({"width": width, "height": height})
        page.evaluate("window.scrollTo(0, 0)")
        page.screenshot(path=str(SCREENSHOTS / f"{name}-{width}.png"), full_page=False)
    page.set_viewport_size({"width": 1280, "height": 800})
