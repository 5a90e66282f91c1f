"""Goals and the dashboard, for their owner and for anyone else."""

from __future__ import annotations

from datetime import date

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse

from smarta.planner.followup import services as services_followup
from smarta.planner.goals import services as services_goals
from smarta.planner.models import Goal, GoalVersion
from smarta.planner.plan import services as services_plan
from smarta.planner.profile import services as services_profile

pytestmark = pytest.mark.django_db


@pytest.fixture
def goal(owner):
    return services_goals.goal_create(
        owner=owner, text="Jag ska ta certifieringen ITIL 4 Foundation senast den 15 maj 2027."
    )


def test_a_person_creates_a_goal_and_sees_its_smart_marks(owner_client, owner):
    response = owner_client.post(
        reverse("goal-create"),
        {"text": "Pass the PMP exam by 31 October 2027.", "horizon": "short",
         "kind": "development", "sphere": "professional", "checkin_every_days": 7},
    )  # fmt: skip
    goal = Goal.objects.get(owner=owner)
    assert response.status_code == 302 and response.url == reverse("goal-detail", args=[goal.pk])
    assert goal.is_specific and goal.is_measurable and goal.is_time_bound
    assert goal.lang == "en"
    page = owner_client.get(response.url)
    assert "Pass the PMP exam by 31 October 2027." in page.content.decode()


def test_an_invalid_goal_form_keeps_what_was_typed(owner_client):
    response = owner_client.post(
        reverse("goal-create"),
        {"text": "Bli bättre på Excel", "motivation": "12", "horizon": "short",
         "kind": "development", "sphere": "professional", "checkin_every_days": 7},
    )  # fmt: skip
    body = response.content.decode()
    assert response.status_code == 200
    assert "Bli bättre på Excel" in body and 'value="12"' in body
    assert not Goal.objects.exists()


def test_the_live_check_flags_a_vague_goal(owner_client):
    response = owner_client.post(reverse("goal-check"), {"text": "Bli bättre på Excel"})
    body = response.content.decode()
    assert response.status_code == 200
    assert "bättre" in body and "mark-no" in body
    assert (
        "&lt;handling&gt; för att bli bättre på Excel och uppnå &lt;mätbart resultat&gt;"
        " innan &lt;tidsram&gt;" in body
    )


def test_the_live_check_offers_the_deadline_it_found(owner_client):
    response = owner_client.post(
        reverse("goal-check"), {"text": "Jag ska klara provet senast 2027-05-15"}
    )
    assert 'data-take-deadline="2027-05-15"' in response.content.decode()


def test_a_goal_takes_the_deadline_its_text_names_when_none_is_given(owner):
    goal = services_goals.goal_create(
        owner=owner, text="Jag ska hålla en workshop senast vecka 12."
    )
    assert goal.deadline is not None and goal.deadline.isocalendar()[1] == 12


def test_editing_a_goal_keeps_its_earlier_version(owner_client, goal):
    owner_client.post(
        reverse("goal-edit", args=[goal.pk]),
        {"text": "Jag ska ta certifieringen ITIL 4 Foundation senast den 1 juni 2027.",
         "horizon": "short", "kind": "development", "sphere": "professional",
         "checkin_every_days": 7, "version": 1},
    )  # fmt: skip
    goal.refresh_from_db()
    assert goal.version == 2
    old = GoalVersion.objects.get(goal=goal)
    assert "15 maj" in old.text and old.version == 1
    page = owner_client.get(reverse("goal-detail", args=[goal.pk])).content.decode()
    assert "15 maj" in page and "1 juni" in page


def _approved_by_a_manager(goal, make_user) -> None:
    from smarta.planner.team import services as services_team

    manager = make_user("maria")
    services_profile.profile_update(user=goal.owner, manager=manager)
    services_team.goal_set_visibility(goal=goal, visibility=Goal.Visibility.SHARED)
    services_team.goal_approve(goal=goal, manager=manager)


def _edit(client, goal, text: str, motivation: int | str = "") -> None:
    """Sent from an edit page loaded just now: with the goal's current version."""
    version = Goal.objects.values_list("version", flat=True).get(pk=goal.pk)
    response = client.post(
        reverse("goal-edit", args=[goal.pk]),
        {"text": text, "horizon": "short", "kind": "development", "sphere": "professional",
         "checkin_every_days": 7, "motivation": motivation, "version": version},
    )  # fmt: skip
    assert response.status_code == 302


def test_new_wording_ends_the_managers_approval(owner_client, goal, make_user):
    _approved_by_a_manager(goal, make_user)
    _edit(owner_client, goal, goal.text.replace("15 maj", "1 juni"))
    goal.refresh_from_db()
    assert goal.approved_at is None and goal.approved_by is None
    assert "1 juni" in goal.text


def test_a_change_that_keeps_the_wording_keeps_the_approval(owner_client, goal, make_user):
    _approved_by_a_manager(goal, make_user)
    _edit(owner_client, goal, goal.text, motivation=9)
    goal.refresh_from_db()
    assert goal.motivation == 9
    assert goal.approved_at is not None and goal.approved_by.username == "maria"


def test_goals_can_be_reordered(owner_client, owner, goal):
    second = services_goals.goal_create(owner=owner, text="Jag ska springa ett maraton i oktober.")
    owner_client.post(reverse("goal-move", args=[second.pk]), {"direction": "up"})
    order = list(Goal.objects.filter(owner=owner).order_by("priority").values_list("pk", flat=True))
    assert order == [second.pk, goal.pk]


@pytest.mark.parametrize("target", ["/goals/?sort=priority", "/"])
def test_moving_a_goal_returns_to_the_page_it_was_moved_on(owner_client, goal, target):
    response = owner_client.post(reverse("goal-move", args=[goal.pk]), {"next": target})
    assert (response.status_code, response["Location"]) == (302, target)


@pytest.mark.parametrize(
    "target",
    [
        "https://evil.example.com/", "//evil.example.com/", "/\\evil.example.com/",
        "https:evil.example.com", "javascript:alert(1)", "foo", "goal-detail", "",
        " //evil.example.com", "\t//evil.example.com",
    ],
)  # fmt: skip
def test_moving_a_goal_never_goes_to_another_site_or_a_bad_next(owner_client, goal, target):
    response = owner_client.post(reverse("goal-move", args=[goal.pk]), {"next": target})
    assert (response.status_code, response["Location"]) == (302, reverse("goal-list"))


def test_the_dashboard_lists_active_goals_and_warns_about_too_many(owner_client, owner):
    for n in range(6):
        services_goals.goal_create(owner=owner, text=f"Jag ska hålla {n + 2} kundmöten i mars.")
    body = owner_client.get(reverse("dashboard")).content.decode()
    assert "kundmöten" in body
    assert "6" in body and ("active short-term goals" in body or "aktiva kortsiktiga" in body)


@pytest.mark.parametrize(
    ("name", "method"),
    [
        ("goal-detail", "get"), ("goal-edit", "get"), ("goal-edit", "post"),
        ("goal-move", "post"), ("goal-status", "post"), ("goal-delete", "post"),
    ],
)  # fmt: skip
def test_another_person_cannot_see_or_change_a_goal(stranger_client, goal, name, method):
    url = reverse(name, args=[goal.pk])
    response = getattr(stranger_client, method)(url, {"text": "hijacked", "status": "dropped"})
    assert response.status_code == 404
    goal.refresh_from_db()
    assert goal.text.startswith("Jag ska ta") and goal.status == "active"
    assert Goal.objects.filter(pk=goal.pk).exists()


def test_another_person_does_not_see_a_goal_in_lists(stranger_client, goal):
    for name in ("dashboard", "goal-list"):
        assert "ITIL" not in stranger_client.get(reverse(name)).content.decode()


@pytest.mark.parametrize("name", ["dashboard", "goal-list", "goal-create"])
def test_pages_ask_an_anonymous_visitor_to_log_in(client, name):
    response = client.get(reverse(name))
    assert response.status_code == 302 and reverse("login") in response.url


def _queries(client, url: str) -> int:
    client.get(url)  # the first request of a session also writes the session
    with CaptureQueriesContext(connection) as ctx:
        assert client.get(url).status_code == 200
    return len(ctx.captured_queries)


@pytest.mark.parametrize(
    "name",
    ["dashboard", "goal-list", "goal-tree", "record", "stand", "vision", "my-data",
     "export-json", "export-markdown"],
)  # fmt: skip
def test_query_count_does_not_grow_with_the_number_of_goals(owner_client, owner, name):
    def add(n: int) -> None:
        for i in range(n):
            g = services_goals.goal_create(
                owner=owner, text=f"Jag ska skriva {i + 1} rapporter i mars."
            )
            services_plan.milestone_create(goal=g, title="Halvvägs", due=date(2027, 2, 1))
            services_plan.step_create(goal=g, title="Börja", due=date(2027, 1, 10))

    add(1)
    one = _queries(owner_client, reverse(name))
    add(49)
    fifty = _queries(owner_client, reverse(name))
    assert one == fifty


def test_goal_detail_query_count_does_not_grow_with_its_plan(owner_client, owner, goal):
    services_plan.milestone_create(goal=goal, title="Kursen bokad", due=date(2027, 2, 1))
    one = _queries(owner_client, reverse("goal-detail", args=[goal.pk]))
    for i in range(20):
        services_plan.milestone_create(goal=goal, title=f"Delmål {i}", due=date(2027, 3, 1))
        services_plan.step_create(goal=goal, title=f"Steg {i}", due=date(2027, 2, 1))
        services_followup.checkin_record(goal=goal, day=date(2027, 1, 1), value=i, note="")
    many = _queries(owner_client, reverse("goal-detail", args=[goal.pk]))
    assert one == many


def test_goal_detail_reads_versions_reflections_comments_and_feedback_only_when_there_are_some(
    owner_client, owner, goal, make_user
):
    """Most goals have none of them: the page asks the goal, not four tables."""
    from smarta.planner.feedback import services as services_feedback
    from smarta.planner.models import GoalComment

    url = reverse("goal-detail", args=[goal.pk])
    bare = _queries(owner_client, url)
    other = services_goals.goal_create(
        owner=owner, text="Jag ska läsa två böcker om ledarskap i år."
    )
    services_followup.reflection_record(owner=owner, goal=other, went_well="Bra")  # another goal's
    assert _queries(owner_client, url) == bare
    services_goals.goal_update(goal=goal, text=goal.text + " Med övningsprov.")
    services_followup.reflection_record(owner=owner, goal=goal, went_well="Läste kapitel 3")
    GoalComment.objects.create(goal=goal, author=owner, body="En tanke")
    services_feedback.feedback_request_create(
        goal=goal, role="colleague", giver=make_user("kim"), link_for=lambda s: s, language="sv"
    )
    html = owner_client.get(url).content.decode()
    assert '<ol class="versions">' in html
    assert "Läste kapitel 3" in html and "En tanke" in html and "kim" in html
    assert _queries(owner_client, url) == bare + 4


def test_the_goal_page_links_to_the_goal_it_serves(owner_client, owner, goal):
    long_term = services_goals.goal_create(
        owner=owner, text="Bli IT-chef inom fem år", horizon=Goal.Horizon.LONG
    )
    Goal.objects.filter(pk=goal.pk).update(parent=long_term)
    body = owner_client.get(reverse("goal-detail", args=[goal.pk])).content.decode()
    link = f'<a href="{reverse("goal-detail", args=[long_term.pk])}">Bli IT-chef inom fem år</a>'
    assert link in body
    parent_page = owner_client.get(reverse("goal-detail", args=[long_term.pk])).content.decode()
    assert 'class="chip subtle"' not in parent_page  # it serves none


def test_a_goal_form_sent_without_its_text_field_is_a_form_error(owner_client):
    response = owner_client.post(reverse("goal-create"), {"deadline": ""})
    assert response.status_code == 200 and b'class="error"' in response.content
    assert not Goal.objects.exists()
