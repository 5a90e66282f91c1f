"""Data at the ends of the calendar, stored before the forms were bounded, breaks no page.

Issue 13: a check-in or reflection dated 9999-12-31, a cadence of tens of thousands of days or a
check-in value of 1.7e308 gave 500 on the overview, the goal page, the follow-up, the calendar
feed, an item's .ics, the record and the manager's team goal page (OverflowError in date
arithmetic, a chart that never ended). The forms now refuse such values (test_input_bounds);
this is what happens to data that got in anyway, by an old backup or a direct database edit.
"""

from __future__ import annotations

from datetime import date, datetime

import pytest
from django.urls import reverse
from django.utils import timezone

from smarta.planner.calendar import services as services_calendar
from smarta.planner.followup import services as services_followup
from smarta.planner.goals import services as services_goals
from smarta.planner.models import Goal, Profile
from smarta.planner.plan import services as services_plan
from smarta.planner.talks import services as services_talks
from smarta.planner.team import services as services_team
from tests.conftest import client_for


@pytest.fixture
def extreme(owner, make_user):
    """A shared goal whose every date and number is at the edge of what Python can hold."""
    boss = make_user("maria")
    Profile.objects.update_or_create(user=owner, defaults={"manager": boss})
    goal = services_goals.goal_create(owner=owner, text="Ta truckkort senast 31 december 9999")
    services_team.goal_set_visibility(goal=goal, visibility=Goal.Visibility.SHARED)
    Goal.objects.filter(pk=goal.pk).update(checkin_every_days=32_767, deadline=date(9999, 12, 31))
    services_followup.metric_set(goal=goal, name="Prov", unit="", baseline=-1.7e308, target=1.7e308)
    for day, value in [(date(1, 1, 1), -1.7e308), (date(9999, 12, 31), 1.7e308)]:
        services_followup.checkin_record(goal=goal, day=day, value=value)
    services_plan.milestone_create(goal=goal, title="Halvvägs", due=date(9999, 12, 31))
    services_plan.step_create(goal=goal, title="Boka", due=date(1, 1, 1))
    services_followup.reflection_record(owner=owner, goal=goal, day=date(9999, 12, 31))
    services_talks.talk_book(
        manager=boss,
        report=owner,
        scheduled_for=timezone.make_aware(datetime(9999, 12, 30, 12, 0)),
    )
    Profile.objects.filter(user=owner).update(reflection_every_weeks=30_000)
    return {"goal": Goal.objects.get(pk=goal.pk), "manager": boss}


def test_the_owners_pages_still_answer(extreme, owner):
    goal, client = extreme["goal"], client_for(owner)
    token = services_calendar.calendar_token_renew(user=owner).calendar_token
    milestone, step, talk = goal.milestones.get(), goal.steps.get(), owner.talks_had.get()
    urls = [
        reverse("dashboard"),
        reverse("goal-list"),
        reverse("goal-detail", args=[goal.pk]),
        reverse("goal-followup", args=[goal.pk]),
        reverse("checkin-list", args=[goal.pk]),
        reverse("record") + "?from=0001-01-01&to=9999-12-31",
        reverse("goal-tree"),
        reverse("talks"),
        reverse("calendar"),
        reverse("calendar-feed", args=[token]),
        reverse("item-ics", args=["milestone", milestone.pk]),
        reverse("item-ics", args=["step", step.pk]),
        reverse("item-ics", args=["checkin", goal.pk]),  # a goal's next check-in
        reverse("item-ics", args=["talk", talk.pk]),
        reverse("my-data"),
        reverse("export-json"),
        reverse("export-markdown"),
    ]
    failures = [(url, r.status_code) for url in urls if (r := client.get(url)).status_code != 200]
    assert not failures


def test_the_managers_pages_still_answer(extreme):
    goal, client = extreme["goal"], client_for(extreme["manager"])
    for url in [reverse("team"), reverse("team-goal", args=[goal.pk]), reverse("talks")]:
        assert client.get(url).status_code == 200, url


def test_a_checkin_at_the_end_of_the_calendar_can_be_deleted(extreme, owner):
    checkin = extreme["goal"].checkins.order_by("day").last()
    response = client_for(owner).post(reverse("checkin-delete", args=[checkin.pk]))
    assert response.status_code in (200, 302)
    assert not extreme["goal"].checkins.filter(pk=checkin.pk).exists()
