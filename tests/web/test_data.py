"""My data: exports, restoring an export into an empty account, deleting the account."""

from __future__ import annotations

import json
from datetime import date, timedelta

import pytest
from django.contrib.auth import get_user_model
from django.core.files.uploadedfile import SimpleUploadedFile
from django.urls import reverse
from django.utils import timezone

from smarta.planner.data import exports
from smarta.planner.followup import services as services_followup
from smarta.planner.goals import services as services_goals
from smarta.planner.models import (
    Area,
    Assessment,
    CheckIn,
    Goal,
    GoalVersion,
    Metric,
    Milestone,
    Profile,
    Reflection,
    Step,
    Vision,
)
from smarta.planner.plan import services as services_plan
from smarta.planner.profile import services as services_profile
from smarta.planner.team import services as services_team
from tests.conftest import PASSWORD

# the assertions read the source texts
pytestmark = [pytest.mark.django_db, pytest.mark.usefixtures("english")]


OWNED = (Profile, Assessment, Vision, Area, Goal, GoalVersion, Milestone, Step, Metric, CheckIn,
         Reflection)  # fmt: skip


@pytest.fixture
def plan(owner):
    """A plan with something in every table and every kind of link."""
    services_profile.profile_update(user=owner, language="sv", reflection_every_weeks=2)
    services_profile.assessment_update(
        owner=owner, tasks="Leder supporten.", values="Lärande.", hard_values="Specialist.",
        soft_values="Trivs med svåra problem.",
    )  # fmt: skip
    services_profile.vision_update(
        owner=owner, one_year="Teamledare.", three_years="Supportchef.",
        five_years="Avdelningschef.", broad_goals="Leda andra.",
    )  # fmt: skip
    services_profile.area_create(
        owner=owner, name="Presentera", kind="strength", confidence=4, note="Q2"
    )
    services_profile.area_create(owner=owner, name="Budget", kind="weakness", confidence=2)
    parent = services_goals.goal_create(
        owner=owner, text="Bli supportchef innan utgången av 2030.", horizon=Goal.Horizon.LONG,
        kind=Goal.Kind.DEVELOPMENT, motivation=9, likelihood=6, risks="Omorganisation",
    )  # fmt: skip
    child = services_goals.goal_create(
        owner=owner, text="Ta ITIL 4 Foundation innan 1 juni 2027.", horizon=Goal.Horizon.SHORT,
        parent=parent, deadline=date(2027, 6, 1), helpers="Min chef", minimum_result="Godkänd",
    )  # fmt: skip
    services_goals.goal_update(goal=child, text="Klara ITIL 4 Foundation innan 1 maj 2027.",
                         deadline=date(2027, 5, 1))  # fmt: skip
    services_goals.goal_set_status(goal=parent, status=Goal.Status.COMPLETED)
    booked = services_plan.milestone_create(goal=child, title="Boka provet", due=date(2027, 3, 15))
    services_plan.milestone_set_reached(milestone=booked, reached=True)
    services_plan.milestone_create(goal=child, title="Provexamen", due=date(2027, 4, 10))
    step = services_plan.step_create(goal=child, title="Läs kapitel 1–3", due=date(2027, 2, 1),
                                milestone=booked)  # fmt: skip
    services_plan.step_set_done(step=step, done=True)
    services_plan.step_create(goal=child, title="Gör övningsprov")
    services_followup.metric_set(goal=child, name="Provpoäng", unit="%", baseline=40, target=65)
    services_followup.checkin_record(goal=child, day=date(2027, 2, 1), value=48.5, note="Bra vecka")
    services_followup.checkin_record(goal=child, day=date(2027, 2, 8), value=None)
    services_followup.reflection_record(owner=owner, goal=child, went_well="Läste varje dag",
                               still_relevant=True, day=date(2027, 2, 9))  # fmt: skip
    services_followup.reflection_record(owner=owner, to_improve="Mer sömn", day=date(2027, 2, 10))
    return {"parent": parent, "child": child}


def export_json(client) -> dict:
    response = client.get(reverse("export-json"))
    assert response.status_code == 200 and response["Content-Type"] == "application/json"
    assert response["Content-Disposition"].startswith("attachment;")
    return json.loads(response.content)


def upload(client, content: bytes | str, name: str = "plan.json"):
    if isinstance(content, str):
        content = content.encode()
    return client.post(
        reverse("import-plan"), {"file": SimpleUploadedFile(name, content, "application/json")}
    )


# ------------------------------------------------------------------ exports


def test_the_data_page_shows_what_the_account_holds(owner_client, plan):
    body = owner_client.get(reverse("my-data")).content.decode()
    assert "My data" in body and "Download as PDF" in body
    assert "<dt>Goals</dt><dd>2</dd>" in body
    assert "already holds a plan" in body


def test_the_json_export_holds_the_whole_plan(owner_client, owner, plan):
    data = export_json(owner_client)
    assert (data["format"], data["version"]) == ("smarta-plan", 1)
    assert data["profile"] == {
        "language": "sv", "reflection_every_weeks": 2, "reminder_days": "7,1,0",
        "remind_weekly_when_overdue": True,
        "notify": {},
    }  # fmt: skip
    assert data["assessment"]["tasks"] == "Leder supporten."
    assert data["vision"]["five_years"] == "Avdelningschef."
    assert [a["name"] for a in data["areas"]] == ["Presentera", "Budget"]
    parent, child = data["goals"]
    assert (parent["id"], parent["status"], child["parent"]) == (1, "completed", 1)
    assert child["text"] == "Klara ITIL 4 Foundation innan 1 maj 2027."
    assert child["version"] == 2 and child["versions"][0]["text"].startswith("Ta ITIL")
    assert child["deadline"] == "2027-05-01"
    assert [m["title"] for m in child["milestones"]] == ["Boka provet", "Provexamen"]
    assert child["steps"][0]["milestone"] == child["milestones"][0]["id"]
    assert child["metric"] == {"name": "Provpoäng", "unit": "%", "baseline": 40.0, "target": 65.0}
    assert [c["value"] for c in child["checkins"]] == [48.5, None]
    assert [r["goal"] for r in data["reflections"]] == [2, None]
    text = json.dumps(data)
    assert '"owner"' not in text and '"user"' not in text
    assert owner.email not in text and owner.username not in text


def test_the_export_names_every_field_of_every_model(owner_client, plan):
    data = export_json(owner_client)
    goal = data["goals"][1]
    records = {
        Profile: data["profile"], Assessment: data["assessment"], Vision: data["vision"],
        Area: data["areas"][0], Goal: goal, GoalVersion: goal["versions"][0],
        Milestone: goal["milestones"][0], Step: goal["steps"][0], Metric: goal["metric"],
        CheckIn: goal["checkins"][0], Reflection: data["reflections"][0],
    }  # fmt: skip
    for model, record in records.items():
        # ids and the owner never leave; the goal a row belongs to is where it is nested
        fields = {f.name for f in model._meta.concrete_fields} - {"id", "owner", "user"}
        fields -= exports.NOT_EXPORTED
        if model not in (Goal, Reflection):
            fields.discard("goal")
        assert fields <= set(record), f"{model.__name__} misses {fields - set(record)}"


def test_the_markdown_export_reads_as_a_plan(owner_client, plan):
    response = owner_client.get(reverse("export-markdown"))
    text = response.content.decode()
    assert response.status_code == 200 and response["Content-Type"].startswith("text/markdown")
    assert text.startswith("# My development plan")
    assert "## Where I stand" in text and "Leder supporten." in text
    assert "### 1. Klara ITIL 4 Foundation innan 1 maj 2027." in text
    assert "- [x] 15 March 2027: Boka provet" in text and "- [ ] Gör övningsprov" in text
    assert "Serves: Bli supportchef" in text
    assert "\n\n\n" not in text


def test_the_markdown_export_speaks_the_current_language(owner_client, plan):
    owner_client.cookies["django_language"] = "sv"
    text = owner_client.get(reverse("export-markdown")).content.decode()
    assert "15 mars 2027" in text


def test_the_pdf_export_is_a_pdf(owner_client, plan):
    response = owner_client.get(reverse("export-pdf"))
    assert response.status_code == 200 and response["Content-Type"] == "application/pdf"
    assert response.content.startswith(b"%PDF")
    assert "no-store" in response["Cache-Control"]


def test_an_empty_account_exports_too(owner_client):
    data = export_json(owner_client)
    assert data["goals"] == [] and data["assessment"] is None
    assert owner_client.get(reverse("export-pdf")).content.startswith(b"%PDF")
    assert owner_client.get(reverse("export-markdown")).status_code == 200


def test_a_strangers_exports_hold_only_their_own_plan(stranger_client, plan):
    page = stranger_client.get(reverse("my-data")).content.decode()
    assert "<dt>Goals</dt><dd>0</dd>" in page
    data = export_json(stranger_client)
    assert data["goals"] == [] and data["areas"] == [] and data["vision"] is None
    assert "ITIL" not in stranger_client.get(reverse("export-markdown")).content.decode()


@pytest.mark.parametrize("name", ["my-data", "export-json", "export-markdown", "export-pdf"])
def test_the_data_pages_ask_a_visitor_to_log_in(client, name):
    response = client.get(reverse(name))
    assert response.status_code == 302 and response.url.startswith(reverse("login"))


# ------------------------------------------------------------------ import


def rows(user) -> dict[str, list[dict]]:
    """Every row the user owns, field by field; links as positions instead of database ids."""
    goals = list(Goal.objects.filter(owner=user).order_by("priority", "id"))
    goal_at = {g.id: i for i, g in enumerate(goals)}
    milestones = list(
        Milestone.objects.filter(goal__owner=user).order_by("goal__priority", "due", "id")
    )
    milestone_at = {m.id: i for i, m in enumerate(milestones)}

    def plain(row) -> dict:
        out = {}
        for f in row._meta.concrete_fields:
            if f.name in ("id", "owner", "user"):
                continue
            value = getattr(row, f.attname)
            if f.name in ("goal", "parent"):
                value = goal_at.get(value)
            elif f.name == "milestone":
                value = milestone_at.get(value)
            out[f.name] = value
        return out

    by_goal = ("goal__priority", "goal__id")
    return {
        "profile": [plain(r) for r in Profile.objects.filter(user=user)],
        "assessment": [plain(r) for r in Assessment.objects.filter(owner=user)],
        "vision": [plain(r) for r in Vision.objects.filter(owner=user)],
        "areas": [plain(r) for r in Area.objects.filter(owner=user).order_by("kind", "name")],
        "goals": [plain(r) for r in goals],
        "versions": [
            plain(r)
            for r in GoalVersion.objects.filter(goal__owner=user).order_by(*by_goal, "version")
        ],
        "milestones": [plain(r) for r in milestones],
        "steps": [plain(r) for r in Step.objects.filter(goal__owner=user).order_by(*by_goal, "id")],
        "metrics": [plain(r) for r in Metric.objects.filter(goal__owner=user).order_by(*by_goal)],
        "checkins": [
            plain(r) for r in CheckIn.objects.filter(goal__owner=user).order_by(*by_goal, "id")
        ],
        "reflections": [
            plain(r) for r in Reflection.objects.filter(owner=user).order_by("day", "id")
        ],
    }


# What an import does not take from the file: sharing, approval, the counter, the moments.
NOT_RESTORED = {"visibility", "approved_at", "approved_by", "changes_requested", "version",
                "created_at", "updated_at", "completed_at"}  # fmt: skip


def but_goals_as_restored(data: dict) -> dict:
    """The export or the rows with the goals' fields that an import does not restore left out."""
    goals = [{k: v for k, v in goal.items() if k not in NOT_RESTORED} for goal in data["goals"]]
    return {**data, "goals": goals}


def test_an_export_imported_into_a_fresh_account_comes_back_as_it_was(
    owner_client, owner, plan, make_user, client
):
    services_team.goal_set_visibility(goal=plan["child"], visibility=Goal.Visibility.SHARED)
    first = export_json(owner_client)
    fresh = make_user("fresh")
    client.force_login(fresh)
    before = timezone.now()
    response = upload(client, json.dumps(first))
    assert response.status_code == 302 and response.url == reverse("my-data")
    assert "Your plan is restored, with 2 goals." in client.get(reverse("my-data")).content.decode()

    second = export_json(client)
    first.pop("exported_at"), second.pop("exported_at")
    assert but_goals_as_restored(second) == but_goals_as_restored(first)
    restored, original = rows(fresh), rows(owner)
    assert all(restored[table] for table in restored)
    assert but_goals_as_restored(restored) == but_goals_as_restored(original)
    # the goals are new in this account: private, unapproved, version 1, made now
    parent, child = Goal.objects.filter(owner=fresh).order_by("priority")
    assert child.parent == parent and parent.owner == fresh
    assert {g.visibility for g in (parent, child)} == {Goal.Visibility.PRIVATE}
    assert (child.version, child.approved_at, parent.created_at >= before) == (1, None, True)
    assert parent.status == Goal.Status.COMPLETED and parent.completed_at >= before


def test_an_import_into_an_account_with_goals_is_refused(owner_client, owner, plan, stranger):
    before = rows(owner)
    stranger_plan = {"format": "smarta-plan", "version": 1,
                     "goals": [{"id": 1, "text": "Springa Stockholm Marathon 2027."}]}  # fmt: skip
    response = upload(owner_client, json.dumps(stranger_plan))
    assert response.status_code == 409
    assert "already holds a plan, so nothing was imported" in response.content.decode()
    assert rows(owner) == before


def test_an_import_into_an_account_with_only_areas_is_refused(owner_client, owner):
    services_profile.area_create(owner=owner, name="Excel", kind="weakness", confidence=3)
    response = upload(owner_client, '{"format": "smarta-plan", "version": 1}')
    assert response.status_code == 409
    assert Area.objects.filter(owner=owner).count() == 1


def test_a_minimal_file_imports_with_defaults(owner_client, owner):
    milestone = {"id": 1, "title": "Halvmara", "due": "2027-05-01"}
    goal = {"id": 7, "text": "Springa ett maraton 2027.", "milestones": [milestone]}
    content = {"format": "smarta-plan", "version": 1, "goals": [goal]}
    assert upload(owner_client, json.dumps(content)).status_code == 302
    goal = Goal.objects.get(owner=owner)
    assert (goal.text, goal.horizon, goal.status, goal.version) == (
        "Springa ett maraton 2027.", "short", "active", 1,
    )  # fmt: skip
    assert goal.milestones.get().title == "Halvmara"


BAD_FILES = {
    "not json": (b"%PDF-1.7 \x00\xff", "not a JSON file"),
    "not utf-8": ('{"format": "smarta-plan", "note": "å"}'.encode("latin-1"), "not a JSON file"),
    "another format": (b'{"format": "something-else", "version": 1}', "not a plan exported"),
    "a list": (b"[1, 2, 3]", "not a plan exported"),
    "newer version": (b'{"format": "smarta-plan", "version": 99}', "format version 99"),
    "wrong type": (
        b'{"format": "smarta-plan", "version": 1, "goals": [{"id": 1, "text": 5}]}',
        "goals[0].text: expected text",
    ),
    "bad choice": (
        b'{"format": "smarta-plan", "version": 1, "goals": [{"id": 1, "text": "x", '
        b'"horizon": "forever"}]}',
        "goals[0].horizon: expected one of: long, short",
    ),
    "bad date": (
        b'{"format": "smarta-plan", "version": 1, "goals": [{"id": 1, "text": "x", '
        b'"deadline": "next spring"}]}',
        "goals[0].deadline: expected a date (YYYY-MM-DD)",
    ),
    "out of range": (
        b'{"format": "smarta-plan", "version": 1, "areas": [{"name": "Excel", '
        b'"kind": "strength", "confidence": 7}]}',
        "areas[0].confidence: expected a whole number from 1 to 5",
    ),
    "missing field": (
        b'{"format": "smarta-plan", "version": 1, "goals": [{"id": 1}]}',
        "goals[0].text: missing",
    ),
    "unknown field": (
        b'{"format": "smarta-plan", "version": 1, "goalz": []}',
        "goalz: unknown field",
    ),
    "dangling parent": (
        b'{"format": "smarta-plan", "version": 1, "goals": [{"id": 1, "text": "x", "parent": 9}]}',
        "goals[0].parent: goal 9 is not in the file",
    ),
    "duplicate id": (
        b'{"format": "smarta-plan", "version": 1, "goals": [{"id": 1, "text": "x"}, '
        b'{"id": 1, "text": "y"}]}',
        "goals[1].id: id 1 is used twice",
    ),
    "foreign milestone": (
        b'{"format": "smarta-plan", "version": 1, "goals": [{"id": 1, "text": "x", '
        b'"milestones": [{"id": 1, "title": "m", "due": "2027-01-01"}]}, {"id": 2, "text": "y", '
        b'"steps": [{"title": "s", "milestone": 1}]}]}',
        "goals[1].steps[0].milestone: milestone 1 is not one of this goal",
    ),
    "not a number": (
        b'{"format": "smarta-plan", "version": 1, "goals": [{"id": 1, "text": "x", '
        b'"checkins": [{"day": "2027-01-01", "value": NaN}]}]}',
        "not a JSON file",
    ),
}


@pytest.mark.parametrize("case", BAD_FILES, ids=list(BAD_FILES))
def test_a_malformed_file_is_reported_and_nothing_is_imported(owner_client, owner, case):
    content, message = BAD_FILES[case]
    response = upload(owner_client, content)
    body = response.content.decode()
    assert response.status_code == 400
    assert "Nothing was imported." in body
    assert message in body.replace("&#x27;", "'")
    assert not Goal.objects.filter(owner=owner).exists()
    assert not Area.objects.filter(owner=owner).exists()


def test_an_import_without_a_file_asks_for_one(owner_client):
    response = owner_client.post(reverse("import-plan"))
    assert response.status_code == 400 and "Choose a file to import." in response.content.decode()


def test_many_problems_are_reported_at_once_but_not_endlessly(owner_client):
    goals = [{"id": n, "text": 5} for n in range(1, 40)]
    response = upload(owner_client, json.dumps({"format": "smarta-plan", "version": 1,
                                                "goals": goals}))  # fmt: skip
    body = response.content.decode()
    assert response.status_code == 400
    assert "goals[19].text" in body and "goals[20].text" not in body
    assert "and 19 more problems" in body


def test_import_and_account_deletion_are_post_only(owner_client, owner):
    assert owner_client.get(reverse("import-plan")).status_code == 405
    assert owner_client.get(reverse("account-delete")).status_code == 405
    assert get_user_model().objects.filter(pk=owner.pk).exists()


# ------------------------------------------------------------------ delete the account


def owned_counts(user) -> dict[type, int]:
    """How many rows of each model belong to the user, directly or through a goal."""
    return {
        Profile: Profile.objects.filter(user=user).count(),
        Assessment: Assessment.objects.filter(owner=user).count(),
        Vision: Vision.objects.filter(owner=user).count(),
        Area: Area.objects.filter(owner=user).count(),
        Goal: Goal.objects.filter(owner=user).count(),
        GoalVersion: GoalVersion.objects.filter(goal__owner=user).count(),
        Milestone: Milestone.objects.filter(goal__owner=user).count(),
        Step: Step.objects.filter(goal__owner=user).count(),
        Metric: Metric.objects.filter(goal__owner=user).count(),
        CheckIn: CheckIn.objects.filter(goal__owner=user).count(),
        Reflection: Reflection.objects.filter(owner=user).count(),
    }


def test_deleting_the_account_removes_every_row_it_owned_and_logs_out(
    owner_client, owner, plan, stranger
):
    other = services_goals.goal_create(owner=stranger, text="Läsa fem böcker innan 1 juni 2027.")
    services_plan.milestone_create(goal=other, title="Första boken", due=date(2027, 2, 1))
    stranger_before = owned_counts(stranger)
    owner_before = owned_counts(owner)
    assert all(owner_before.values())
    total_before = {model: model.objects.count() for model in OWNED}

    response = owner_client.post(reverse("account-delete"), {"password": PASSWORD})
    assert response.status_code == 302 and response.url == reverse("login")
    assert not get_user_model().objects.filter(pk=owner.pk).exists()
    for model in OWNED:
        assert model.objects.count() == total_before[model] - owner_before[model], model
    assert owned_counts(stranger) == stranger_before
    after = owner_client.get(reverse("my-data"))
    assert after.status_code == 302 and after.url.startswith(reverse("login"))
    page = owner_client.get(reverse("login")).content.decode()
    assert "Your account and everything in it have been deleted." in page


def test_a_wrong_password_deletes_nothing(owner_client, owner, plan):
    before = owned_counts(owner)
    response = owner_client.post(reverse("account-delete"), {"password": "not my password"})
    assert response.status_code == 200
    assert "That is not your password. Nothing was deleted." in response.content.decode()
    assert owned_counts(owner) == before
    assert owner_client.get(reverse("my-data")).status_code == 200


def test_the_exported_moments_survive_the_round_trip(owner_client, owner, make_user, client):
    goal = services_goals.goal_create(owner=owner, text="Skriva en rapport innan 1 mars 2027.")
    checkin = services_followup.checkin_record(
        goal=goal, day=date(2026, 1, 5), value=None, note="Utkast"
    )
    step = services_plan.step_create(goal=goal, title="Disposition")
    step = services_plan.step_set_done(step=step, done=True)
    long_ago = goal.created_at - timedelta(days=400)
    Goal.objects.filter(pk=goal.pk).update(created_at=long_ago, updated_at=long_ago)
    CheckIn.objects.filter(pk=checkin.pk).update(created_at=long_ago)
    Step.objects.filter(pk=step.pk).update(done_at=long_ago)
    data = export_json(owner_client)
    fresh = make_user("fresh")
    client.force_login(fresh)
    upload(client, json.dumps(data))
    restored = Goal.objects.get(owner=fresh)
    assert restored.checkins.get().created_at == long_ago
    assert restored.steps.get().done_at == long_ago
    # the goal itself is new in this account
    assert restored.created_at > long_ago and restored.updated_at > long_ago
