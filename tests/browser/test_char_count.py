"""The goal text's live character count, in a real browser (it is script: the CSP allows
only the app's own files)."""

from __future__ import annotations

import pytest
from playwright.sync_api import expect

from smarta import limits

from .test_flows import sign_up

pytestmark = pytest.mark.browser


def test_the_goal_text_counts_its_characters_up_to_the_limit(page, server):
    errors: list[str] = []
    page.on(
        "console", lambda message: errors.append(message.text) if message.type == "error" else None
    )
    sign_up(page, server, "tove")
    page.goto(f"{server}/goals/new/")
    count = page.locator("#text-count")
    expect(count).to_have_text(f"0 / {limits.GOAL_TEXT}")
    page.fill("#id_text", "Läsa 3 böcker")
    expect(count).to_have_text(f"13 / {limits.GOAL_TEXT}")
    page.fill("#id_text", "x" * (limits.GOAL_TEXT + 50))  # fill() obeys maxlength as typing does
    expect(count).to_have_text(f"{limits.GOAL_TEXT} / {limits.GOAL_TEXT}")
    expect(count).to_have_class("muted char-count at-limit")
    assert not [e for e in errors if "Content Security Policy" in e], errors
