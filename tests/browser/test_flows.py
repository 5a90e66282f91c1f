"""What a person clicks through, in a real browser against a real server."""

from __future__ import annotations

import json
import re
import subprocess
from datetime import date, timedelta

import pytest
from playwright.sync_api import expect

from tests.servers import call

from .conftest import axe_violations, screenshot

pytestmark = pytest.mark.browser

PASSWORD = "ett långt lösenord 2027"
VAGUE = "Bli bättre på Excel"
SMART = (
    "Jag ska klara Microsofts Excel-certifiering MO-200 med minst 800 poäng senast den 15 maj 2027."
)

OTHER_GOALS = (
    "Jag ska hålla en intern workshop om pivottabeller för ekonomiteamet i mars.",
    "Bli bättre på att presentera",
)


def sign_up(page, server: str, username: str) -> None:
    page.goto(f"{server}/signup/")
    page.fill("#id_username", username)
    page.fill("#id_email", f"{username}@example.org")
    page.fill("#id_password1", PASSWORD)
    page.fill("#id_password2", PASSWORD)
    page.get_by_role("button", name="Skapa konto").click()
    expect(page.get_by_role("heading", name=re.compile("Välkommen till Smarta"))).to_be_visible()
    page.get_by_role("link", name="Till översikten").click()
    expect(page.get_by_role("heading", name="Översikt")).to_be_visible()


def switch_language(page, name: str) -> None:
    """The language is chosen in the person's menu at the right of the header."""
    page.locator(".menu.person > summary").click()
    page.get_by_role("button", name=name).click()


def test_a_person_writes_a_smart_goal_and_follows_it_up(page, server, tmp_path):
    sign_up(page, server, "maja")

    # A vague goal: S, M and T are flagged, each with a suggestion.
    page.get_by_role("link", name="Nytt mål").first.click()
    page.wait_for_load_state()  # htmx (deferred) wires the live check on load
    page.fill("#id_text", VAGUE)
    check = page.locator("#smart-check")
    expect(check.locator(".criterion.no")).to_have_count(3)
    expect(check).to_contain_text("”bättre” pekar ut en riktning")
    expect(check).to_contain_text("Lägg till ett slutdatum")

    # Rewritten as a SMART goal: every mark passes and the deadline is taken.
    page.fill("#id_text", SMART)
    expect(check.locator(".criterion.ok")).to_have_count(3)
    page.get_by_role("button", name="Använd det här slutdatumet").click()
    expect(page.locator("#id_deadline")).to_have_value("2027-05-15")
    page.fill("#id_motivation", "8")
    page.fill("#id_likelihood", "7")
    page.get_by_role("button", name="Spara mål").click()
    expect(page.get_by_role("heading", level=1)).to_contain_text("MO-200")
    goal_url = page.url

    add_plan_and_checkins(page)

    # The chart is drawn from the three check-ins.
    chart = page.locator(".chart svg")
    expect(chart).to_be_visible()
    expect(chart.locator("circle")).to_have_count(3)
    page.reload()  # the progress in the side card is drawn with the page
    screenshot(page, "goal")

    # The same page in English.
    switch_language(page, "English")
    expect(page.get_by_role("heading", name="SMART check")).to_be_visible()
    expect(page.locator("html")).to_have_attribute("lang", "en")
    switch_language(page, "Svenska")

    for text in OTHER_GOALS:  # a fuller overview for the screenshot
        page.goto(f"{server}/goals/new/")
        page.fill("#id_text", text)
        page.get_by_role("button", name="Spara mål").click()
        expect(page.locator(".goal-sentence")).to_have_text(text)
    page.goto(f"{server}/")
    expect(page.locator(".goal-row")).to_have_count(1 + len(OTHER_GOALS))
    # at 1280 px the links and the language/log-out tools share the top bar's one row
    nav = page.locator(".topbar nav").bounding_box()
    tools = page.locator(".topbar-tools").bounding_box()
    assert nav and tools and abs(nav["y"] - tools["y"]) < nav["height"], (nav, tools)
    screenshot(page, "dashboard")

    export_pdf_and_json(page, server, tmp_path)
    assert page.url.startswith(server) and goal_url


def add_plan_and_checkins(page) -> None:
    """A milestone, two steps, a metric and three check-ins, through the goal page's forms:
    each opens on demand and closes once saved."""
    page.get_by_text("Lägg till ett delmål").click()
    page.fill("#id_milestone-title", "Övningsprov klart")
    page.fill("#id_milestone-due", "2027-03-01")
    page.get_by_role("button", name="Lägg till delmål").click()
    expect(page.locator(".milestones")).to_contain_text("Övningsprov klart")
    expect(page.locator("#id_milestone-title")).to_be_hidden()
    for title in ("Boka provtillfälle", "Gå igenom pivottabeller"):
        page.get_by_text("Lägg till ett steg").click()
        page.fill("#id_step-title", title)
        page.fill("#id_step-due", "2027-02-01")
        page.get_by_role("button", name="Lägg till steg").click()
        expect(page.locator(".steps")).to_contain_text(title)
    page.wait_for_load_state("networkidle")  # the step's htmx swaps are all in
    page.get_by_text("Ange ett mått").click()
    page.fill("#id_metric-name", "Poäng på övningsprov")
    page.fill("#id_metric-unit", "poäng")
    page.fill("#id_metric-baseline", "550")
    page.fill("#id_metric-target", "800")
    page.get_by_role("button", name="Spara mått").click()
    expect(page.locator(".metric-summary")).to_contain_text("Poäng på övningsprov")
    for day, value in (("2026-11-01", "600"), ("2026-11-15", "650"), ("2026-11-25", "700")):
        page.get_by_text("Stäm av nu").click()
        page.fill("#id_checkin-day", day)
        page.fill("#id_checkin-value", value)
        page.fill("#id_checkin-note", f"Övningsprov {value}")
        page.get_by_role("button", name="Spara avstämning").click()
        expect(page.locator(".checkins")).to_contain_text(f"Övningsprov {value}")


def test_the_goal_page_lists_the_latest_check_ins_and_shows_all_on_request(page, server):
    sign_up(page, server, "kalle")
    page.get_by_role("link", name="Nytt mål").first.click()
    page.wait_for_load_state()  # htmx (deferred) wires the live check on load
    page.fill("#id_text", SMART)
    page.get_by_role("button", name="Spara mål").click()
    goal_url = page.url
    goal = int(goal_url.rstrip("/").rsplit("/", 1)[1])
    status, answer = call(
        "POST", f"{server}/api/v1/token", {"username": "kalle", "password": PASSWORD}
    )
    assert status == 201, answer
    for week in range(12):  # weekly from Monday 5 January 2026
        day = date(2026, 1, 5) + timedelta(weeks=week)
        body = {"day": day.isoformat(), "value": 600 + week, "note": f"Vecka {week:02}"}
        status, _ = call("POST", f"{server}/api/v1/goals/{goal}/checkins", body, answer["token"])
        assert status == 201
    page.reload()
    rows = page.locator(".checkins tbody tr")
    expect(rows).to_have_count(10)
    expect(rows.first).to_contain_text("Vecka 11")

    # htmx swaps in the section with every check-in, on the same page, focused on the list
    page.get_by_role("link", name="Visa alla 12 avstämningar").click()
    expect(rows).to_have_count(12)
    expect(rows.last).to_contain_text("Vecka 00")
    expect(page.locator("#checkins-title")).to_be_focused()
    assert page.url == goal_url

    # deleting one keeps them all listed; then back to the latest
    page.once("dialog", lambda dialog: dialog.accept())
    rows.last.get_by_role("button").click()
    expect(rows).to_have_count(11)
    expect(page.locator(".checkins")).not_to_contain_text("Vecka 00")
    page.get_by_role("link", name="Visa bara de senaste").click()
    expect(rows).to_have_count(10)
    expect(page.get_by_role("link", name="Visa alla 11 avstämningar")).to_be_visible()


def export_pdf_and_json(page, server: str, tmp_path) -> None:
    page.goto(f"{server}/my-data/")
    with page.expect_download() as pdf:
        page.get_by_role("link", name=re.compile("PDF")).click()
    pdf_path = tmp_path / "plan.pdf"
    pdf.value.save_as(pdf_path)
    text = subprocess.run(["pdftotext", str(pdf_path), "-"], capture_output=True, text=True)
    assert "MO-200" in text.stdout
    with page.expect_download() as js:
        page.get_by_role("link", name=re.compile("JSON")).click()
    json_path = tmp_path / "plan.json"
    js.value.save_as(json_path)
    data = json.loads(json_path.read_text(encoding="utf-8"))
    assert any("MO-200" in goal["text"] for goal in data["goals"])


@pytest.mark.parametrize("path", ["/", "/goals/1/", "/tree/"])
def test_pages_have_no_serious_accessibility_violations(browser, server, path):
    context = browser.new_context(viewport={"width": 1280, "height": 800}, locale="sv-SE")
    page = context.new_page()
    sign_up(page, server, f"axe{abs(hash(path)) % 10_000}")
    page.get_by_role("link", name="Nytt mål").first.click()
    page.wait_for_load_state()  # htmx (deferred) wires the live check on load
    page.fill("#id_text", SMART)
    page.get_by_role("button", name="Spara mål").click()
    goal_path = page.url.removeprefix(server)
    page.goto(server + (goal_path if path.startswith("/goals/") else path))
    assert axe_violations(page) == []
    context.close()


@pytest.mark.parametrize(
    ("language", "goal", "rewrite", "smart"),
    [
        ("Svenska", "Jag vill bli bättre på Excel under våren.",
         "<handling> för att bli bättre på Excel och uppnå <mätbart resultat> under våren.",
         "Jag ska ta truckkort inom tre år."),
        ("English", "Give three 10-minute talks at the team meeting.",
         "Give three 10-minute talks at the team meeting by <time frame>.",
         "Give three 10-minute talks at the team meeting by the end of March."),
    ],
)  # fmt: skip
def test_the_goal_page_offers_a_rewrite_only_for_what_is_missing(
    page, server, language, goal, rewrite, smart
):
    """Issue 14: the rewrite keeps the person's words and time phrase; none for a SMART goal."""
    sign_up(page, server, f"rewriter-{language.lower()}")
    if language == "English":
        switch_language(page, "English")
    for text, expected in ((goal, rewrite), (smart, None)):
        page.goto(f"{server}/goals/new/")
        page.fill("#id_text", text)
        page.locator("form.goal-form button[type=submit]").click()
        expect(page.get_by_role("heading", level=1)).to_be_visible()
        check = page.locator("#smart-check")
        if expected:
            expect(check.locator(".coach-question")).to_be_visible()  # the question comes first
            check.locator("details.rewrite > summary").click()  # the rewrite is an offer
            expect(check.locator(".rewrite-text")).to_have_text(expected)
        else:
            expect(check.locator(".criterion.ok")).to_have_count(3)
            expect(check.locator(".rewrite-text")).to_have_count(0)
