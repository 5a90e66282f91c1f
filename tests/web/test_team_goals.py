"""Goals that go down from the manager: a goal for the team that reports' goals contribute to,
and a goal proposed to a report that counts only once they accept it (issue 18, part 5)."""

from __future__ import annotations

from datetime import date

import pytest
from django.urls import reverse

from smarta.planner.followup import services as services_followup
from smarta.planner.goals import services as services_goals
from smarta.planner.inbox.kinds import Kind
from smarta.planner.models import AuditEvent, Goal, GoalProposal, Notification
from smarta.planner.profile import services as services_profile
from smarta.planner.team import services as services_team
from smarta.planner.teamgoals import services as services_teamgoals
from tests.conftest import client_for

pytestmark = [pytest.mark.django_db, pytest.mark.usefixtures("english")]

TEAM_TEXT = "We will cut the average ticket response time from 8 hours to 2 hours by 30 June 2027."
FORM = {"horizon": "", "kind": "performance", "sphere": "professional", "checkin_every_days": 7}


@pytest.fixture
def colleague(make_user, manager):
    """A second report of the same manager."""
    person = make_user("carl")
    services_profile.profile_update(user=person, manager=manager)
    return person


@pytest.fixture
def team_goal(manager, owner):
    return services_teamgoals.team_goal_create(owner=manager, text=TEAM_TEXT)


def test_a_manager_writes_a_goal_for_the_team_and_the_coach_checks_it(manager, owner, colleague):
    form = client_for(manager).get(reverse("goal-create") + "?for_team=1")
    assert 'name="for_team"' in form.content.decode() and "checked" in form.content.decode()
    response = client_for(manager).post(
        reverse("goal-create"), {**FORM, "text": TEAM_TEXT, "for_team": "on"}
    )
    goal = Goal.objects.get(owner=manager)
    assert response.status_code == 302 and goal.for_team
    assert goal.is_specific and goal.is_measurable and goal.is_time_bound
    told = Notification.objects.filter(kind=Kind.TEAM_GOAL, goal=goal)
    assert sorted(n.recipient.username for n in told) == ["carl", "olivia"]


def test_a_person_without_reports_is_not_offered_a_team_goal(owner):
    assert 'name="for_team"' not in client_for(owner).get(reverse("goal-create")).content.decode()


def test_a_report_serves_the_team_goal_and_the_manager_sees_only_what_is_shared(
    manager, owner, colleague, team_goal
):
    page = client_for(owner).get(reverse("team-goal-page", args=[team_goal.pk]))
    assert page.status_code == 200 and "Write a goal that contributes" in page.content.decode()
    create = reverse("goal-create") + f"?contributes_to={team_goal.pk}"
    assert f'value="{team_goal.pk}" selected' in client_for(owner).get(create).content.decode()
    text = "I will answer every ticket in my queue within 2 hours by the end of March 2027."
    client_for(owner).post(
        reverse("goal-create"), {**FORM, "text": text, "contributes_to": team_goal.pk}
    )
    shared = Goal.objects.get(owner=owner)
    assert shared.contributes_to == team_goal
    services_team.goal_set_visibility(goal=shared, visibility=Goal.Visibility.SHARED)
    secret = services_goals.goal_create(
        owner=colleague, text="Find a job at another company by May.", contributes_to=team_goal
    )
    manager_page = client_for(manager).get(reverse("goal-detail", args=[team_goal.pk]))
    body = manager_page.content.decode()
    assert shared.heading in body and secret.heading not in body
    team = client_for(manager).get(reverse("team")).content.decode()
    assert team_goal.heading in team and "1 shared goal contributes" in team
    assert secret.heading not in team
    # the report's own page and tree: the team goal, their goal under it, not the colleague's
    page = client_for(owner).get(reverse("team-goal-page", args=[team_goal.pk])).content.decode()
    assert shared.heading in page and secret.heading not in page
    tree = client_for(owner).get(reverse("goal-tree")).content.decode()
    assert team_goal.heading in tree and shared.heading in tree and secret.heading not in tree


def test_a_goal_cannot_serve_another_managers_team_goal(make_user, owner, manager):
    boss = make_user("bodil")
    services_profile.profile_update(user=make_user("x"), manager=boss)
    foreign = services_teamgoals.team_goal_create(owner=boss, text=TEAM_TEXT)
    text = "I will write two blog posts by March 2027."
    response = client_for(owner).post(
        reverse("goal-create"), {**FORM, "text": text, "contributes_to": foreign.pk}
    )
    # the field is not offered (the owner's manager has no team goal), so nothing links
    assert Goal.objects.get(owner=owner).contributes_to is None
    assert response.status_code == 302
    # once it is offered, another manager's team goal is not among its choices
    services_teamgoals.team_goal_create(owner=manager, text=TEAM_TEXT)
    response = client_for(owner).post(
        reverse("goal-create"), {**FORM, "text": text, "contributes_to": foreign.pk}
    )
    assert response.status_code == 200 and "Select a valid choice" in response.content.decode()
    assert text in response.content.decode() and Goal.objects.filter(owner=owner).count() == 1
    assert client_for(owner).get(reverse("team-goal-page", args=[foreign.pk])).status_code == 404


def test_a_proposal_counts_only_once_accepted_in_the_persons_own_words(manager, owner, team_goal):
    response = client_for(manager).post(
        reverse("goal-propose", args=[owner.pk]),
        {"text": "Learn Python by June.", "team_goal": team_goal.pk},
    )
    assert response.status_code == 302
    proposal = GoalProposal.objects.get(person=owner)
    assert proposal.team_goal == team_goal and not Goal.objects.filter(owner=owner).exists()
    waiting = client_for(owner).get(reverse("waiting")).content.decode()
    assert "Learn Python by June." in waiting
    mine = "I will finish the Python course and automate 2 reports by 15 June 2027."
    accept = reverse("proposal-accept", args=[proposal.pk])
    response = client_for(owner).post(accept, {"text": mine, "share": "on"})
    goal = Goal.objects.get(owner=owner)
    assert response.status_code == 302 and response["Location"].endswith(f"/goals/{goal.pk}/")
    assert goal.text == mine and goal.proposed_by == manager and goal.contributes_to == team_goal
    assert goal.visibility == Goal.Visibility.SHARED
    answered = Notification.objects.get(recipient=manager, kind=Kind.PROPOSAL_ANSWERED)
    assert answered.goal == goal
    assert AuditEvent.objects.filter(action=AuditEvent.Action.PROPOSAL_ACCEPTED).count() == 1
    # a second answer changes nothing
    client_for(owner).post(accept, {"text": "again"})
    assert Goal.objects.filter(owner=owner).count() == 1
    assert (
        "Proposed by Maja Chef"
        in client_for(owner).get(reverse("goal-detail", args=[goal.pk])).content.decode()
    )


def test_a_declined_proposal_never_becomes_a_goal(manager, owner):
    proposal = services_teamgoals.proposal_create(
        manager=manager, person=owner, text="Lead the Monday stand-up from January."
    )
    client_for(owner).post(
        reverse("proposal-decline", args=[proposal.pk]), {"answer": "I would rather mentor."}
    )
    proposal.refresh_from_db()
    assert proposal.state == GoalProposal.State.DECLINED
    assert proposal.answer == "I would rather mentor."
    assert not Goal.objects.filter(owner=owner).exists()
    assert Notification.objects.filter(recipient=manager, kind=Kind.PROPOSAL_ANSWERED).exists()
    team = client_for(manager).get(reverse("team")).content.decode()
    assert "I would rather mentor." in team


def test_an_empty_proposal_is_refused_and_an_empty_answer_keeps_the_page(manager, owner):
    response = client_for(manager).post(reverse("goal-propose", args=[owner.pk]), {"text": " "})
    assert (
        response.status_code == 400 and "Write the goal you propose." in response.content.decode()
    )
    proposal = services_teamgoals.proposal_create(manager=manager, person=owner, text="Goal A")
    response = client_for(owner).post(reverse("proposal-accept", args=[proposal.pk]), {"text": ""})
    assert response.status_code == 400
    assert "Write the goal as you will work on it." in response.content.decode()
    assert GoalProposal.objects.get().state == GoalProposal.State.OPEN


def test_a_manager_withdraws_an_open_proposal(manager, owner):
    proposal = services_teamgoals.proposal_create(manager=manager, person=owner, text="Goal B")
    client_for(manager).post(reverse("proposal-withdraw", args=[proposal.pk]))
    proposal.refresh_from_db()
    assert proposal.state == GoalProposal.State.WITHDRAWN
    # the notification the person had still opens it, and it says so; nothing waits
    page = client_for(owner).get(reverse("proposal", args=[proposal.pk])).content.decode()
    assert "withdrawn this proposal" in page and "Accept as my goal" not in page
    assert "Goal B" not in client_for(owner).get(reverse("waiting")).content.decode()
    assert AuditEvent.objects.filter(action="proposal_withdrawn", actor=manager).exists()


def test_a_team_goal_is_no_longer_named_once_the_person_cannot_see_it(
    make_user, manager, owner, team_goal
):
    goal = services_goals.goal_create(
        owner=owner, text="Answer every ticket within 2 hours by March 2027.",
        contributes_to=team_goal,
    )  # fmt: skip
    page = reverse("goal-detail", args=[goal.pk])
    assert team_goal.heading in client_for(owner).get(page).content.decode()
    # the person moves to another manager: the old team goal's title is no longer shown
    services_profile.profile_update(user=owner, manager=make_user("bertil"))
    assert team_goal.heading not in client_for(owner).get(page).content.decode()
    assert team_goal.heading not in client_for(owner).get(reverse("goal-tree")).content.decode()
    edit = client_for(owner).get(reverse("goal-edit", args=[goal.pk])).content.decode()
    assert team_goal.heading not in edit
    # and once the manager unticks it, the link itself goes
    services_profile.profile_update(user=owner, manager=manager)
    services_goals.goal_update(goal=team_goal, text=team_goal.text, for_team=False)
    goal.refresh_from_db()
    assert goal.contributes_to is None


def test_ticking_an_existing_goal_for_the_team_tells_the_team(manager, owner):
    goal = services_goals.goal_create(owner=manager, text=TEAM_TEXT)
    data = {**FORM, "text": TEAM_TEXT, "for_team": "on", "version": goal.version}
    client_for(manager).post(reverse("goal-edit", args=[goal.pk]), data)
    assert Notification.objects.filter(recipient=owner, kind=Kind.TEAM_GOAL, goal=goal).exists()
    page = client_for(manager).get(reverse("goal-detail", args=[goal.pk])).content.decode()
    assert "A goal for your team" in page and "only you can see this goal" not in page


def test_a_middle_managers_team_goal_shared_upward_opens_as_a_shared_goal(
    make_user, manager, owner, team_goal
):
    director = make_user("dora")
    services_profile.profile_update(user=manager, manager=director)
    services_team.goal_set_visibility(goal=team_goal, visibility=Goal.Visibility.SHARED)
    response = client_for(director).get(reverse("team-goal-page", args=[team_goal.pk]))
    assert response.status_code == 302
    assert response["Location"] == reverse("team-goal", args=[team_goal.pk])


def test_the_team_goal_page_shows_the_progress_measured(owner, team_goal):
    services_followup.metric_set(goal=team_goal, name="hours", unit="h", baseline=8, target=2)
    services_followup.checkin_record(goal=team_goal, day=date(2026, 12, 1), value=5)
    page = client_for(owner).get(reverse("team-goal-page", args=[team_goal.pk])).content.decode()
    assert "No progress measured yet" not in page and "50" in page
