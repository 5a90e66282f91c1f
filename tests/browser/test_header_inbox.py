"""The header at phone and desktop widths, and the bell telling each side what happened."""

from __future__ import annotations

import re

import pytest
from playwright.sync_api import expect

from .conftest import axe_violations, screenshot
from .test_together import import_people, sign_up

pytestmark = pytest.mark.browser

GOAL = "Jag ska hålla fyra kundworkshops om den nya tjänsten senast den 31 maj 2027."


def _links_in_view(page) -> list[str]:
    """The header's links and menu buttons that lie (even partly) outside the window."""
    return page.evaluate(
        """() => [...document.querySelectorAll('.topbar a, .topbar summary')]
            .filter(e => e.offsetParent !== null)
            .filter(e => { const r = e.getBoundingClientRect();
                           return r.left < 0 || r.right > window.innerWidth; })
            .map(e => e.textContent.trim())"""
    )


@pytest.mark.parametrize("width", [320, 390, 1024, 1280])
def test_the_header_fits_every_width(browser, server, width, tmp_path):
    context, page = sign_up(browser, server, f"w{width}@example.org")
    page.set_viewport_size({"width": width, "height": 800})
    page.reload()
    assert page.evaluate("document.documentElement.scrollWidth") <= width
    assert _links_in_view(page) == []
    top = page.locator(".topbar nav > ul > li").count() + 1  # and the person's menu
    assert top <= 6
    # every menu opens within the window; Escape closes it, opening another closes the first
    page.locator(".menu.person > summary").click()
    expect(page.get_by_role("link", name="My data")).to_be_visible()
    assert _links_in_view(page) == []
    page.keyboard.press("Escape")
    expect(page.get_by_role("link", name="My data")).to_be_hidden()
    page.get_by_text("My development").click()
    expect(page.get_by_role("link", name="Where I stand")).to_be_visible()
    assert _links_in_view(page) == []
    page.locator(".menu.person > summary").click()
    expect(page.get_by_role("link", name="Where I stand")).to_be_hidden()
    context.close()


@pytest.mark.parametrize("language", ["en", "sv"])
def test_the_bell_tells_the_manager_of_a_share_and_the_owner_of_the_approval(
    browser, server, tmp_path, language
):
    owner_mail, boss_mail = f"anna-{language}@example.org", f"boss-{language}@example.org"
    owner_context, owner = sign_up(browser, server, owner_mail)
    manager_context, manager = sign_up(browser, server, boss_mail)
    import_people(
        server, tmp_path, [(owner_mail, "Anna Ek", boss_mail), (boss_mail, "Bo Chef", "")]
    )
    if language == "sv":
        for page in (owner, manager):
            page.locator(".menu.person > summary").click()
            page.get_by_role("button", name="Svenska").click()
    share, approve, inbox = {
        "en": ("Share with my manager", "Approve", "Inbox"),
        "sv": ("Dela med min chef", "Godkänn", "Inkorg"),
    }[language]

    owner.goto(f"{server}/goals/new/")
    owner.fill("#id_text", GOAL)
    owner.locator("button[type=submit].primary").click()
    owner.get_by_role("button", name=share).click()

    manager.goto(f"{server}/")
    expect(manager.locator(".bell .count")).to_have_text("1")
    manager.locator(".bell").click()
    expect(manager.get_by_role("heading", name=inbox)).to_be_visible()
    assert axe_violations(manager) == []
    screenshot(manager, f"inbox-{language}")
    manager.get_by_role("link", name=re.compile("kundworkshops")).click()
    manager.get_by_role("button", name=approve).click()
    expect(manager.locator(".bell .count")).to_have_count(0)  # read when opened

    owner.goto(f"{server}/")
    expect(owner.locator(".bell .count")).to_have_text("1")
    owner_context.close()
    manager_context.close()
