"""A team starts in a real browser (issue 18): HR imports a file of people, the invitation
mail sets a password, the person signs in and sees their manager; the manager writes a goal
for the team and a report's goal serves it."""

from __future__ import annotations

import re
import subprocess
import sys

import pytest
from playwright.sync_api import expect

from .test_together import PASSWORD, sign_up

pytestmark = pytest.mark.browser

TEAM_GOAL = "Vi ska korta svarstiden i kundtjänst från 8 timmar till 2 timmar senast 30 juni 2027."
SERVES = re.compile("svara på alla ärenden", re.I)  # the goal's title, capitalised
OWN_GOAL = "Jag ska svara på alla ärenden i min kö inom 2 timmar senast 31 mars 2027."


def _make_hr(server, email: str) -> None:
    """HR is staff: set as an admin would, from the command line."""
    code = (
        "from django.contrib.auth import get_user_model; "
        f"get_user_model().objects.filter(email='{email}').update(is_staff=True)"
    )
    env = {"SMARTA_DATA_DIR": str(server.data_dir), "PATH": ""}
    subprocess.run(
        [sys.executable, "-m", "smarta.cli", "manage", "shell", "-c", code],
        env=env, check=True, capture_output=True,
    )  # fmt: skip


def _welcome_path(server, email: str) -> str:
    """The path of the set-password link in the welcome mail sent to ``email`` (the link
    names the site's configured address, not this test server's port)."""
    for mail in sorted((server.data_dir / "mail").glob("*.log"), reverse=True):
        text = mail.read_text(encoding="utf-8")
        if f"To: {email}" in text and "/reset/" in text:
            return re.search(r"http://[^/\s]+(/\S+/reset/\S+/)", text).group(1)
    raise AssertionError(f"no welcome mail to {email}")


def _sign_in(browser, server, email: str):
    context = browser.new_context(locale="en-GB")
    page = context.new_page()
    page.set_default_timeout(15_000)
    page.goto(f"{server}/login/")
    page.fill("#id_username", email)
    page.fill("#id_password", PASSWORD)
    page.get_by_role("button", name="Log in").click()
    expect(page.get_by_role("heading", name="Overview")).to_be_visible()
    return context, page


def test_hr_imports_people_who_set_a_password_and_a_team_goal_is_served(browser, server, tmp_path):
    hr_context, hr = sign_up(browser, server, "hr@example.org")
    _make_hr(server, "hr@example.org")
    people = tmp_path / "people.csv"
    people.write_text(
        "email,name,department,manager_email\n"
        "lena.lund@example.org,Lena Lund,Kundtjänst,\n"
        "per.palm@example.org,Per Palm,Kundtjänst,lena.lund@example.org\n",
        encoding="utf-8",
    )

    # HR: the file, its preview line by line, then the import
    hr.goto(f"{server}/hr/people/")
    hr.set_input_files("input[type=file]", str(people))
    hr.get_by_role("button", name="Preview the import").click()
    expect(hr.locator("main")).to_contain_text("per.palm@example.org")
    expect(hr.locator("main")).to_contain_text("lena.lund@example.org")
    hr.get_by_role("button", name="Import", exact=True).click()
    expect(hr.locator("main")).to_contain_text("Per Palm")
    hr_context.close()

    # each imported person chooses a password from their welcome mail, then signs in
    for email in ("per.palm@example.org", "lena.lund@example.org"):
        context = browser.new_context(locale="en-GB")
        page = context.new_page()
        page.goto(f"{server}{_welcome_path(server, email)}")
        page.fill("#id_new_password1", PASSWORD)
        page.fill("#id_new_password2", PASSWORD)
        page.get_by_role("button", name="Save password").click()
        context.close()
    report_context, report = _sign_in(browser, server, "per.palm@example.org")
    report.goto(f"{server}/talks/")
    expect(report.locator("main")).to_contain_text("Your manager is Lena Lund.")

    # the manager writes a goal for the team from the team page; the coach checks it
    boss_context, boss = _sign_in(browser, server, "lena.lund@example.org")
    boss.goto(f"{server}/team/")
    boss.get_by_role("link", name="Write a goal for the team").click()
    expect(boss.locator("#id_for_team")).to_be_checked()
    boss.wait_for_load_state()  # htmx (deferred) wires the live check on load
    boss.fill("#id_text", TEAM_GOAL)
    expect(boss.locator("#smart-check .criterion.ok")).to_have_count(3)
    boss.get_by_role("button", name="Save goal").click()
    expect(boss.locator(".goal-meta")).to_contain_text("Goal for the team")
    team_goal_url = boss.url

    # the report is told, opens the team goal and writes a goal that serves it, and shares it
    report.goto(f"{server}/inbox/")
    report.get_by_role("link", name=re.compile("wrote a goal for the team")).click()
    report.get_by_role("link", name="Write a goal that contributes").click()
    report.fill("#id_text", OWN_GOAL)
    report.get_by_role("button", name="Save goal").click()
    expect(report.locator(".goal-meta")).to_contain_text("Contributes to the team goal")
    report.get_by_role("button", name="Share with my manager").click()
    report.goto(f"{server}/tree/")
    expect(report.locator(".tree-team")).to_contain_text(SERVES)

    # the manager sees it under the team goal
    boss.goto(team_goal_url)
    expect(boss.locator("#contributions")).to_contain_text(SERVES)
    expect(boss.locator("#contributions")).to_contain_text("Per Palm")
    report_context.close()
    boss_context.close()
