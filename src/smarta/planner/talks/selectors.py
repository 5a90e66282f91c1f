"""Reads for development talks: who sees which talk, and what its agenda holds for them.

A talk is seen by its manager and its report only; anyone else gets a 404. The agenda differs
by side (domain.md, "Users and roles"): the report sees all their own goals and reflections,
the manager only what the report shares with them — shared goals, reflections on those goals
and feedback on those goals — never anything private.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from django.contrib.auth import get_user_model
from django.db.models import Prefetch, Q, QuerySet
from django.shortcuts import get_object_or_404
from django.utils import timezone

from smarta.planner.followup import selectors as selectors_followup
from smarta.planner.goals import selectors as selectors_goals
from smarta.planner.goals import status
from smarta.planner.models import FeedbackRequest, Goal, Reflection, Talk
from smarta.planner.team import access


def talks_for_user(user) -> QuerySet[Talk]:
    """The talks the user takes part in, as manager or as report, newest first."""
    return (
        Talk.objects.filter(Q(manager=user) | Q(report=user))
        .select_related("manager", "report")
        .order_by("-scheduled_for", "-id")
    )


def talk_for_participant(user, pk: int) -> Talk:
    """One talk of the user's (as manager or report); anyone else's is a 404."""
    return get_object_or_404(talks_for_user(user), pk=pk)


@dataclass(frozen=True)
class ReportTalks:
    report: object
    talks: list[Talk]
    is_current_report: bool


@dataclass(frozen=True)
class TalksOverview:
    """The talks page: the manager's reports with their talks, and the user's own talks."""

    reports: list[ReportTalks]
    my_talks: list[Talk]
    my_manager: object | None


def talks_overview(user) -> TalksOverview:
    held = list(talks_for_user(user).filter(manager=user))
    by_report: dict[int, list[Talk]] = {}
    for talk in held:
        by_report.setdefault(talk.report_id, []).append(talk)
    current = list(access.reports_of(user))
    current_ids = {person.pk for person in current}
    # Talks with people who have since moved on stay reachable from the page.
    former = get_user_model().objects.filter(pk__in=set(by_report) - current_ids)
    reports = [ReportTalks(p, by_report.get(p.pk, []), True) for p in current]
    reports += [ReportTalks(p, by_report[p.pk], False) for p in former.order_by("username")]
    my_talks = list(talks_for_user(user).filter(report=user))
    manager = get_user_model().objects.filter(report_profiles__user=user).first()
    return TalksOverview(reports=reports, my_talks=my_talks, my_manager=manager)


def previous_held_talk(talk: Talk) -> Talk | None:
    """The last talk between the same two people that was held before this one."""
    earlier = Talk.objects.filter(
        manager_id=talk.manager_id, report_id=talk.report_id, held_at__isnull=False
    ).exclude(pk=talk.pk)
    if talk.held_at is not None:
        earlier = earlier.filter(held_at__lt=talk.held_at)
    return earlier.order_by("-held_at", "-id").first()


def shared_goals_of_report(talk: Talk) -> QuerySet[Goal]:
    """The report's goals shared with the talk's manager (empty once the line has changed)."""
    return access.shared_goals_for_manager(talk.manager).filter(owner_id=talk.report_id)


def _visible_goals(user, talk: Talk) -> QuerySet[Goal]:
    if user.pk == talk.report_id:
        return selectors_goals.goals_for_owner(talk.report)
    return shared_goals_of_report(talk)


@dataclass(frozen=True)
class AgendaGoal:
    goal: Goal
    progress: float | None
    feedback: list[FeedbackRequest]
    agreed: bool


@dataclass(frozen=True)
class TalkAgenda:
    """What one side of a talk sees: the goals to discuss and what has been said about them."""

    talk: Talk
    is_manager: bool
    since: datetime | None
    goals: list[AgendaGoal]
    reflections: list[Reflection]
    agreed_goals: list[Goal]
    # The manager's checkboxes: every goal the report shares, with whether it is agreed.
    agreeable: list[tuple[Goal, bool]]

    @property
    def feedback_count(self) -> int:
        return sum(len(item.feedback) for item in self.goals)


def talk_agenda(user, talk: Talk) -> TalkAgenda:
    """The agenda of ``talk`` as ``user`` (its manager or its report) may see it.

    The goals are those active now or changed since the last talk the two held (all goals if
    they have held none); feedback and reflections are those given since that talk.
    """
    previous = previous_held_talk(talk)
    since = previous.held_at if previous else None
    visible = _visible_goals(user, talk)
    goals = visible
    if since is not None:
        goals = goals.filter(Q(status=Goal.Status.ACTIVE) | Q(updated_at__gte=since))
    feedback = FeedbackRequest.objects.filter(answered_at__isnull=False).order_by("answered_at")
    if since is not None:
        feedback = feedback.filter(answered_at__gte=since)
    goals = goals.prefetch_related(Prefetch("feedback_requests", queryset=feedback))
    agreed_ids = set(talk.agreed_goals.values_list("pk", flat=True))
    items = [
        AgendaGoal(
            g, selectors_followup.progress(g), list(g.feedback_requests.all()), g.pk in agreed_ids
        )
        for g in status.attach_standing(goals.select_related("approved_by"), timezone.localdate())
    ]
    reflections = Reflection.objects.filter(owner_id=talk.report_id).select_related("goal")
    if user.pk != talk.report_id:
        reflections = reflections.filter(goal__in=list(visible.values_list("pk", flat=True)))
    if since is not None:
        reflections = reflections.filter(created_at__gte=since)
    is_manager = user.pk == talk.manager_id
    agreeable = (
        [(g, g.pk in agreed_ids) for g in shared_goals_of_report(talk)] if is_manager else []
    )
    return TalkAgenda(
        talk=talk,
        is_manager=is_manager,
        since=since,
        goals=items,
        reflections=list(reflections.order_by("-day", "-id")),
        agreed_goals=list(visible.filter(pk__in=agreed_ids)),
        agreeable=agreeable,
    )
