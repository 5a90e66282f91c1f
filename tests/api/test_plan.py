"""A goal's milestones, steps, check-ins and reflections through the API."""

from __future__ import annotations

import pytest

from smarta.planner import services, services_team
from smarta.planner.models import CheckIn, Milestone, Reflection, Step

NEW = {
    "milestones": {"title": "Halvvägs", "due": "2027-02-01"},
    "steps": {"title": "Köp en grammatikbok", "due": "2026-12-01"},
    "checkins": {"day": "2026-11-20", "value": 4.5, "note": "framsteg"},
    "reflections": {"day": "2026-11-21", "went_well": "rutinen", "still_relevant": True},
}
MODELS = {"milestones": Milestone, "steps": Step, "checkins": CheckIn, "reflections": Reflection}
# What a PATCH may change, per kind; check-ins and reflections have no update service yet.
PATCHES = {"milestones": ({"reached": True}, "reached_at"), "steps": ({"done": True}, "done_at")}


@pytest.fixture
def rows(milestone, step, checkin, reflection):
    return {"milestones": milestone, "steps": step, "checkins": checkin, "reflections": reflection}


@pytest.mark.parametrize("kind", list(NEW))
def test_the_owner_creates_lists_and_reads(owner_api, goal, kind):
    created = owner_api.post(f"/goals/{goal.pk}/{kind}", NEW[kind])
    assert created.status_code == 201, created.json()
    body = created.json()
    assert body["goal"] == goal.pk
    assert MODELS[kind].objects.filter(pk=body["id"], goal=goal).exists()
    listed = owner_api.get(f"/goals/{goal.pk}/{kind}")
    assert [row["id"] for row in listed.json()] == [body["id"]]
    assert owner_api.get(f"/goals/{goal.pk}/{kind}/{body['id']}").json() == body


@pytest.mark.parametrize("kind", list(PATCHES))
def test_the_owner_marks_progress(owner_api, goal, rows, kind):
    change, stamp = PATCHES[kind]
    row = rows[kind]
    response = owner_api.patch(f"/goals/{goal.pk}/{kind}/{row.pk}", change)
    assert response.status_code == 200 and response.json()[stamp] is not None
    row.refresh_from_db()
    assert getattr(row, stamp) is not None


@pytest.mark.parametrize("kind", ["milestones", "steps", "checkins"])
def test_the_owner_deletes(owner_api, goal, rows, kind):
    row = rows[kind]
    assert owner_api.delete(f"/goals/{goal.pk}/{kind}/{row.pk}").status_code == 204
    assert not MODELS[kind].objects.filter(pk=row.pk).exists()


@pytest.mark.parametrize("kind", list(NEW))
def test_a_stranger_gets_404_and_changes_nothing(stranger_api, goal, rows, kind):
    row = rows[kind]
    base = f"/goals/{goal.pk}/{kind}"
    assert stranger_api.get(base).status_code == 404
    assert stranger_api.post(base, NEW[kind]).status_code == 404
    assert stranger_api.get(f"{base}/{row.pk}").status_code == 404
    if kind in PATCHES:
        assert stranger_api.patch(f"{base}/{row.pk}", PATCHES[kind][0]).status_code == 404
    assert stranger_api.delete(f"{base}/{row.pk}").status_code in (404, 405)
    assert MODELS[kind].objects.filter(goal=goal).count() == 1
    assert MODELS[kind].objects.filter(pk=row.pk).exists()


@pytest.mark.parametrize("kind", list(NEW))
def test_without_a_token_it_is_401(anon_api, goal, rows, kind):
    base = f"/goals/{goal.pk}/{kind}"
    assert anon_api.get(base).status_code == 401
    assert anon_api.post(base, NEW[kind]).status_code == 401
    assert anon_api.get(f"{base}/{rows[kind].pk}").status_code == 401


@pytest.mark.parametrize("kind", list(NEW))
def test_a_row_is_only_found_under_its_own_goal(owner_api, owner, rows, kind):
    other = services.goal_create(owner=owner, text="Ett annat mål")
    assert owner_api.get(f"/goals/{other.pk}/{kind}/{rows[kind].pk}").status_code == 404


@pytest.mark.parametrize("kind", list(NEW))
def test_a_manager_writes_nothing_on_a_shared_goal(manager_api, goal, rows, kind):
    services_team.goal_set_visibility(goal=goal, visibility="shared")
    assert manager_api.post(f"/goals/{goal.pk}/{kind}", NEW[kind]).status_code == 404
    assert MODELS[kind].objects.filter(goal=goal).count() == 1


def test_a_milestone_without_a_date_is_422_naming_due(owner_api, goal):
    response = owner_api.post(f"/goals/{goal.pk}/milestones", {"title": "Utan datum"})
    assert response.status_code == 422
    assert response.json()["detail"] == [{"field": "due", "message": "Field required"}]


def test_a_step_toward_another_goals_milestone_is_422(owner_api, owner, milestone):
    other = services.goal_create(owner=owner, text="Ett annat mål")
    response = owner_api.post(
        f"/goals/{other.pk}/steps", {"title": "Fel", "milestone": milestone.pk}
    )
    assert response.status_code == 422
    assert response.json()["detail"][0]["field"] == "milestone"


def test_a_checkin_value_must_be_a_finite_number(owner_api, goal):
    for value in ("NaN", "Infinity", '"mycket"'):
        body = '{"day": "2026-11-20", "value": ' + value + "}"
        response = owner_api.post(f"/goals/{goal.pk}/checkins", body)
        assert response.status_code == 422, value
        assert response.json()["detail"][0]["field"] == "value"
    assert not CheckIn.objects.exists()
