"""Two pages open on one goal, or a manager and a report on one talk's notes: a save made
from a page loaded before someone else's save is refused, what was typed stays in the form
beside what is saved now, and sending it again saves it on purpose. Nothing is lost unseen."""

from __future__ import annotations

import json
import re
from datetime import timedelta

import pytest
from django.test import Client
from django.urls import reverse
from django.utils import timezone

from smarta import limits
from smarta.api.tokens import token_create
from smarta.planner.goals import services as services_goals
from smarta.planner.models import Goal, Talk
from smarta.planner.talks import services as services_talks
from tests.conftest import client_for

pytestmark = pytest.mark.django_db

SAVED = "Jag ska ta certifieringen ITIL 4 Foundation senast den 15 maj 2027."
FIRST_TAB = "Jag ska ta certifieringen ITIL 4 Foundation senast den 1 juni 2027."
SECOND_TAB = "Jag ska ta ITIL 4 Foundation och Managing Professional senast den 15 maj 2027."
FORM = {"horizon": "short", "kind": "development", "sphere": "professional",
        "checkin_every_days": 7}  # fmt: skip
STALE_GOAL = {
    "sv": "Målet har ändrats någon annanstans",
    "en": "This goal was changed elsewhere",
}
STALE_NOTES = {
    "sv": "Anteckningarna har sparats från annat håll",
    "en": "The notes were saved from elsewhere",
}


def _loaded_version(page) -> str:
    """The version a page's form carries, as a browser would send it back."""
    found = re.search(r'<input type="hidden" name="version" value="(\d+)"', page.content.decode())
    assert found, "the form carries no version"
    return found.group(1)


def _textarea(page, name: str) -> str:
    found = re.search(
        rf'<textarea name="{name}"[^>]*>(.*?)</textarea>', page.content.decode(), re.S
    )
    assert found, f"no {name} field on the page"
    return found.group(1).strip()


@pytest.fixture
def goal(owner):
    return services_goals.goal_create(owner=owner, text=SAVED)


def _edit(client, goal: Goal, version: str | None, text: str):
    data = {**FORM, "text": text, **({"version": version} if version is not None else {})}
    return client.post(reverse("goal-edit", args=[goal.pk]), data)


def _open_edit(client, goal: Goal) -> str:
    return _loaded_version(client.get(reverse("goal-edit", args=[goal.pk])))


@pytest.mark.parametrize("lang", ["sv", "en"])
def test_a_save_from_a_stale_goal_form_is_refused_and_keeps_the_typed_text(owner, goal, lang):
    first, second = client_for(owner, lang), client_for(owner, lang)
    first_version, second_version = _open_edit(first, goal), _open_edit(second, goal)
    assert _edit(first, goal, first_version, FIRST_TAB).status_code == 302

    page = _edit(second, goal, second_version, SECOND_TAB)

    assert page.status_code == 409
    body = page.content.decode()
    assert STALE_GOAL[lang] in body
    assert _textarea(page, "text") == SECOND_TAB  # what they typed, kept
    assert FIRST_TAB in body  # what is saved now, to merge with
    stored = Goal.objects.get(pk=goal.pk)
    assert stored.text == FIRST_TAB and stored.version == 2


def test_sending_the_refused_goal_form_again_saves_it_on_purpose(owner, goal):
    first, second = client_for(owner, "sv"), client_for(owner, "sv")
    first_version, second_version = _open_edit(first, goal), _open_edit(second, goal)
    _edit(first, goal, first_version, FIRST_TAB)
    refused = _edit(second, goal, second_version, SECOND_TAB)
    assert _loaded_version(refused) == "2"  # the version now saved: a fresh one

    again = _edit(second, goal, _loaded_version(refused), _textarea(refused, "text"))

    assert again.status_code == 302
    stored = Goal.objects.get(pk=goal.pk)
    assert stored.text == SECOND_TAB and stored.version == 3
    # Nothing is lost for good: the first tab's wording is kept among the earlier ones.
    assert FIRST_TAB in stored.versions.values_list("text", flat=True)


def test_a_change_through_the_api_makes_an_open_goal_form_stale(owner, goal):
    browser = client_for(owner, "sv")
    version = _open_edit(browser, goal)
    api = Client(headers={"Authorization": f"Bearer {token_create(user=owner, name='t')[1]}"})
    patched = api.patch(
        f"/api/v1/goals/{goal.pk}",
        json.dumps({"version": 1, "title": FIRST_TAB}),
        content_type="application/json",
    )
    assert patched.status_code == 200

    page = _edit(browser, goal, version, SECOND_TAB)

    assert page.status_code == 409 and _textarea(page, "text") == SECOND_TAB
    assert Goal.objects.get(pk=goal.pk).text == FIRST_TAB


def test_a_goal_form_sent_without_its_version_is_refused_not_saved_blind(owner, goal):
    """A page that does not say which version it was made from (one served before forms
    carried it) cannot know what it overwrites: it is shown again, with a version."""
    browser = client_for(owner, "sv")
    page = _edit(browser, goal, None, SECOND_TAB)
    assert page.status_code == 409 and _textarea(page, "text") == SECOND_TAB
    assert Goal.objects.get(pk=goal.pk).text == SAVED
    assert _edit(browser, goal, _loaded_version(page), SECOND_TAB).status_code == 302
    assert Goal.objects.get(pk=goal.pk).text == SECOND_TAB


def test_a_fresh_goal_form_saves_at_once(owner, goal):
    browser = client_for(owner, "sv")
    assert _edit(browser, goal, _open_edit(browser, goal), FIRST_TAB).status_code == 302
    assert Goal.objects.get(pk=goal.pk).text == FIRST_TAB


def test_a_goal_text_longer_than_the_limit_is_refused_by_the_form(owner, goal):
    browser = client_for(owner, "sv")
    page = browser.get(reverse("goal-edit", args=[goal.pk])).content.decode()
    assert f'maxlength="{limits.GOAL_TEXT}"' in page
    response = _edit(browser, goal, _open_edit(browser, goal), "x" * (limits.GOAL_TEXT + 1))
    assert response.status_code == 200  # the form again, with its error
    assert Goal.objects.get(pk=goal.pk).text == SAVED


# The talk's notes and proposals, written by both sides.


@pytest.fixture
def talk(manager, owner):
    return services_talks.talk_book(
        manager=manager, report=owner, scheduled_for=timezone.now() + timedelta(days=3)
    )


def _open_talk(client, talk: Talk) -> str:
    return _loaded_version(client.get(reverse("talk", args=[talk.pk])))


def _notes(client, talk: Talk, version: str, notes: str, proposals: str = ""):
    return client.post(
        reverse("talk-notes", args=[talk.pk]),
        {"notes": notes, "proposals": proposals, "version": version},
    )


REPORT_NOTES = "Olivia: kursen går bra, två moduler kvar."
MANAGER_NOTES = "Maja: vi bokar budget för certifieringen."


@pytest.mark.parametrize("lang", ["sv", "en"])
def test_the_managers_stale_notes_do_not_overwrite_the_reports(manager, owner, talk, lang):
    boss, report = client_for(manager, lang), client_for(owner, lang)
    boss_version, report_version = _open_talk(boss, talk), _open_talk(report, talk)
    assert _notes(report, talk, report_version, REPORT_NOTES, "Mentorskap").status_code == 302

    page = _notes(boss, talk, boss_version, MANAGER_NOTES, "Certifiering")

    assert page.status_code == 409
    body = page.content.decode()
    assert STALE_NOTES[lang] in body
    assert _textarea(page, "notes") == MANAGER_NOTES
    assert _textarea(page, "proposals") == "Certifiering"
    assert REPORT_NOTES in body and "Mentorskap" in body  # what is saved now
    stored = Talk.objects.get(pk=talk.pk)
    assert (stored.notes, stored.proposals) == (REPORT_NOTES, "Mentorskap")


def test_the_refused_notes_sent_again_are_saved_on_purpose(manager, owner, talk):
    boss, report = client_for(manager, "sv"), client_for(owner, "sv")
    boss_version, report_version = _open_talk(boss, talk), _open_talk(report, talk)
    _notes(report, talk, report_version, REPORT_NOTES)
    refused = _notes(boss, talk, boss_version, MANAGER_NOTES)
    merged = f"{_textarea(refused, 'notes')}\n{REPORT_NOTES}"

    again = _notes(boss, talk, _loaded_version(refused), merged)

    assert again.status_code == 302
    assert Talk.objects.get(pk=talk.pk).notes == merged
    # and now the report's page, loaded before that save, is the stale one
    assert _notes(report, talk, report_version, "Sent från gammal sida").status_code == 409
    assert Talk.objects.get(pk=talk.pk).notes == merged


def test_notes_saved_unchanged_do_not_make_the_other_side_stale(manager, owner, talk):
    boss, report = client_for(manager, "sv"), client_for(owner, "sv")
    boss_version, report_version = _open_talk(boss, talk), _open_talk(report, talk)
    assert _notes(report, talk, report_version, "").status_code == 302  # nothing changed
    assert _notes(boss, talk, boss_version, MANAGER_NOTES).status_code == 302
    assert Talk.objects.get(pk=talk.pk).notes == MANAGER_NOTES


def test_notes_the_form_refuses_are_shown_again_not_dropped(manager, talk):
    """A character no text may hold (NUL): the page again with the error and what was typed,
    where a redirect used to drop it."""
    boss = client_for(manager, "sv")
    page = _notes(boss, talk, _open_talk(boss, talk), "Bra samtal\x00", "Mentorskap")
    assert page.status_code == 400
    assert _textarea(page, "proposals") == "Mentorskap"
    assert Talk.objects.get(pk=talk.pk).notes == ""
