"""Writes for goals that go down from the manager: a goal for the team, a goal proposed to a
report, and the report's answer.

Callers have already checked who may do this (``team.access``); these functions keep the
rules: a proposal becomes a goal only when the person accepts it, in the words they choose.
"""

from __future__ import annotations

from django.db import transaction
from django.db.models import QuerySet
from django.utils import timezone

from smarta.planner.goals import services as services_goals
from smarta.planner.inbox.kinds import Kind
from smarta.planner.inbox.services import notify
from smarta.planner.models import AuditEvent, Goal, GoalProposal
from smarta.planner.team import access, audit


class ProposalAnswered(Exception):
    """The proposal has been accepted or declined already."""


@transaction.atomic
def team_goal_create(*, owner, text: str, **fields) -> Goal:
    """A goal for the manager's team; each report is told, and may link their goals to it."""
    goal = services_goals.goal_create(owner=owner, text=text, **{**fields, "for_team": True})
    tell_team(goal)
    return goal


def tell_team(goal: Goal) -> None:
    """Each of the owner's reports who works here is told of the goal for the team."""
    for person in access.reports_of(goal.owner).filter(is_active=True):
        notify(recipient=person, kind=Kind.TEAM_GOAL, actor=goal.owner, goal=goal)


def _team_goal_or_none(team_goal: Goal | None, among: QuerySet[Goal]) -> Goal | None:
    """``team_goal`` while it is still ``among`` the team goals it may serve, else None."""
    return among.filter(pk=team_goal.pk).first() if team_goal is not None else None


@transaction.atomic
def proposal_create(*, manager, person, text: str, team_goal: Goal | None = None) -> GoalProposal:
    proposal = GoalProposal.objects.create(
        manager=manager, person=person, text=text.strip(),
        team_goal=_team_goal_or_none(team_goal, access.open_team_goals_of(manager)),
    )  # fmt: skip
    notify(recipient=person, kind=Kind.GOAL_PROPOSED, actor=manager, data={"proposal": proposal.pk})
    audit.record(AuditEvent.Action.GOAL_PROPOSED, actor=manager, person=person)
    return proposal


def _lock_open(proposal: GoalProposal) -> GoalProposal:
    locked = GoalProposal.objects.select_for_update().select_related("manager").get(pk=proposal.pk)
    if locked.state != GoalProposal.State.OPEN:
        raise ProposalAnswered
    return locked


@transaction.atomic
def proposal_accept(*, proposal: GoalProposal, text: str, share: bool) -> Goal:
    """The person takes the proposal as their goal, worded as they wrote it (the proposal's
    text unless they changed it), serving the team goal it was proposed for."""
    proposal = _lock_open(proposal)
    goal = services_goals.goal_create(
        owner=proposal.person, text=text,
        visibility=Goal.Visibility.SHARED if share else Goal.Visibility.PRIVATE,
        proposed_by=proposal.manager,
        # a team goal of their manager's now: not one of a former manager's
        contributes_to=_team_goal_or_none(
            proposal.team_goal, access.team_goals_to_serve(proposal.person)
        ),
    )  # fmt: skip
    proposal.state, proposal.goal, proposal.answered_at = (
        GoalProposal.State.ACCEPTED, goal, timezone.now()
    )  # fmt: skip
    proposal.save(update_fields=["state", "goal", "answered_at"])
    notify(
        recipient=proposal.manager, kind=Kind.PROPOSAL_ANSWERED, actor=proposal.person, goal=goal
    )
    audit.record(
        AuditEvent.Action.PROPOSAL_ACCEPTED, actor=proposal.person, person=proposal.manager,
        goal=goal,
    )  # fmt: skip
    return goal


@transaction.atomic
def proposal_decline(*, proposal: GoalProposal, answer: str = "") -> GoalProposal:
    proposal = _lock_open(proposal)
    proposal.state, proposal.answer, proposal.answered_at = (
        GoalProposal.State.DECLINED, answer.strip(), timezone.now()
    )  # fmt: skip
    proposal.save(update_fields=["state", "answer", "answered_at"])
    notify(recipient=proposal.manager, kind=Kind.PROPOSAL_ANSWERED, actor=proposal.person)
    audit.record(
        AuditEvent.Action.PROPOSAL_DECLINED, actor=proposal.person, person=proposal.manager
    )
    return proposal


@transaction.atomic
def proposal_withdraw(*, proposal: GoalProposal) -> GoalProposal:
    """The manager takes back a proposal not yet answered; it stays, as withdrawn, so that
    the notification the person had still opens it."""
    proposal = _lock_open(proposal)
    proposal.state, proposal.answered_at = GoalProposal.State.WITHDRAWN, timezone.now()
    proposal.save(update_fields=["state", "answered_at"])
    audit.record(
        AuditEvent.Action.PROPOSAL_WITHDRAWN, actor=proposal.manager, person=proposal.person
    )
    return proposal
