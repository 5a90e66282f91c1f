"""Reads for the follow-up: progress, the next check-in, reflections due."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from django.db.models import (
    QuerySet,
)
from django.shortcuts import get_object_or_404

from smarta.planner.days import days_after
from smarta.planner.models import (
    CheckIn,
    Goal,
    Profile,
    Reflection,
)
from smarta.planner.profile.selectors import owner_profile


def checkin_for_owner(user, pk: int) -> CheckIn:
    return get_object_or_404(CheckIn.objects.select_related("goal"), pk=pk, goal__owner=user)


def progress(goal: Goal) -> float | None:
    """0..1 toward the goal: the metric if there is one, else milestones, else steps."""
    metric = getattr(goal, "metric", None)
    latest = getattr(goal, "latest_value", None)
    if metric is not None and latest is not None and metric.target != metric.baseline:
        share = (latest - metric.baseline) / (metric.target - metric.baseline)
        return max(0.0, min(1.0, share))
    if getattr(goal, "milestones_total", 0):
        return goal.milestones_reached / goal.milestones_total
    if getattr(goal, "steps_total", 0):
        return goal.steps_done / goal.steps_total
    if goal.status == Goal.Status.COMPLETED:
        return 1.0
    return None


def next_checkin(goal: Goal) -> date:
    last = getattr(goal, "last_checkin", None) or goal.created_at.date()
    return days_after(last, goal.checkin_every_days)


def reflection_due(user, every_weeks: int, today: date) -> date:
    last = (
        Reflection.objects.filter(owner=user).order_by("-day").values_list("day", flat=True).first()
    )
    return _due_after(last, every_weeks, today)


def _due_after(last: date | None, every_weeks: int, today: date) -> date:
    return days_after(last, 7 * every_weeks) if last else today


# The goal page lists this many check-ins, the latest first; a link shows them all.
RECENT_CHECKINS = 10


@dataclass(frozen=True)
class Followup:
    """What the goal page's follow-up shows beyond the goal's own rows (its chart is drawn
    by the view, from ``charts``)."""

    checkin_due: date
    reflect_every_weeks: int
    reflection_due: date
    checkins: list[CheckIn]  # those listed, the latest first
    checkins_total: int
    all_checkins: bool  # all were asked for, not only the latest RECENT_CHECKINS

    @property
    def previous(self) -> CheckIn | None:
        """The latest check-in."""
        return self.checkins[0] if self.checkins else None

    @property
    def checkins_hidden(self) -> int:
        """How many older check-ins the list leaves out."""
        return self.checkins_total - len(self.checkins)

    @property
    def can_list_fewer(self) -> bool:
        """All are listed, and they are more than the latest the page lists."""
        return self.all_checkins and self.checkins_total > RECENT_CHECKINS


_DEFAULT_REFLECT_EVERY_WEEKS = Profile._meta.get_field("reflection_every_weeks").default


def reflect_every_weeks(user) -> int:
    """The person's chosen reflection rhythm, without creating a profile to read it."""
    chosen = Profile.objects.filter(user=user).values_list("reflection_every_weeks", flat=True)
    return chosen.first() or _DEFAULT_REFLECT_EVERY_WEEKS


def followup_for_goal(goal: Goal, today: date, *, all_checkins: bool = False) -> Followup:
    """For a goal from ``goal_detail``: its next check-in and the next reflection, and its
    check-ins to list: the latest ``RECENT_CHECKINS``, or all of them."""
    profile = owner_profile(goal)  # the user's: goal_detail reads the user's goals only
    every = (profile and profile.reflection_every_weeks) or _DEFAULT_REFLECT_EVERY_WEEKS
    checkins = list(goal.checkins.all())  # by day and id
    listed = checkins[::-1] if all_checkins else checkins[: -RECENT_CHECKINS - 1 : -1]
    return Followup(
        checkin_due=next_checkin(goal),
        reflect_every_weeks=every,
        reflection_due=_due_after(goal.last_reflection, every, today),
        checkins=listed,
        checkins_total=len(checkins),
        all_checkins=all_checkins,
    )


def measured_checkins_between(user, start: date, end: date) -> QuerySet[CheckIn]:
    """Check-ins with a value, on goals that have a metric, by goal priority and day."""
    return (
        CheckIn.objects.filter(goal__owner=user, goal__metric__isnull=False)
        .filter(value__isnull=False, day__range=(start, end))
        .select_related("goal", "goal__metric")
        .order_by("goal__priority", "goal_id", "day", "id")
    )
