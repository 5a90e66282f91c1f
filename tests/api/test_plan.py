"""A goal's milestones, steps, check-ins and reflections through the API."""

from __future__ import annotations

from datetime import date

import pytest

from smarta.planner.followup import services as services_followup
from smarta.planner.goals import services as services_goals
from smarta.planner.models import CheckIn, Goal, Milestone, Reflection, Step
from smarta.planner.plan import services as services_plan
from smarta.planner.team import services as services_team

NEW = {
    "milestones": {"title": "Halvvägs", "due": "2027-02-01"},
    "steps": {"title": "Köp en grammatikbok", "due": "2026-12-01"},
    "checkins": {"day": "2026-11-20", "value": 4.5, "note": "framsteg"},
    "reflections": {"day": "2026-11-21", "went_well": "rutinen", "still_relevant": True},
}
MODELS = {"milestones": Milestone, "steps": Step, "checkins": CheckIn, "reflections": Reflection}
# What a PATCH may change, per kind: each body with the stored values it must lead to.
PATCHES = {
    "milestones": ({"title": " Halva kursen ", "due": "2027-02-15"},
                   {"title": "Halva kursen", "due": date(2027, 2, 15)}),
    "steps": ({"title": "Anmäl mig till provet", "due": "2026-12-24", "milestone": None},
              {"title": "Anmäl mig till provet", "due": date(2026, 12, 24), "milestone": None}),
    "checkins": ({"day": "2026-11-03", "value": None, "note": "rättat"},
                 {"day": date(2026, 11, 3), "value": None, "note": "rättat"}),
    "reflections": ({"to_improve": "mer läsning", "still_relevant": False},
                    {"to_improve": "mer läsning", "still_relevant": False, "went_well": "x"}),
}  # fmt: skip
# Progress marks: a PATCH sets them and the time is stored.
MARKS = {"milestones": ({"reached": True}, "reached_at"), "steps": ({"done": True}, "done_at")}


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
def test_the_owner_changes_the_fields_sent_and_keeps_the_rest(owner_api, goal, rows, kind):
    change, stored = PATCHES[kind]
    row = rows[kind]
    sent = {MODELS[kind]._meta.get_field(name).attname for name in change}
    before = MODELS[kind].objects.filter(pk=row.pk).values().get()
    response = owner_api.patch(f"/goals/{goal.pk}/{kind}/{row.pk}", change)
    assert response.status_code == 200, response.json()
    row = MODELS[kind].objects.get(pk=row.pk)
    assert {name: getattr(row, name) for name in stored} == stored
    after = MODELS[kind].objects.filter(pk=row.pk).values().get()
    assert {k: v for k, v in after.items() if k not in sent} == {
        k: v for k, v in before.items() if k not in sent
    }
    assert response.json() == owner_api.get(f"/goals/{goal.pk}/{kind}/{row.pk}").json()
    assert Goal.objects.get(pk=goal.pk).version == 1  # the goal itself did not change


@pytest.mark.parametrize("kind", list(MARKS))
def test_the_owner_marks_progress(owner_api, goal, rows, kind):
    change, stamp = MARKS[kind]
    row = rows[kind]
    response = owner_api.patch(f"/goals/{goal.pk}/{kind}/{row.pk}", change)
    assert response.status_code == 200 and response.json()[stamp] is not None
    row.refresh_from_db()
    assert getattr(row, stamp) is not None


@pytest.mark.parametrize("kind", list(NEW))
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
    before = MODELS[kind].objects.filter(pk=row.pk).values().get()
    assert stranger_api.patch(f"{base}/{row.pk}", PATCHES[kind][0]).status_code == 404
    assert stranger_api.delete(f"{base}/{row.pk}").status_code == 404
    assert MODELS[kind].objects.filter(goal=goal).count() == 1
    assert MODELS[kind].objects.filter(pk=row.pk).values().get() == before


@pytest.mark.parametrize("kind", list(NEW))
def test_without_a_token_it_is_401(anon_api, goal, rows, kind):
    base = f"/goals/{goal.pk}/{kind}"
    assert anon_api.get(base).status_code == 401
    assert anon_api.post(base, NEW[kind]).status_code == 401
    assert anon_api.get(f"{base}/{rows[kind].pk}").status_code == 401


@pytest.mark.parametrize("kind", list(NEW))
def test_a_row_is_only_found_under_its_own_goal(owner_api, owner, rows, kind):
    other = services_goals.goal_create(owner=owner, text="Ett annat mål")
    url = f"/goals/{other.pk}/{kind}/{rows[kind].pk}"
    assert owner_api.get(url).status_code == 404
    assert owner_api.patch(url, PATCHES[kind][0]).status_code == 404
    assert owner_api.delete(url).status_code == 404
    assert MODELS[kind].objects.filter(pk=rows[kind].pk, goal=rows[kind].goal).exists()


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
    other = services_goals.goal_create(owner=owner, text="Ett annat mål")
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


@pytest.mark.parametrize(
    ("kind", "change", "field"),
    [("milestones", {"title": "   "}, "title"), ("milestones", {"due": None}, "due"),
     ("milestones", {"due": "1969-12-31"}, "due"), ("steps", {"title": "x" * 301}, "title"),
     ("steps", {"done": None}, "done"), ("checkins", {"value": "NaN"}, "value"),
     ("checkins", {"day": "2026-02-30"}, "day"), ("checkins", {"day": "20261101"}, "day"),
     ("reflections", {"day": "2026-W45-1"}, "day"),
     ("reflections", {"went_well": "a\x00"}, "went_well"),
     ("reflections", {"goal": 1}, "goal")],
)  # fmt: skip
def test_a_bad_patch_is_422_naming_the_field_and_changes_nothing(
    owner_api, goal, rows, kind, change, field
):
    row = rows[kind]
    before = MODELS[kind].objects.filter(pk=row.pk).values().get()
    response = owner_api.patch(f"/goals/{goal.pk}/{kind}/{row.pk}", change)
    assert response.status_code == 422
    assert [e["field"] for e in response.json()["detail"]] == [field]
    assert MODELS[kind].objects.filter(pk=row.pk).values().get() == before


def test_a_step_moves_to_another_milestone_of_its_goal_only(owner_api, owner, goal, step):
    later = services_plan.milestone_create(goal=goal, title="Provet", due=date(2027, 5, 15))
    response = owner_api.patch(f"/goals/{goal.pk}/steps/{step.pk}", {"milestone": later.pk})
    assert response.status_code == 200 and response.json()["milestone"] == later.pk
    other = services_goals.goal_create(owner=owner, text="Ett annat mål")
    theirs = services_plan.milestone_create(goal=other, title="Annat", due=date(2027, 1, 1))
    response = owner_api.patch(f"/goals/{goal.pk}/steps/{step.pk}", {"milestone": theirs.pk})
    assert response.status_code == 422
    assert response.json()["detail"][0]["field"] == "milestone"
    step.refresh_from_db()
    assert step.milestone == later


def test_a_patch_changes_and_marks_at_once(owner_api, goal, milestone):
    response = owner_api.patch(
        f"/goals/{goal.pk}/milestones/{milestone.pk}", {"title": "Kursen klar", "reached": True}
    )
    assert response.status_code == 200
    milestone.refresh_from_db()
    assert milestone.title == "Kursen klar" and milestone.reached_at is not None
    response = owner_api.patch(f"/goals/{goal.pk}/milestones/{milestone.pk}", {"reached": False})
    milestone.refresh_from_db()
    assert milestone.title == "Kursen klar" and milestone.reached_at is None


def test_another_persons_reflection_on_a_shared_goal_is_404(owner_api, manager, goal):
    """Reflections are private to who wrote them, even on the goal they are about."""
    theirs = services_followup.reflection_record(owner=manager, goal=goal, day=date(2026, 11, 5))
    url = f"/goals/{goal.pk}/reflections/{theirs.pk}"
    assert owner_api.get(url).status_code == 404
    assert owner_api.patch(url, {"went_well": "mitt"}).status_code == 404
    assert owner_api.delete(url).status_code == 404
    assert Reflection.objects.get(pk=theirs.pk).went_well == ""
