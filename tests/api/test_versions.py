"""A goal's version rises with every change of it, through the API or the web, so a PATCH
made from an older read is always a 409 and never overwrites what changed since."""

from __future__ import annotations

import pytest
from django.test import Client
from django.urls import reverse

from smarta.planner.goals import services as services_goals
from smarta.planner.models import Goal, GoalVersion

from .conftest import api_for

# The web form as loaded at version 1 (it carries the version it was loaded at).
FORM = {"horizon": "short", "kind": "development", "sphere": "professional",
        "checkin_every_days": 7, "version": 1}  # fmt: skip


@pytest.fixture
def second_tab(owner):
    """The same person in another tab (another token)."""
    return api_for(owner)


def read_version(api, goal: Goal) -> int:
    return api.get(f"/goals/{goal.pk}").json()["version"]


def assert_stale(api, goal: Goal, version: int) -> None:
    """A title PATCH from ``version`` is refused and changes nothing."""
    before = Goal.objects.get(pk=goal.pk)
    response = api.patch(f"/goals/{goal.pk}", {"version": version, "title": "Från gammal flik"})
    assert response.status_code == 409
    assert response.json() == {"detail": f"the goal is at version {before.version}; read it again"}
    after = Goal.objects.get(pk=goal.pk)
    assert (after.text, after.version, after.updated_at) == (
        before.text, before.version, before.updated_at,
    )  # fmt: skip


def test_a_status_change_makes_the_other_tabs_title_patch_a_409(owner_api, second_tab, goal):
    first, second = read_version(owner_api, goal), read_version(second_tab, goal)
    response = owner_api.patch(f"/goals/{goal.pk}", {"version": first, "status": "completed"})
    assert response.status_code == 200 and response.json()["version"] > first
    assert_stale(second_tab, goal, second)
    goal.refresh_from_db()
    assert goal.status == "completed" and goal.text.startswith("Jag ska klara B2")


@pytest.mark.parametrize(
    "change",
    [{"motivation": 8}, {"horizon": "long"}, {"risks": "Tidsbrist"}, {"visibility": "shared"},
     {"deadline": "2027-06-30"}, {"title": "Klara B2 senast 2027-06-30"}],
)  # fmt: skip
def test_any_field_changed_through_the_api_moves_the_version_on(owner_api, goal, change):
    response = owner_api.patch(f"/goals/{goal.pk}", {"version": 1, **change})
    assert response.status_code == 200
    assert response.json()["version"] == Goal.objects.get(pk=goal.pk).version > 1
    assert_stale(owner_api, goal, 1)


def test_a_patch_that_changes_nothing_keeps_the_version(owner_api, goal):
    response = owner_api.patch(
        f"/goals/{goal.pk}", {"version": 1, "title": goal.text, "status": "active"}
    )
    assert response.status_code == 200 and response.json()["version"] == 1
    assert not GoalVersion.objects.filter(goal=goal).exists()


def test_the_returned_version_is_the_one_to_send_next(owner_api, goal):
    version = owner_api.patch(f"/goals/{goal.pk}", {"version": 1, "motivation": 9}).json()[
        "version"
    ]
    response = owner_api.patch(f"/goals/{goal.pk}", {"version": version, "likelihood": 6})
    assert response.status_code == 200
    goal.refresh_from_db()
    assert (goal.motivation, goal.likelihood) == (9, 6)


def test_a_status_change_on_the_web_makes_an_api_patch_stale(owner_api, owner_client, goal):
    version = read_version(owner_api, goal)
    owner_client.post(reverse("goal-status", args=[goal.pk]), {"status": "dropped"})
    assert_stale(owner_api, goal, version)


def test_an_edit_on_the_web_makes_an_api_patch_stale(owner_api, owner_client, goal):
    version = read_version(owner_api, goal)
    owner_client.post(reverse("goal-edit", args=[goal.pk]),
                      {**FORM, "text": goal.text, "motivation": 7})  # fmt: skip
    goal.refresh_from_db()
    assert goal.motivation == 7
    assert_stale(owner_api, goal, version)


def test_a_web_form_saved_unchanged_keeps_the_version(owner_client, goal):
    deadline = goal.deadline.isoformat()
    owner_client.post(reverse("goal-edit", args=[goal.pk]),
                      {**FORM, "text": goal.text, "deadline": deadline})  # fmt: skip
    goal.refresh_from_db()
    assert goal.version == 1 and not GoalVersion.objects.filter(goal=goal).exists()


def test_reordering_on_the_web_makes_an_api_patch_stale(owner_api, owner_client, owner, goal):
    other = services_goals.goal_create(owner=owner, text="Springa 5 km under 30 minuter i år")
    version = read_version(owner_api, goal)
    owner_client.post(reverse("goal-move", args=[other.pk]), {"direction": "up"})
    assert Goal.objects.get(pk=goal.pk).priority == 2
    assert_stale(owner_api, goal, version)


def test_earlier_wordings_keep_their_own_numbering(owner_api, goal):
    """The version counts every change; the history numbers the wordings 1, 2, …"""
    version = owner_api.patch(f"/goals/{goal.pk}", {"version": 1, "status": "completed"})
    version = owner_api.patch(
        f"/goals/{goal.pk}", {"version": version.json()["version"], "title": "Andra lydelsen"}
    ).json()["version"]
    owner_api.patch(f"/goals/{goal.pk}", {"version": version, "title": "Tredje lydelsen"})
    wordings = GoalVersion.objects.filter(goal=goal).order_by("version")
    assert [(v.version, v.text[:11]) for v in wordings] == [
        (1, "Jag ska kla"), (2, "Andra lydel"),
    ]  # fmt: skip
    assert Goal.objects.get(pk=goal.pk).version == 4


def test_a_manager_approving_makes_the_owners_patch_stale(owner_api, owner, manager, goal):
    services_goals.goal_update(goal=goal, text=goal.text, motivation=8)
    version = read_version(owner_api, goal)
    manager_client = Client()
    manager_client.force_login(manager)
    owner_api.patch(f"/goals/{goal.pk}", {"version": version, "visibility": "shared"})
    version = read_version(owner_api, goal)
    manager_client.post(reverse("team-goal-approve", args=[goal.pk]))
    assert owner_api.get(f"/goals/{goal.pk}").json()["approved"] is True
    assert_stale(owner_api, goal, version)
