"""Reads for team goals and proposals. Who may see what is decided in ``team.access``: a
team goal by its owner and their reports; a contribution by its owner, and by the manager only
when it is shared with them; a proposal by the manager who made it and the person it is for."""

from __future__ import annotations

from datetime import date

from django.db.models import Prefetch, QuerySet
from django.http import Http404
from django.shortcuts import get_object_or_404

from smarta.planner.goals import selectors as selectors_goals
from smarta.planner.goals import status
from smarta.planner.models import Goal, GoalProposal
from smarta.planner.team import access


def _shared_with(manager) -> QuerySet[Goal]:
    """Goals the manager's reports share with them: the only contributions they may see."""
    return access.shared_goals_for_manager(manager).exclude(status=Goal.Status.DROPPED)


def shared_contributions(team_goal: Goal, today: date) -> list[Goal]:
    """The goals shared with the team goal's owner that contribute to it, with their status."""
    goals = _shared_with(team_goal.owner).filter(contributes_to=team_goal)
    return status.attach_standing(goals, today)


def team_goals_of(manager) -> QuerySet[Goal]:
    """The manager's own team goals that are not dropped, with the contributions shared with
    them (``shared_contributions``: never a private goal of a report)."""
    shared = _shared_with(manager)
    return (
        Goal.objects.filter(owner=manager, for_team=True)
        .exclude(status=Goal.Status.DROPPED)
        .prefetch_related(
            Prefetch("contributions", queryset=shared, to_attr="shared_contributions")
        )
    )  # fmt: skip


def team_goal_for_report(person, pk: int) -> Goal:
    """One of the person's manager's team goals; 404 for anyone else's."""
    return get_object_or_404(access.team_goals_for_report(person), pk=pk)


def team_goals_for_tree(person) -> list[Goal]:
    """The person's manager's goals for the team, each with ``mine``: the person's own goals
    that contribute to it (in the goal tree)."""
    team_goals = list(access.team_goals_for_report(person))
    mine = Goal.objects.filter(owner=person, contributes_to__in=team_goals)
    by_team_goal: dict[int, list[Goal]] = {}
    for goal in mine.exclude(status=Goal.Status.DROPPED).order_by("priority", "id"):
        by_team_goal.setdefault(goal.contributes_to_id, []).append(goal)
    for team_goal in team_goals:
        team_goal.mine = by_team_goal.get(team_goal.pk, [])
    return team_goals


def own_contributions(person, team_goal: Goal) -> QuerySet[Goal]:
    return (
        selectors_goals.goals_for_owner(person)
        .filter(contributes_to=team_goal)
        .exclude(status=Goal.Status.DROPPED)
    )


def visible_team_goal(person, pk: int | None) -> Goal | None:
    """The team goal ``pk`` (one a goal contributes to, or a proposal serves) while
    ``person`` may still see it: not once the manager has unticked it, nor after the person
    has moved to another manager."""
    if pk is None:
        return None
    return access.team_goals_for_report(person).filter(pk=pk).first()


def open_proposals_for(person) -> QuerySet[GoalProposal]:
    return GoalProposal.objects.filter(person=person, state=GoalProposal.State.OPEN).select_related(
        "manager", "team_goal"
    )


def proposal_for_person(person, pk: int) -> GoalProposal:
    return get_object_or_404(
        GoalProposal.objects.select_related("manager", "team_goal", "goal"), pk=pk, person=person
    )


def proposal_for_manager(manager, pk: int) -> GoalProposal:
    return get_object_or_404(GoalProposal.objects, pk=pk, manager=manager)


def report_of(manager, pk: int):
    """One of the manager's reports who works here; 404 for anyone else."""
    person = access.reports_of(manager).filter(pk=pk, is_active=True).first()
    if person is None:
        raise Http404
    return person


def proposals_by_manager(manager, *, latest: int = 5) -> dict[int, list[GoalProposal]]:
    """Per report (their id), the open proposals and the ``latest`` answered ones."""
    rows: dict[int, list[GoalProposal]] = {}
    answered: dict[int, int] = {}
    proposals = GoalProposal.objects.filter(manager=manager, person__profile__manager=manager)
    for proposal in proposals.select_related("goal"):
        if proposal.state != GoalProposal.State.OPEN:
            answered[proposal.person_id] = answered.get(proposal.person_id, 0) + 1
            if answered[proposal.person_id] > latest:
                continue
        rows.setdefault(proposal.person_id, []).append(proposal)
    return rows
