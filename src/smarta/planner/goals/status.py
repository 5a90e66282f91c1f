"""One status per goal, the same on every page: done, overdue, on track or behind.

A goal is done when the person marked it reached, overdue when its deadline has passed and it
is not, and otherwise on track or behind by what it has: the metric's trend projected to the
deadline where there are check-ins to draw one, else progress (metric, milestones or steps)
against the share of the time from its start to its deadline that has gone. A goal without a
deadline has no time to fall behind: it is on track until it is done."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable
from datetime import date

from django.db import models
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from smarta.planner.followup import charts
from smarta.planner.followup.selectors import progress
from smarta.planner.models import CheckIn, Goal

# Progress may lag the time gone by this share before a goal counts as behind: a goal a week
# old with nothing done yet is not behind.
PACE_TOLERANCE = 0.1
# A goal whose deadline is further away than this is proposed as long-term.
LONG_TERM_AFTER_DAYS = 365


class Standing(models.TextChoices):
    DONE = "done", _("done")
    OVERDUE = "overdue", _("overdue")
    BEHIND = "behind", _("behind")
    ON_TRACK = "on_track", _("on track")


# The overview lists what needs attention first.
ATTENTION_ORDER = {Standing.OVERDUE: 0, Standing.BEHIND: 1, Standing.ON_TRACK: 2, Standing.DONE: 3}


def keeps_pace(goal: Goal, today: date) -> bool:
    """Progress keeps pace with time: at least the share of the time from creation to the
    deadline that has passed, less the tolerance. No progress measured counts as zero."""
    done = progress(goal) or 0.0
    if goal.deadline is None:
        return True
    start = timezone.localdate(goal.created_at)
    span = (goal.deadline - start).days
    elapsed = 1.0 if span <= 0 else min(1.0, max(0.0, (today - start).days / span))
    return done >= elapsed - PACE_TOLERANCE


def standing(goal: Goal, today: date, points: list[charts.Point] | None = None) -> Standing | None:
    """The goal's status on ``today``; None for a dropped goal. ``points`` are its measured
    check-ins by day, when it has a metric."""
    if goal.status == Goal.Status.COMPLETED:
        return Standing.DONE
    if goal.status == Goal.Status.DROPPED:
        return None
    if goal.deadline is not None and goal.deadline < today:
        return Standing.OVERDUE
    metric = getattr(goal, "metric", None)
    if metric is not None and points:
        outlook, _projected = charts.assess(
            points, baseline=metric.baseline, target=metric.target, deadline=goal.deadline
        )
        if outlook in (charts.Outlook.REACHED, charts.Outlook.ON_TRACK):
            return Standing.ON_TRACK
        if outlook == charts.Outlook.OFF_TRACK:
            return Standing.BEHIND
    return Standing.ON_TRACK if keeps_pace(goal, today) else Standing.BEHIND


def attach_standing(goals: Iterable[Goal], today: date) -> list[Goal]:
    """The goals, each with ``goal.standing`` set, reading the measured check-ins of those
    with a metric in one query."""
    goals = list(goals)
    measured = [g.pk for g in goals if getattr(g, "metric", None) is not None]
    points: dict[int, list[charts.Point]] = defaultdict(list)
    if measured:
        rows = (
            CheckIn.objects.filter(goal_id__in=measured, value__isnull=False)
            .order_by("day", "id")
            .values_list("goal_id", "day", "value")
        )
        for goal_id, day, value in rows:
            points[goal_id].append(charts.Point(day, value))
    for goal in goals:
        goal.standing = standing(goal, today, points.get(goal.pk))
    return goals


def by_attention(goals: Iterable[Goal]) -> list[Goal]:
    """Goals with ``standing`` attached, what needs attention first, else in their order."""
    return sorted(goals, key=lambda g: ATTENTION_ORDER.get(g.standing, 4))


def proposed_horizon(deadline: date | None, today: date) -> str:
    """Long-term for a deadline more than a year away, else short-term."""
    if deadline is not None and (deadline - today).days > LONG_TERM_AFTER_DAYS:
        return Goal.Horizon.LONG
    return Goal.Horizon.SHORT
