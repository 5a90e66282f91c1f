"""A new person's first minutes: sign up, a welcome, a first goal from an example, the
checklist on the overview ticking as the plan grows."""

from __future__ import annotations

import re

import pytest
from playwright.sync_api import expect

from .conftest import axe_violations, screenshot
from .test_flows import PASSWORD

pytestmark = pytest.mark.browser


@pytest.mark.parametrize(("locale", "words"), [
    ("sv-SE", {"create": "Skapa konto", "welcome": "Välkommen till Smarta, Ada Lind",
               "example": "Utgå från ett exempel", "take": "^Utgå från: ",
               "save": "Spara mål", "overview": "Översikt", "first": "Skriv ditt första mål",
               "plan": "Lägg till ett delmål och ett första steg" }),
    ("en-GB", {"create": "Create account", "welcome": "Welcome to Smarta, Ada Lind",
               "example": "Start from an example", "take": "^Start from: ",
               "save": "Save goal", "overview": "Overview", "first": "Write your first goal",
               "plan": "Add a milestone and a first step" }),
])  # fmt: skip
def test_sign_up_welcome_first_goal_from_an_example_and_the_checklist(
    browser, server, locale, words
):
    context = browser.new_context(locale=locale, viewport={"width": 390, "height": 844})
    page = context.new_page()
    page.set_default_timeout(15_000)
    page.goto(f"{server}/signup/")
    page.fill("#id_first_name", "Ada")
    page.fill("#id_last_name", "Lind")
    page.fill("#id_username", f"ada-{locale}")
    page.fill("#id_email", f"ada-{locale}@example.org")
    page.fill("#id_password1", PASSWORD)
    page.fill("#id_password2", PASSWORD)
    page.get_by_role("button", name=words["create"]).click()

    expect(page.get_by_role("heading", level=1)).to_have_text(words["welcome"])
    assert axe_violations(page) == []
    screenshot(page, f"welcome-{locale[:2]}")
    page.get_by_role("link", name=words["example"]).click()
    page.get_by_role("link", name=re.compile(words["take"])).first.click()
    expect(page.locator("#id_text")).not_to_have_value("")
    expect(page.locator("#smart-check .criterion.ok")).to_have_count(3)  # examples are SMART
    page.get_by_role("button", name=words["save"]).click()
    expect(page.locator(".goal-summary")).to_be_visible()

    page.goto(f"{server}/")
    checklist = page.locator(".checklist")
    expect(checklist.locator("li.is-done")).to_have_count(1)
    expect(checklist.locator("li.is-done")).to_contain_text(words["first"])
    checklist.get_by_role("link", name=words["plan"]).click()
    page.get_by_text(re.compile("Lägg till ett delmål|Add a milestone")).first.click()
    page.fill("#id_milestone-title", "Halfway")
    page.fill("#id_milestone-due", "2027-03-01")
    page.locator("#plan form.plan-add button[type=submit]").first.click()
    expect(page.locator(".milestones")).to_contain_text("Halfway")
    page.get_by_text(re.compile("Lägg till ett steg|Add a step")).first.click()
    page.fill("#id_step-title", "Book the room")
    page.locator("#plan form.plan-add button[type=submit]").last.click()
    expect(page.locator(".steps")).to_contain_text("Book the room")
    page.goto(f"{server}/")
    expect(page.locator(".checklist li.is-done")).to_have_count(2)
    assert axe_violations(page) == []
    screenshot(page, f"checklist-{locale[:2]}")
    context.close()
