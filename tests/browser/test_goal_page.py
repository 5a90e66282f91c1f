"""The goal page is calm: a summary first, every form behind its own button."""

from __future__ import annotations

import pytest
from playwright.sync_api import expect

from .conftest import axe_violations
from .test_flows import SMART, sign_up

pytestmark = pytest.mark.browser


def test_a_fresh_goal_page_is_short_and_opens_each_form_on_demand(page, server):
    sign_up(page, server, "lugn")
    page.goto(f"{server}/goals/new/")
    page.fill("#id_text", SMART)
    page.get_by_role("button", name="Spara mål").click()
    page.wait_for_load_state("networkidle")  # the lazily loaded sections are in

    height = page.evaluate("document.documentElement.scrollHeight")
    assert height <= 2000, height
    summary = page.locator(".goal-summary")
    expect(summary.locator(".standing")).to_have_text("I fas")
    expect(summary).to_contain_text("Planera ditt första steg")
    expect(summary).to_contain_text("dagar kvar")
    for hidden in ("#id_milestone-title", "#id_step-title", "#id_checkin-value", "#id_who"):
        expect(page.locator(hidden)).to_be_hidden()
    assert axe_violations(page) == []

    page.get_by_text("Lägg till ett steg").click()
    page.fill("#id_step-title", "Boka provtillfälle")
    page.get_by_role("button", name="Lägg till steg").click()
    expect(page.locator(".steps")).to_contain_text("Boka provtillfälle")
    expect(page.locator("#id_step-title")).to_be_hidden()  # closed again once saved
    page.reload()
    expect(page.locator(".goal-summary")).to_contain_text("Boka provtillfälle")


def test_a_swede_writes_numbers_with_a_decimal_comma(page, server):
    sign_up(page, server, "komma")
    page.goto(f"{server}/goals/new/")
    page.fill("#id_text", SMART)
    page.get_by_role("button", name="Spara mål").click()
    page.get_by_text("Ange ett mått").click()
    page.fill("#id_metric-name", "Vikt på provet")
    page.fill("#id_metric-unit", "kg")
    expect(page.locator("#id_metric-baseline")).to_have_attribute("inputmode", "decimal")
    page.fill("#id_metric-baseline", "72,5")
    page.fill("#id_metric-target", "1 080,5")
    page.get_by_role("button", name="Spara mått").click()
    expect(page.locator(".metric-summary")).to_contain_text("från 72,5 till 1080,5 kg")
    page.get_by_text("Stäm av nu").click()
    page.fill("#id_checkin-value", "tio")  # no number: said, and what was typed stays
    page.get_by_role("button", name="Spara avstämning").click()
    expect(page.locator("#id_checkin-value")).to_have_value("tio")
    expect(page.locator("#followup")).to_contain_text("Fyll i ett tal")
    page.fill("#id_checkin-value", "75,25")
    page.get_by_role("button", name="Spara avstämning").click()
    expect(page.locator(".checkins")).to_contain_text("75,25 kg")
