"""A manager's (and anyone's) "Waiting for me": what others wait on them for, in one place."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import timedelta

from django.conf import settings
from django.db.models import Max, OuterRef, Q, Subquery
from django.utils import timezone

from smarta.planner.feedback.selectors import feedback_to_give
from smarta.planner.followup.selectors import next_checkin
from smarta.planner.models import FeedbackRequest, Goal, GoalComment, GoalProposal, Talk
from smarta.planner.team import access
from smarta.planner.team.selectors import is_waiting_for_approval
from smarta.planner.teamgoals.selectors import open_proposals_for


@dataclass
class Waiting:
    to_approve: list[Goal] = field(default_factory=list)
    comments: list[Goal] = field(default_factory=list)  # the last word is someone else's
    talks: list[Talk] = field(default_factory=list)  # coming up, my agenda not written
    feedback: list[FeedbackRequest] = field(default_factory=list)
    late: list[tuple[Goal, int]] = field(default_factory=list)  # (goal, days late)
    proposals: list[GoalProposal] = field(default_factory=list)  # proposed to me, not answered

    @property
    def count(self) -> int:
        parts = (
            self.to_approve,
            self.comments,
            self.talks,
            self.feedback,
            self.late,
            self.proposals,
        )
        return sum(map(len, parts))


def waiting_for(user) -> Waiting:
    today = timezone.localdate()
    now = timezone.now()
    shared = list(access.shared_goals_for_manager(user).filter(status=Goal.Status.ACTIVE))
    waiting = Waiting()
    waiting.to_approve = [g for g in shared if is_waiting_for_approval(g)]
    for goal in shared:
        days_late = (today - next_checkin(goal)).days
        # as late as the digest tells the manager of
        if days_late > settings.SMARTA_MANAGER_LATE_AFTER_DAYS:
            waiting.late.append((goal, days_late))
    waiting.comments = _comments_to_answer(user, {g.pk for g in shared})
    waiting.talks = list(
        Talk.objects.filter(held_at__isnull=True, scheduled_for__gte=now - timedelta(hours=2))
        .filter(Q(manager=user, manager_agenda="") | Q(report=user, report_agenda=""))
        .select_related("manager", "report")
        .order_by("scheduled_for")
    )
    waiting.feedback = list(feedback_to_give(user, now))
    waiting.proposals = list(open_proposals_for(user))
    return waiting


def _comments_to_answer(user, shared_ids: set[int]) -> list[Goal]:
    """Goals the user owns or manages whose latest comment is someone else's."""
    latest_author = Subquery(
        GoalComment.objects.filter(goal=OuterRef("pk"))
        .order_by("-created_at", "-id")
        .values("author_id")[:1]
    )
    goals = (
        Goal.objects.filter(Q(owner=user) | Q(pk__in=shared_ids), status=Goal.Status.ACTIVE)
        .annotate(last_author=latest_author, last_at=Max("comments__created_at"))
        .filter(last_author__isnull=False)
        .exclude(last_author=user.pk)
        .select_related("owner")
        .order_by("-last_at")
    )
    return list(goals)
