"""axe-core finds no serious or critical problem on any page, in Swedish or in English."""

from __future__ import annotations

import re
import subprocess
import sys

import pytest
from playwright.sync_api import expect

from .conftest import axe_violations
from .test_together import import_people, sign_up

pytestmark = pytest.mark.browser

GOAL = "Jag ska hålla tre kundworkshops om den nya tjänsten senast den 30 april 2027."
# every page a person or a manager reaches from the header, without an id in it
PAGES = [
    "/", "/welcome/", "/goals/", "/goals/new/", "/tree/", "/stand/", "/vision/", "/record/",
    "/talks/", "/feedback/", "/calendar/", "/my-data/", "/inbox/", "/inbox/settings/",
    "/waiting/",
]  # fmt: skip


def test_every_page_passes_axe_in_both_languages(browser, server, tmp_path):
    owner_context, owner = sign_up(browser, server, "axe-anna@example.org")
    manager_context, manager = sign_up(browser, server, "axe-boss@example.org")
    import_people(server, tmp_path, [
        ("axe-anna@example.org", "Anna Axe", "axe-boss@example.org"),
        ("axe-boss@example.org", "Bo Axe", ""),
    ])  # fmt: skip
    # the manager is HR too, for HR's pages
    subprocess.run(
        [sys.executable, "-m", "smarta.cli", "manage", "shell", "-c",
         "from django.contrib.auth import get_user_model; "
         "get_user_model().objects.filter(email='axe-boss@example.org').update(is_staff=True)"],
        env={"SMARTA_DATA_DIR": str(server.data_dir), "PATH": ""}, check=True,
        capture_output=True,
    )  # fmt: skip
    owner.goto(f"{server}/goals/new/")
    owner.fill("#id_text", GOAL)
    owner.get_by_role("button", name="Save goal").click()
    goal_path = owner.url.removeprefix(server)
    owner.get_by_role("button", name="Share with my manager").click()
    manager.goto(f"{server}/talks/")
    manager.select_option("#id_report", index=1)
    manager.fill("#id_scheduled_for", "2027-01-20T10:00")
    manager.get_by_role("button", name="Book a talk").click()
    talk_path = manager.url.removeprefix(server)
    manager.goto(f"{server}/team/")
    manager.get_by_role("link", name=re.compile("kundworkshops")).first.click()
    team_goal_path = manager.url.removeprefix(server)
    manager.goto(f"{server}/hr/people/")
    manager.get_by_role("link", name="Anna Axe").click()
    people_path = manager.url.removeprefix(server)

    found = {}
    for language in ("en", "sv"):
        for page, paths in (
            (owner, [*PAGES, goal_path, goal_path + "edit/", talk_path]),
            (
                manager,
                [
                    "/team/",
                    team_goal_path,
                    talk_path,
                    "/waiting/",
                    "/inbox/",
                    "/hr/",
                    "/hr/people/",
                    people_path,
                ],
            ),
        ):
            if language == "sv":
                page.goto(f"{server}/")
                page.locator(".menu.person > summary").click()
                page.get_by_role("button", name="Svenska").click()
                expect(page.locator("html")).to_have_attribute("lang", "sv")
            for path in paths:
                page.goto(server + path)
                page.wait_for_load_state("networkidle")  # lazily loaded sections are in
                problems = axe_violations(page)
                if problems:
                    found[f"{language} {path}"] = problems
    assert found == {}
    owner_context.close()
    manager_context.close()
