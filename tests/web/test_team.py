"""Working with others: reporting lines, sharing, the manager's team and approval, HR figures."""

from __future__ import annotations

from datetime import date, timedelta

import pytest
from django.contrib.auth import get_user_model
from django.core.management import call_command
from django.core.management.base import CommandError
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse
from django.utils import timezone

from smarta.planner.followup import services as services_followup
from smarta.planner.goals import selectors as selectors_goals
from smarta.planner.goals import services as services_goals
from smarta.planner.goals import status
from smarta.planner.models import Department, Goal, GoalComment, Profile
from smarta.planner.plan import services as services_plan
from smarta.planner.team import selectors as selectors_team
from smarta.planner.team import services as services_team
from tests.conftest import client_for

# the assertions read the source texts
pytestmark = [pytest.mark.django_db, pytest.mark.usefixtures("english")]


SHARED_TEXT = "Jag ska ta certifieringen ITIL 4 Foundation senast den 15 maj 2027."
PRIVATE_TEXT = "Hitta ett nytt jobb utanför företaget före årsskiftet 2027."


def _report_to(person, manager, department: str | None = None) -> None:
    dept = Department.objects.get_or_create(name=department)[0] if department else None
    Profile.objects.update_or_create(user=person, defaults={"manager": manager, "department": dept})


@pytest.fixture
def other_manager(make_user):
    """A manager, but not the owner's: sees nothing of the owner's."""
    boss = make_user("mikael")
    _report_to(make_user("rut"), boss)
    return boss


@pytest.fixture
def manager_client(manager):
    return client_for(manager)


@pytest.fixture
def shared_goal(owner, manager):
    goal = services_goals.goal_create(owner=owner, text=SHARED_TEXT, motivation=8)
    services_team.goal_set_visibility(goal=goal, visibility=Goal.Visibility.SHARED)
    services_followup.metric_set(
        goal=goal, name="Övningsprov", unit="poäng", baseline=10, target=40
    )
    services_followup.checkin_record(
        goal=goal, day=date(2026, 1, 10), value=22, note="Halvvägs i boken"
    )
    services_followup.reflection_record(
        owner=owner, goal=goal, went_well="Hemlig reflektion om chefen"
    )
    return goal


@pytest.fixture
def private_goal(owner, manager):
    goal = services_goals.goal_create(owner=owner, text=PRIVATE_TEXT)
    services_followup.checkin_record(
        goal=goal, day=date(2026, 1, 10), value=None, note="Privat anteckning"
    )
    return goal


# --- Importing people -----------------------------------------------------------------


def _csv(tmp_path, text: str):
    path = tmp_path / "people.csv"
    path.write_text(text, encoding="utf-8")
    return path


def test_the_import_creates_people_departments_and_managers_named_later_in_the_file(tmp_path):
    path = _csv(tmp_path, (
        "email,name,department,manager_email\n"
        "Anna@Example.org,Anna Lind,Ekonomi,boss@example.org\n"
        "bo@example.org,Bo Ek,IT,\n"
        "boss@example.org,Berit Boss,Ekonomi,\n"
    ))  # fmt: skip
    call_command("import_people", str(path))
    anna = get_user_model().objects.get(username="anna@example.org")
    assert (anna.first_name, anna.last_name, anna.email) == ("Anna", "Lind", "anna@example.org")
    assert anna.profile.manager.username == "boss@example.org"
    assert anna.profile.department.name == "Ekonomi"
    assert get_user_model().objects.get(username="bo@example.org").profile.manager is None
    assert sorted(Department.objects.values_list("name", flat=True)) == ["Ekonomi", "IT"]
    assert not anna.has_usable_password()


def test_the_import_reports_bad_rows_by_line_and_imports_the_rest(tmp_path, make_user, capsys):
    make_user("known@example.org")
    path = _csv(tmp_path, (
        "email,name,department,manager_email\n"
        "ok@example.org,Ok Person,IT,known@example.org\n"
        "not-an-email,Bad Email,IT,\n"
        ",No Email,IT,\n"
        "lost@example.org,Lost,IT,nobody@example.org\n"
        "ok@example.org,Twice,IT,\n"
        "self@example.org,Self,IT,self@example.org\n"
        "under@example.org,Under,IT,lost@example.org\n"
    ))  # fmt: skip
    with pytest.raises(CommandError) as failed:
        call_command("import_people", str(path))
    assert failed.value.returncode == 1
    err = capsys.readouterr().err
    assert "line 3: not an e-mail address: not-an-email" in err
    assert "line 4: the e-mail address is missing" in err
    assert "line 5: the manager nobody@example.org" in err
    assert "line 6: ok@example.org is already on line 2" in err
    assert "line 7: a person cannot be their own manager" in err
    assert "line 8: the manager lost@example.org" in err  # their manager's row was refused
    ok = get_user_model().objects.get(username="ok@example.org")
    assert ok.profile.manager.username == "known@example.org"
    refused = ["lost@example.org", "under@example.org", "self@example.org"]
    assert not get_user_model().objects.filter(username__in=refused).exists()


def test_the_import_updates_a_person_already_there(tmp_path, make_user):
    person = make_user("anna@example.org")
    _report_to(person, make_user("old@example.org"), "Gammal")
    path = _csv(tmp_path, "email,name,department,manager_email\nanna@example.org,Anna Ny,Ny,\n")
    call_command("import_people", str(path))
    person.refresh_from_db()
    assert person.first_name == "Anna" and person.last_name == "Ny"
    assert person.profile.department.name == "Ny" and person.profile.manager is None
    assert person.has_usable_password()  # an update keeps the person's password


def test_the_import_refuses_a_file_without_the_columns(tmp_path):
    with pytest.raises(CommandError, match="missing columns: manager_email"):
        call_command("import_people", str(_csv(tmp_path, "email,name,department\n")))


def test_a_file_that_is_not_utf8_gets_a_clear_message_and_imports_nothing(tmp_path):
    path = tmp_path / "people.csv"
    path.write_bytes(
        "email,name,department,manager_email\n"
        "bo@example.org,Bo Ek,IT,\n"
        "asa@example.org,Åsa Öberg,Ekonomi,\n".encode("latin-1")
    )
    with pytest.raises(CommandError, match="line 3: the file is not UTF-8") as failed:
        call_command("import_people", str(path))
    assert failed.value.returncode == 1
    assert not get_user_model().objects.exists()


def test_a_field_too_large_for_csv_gets_a_clear_message_and_imports_nothing(tmp_path):
    huge = '"' + "x" * 200_000 + '"'
    path = _csv(tmp_path, f"email,name,department,manager_email\nbo@example.org,{huge},IT,\n")
    with pytest.raises(CommandError, match="not a CSV file near line 1: field larger than"):
        call_command("import_people", str(path))
    assert not get_user_model().objects.exists()


def test_values_longer_than_their_columns_are_reported_by_line_and_the_rest_imported(
    tmp_path, capsys
):
    User = get_user_model()
    username = User._meta.get_field("username").max_length
    first_name = User._meta.get_field("first_name").max_length
    last_name = User._meta.get_field("last_name").max_length
    department = Department._meta.get_field("name").max_length
    long_email = "a" * (username - len("@example.org") + 1) + "@example.org"
    path = _csv(tmp_path, (
        "email,name,department,manager_email\n"
        f"{long_email},Long Email,IT,\n"
        f"first@example.org,{'F' * (first_name + 1)} Lind,IT,\n"
        f"last@example.org,Anna {'L' * (last_name + 1)},IT,\n"
        f"dept@example.org,Anna Lind,{'D' * (department + 1)},\n"
        f"fits@example.org,{'F' * first_name} {'L' * last_name},{'D' * department},\n"
        "nul@example.org,Anna\x00Lind,IT,\n"
    ))  # fmt: skip
    with pytest.raises(CommandError) as failed:
        call_command("import_people", str(path))
    assert failed.value.returncode == 1
    err = capsys.readouterr().err
    assert f"line 2: the e-mail address is longer than {username} characters" in err
    assert f"line 3: the first name (before the first space) is longer than {first_name}" in err
    assert f"line 4: the last name (after the first space) is longer than {last_name}" in err
    assert f"line 5: the department is longer than {department} characters" in err
    assert "line 7: the column name contains a NUL character" in err
    assert list(User.objects.values_list("username", flat=True)) == ["fits@example.org"]
    assert User.objects.get().profile.department.name == "D" * department


def test_reporting_lines_that_go_round_in_a_circle_are_refused(tmp_path, make_user, capsys):
    # in the database: mats reports to xena
    _report_to(make_user("mats@example.org"), make_user("xena@example.org"))
    path = _csv(tmp_path, (
        "email,name,department,manager_email\n"
        "a@example.org,A,IT,b@example.org\n"
        "b@example.org,B,IT,a@example.org\n"
        "c@example.org,C,IT,d@example.org\n"
        "d@example.org,D,IT,e@example.org\n"
        "e@example.org,E,IT,c@example.org\n"
        "f@example.org,F,IT,a@example.org\n"
        "xena@example.org,Xena,IT,mats@example.org\n"
        "ok@example.org,Ok,IT,e@example.org\n"
        "fine@example.org,Fine,IT,xena@example.org\n"
    ))  # fmt: skip
    with pytest.raises(CommandError) as failed:
        call_command("import_people", str(path))
    assert failed.value.returncode == 1
    err = capsys.readouterr().err
    circle = "the reporting lines would go round in a circle"
    assert f"line 2: {circle}: a@example.org → b@example.org → a@example.org" in err
    assert f"line 3: {circle}: b@example.org → a@example.org → b@example.org" in err
    assert f"line 4: {circle}: c@example.org → d@example.org → e@example.org → c@example" in err
    assert f"line 5: {circle}: d@example.org" in err and f"line 6: {circle}: e@example" in err
    assert "line 7: the manager a@example.org is not a user" in err  # a was refused
    assert f"line 8: {circle}: xena@example.org → mats@example.org → xena@example.org" in err
    assert "line 9: the manager e@example.org is not a user" in err
    assert "line 10" not in err
    fine = get_user_model().objects.get(username="fine@example.org")
    assert fine.profile.manager.username == "xena@example.org"
    xena = get_user_model().objects.get(username="xena@example.org")
    assert getattr(xena, "profile", None) is None or xena.profile.manager is None


def test_a_manager_whose_own_line_is_refused_can_still_be_named_when_already_a_user(
    tmp_path, make_user, capsys
):
    make_user("boss@example.org")
    path = _csv(tmp_path, (
        "email,name,department,manager_email\n"
        "boss@example.org,Boss,IT,nobody@example.org\n"
        "anna@example.org,Anna,IT,boss@example.org\n"
    ))  # fmt: skip
    with pytest.raises(CommandError):
        call_command("import_people", str(path))
    assert "line 2: the manager nobody@example.org" in capsys.readouterr().err
    anna = get_user_model().objects.get(username="anna@example.org")
    assert anna.profile.manager.username == "boss@example.org"


# --- Sharing, seen by the manager -----------------------------------------------------


def test_a_manager_sees_a_shared_goal_with_its_checkins_but_not_its_reflections(
    manager_client, shared_goal
):
    response = manager_client.get(reverse("team-goal", args=[shared_goal.pk]))
    body = response.content.decode()
    assert response.status_code == 200
    assert SHARED_TEXT in body and "Halvvägs i boken" in body and "Övningsprov" in body
    assert "Hemlig reflektion" not in body


def test_a_manager_cannot_see_a_private_goal(manager_client, private_goal, shared_goal):
    assert manager_client.get(reverse("team-goal", args=[private_goal.pk])).status_code == 404
    team = manager_client.get(reverse("team")).content.decode()
    assert shared_goal.heading in team
    assert private_goal.heading not in team and "Privat anteckning" not in team
    comment = manager_client.post(reverse("goal-comment", args=[private_goal.pk]), {"body": "Hej"})
    assert comment.status_code == 404


def test_a_goal_made_private_again_disappears_for_the_manager(
    owner_client, manager_client, shared_goal
):
    owner_client.post(reverse("goal-visibility", args=[shared_goal.pk]), {"visibility": "private"})
    assert manager_client.get(reverse("team-goal", args=[shared_goal.pk])).status_code == 404


def test_sharing_is_post_only_and_for_the_owner(owner_client, stranger_client, private_goal):
    url = reverse("goal-visibility", args=[private_goal.pk])
    assert owner_client.get(url).status_code == 405
    assert stranger_client.post(url, {"visibility": "shared"}).status_code == 404
    assert owner_client.post(url, {"visibility": "public"}).status_code == 400
    response = owner_client.post(url, {"visibility": "shared"})
    assert response.status_code == 302
    assert Goal.objects.get(pk=private_goal.pk).visibility == Goal.Visibility.SHARED


@pytest.mark.parametrize(
    ("name", "method", "data"),
    [
        ("team-goal", "get", {}),
        ("team-goal-approve", "post", {}),
        ("team-goal-changes", "post", {"comment": "Ändra"}),
        ("goal-comment", "post", {"body": "Hej"}),
    ],
)
def test_another_manager_and_a_stranger_get_404(
    other_manager, stranger, shared_goal, name, method, data
):
    for user in (other_manager, stranger):
        response = getattr(client_for(user), method)(reverse(name, args=[shared_goal.pk]), data)
        assert response.status_code == 404
    goal = Goal.objects.get(pk=shared_goal.pk)
    assert goal.approved_at is None and not goal.changes_requested
    assert not goal.comments.exists()


# --- Approval and comments ------------------------------------------------------------


def test_approval_records_who_and_when(manager_client, manager, shared_goal):
    before = timezone.now()
    response = manager_client.post(reverse("team-goal-approve", args=[shared_goal.pk]))
    assert response.status_code == 302
    goal = Goal.objects.get(pk=shared_goal.pk)
    assert goal.approved_by == manager and goal.approved_at >= before
    assert services_team.goal_is_accepted(goal)  # approved, and motivation 8


def test_asking_for_changes_needs_a_comment(manager_client, manager, shared_goal):
    services_team.goal_approve(goal=shared_goal, manager=manager)
    url = reverse("team-goal-changes", args=[shared_goal.pk])
    response = manager_client.post(url, {"comment": "  "})
    assert response.status_code == 400 and "Say what should change." in response.content.decode()
    assert Goal.objects.get(pk=shared_goal.pk).approved_at is not None
    manager_client.post(url, {"comment": "Sätt ett delmål i mars."})
    goal = Goal.objects.get(pk=shared_goal.pk)
    assert goal.changes_requested == "Sätt ett delmål i mars."
    assert goal.changes_requested_by == manager and goal.changes_requested_at is not None
    assert goal.approved_at is None and goal.approved_by is None
    assert not services_team.goal_is_accepted(goal)


def test_approving_clears_a_request_for_changes(manager_client, manager, shared_goal):
    services_team.goal_request_changes(goal=shared_goal, manager=manager, comment="Mer konkret")
    manager_client.post(reverse("team-goal-approve", args=[shared_goal.pk]))
    goal = Goal.objects.get(pk=shared_goal.pk)
    assert goal.changes_requested == "" and goal.changes_requested_by is None


def test_approval_is_post_only(manager_client, shared_goal):
    response = manager_client.get(reverse("team-goal-approve", args=[shared_goal.pk]))
    assert response.status_code == 405


def test_the_owner_sees_the_approval_state_and_the_thread(
    owner_client, manager_client, owner, manager, shared_goal
):
    detail = reverse("goal-detail", args=[shared_goal.pk])
    assert "Waiting for approval." in owner_client.get(detail).content.decode()
    manager_client.post(reverse("goal-comment", args=[shared_goal.pk]), {"body": "Bra mål!"})
    owner_client.post(reverse("goal-comment", args=[shared_goal.pk]), {"body": "Tack!"})
    services_team.goal_request_changes(goal=shared_goal, manager=manager, comment="Lägg till datum")
    body = owner_client.get(detail).content.decode()
    assert "Changes asked for by Maja Chef on" in body and "Lägg till datum" in body
    assert "Bra mål!" in body and "Tack!" in body and "Maja Chef" in body
    manager_client.post(reverse("team-goal-approve", args=[shared_goal.pk]))
    body = owner_client.get(detail).content.decode()
    assert "Approved by Maja Chef on" in body
    assert list(GoalComment.objects.values_list("author__username", flat=True)) == [
        "maja", "olivia",
    ]  # fmt: skip
    # the manager sees the owner's reply on the team page of the goal
    seen_by_manager = manager_client.get(reverse("team-goal", args=[shared_goal.pk]))
    assert "Tack!" in seen_by_manager.content.decode()


def test_the_owner_sees_who_a_shared_goal_is_shared_with(owner_client, owner, shared_goal):
    detail = reverse("goal-detail", args=[shared_goal.pk])
    body = owner_client.get(detail).content.decode()
    assert "Shared with your manager, Maja Chef, who can see the goal" in body
    assert "No comments yet." in body and 'name="body"' in body
    Profile.objects.filter(user=owner).update(manager=None)
    body = owner_client.get(detail).content.decode()
    assert "You have no manager in Smarta yet" in body


def test_the_goal_page_reads_the_manager_approver_and_thread_in_a_fixed_number_of_queries(
    owner_client, manager_client, owner, shared_goal
):
    def queries() -> int:
        detail = reverse("goal-detail", args=[shared_goal.pk])
        with CaptureQueriesContext(connection) as ctx:
            assert owner_client.get(detail).status_code == 200
        return len(ctx.captured_queries)

    without_thread = queries()  # the manager is read with the goal
    manager_client.post(reverse("goal-comment", args=[shared_goal.pk]), {"body": "Bra mål!"})
    owner_client.post(reverse("goal-comment", args=[shared_goal.pk]), {"body": "Tack!"})
    services_team.goal_approve(goal=shared_goal, manager=shared_goal.owner.profile.manager)
    # one query for the thread, with its authors; the approver comes with the goal
    assert queries() == without_thread + 1


def test_an_empty_comment_is_not_saved(owner_client, shared_goal):
    response = owner_client.post(reverse("goal-comment", args=[shared_goal.pk]), {"body": " "})
    assert response.status_code == 302 and not GoalComment.objects.exists()


def test_a_private_goal_offers_sharing_to_its_owner(owner_client, private_goal):
    body = owner_client.get(reverse("goal-detail", args=[private_goal.pk])).content.decode()
    assert "Share with my manager" in body and "Waiting for approval." not in body


# --- The team page ----------------------------------------------------------------------


def test_the_team_page_lists_reports_and_goals_waiting_for_approval(
    manager_client, owner, shared_goal
):
    services_plan.milestone_create(goal=shared_goal, title="Läs boken", due=date(2020, 1, 1))
    body = manager_client.get(reverse("team")).content.decode()
    assert "Waiting for your approval" in body
    assert body.count(reverse("team-goal", args=[shared_goal.pk])) == 2  # in the list and waiting
    assert "1 overdue milestone or step" in body
    assert 'class="marks"' in body


def test_my_team_is_in_the_menu_only_for_managers(owner_client, manager_client, manager):
    assert reverse("team") in manager_client.get(reverse("dashboard")).content.decode()
    assert reverse("team") not in owner_client.get(reverse("dashboard")).content.decode()


def _team_queries(client) -> int:
    url = reverse("team")
    client.get(url)
    with CaptureQueriesContext(connection) as ctx:
        assert client.get(url).status_code == 200
    return len(ctx.captured_queries)


def test_the_team_page_query_count_does_not_grow_with_reports_and_goals(manager, make_user):
    def add_report(n: int) -> None:
        person = make_user(f"report{n}")
        _report_to(person, manager)
        goal = services_goals.goal_create(owner=person, text=SHARED_TEXT)
        services_team.goal_set_visibility(goal=goal, visibility=Goal.Visibility.SHARED)
        services_plan.milestone_create(goal=goal, title="Delmål", due=date(2020, 1, 1))
        services_plan.step_create(goal=goal, title="Steg")

    client = client_for(manager)
    add_report(0)
    one = _team_queries(client)
    for n in range(1, 20):
        add_report(n)
    assert _team_queries(client) == one


# --- HR figures -------------------------------------------------------------------------


def test_the_hr_page_is_404_for_everyone_but_staff(owner_client, manager_client):
    assert owner_client.get(reverse("hr")).status_code == 404
    assert manager_client.get(reverse("hr")).status_code == 404


def test_the_hr_page_shows_counts_per_department_and_no_goal_text(
    owner, make_user, shared_goal, private_goal, manager
):
    _report_to(owner, manager, "Ekonomi")
    services_team.goal_approve(goal=shared_goal, manager=manager)
    hr = make_user("hilda", is_staff=True)
    body = client_for(hr).get(reverse("hr")).content.decode()
    assert "Ekonomi" in body
    assert SHARED_TEXT not in body and PRIVATE_TEXT not in body
    assert "Hemlig" not in body and "Privat anteckning" not in body
    departments, total = selectors_team.hr_figures(date(2026, 6, 1))
    (ekonomi,) = departments
    assert (ekonomi.name, ekonomi.goals, ekonomi.approved) == ("Ekonomi", 2, 1)
    smart = Goal.objects.filter(is_specific=True, is_measurable=True, is_time_bound=True)
    assert ekonomi.smart == smart.count()
    assert total.goals == 2


def test_on_track_compares_progress_with_the_time_that_has_passed(owner):
    goal = services_goals.goal_create(
        owner=owner, text="Läsa tio böcker", deadline=date(2027, 1, 1)
    )
    Goal.objects.filter(pk=goal.pk).update(created_at=timezone.now() - timedelta(days=100))
    services_followup.metric_set(goal=goal, name="Böcker", unit="", baseline=0, target=10)
    services_followup.checkin_record(goal=goal, day=date.today(), value=1)
    annotated = selectors_goals.goals_for_owner(owner).get(pk=goal.pk)
    start = timezone.localdate(annotated.created_at)
    halfway = start + (annotated.deadline - start) / 2
    assert status.keeps_pace(annotated, start + timedelta(days=1))  # 10 % done early
    assert not status.keeps_pace(annotated, halfway)  # 10 % done half way through
    annotated.deadline = None
    assert status.keeps_pace(annotated, halfway)  # without a deadline there is no pace to keep


def test_someone_without_reports_sees_an_empty_team_page(stranger_client):
    response = stranger_client.get(reverse("team"))
    assert response.status_code == 200 and "Nobody reports to you" in response.content.decode()
