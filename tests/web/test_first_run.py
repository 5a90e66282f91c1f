"""The first run: the getting-started checklist, ticked from real data, and the coach's
question for what is missing."""

from __future__ import annotations

from datetime import date

import pytest
from django.urls import reverse

from smarta.planner.followup import services as services_followup
from smarta.planner.goals.checklist import checklist_for
from smarta.planner.models import Goal, Talk
from smarta.planner.plan import services as services_plan
from smarta.planner.team import services as services_team

pytestmark = pytest.mark.usefixtures("english")


def _ticked(user) -> list[bool]:
    checklist = checklist_for(user)
    return [item.done for item in checklist.items] if checklist else []


def test_the_checklist_ticks_each_step_of_the_method_from_what_was_done(owner, manager):
    assert _ticked(owner) == [False] * 5
    from smarta.planner.goals import services as services_goals

    goal = services_goals.goal_create(owner=owner, text="Take the AWS exam by June")
    assert _ticked(owner) == [True, False, False, False, False]
    services_plan.milestone_create(goal=goal, title="Half the course", due=date(2027, 3, 1))
    assert _ticked(owner)[1] is False  # a milestone and a first step
    services_plan.step_create(goal=goal, title="Book the exam")
    services_followup.metric_set(goal=goal, name="Modules", unit="", baseline=0, target=10)
    services_team.goal_set_visibility(goal=goal, visibility=Goal.Visibility.SHARED)
    assert _ticked(owner) == [True, True, True, True, False]
    Talk.objects.create(
        manager=manager, report=owner, scheduled_for="2027-01-10T10:00Z", report_agenda="Goals"
    )
    assert checklist_for(owner) is None  # all done: gone


def test_the_overview_shows_the_checklist_until_it_is_put_away(owner, owner_client):
    page = owner_client.get(reverse("dashboard")).content.decode()
    assert "Getting started" in page and "0 of 5 done" in page
    assert owner_client.post(reverse("checklist-dismiss")).status_code == 302
    assert "Getting started" not in owner_client.get(reverse("dashboard")).content.decode()


def test_the_check_leads_with_the_question_for_the_first_missing_criterion(owner_client):
    html = owner_client.post(reverse("goal-check"), {"text": "Take the AWS exam"}).content
    html = html.decode()
    assert 'class="coach-question"><strong>By when do you want to have reached it?' in html
    vague = owner_client.post(reverse("goal-check"), {"text": "Get better at Excel"})
    assert "What exactly will you do, and to what or for whom?" in vague.content.decode()
    assert vague.content.decode().index("coach-question") < vague.content.decode().index(
        'class="criteria"'
    )
