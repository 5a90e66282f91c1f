"""An organisation exported with ``export_org`` and restored with ``restore_org`` into a fresh
database comes back unchanged: the same file when exported again, the same logins, the same
reporting lines, and a server on it that takes new rows.

The organisation is built through the services in pytest's database and exported in-process;
the restore, the second export and the server run as separate processes against a new empty
database: SQLite in a new data folder, or, when the suite runs on PostgreSQL (DATABASE_URL),
a new database created on the same PostgreSQL server (the role has CREATEDB).
"""

from __future__ import annotations

import json
import os
import secrets
import stat
from datetime import timedelta
from pathlib import Path
from urllib.parse import urlparse, urlunparse

import pytest
from django.apps import apps
from django.contrib.admin.models import CHANGE, LogEntry
from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group, Permission
from django.core.management import CommandError, call_command
from django.utils import timezone

from smarta.api.tokens import token_create
from smarta.planner.calendar import services as services_calendar
from smarta.planner.calendar.reminders import send_reminders
from smarta.planner.data.backup import MODELS, NOT_EXPORTED, org_holdings
from smarta.planner.feedback import services as services_feedback
from smarta.planner.followup import services as services_followup
from smarta.planner.goals import services as services_goals
from smarta.planner.models import CheckIn, Goal
from smarta.planner.plan import services as services_plan
from smarta.planner.profile import services as services_profile
from smarta.planner.talks import services as services_talks
from smarta.planner.team import services as services_team
from smarta.planner.teamgoals import services as services_teamgoals
from tests.servers import Server, call

# The backup carries password hashes into another process, which knows only the site's own
# hashers: the people here are hashed with those, not the tests' fast one.
pytestmark = pytest.mark.usefixtures("argon2")

PASSWORD = "correct horse battery staple 42"
ON_POSTGRESQL = bool(os.environ.get("DATABASE_URL"))


# ---------------------------------------------------------------- the organisation


def build_organisation() -> dict[str, Goal]:
    """Several people with reporting lines and departments, goals with plans and follow-up,
    comments, feedback, a talk, reminders sent, an API token, a group with permissions and an
    admin log entry: a row of every model the export holds."""
    result = services_team.people_import(
        rows=enumerate(
            [
                {"email": "maja@example.org", "name": "Maja Chef", "department": "Sales"},
                {"email": "rolf@example.org", "name": "Rolf Rapport", "department": "Sales",
                 "manager_email": "maja@example.org"},
                {"email": "cleo@example.org", "name": "Cleo Kollega", "department": "Sales",
                 "manager_email": "maja@example.org"},
                {"email": "hr@example.org", "name": "Hanna HR", "department": "HR"},
            ],
            start=2,
        )
    )  # fmt: skip
    assert result.errors == []
    people = {u.username.partition("@")[0]: u for u in get_user_model().objects.all()}
    maja, rolf, cleo, hr = people["maja"], people["rolf"], people["cleo"], people["hr"]
    for person in (maja, rolf, hr):  # cleo keeps the unusable password of an imported person
        person.set_password(PASSWORD)
        person.save()
    hr.is_staff = True
    hr.save()
    group = Group.objects.create(name="HR")
    group.permissions.add(Permission.objects.get(codename="change_profile"))
    hr.groups.add(group)
    hr.user_permissions.add(Permission.objects.get(codename="view_goal"))

    services_profile.profile_update(user=rolf, language="en", reminder_days="7,1,0")
    services_calendar.calendar_token_renew(user=rolf)
    services_profile.assessment_update(
        owner=rolf, tasks="Key accounts in the north", values="Trust"
    )
    services_profile.area_create(owner=rolf, name="Negotiation", kind="strength", confidence=4)
    services_profile.vision_update(owner=rolf, one_year="Lead the northern accounts")

    today = timezone.localdate()
    long_goal = services_goals.goal_create(owner=rolf, text="Become head of key accounts by 2030")
    shared = services_goals.goal_create(
        owner=rolf, text="Win 5 new key accounts by the end of next year", parent=long_goal,
        motivation=8, likelihood=6, risks="Long sales cycles",
    )  # fmt: skip
    services_goals.goal_update(goal=shared, text="Win 6 new key accounts by the end of next year")
    private = services_goals.goal_create(
        owner=rolf, text="Read two books on negotiation this spring"
    )
    done = services_goals.goal_create(owner=rolf, text="Finish the CRM course by March")
    services_goals.goal_set_status(goal=done, status=Goal.Status.COMPLETED)
    team_goal = services_teamgoals.team_goal_create(
        owner=maja, text="Hold every development talk by June"
    )
    services_teamgoals.proposal_create(
        manager=maja, person=rolf, text="Mentor one new seller by May", team_goal=team_goal
    )

    in_a_week = today + timedelta(days=7)  # a reminder goes out today (7 days before)
    milestone = services_plan.milestone_create(goal=shared, title="Three accounts", due=in_a_week)
    services_plan.milestone_set_reached(
        milestone=services_plan.milestone_create(goal=shared, title="First account", due=today),
        reached=True,
    )
    step = services_plan.step_create(goal=shared, title="List prospects", milestone=milestone)
    services_plan.step_set_done(step=step, done=True)
    services_plan.step_create(
        goal=shared, title="Call ten prospects", due=today + timedelta(days=3)
    )
    services_followup.metric_set(goal=shared, name="accounts won", unit="", baseline=0, target=6)
    for day, value in ((today - timedelta(days=14), 0.1 + 0.2), (today, 2.0)):
        services_followup.checkin_record(goal=shared, day=day, value=value, note="after the fair")
    services_followup.checkin_record(goal=private, day=today, value=None, note="chapter 3")
    services_followup.reflection_record(owner=rolf, goal=shared, day=today, went_well="The fair",
                               still_relevant=True)  # fmt: skip

    services_team.goal_set_visibility(goal=shared, visibility=Goal.Visibility.SHARED)
    services_team.goal_set_visibility(goal=done, visibility=Goal.Visibility.SHARED)
    services_team.goal_request_changes(goal=done, manager=maja, comment="Name the course")
    services_team.goal_comment_add(goal=shared, author=maja, body="Which accounts first?")
    services_team.goal_comment_add(goal=shared, author=rolf, body="The northern ones.")

    answered = services_feedback.feedback_request_create(
        goal=shared, role="colleague", giver=cleo, link_for=lambda secret: f"/f/{secret}",
        language="en",
    )  # fmt: skip
    services_feedback.feedback_answer(
        feedback_request=answered, going_well="Good pitch", could_be_better="Follow up sooner",
        example="The fair",
    )  # fmt: skip
    services_feedback.feedback_request_create(
        goal=shared, role="mentor", email="mentor@example.com", message="Have a look?",
        link_for=lambda secret: f"/f/{secret}", language="sv",
    )  # fmt: skip

    talk = services_talks.talk_book(
        manager=maja, report=rolf, scheduled_for=timezone.now() + timedelta(days=2)
    )
    services_talks.talk_set_agenda(talk=talk, user=rolf, text="My accounts")
    services_talks.talk_set_notes(
        talk=talk, user=maja, notes="Good year", proposals="Mentoring", version=1
    )
    services_talks.talk_agree_goals(talk=talk, manager=maja, goal_ids=[shared.pk])
    services_talks.talk_set_held(talk=talk, manager=maja)

    send_reminders(today=today, base_url="http://smarta.example.org")
    token_create(user=rolf, name="HR sync")
    LogEntry.objects.log_actions(
        user_id=hr.pk, queryset=[rolf.profile], action_flag=CHANGE, change_message="manager set",
        single_object=True,
    )  # fmt: skip
    return {"shared": shared, "private": private}


# ---------------------------------------------------------------- databases and processes


def new_postgresql_database() -> str:
    """A new empty database on the PostgreSQL server of DATABASE_URL; its URL."""
    import psycopg

    url = urlparse(os.environ["DATABASE_URL"])
    name = f"smarta_restore_{secrets.token_hex(4)}"
    with psycopg.connect(os.environ["DATABASE_URL"], autocommit=True) as db:
        db.execute(f'CREATE DATABASE "{name}"')
    return urlunparse(url._replace(path=f"/{name}"))


def drop_postgresql_database(database_url: str) -> None:
    import psycopg

    name = urlparse(database_url).path.lstrip("/")
    with psycopg.connect(os.environ["DATABASE_URL"], autocommit=True) as db:
        db.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')


@pytest.fixture(params=["same kind", "sqlite"])
def target(request):
    """A production server (not started) on a new, migrated, empty database: of the same kind
    as pytest's, or SQLite when pytest's is PostgreSQL (moving between the two)."""
    database_url = ""
    if request.param == "sqlite" and not ON_POSTGRESQL:
        pytest.skip("pytest's database is SQLite already")
    if request.param == "same kind" and ON_POSTGRESQL:
        database_url = new_postgresql_database()
    server = Server(production=True, env={"DATABASE_URL": database_url})
    try:
        server.manage("migrate", "--noinput", "-v", "0")
        yield server
    finally:
        server.stop()
        if database_url:
            drop_postgresql_database(database_url)


def header(path: Path) -> dict:
    with path.open(encoding="utf-8") as stream:
        return json.loads(stream.readline())


def rows(path: Path) -> dict[tuple[str, int], dict]:
    with path.open(encoding="utf-8") as stream:
        stream.readline()
        return {(r["model"], r["pk"]): r["fields"] for r in map(json.loads, stream)}


# ---------------------------------------------------------------- tests


def test_every_model_is_exported_or_left_out_for_a_reason():
    installed = {model._meta.label_lower for model in apps.get_models()}
    assert set(MODELS).isdisjoint(NOT_EXPORTED)
    assert set(MODELS) | set(NOT_EXPORTED) == installed


@pytest.mark.django_db(transaction=True)
def test_an_organisation_round_trips_unchanged(target, tmp_path):
    org = build_organisation()
    first, second = tmp_path / "first.jsonl", tmp_path / "second.jsonl"
    call_command("export_org", str(first))
    exported = header(first)
    assert exported["format"] == "smarta-org" and exported["version"] == 1
    assert [label for label in MODELS if not exported["counts"][label]] == []  # all of them
    assert stat.S_IMODE(first.stat().st_mode) == 0o600  # it holds password hashes
    checkin = CheckIn.objects.get(value=0.1 + 0.2)
    fields = rows(first)[("planner.checkin", checkin.pk)]
    assert fields["value"] == 0.1 + 0.2
    assert fields["created_at"] == checkin.created_at.isoformat()  # to the microsecond

    restored = target.manage("restore_org", str(first), check=False)
    assert restored.returncode == 0, restored.stderr
    target.manage("export_org", str(second))
    assert second.read_bytes() == first.read_bytes()

    target.start()
    maja, rolf = (
        target.token("maja@example.org", PASSWORD),
        target.token("rolf@example.org", PASSWORD),
    )
    status, goal = call("GET", f"{target.url}/api/v1/goals/{org['shared'].pk}", token=maja)
    assert status == 200, goal
    assert (goal["title"], goal["owner"], goal["approved"]) == (
        org["shared"].text, "rolf@example.org", True,
    )  # fmt: skip
    login = {"username": "cleo@example.org", "password": PASSWORD}  # imported, no password set
    assert call("POST", f"{target.url}/api/v1/token", login)[0] == 401
    status, _ = call("GET", f"{target.url}/api/v1/goals/{org['private'].pk}", token=maja)
    assert status == 404
    status, listing = call("GET", f"{target.url}/api/v1/goals?owner=reports", token=maja)
    assert org["shared"].pk in [g["id"] for g in listing["items"]]
    # New rows get fresh ids after the restored ones (PostgreSQL's sequences were reset).
    status, new = call("POST", f"{target.url}/api/v1/goals", {"title": "Visit Umeå"}, rolf)
    assert status == 201, new
    assert new["id"] > max(pk for model, pk in rows(first) if model == "planner.goal")
    url = f"{target.url}/api/v1/goals/{org['shared'].pk}/checkins"
    status, answer = call("POST", url, {"day": "2026-05-04", "value": 3}, rolf)
    assert status == 201, answer
    assert answer["id"] > checkin.pk


@pytest.mark.django_db(transaction=True)
def test_restore_refuses_a_database_that_holds_people_unless_replacing(target, tmp_path):
    build_organisation()
    export, again = tmp_path / "org.jsonl", tmp_path / "again.jsonl"
    call_command("export_org", str(export))
    assert target.manage("restore_org", str(export), check=False).returncode == 0

    refused = target.manage("restore_org", str(export), check=False)
    assert refused.returncode == 1
    assert "already holds an organisation (auth.group: 1, auth.user: 4," in refused.stderr
    assert "--replace" in refused.stderr and "Traceback" not in refused.stderr
    replaced = target.manage("restore_org", "--replace", str(export), check=False)
    assert replaced.returncode == 0, replaced.stderr
    target.manage("export_org", str(again))
    assert again.read_bytes() == export.read_bytes()


# Run in the server's environment: a person, then an export that, once it has written its first
# row, has another connection (another thread) add a department and waits for it.
EXPORT_WHILE_WRITING = """
import io, json, secrets, threading
from django.contrib.auth import get_user_model
from smarta.planner.data.backup import org_write
from smarta.planner.models import Department

get_user_model().objects.create_user("snapshot-" + secrets.token_hex(4))
added, errors = "Added mid-export " + secrets.token_hex(4), []

def add():
    try:
        Department.objects.create(name=added)
    except Exception as error:
        errors.append(repr(error))

class Stream(io.StringIO):
    def write(self, text):
        if text.startswith('{"model"') and not getattr(self, "written", False):
            self.written = True
            writer = threading.Thread(target=add)
            writer.start()
            writer.join()
        return super().write(text)

stream = Stream()
counts = org_write(stream)
lines = stream.getvalue().splitlines()[1:]
print(json.dumps({
    "errors": errors,
    "stored": Department.objects.filter(name=added).exists(),
    "in_file": any(added in line for line in lines),
    "departments": [counts["planner.department"],
                    sum('"model": "planner.department"' in line for line in lines)],
}))
"""


def test_an_export_reads_one_moment_while_the_app_writes_on():
    """The export neither blocks the app's writes (SQLite: no write lock) nor mixes in rows
    written after it began (PostgreSQL: REPEATABLE READ; SQLite: one read transaction)."""
    server = Server(production=True)  # pytest's database is not the one a server uses
    try:
        server.manage("migrate", "--noinput", "-v", "0")
        result = server.manage("shell", "-v", "0", "-c", EXPORT_WHILE_WRITING)
    finally:
        server.stop()
    seen = json.loads(result.stdout.splitlines()[-1])
    assert seen["errors"] == []
    assert seen["stored"] and not seen["in_file"]
    announced, written = seen["departments"]
    assert announced == written


def test_a_file_that_is_not_an_export_gets_a_clear_message_and_status_1(tmp_path):
    server = Server(production=True)  # a new empty database is enough: nothing is restored
    not_an_export = tmp_path / "people.csv"
    not_an_export.write_text("email,name\nmaja@example.org,Maja\n")
    try:
        result = server.manage("restore_org", str(not_an_export), check=False)
    finally:
        server.stop()
    assert result.returncode == 1
    assert "this is not an organisation export from Smarta" in result.stderr
    assert "Traceback" not in result.stderr


def with_header(lines: list[str], **changes) -> bytes:
    return "".join([json.dumps({**json.loads(lines[0]), **changes}) + "\n", *lines[1:]]).encode()


def binary(lines: list[str]) -> bytes:
    return b"\xff\xfe\x00 not text" * 100


def a_persons_plan(lines: list[str]) -> bytes:
    return json.dumps({"format": "smarta-plan", "version": 1, "goals": []}, indent=2).encode()


def cut_short(lines: list[str]) -> bytes:
    return "".join(lines[:-1]).encode()


def a_newer_format(lines: list[str]) -> bytes:
    return with_header(lines, version=2)


def a_newer_schema(lines: list[str]) -> bytes:
    return with_header(lines, migrations=[["planner", "9999_from_the_future"]])


def a_broken_line(lines: list[str]) -> bytes:
    return "".join([*lines[:3], "{not json\n", *lines[4:]]).encode()


def a_row_of_another_kind(lines: list[str]) -> bytes:
    session = {
        "model": "sessions.session",
        "pk": "x",
        "fields": {"session_data": "", "expire_date": "2030-01-01T00:00:00Z"},
    }
    return "".join([*lines, json.dumps(session) + "\n"]).encode()


GOAL_ROW = '"model": "planner.goal",'


def a_link_to_a_missing_row(lines: list[str]) -> bytes:
    goals = [line.replace('"owner": ', '"owner": 9999') for line in lines if GOAL_ROW in line]
    return "".join([*lines[:-2], *goals]).encode()


@pytest.mark.parametrize(
    ("damage", "message"),
    [
        (binary, "not an organisation export from Smarta"),
        (a_persons_plan, "not an organisation export from Smarta"),
        (cut_short, "cut short or edited? (planner.goal: 2 announced, 1 found)"),
        (a_newer_format, "format version 2; this Smarta reads version 1"),
        (a_newer_schema, "lacks migrations the file was written with (planner.9999_from_the_"),
        (a_broken_line, "line 4: "),
        (a_row_of_another_kind, "sessions.session is not part of an organisation"),
        (a_link_to_a_missing_row, "owner_id"),  # which link is broken
    ],
)
@pytest.mark.django_db(transaction=True)
def test_a_damaged_export_restores_nothing(damage, message, tmp_path, owner):
    services_goals.goal_create(owner=owner, text="Run 5 km by June")
    services_goals.goal_create(owner=owner, text="Read a book a month")
    export = tmp_path / "org.jsonl"
    call_command("export_org", str(export))
    lines = export.read_text(encoding="utf-8").splitlines(keepends=True)
    assert lines[-2:] == [line for line in lines if GOAL_ROW in line]
    owner.delete()
    assert org_holdings() == {}
    path = tmp_path / "damaged.jsonl"
    path.write_bytes(damage(lines))
    with pytest.raises(CommandError, match="nothing was changed") as error:
        call_command("restore_org", str(path))
    assert message in str(error.value)
    assert org_holdings() == {}
