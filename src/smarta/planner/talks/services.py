"""Writes for development talks: booking, cancelling, both sides' agendas, notes, agreed
goals, held.

Each function takes the acting user and refuses what that user may not do, so a view that
forgets a check still cannot book a talk with someone else's report or approve a private goal.
"""

from __future__ import annotations

from collections.abc import Iterable
from datetime import datetime

from django.core.exceptions import PermissionDenied
from django.db import transaction
from django.utils import timezone

from smarta.planner.goals.services import require_version
from smarta.planner.inbox.kinds import Kind
from smarta.planner.inbox.services import notify
from smarta.planner.models import Goal, Talk
from smarta.planner.talks.selectors import shared_goals_of_report
from smarta.planner.team import access
from smarta.planner.team.services import goal_approve


def talk_book(*, manager, report, scheduled_for: datetime) -> Talk:
    """A new talk between a manager and one of their current reports."""
    if not access.is_manager_of(manager, report):
        raise PermissionDenied("not a report of this manager")
    talk = Talk.objects.create(manager=manager, report=report, scheduled_for=scheduled_for)
    notify(recipient=report, kind=Kind.TALK_BOOKED, actor=manager, talk=talk)
    return talk


def _require_participant(talk: Talk, user) -> None:
    if user.pk not in (talk.manager_id, talk.report_id):
        raise PermissionDenied("not part of this talk")


def _require_manager(talk: Talk, user) -> None:
    if user.pk != talk.manager_id:
        raise PermissionDenied("only the talk's manager may do this")


def talk_set_agenda(*, talk: Talk, user, text: str) -> Talk:
    """The user's own side of the agenda; it is prepared before the talk, so not once held."""
    _require_participant(talk, user)
    if talk.held_at is not None:
        raise PermissionDenied("the talk has been held")
    field = "manager_agenda" if user.pk == talk.manager_id else "report_agenda"
    was_empty = not getattr(talk, field)
    setattr(talk, field, text.strip())
    talk.save(update_fields=[field])
    if was_empty and getattr(talk, field):
        other = talk.report if user.pk == talk.manager_id else talk.manager
        notify(recipient=other, kind=Kind.AGENDA_READY, actor=user, talk=talk)
    return talk


@transaction.atomic
def talk_set_notes(*, talk: Talk, user, notes: str, proposals: str, version: int) -> Talk:
    """Notes taken during the talk and proposals for new goals; either side may write them.

    ``version`` is the ``notes_version`` the writer's page was loaded at: when the other side
    (or another tab) has saved since, StaleVersion and nothing changes, so neither overwrites
    the other unseen. A save that changes nothing keeps the version."""
    _require_participant(talk, user)
    stored = Talk.objects.select_for_update().get(pk=talk.pk)
    require_version(stored.notes_version, version)
    talk.notes, talk.proposals = notes.strip(), proposals.strip()
    talk.notes_version = stored.notes_version
    if (talk.notes, talk.proposals) != (stored.notes, stored.proposals):
        talk.notes_version += 1  # under the row lock, so no other save counts the same
        talk.save(update_fields=["notes", "proposals", "notes_version"])
    return talk


@transaction.atomic
def talk_agree_goals(*, talk: Talk, manager, goal_ids: Iterable[int]) -> list[Goal]:
    """The goals agreed on in the talk: exactly those given, among the report's shared goals.

    Each newly agreed goal that is not yet approved is approved by the manager, now. Ids of
    goals that are private, or not the report's, are ignored. Taking a goal off the list
    does not withdraw an approval already given.
    """
    _require_manager(talk, manager)
    wanted = {int(pk) for pk in goal_ids}
    shared = shared_goals_of_report(talk)
    goals = list(shared.filter(pk__in=wanted))
    # A goal agreed earlier and made private since is out of the manager's sight: keep it.
    hidden = talk.agreed_goals.exclude(pk__in=list(shared.values_list("pk", flat=True)))
    for goal in goals:
        if goal.approved_at is None:
            goal_approve(goal=goal, manager=manager)
    talk.agreed_goals.set([*goals, *hidden])
    return goals


def talk_set_held(*, talk: Talk, manager, held: bool = True) -> Talk:
    """Record that the talk took place (now), or undo that."""
    _require_manager(talk, manager)
    newly_held = held and talk.held_at is None
    if newly_held:
        talk.held_at = timezone.now()
    elif not held:
        talk.held_at = None
    talk.save(update_fields=["held_at"])
    if newly_held:
        notify(recipient=talk.report, kind=Kind.RECORD_READY, actor=manager, talk=talk)
    return talk


def talk_cancel(*, talk: Talk, manager) -> None:
    """Call off a booked talk. A held one is part of the record and stays."""
    _require_manager(talk, manager)
    if talk.held_at is not None:
        raise PermissionDenied("the talk has been held")
    when = timezone.localtime(talk.scheduled_for).isoformat()
    notify(recipient=talk.report, kind=Kind.TALK_CANCELLED, actor=manager, data={"when": when})
    talk.delete()
