"""Working with others in a real browser: share, approve, feedback by link, the talk's PDF."""

from __future__ import annotations

import re
import subprocess
import sys

import pytest
from playwright.sync_api import expect

pytestmark = pytest.mark.browser

GOAL = "Jag ska leda två kundworkshops om den nya tjänsten senast den 30 april 2027."
PASSWORD = "ett långt lösenord 2027"


def sign_up(browser, server, email: str):
    context = browser.new_context(locale="en-GB")
    page = context.new_page()
    page.set_default_timeout(15_000)
    page.goto(f"{server}/signup/")
    page.fill("#id_username", email)
    page.fill("#id_email", email)
    page.fill("#id_password1", PASSWORD)
    page.fill("#id_password2", PASSWORD)
    page.get_by_role("button", name="Create account").click()
    expect(page.get_by_role("heading", name=re.compile("Welcome to Smarta"))).to_be_visible()
    page.goto(f"{server}/")
    expect(page.get_by_role("heading", name="Overview")).to_be_visible()
    return context, page


def import_people(server, tmp_path, people_rows=None) -> None:
    """Reporting lines, imported as HR would: (e-mail, name, manager's e-mail) per person."""
    rows = people_rows or [
        ("maja.berg@example.org", "Maja Berg", "chef@example.org"),
        ("chef@example.org", "Chris Chef", ""),
    ]
    people = tmp_path / "people.csv"
    people.write_text(
        "email,name,department,manager_email\n"
        + "".join(f"{email},{name},Sälj,{boss}\n" for email, name, boss in rows),
        encoding="utf-8",
    )
    env = {"SMARTA_DATA_DIR": str(server.data_dir), "PATH": ""}
    subprocess.run(
        [sys.executable, "-m", "smarta.cli", "manage", "import_people", str(people)],
        env=env, check=True, capture_output=True,
    )  # fmt: skip


def invitation_link(server) -> str:
    """The link of the latest invitation among the mails sent (notifications are mailed too)."""
    mails = sorted((server.data_dir / "mail").glob("*.log"), reverse=True)
    links = (re.search(r"http://\S+/feedback/\S+/", m.read_text(encoding="utf-8")) for m in mails)
    return next(link for link in links if link).group()


def test_share_approve_feedback_and_the_talk_record(browser, server, tmp_path):
    owner_context, owner = sign_up(browser, server, "maja.berg@example.org")
    manager_context, manager = sign_up(browser, server, "chef@example.org")
    import_people(server, tmp_path)

    # The person writes a goal, shares it with the manager and asks a colleague.
    owner.goto(f"{server}/goals/new/")
    owner.fill("#id_text", GOAL)
    owner.get_by_role("button", name="Save goal").click()
    goal_url = owner.url
    owner.get_by_role("button", name="Share with my manager").click()
    owner.get_by_text("Ask for feedback", exact=True).click()
    owner.fill("#id_who", "kim@example.org")
    owner.get_by_role("button", name="Send the invitation").click()
    expect(owner.locator("#feedback")).to_contain_text("kim@example.org")

    # The manager approves it from the team page.
    manager.goto(f"{server}/team/")
    manager.get_by_role("link", name=re.compile("kundworkshops")).first.click()
    manager.get_by_role("button", name="Approve").click()
    expect(manager.locator("body")).to_contain_text("Approved")

    # The colleague, with no account, answers through the link in a fresh browser.
    colleague_context = browser.new_context(locale="en-GB")
    colleague = colleague_context.new_page()
    colleague.goto(invitation_link(server))
    expect(colleague.locator("body")).to_contain_text("kundworkshops")
    colleague.fill("#id_going_well", "Tydlig agenda och bra frågor till kunderna.")
    colleague.fill("#id_could_be_better", "Mer tid för diskussion.")
    colleague.fill("#id_example", "Workshopen med Acme i mars.")
    colleague.get_by_role("button", name="Send feedback").click()
    expect(colleague.locator("body")).to_contain_text("Thank you")
    # ... and can open no goal: every other page asks them to log in.
    for path in (goal_url.removeprefix(server), "/goals/", "/team/"):
        colleague.goto(server + path)
        expect(colleague).to_have_url(re.compile(r"/login/"))

    # The manager books the talk; both download its record as a PDF.
    manager.goto(f"{server}/talks/")
    manager.select_option("#id_report", index=1)
    manager.fill("#id_scheduled_for", "2026-12-10T10:00")
    manager.get_by_role("button", name="Book a talk").click()
    expect(manager.get_by_role("heading", level=1)).to_contain_text("Development talk")
    talk_url = manager.url
    for page, name in ((manager, "manager"), (owner, "owner")):
        page.goto(talk_url)
        with page.expect_download() as download:
            page.get_by_role("link", name="PDF (English)").click()
        pdf = tmp_path / f"talk-{name}.pdf"
        download.value.save_as(pdf)
        text = subprocess.run(["pdftotext", str(pdf), "-"], capture_output=True, text=True).stdout
        assert "kundworkshops" in text and "Tydlig agenda" in text, name

    # The talk is called off: the manager cancels it, and it is gone for the report too.
    manager.goto(talk_url)
    manager.once("dialog", lambda dialog: dialog.accept())  # "Call off this talk?"
    manager.get_by_role("button", name="Cancel the talk").click()
    expect(manager).to_have_url(f"{server}/talks/")
    expect(manager.get_by_role("status")).to_contain_text("The talk is cancelled.")
    assert owner.goto(talk_url).status == 404

    for context in (owner_context, manager_context, colleague_context):
        context.close()
