"""Reads of milestones and steps, scoped by owner."""

from __future__ import annotations

from datetime import date

from django.db.models import (
    QuerySet,
)
from django.shortcuts import get_object_or_404

from smarta.planner.models import (
    Milestone,
    Step,
)


def milestone_for_owner(user, pk: int) -> Milestone:
    return get_object_or_404(Milestone.objects.select_related("goal"), pk=pk, goal__owner=user)


def step_for_owner(user, pk: int) -> Step:
    return get_object_or_404(Step.objects.select_related("goal"), pk=pk, goal__owner=user)


def milestones_reached_between(user, start: date, end: date) -> QuerySet[Milestone]:
    """The person's milestones reached from ``start`` to ``end`` (both days included)."""
    return (
        Milestone.objects.filter(goal__owner=user, reached_at__date__range=(start, end))
        .select_related("goal")
        .order_by("reached_at", "id")
    )


def steps_done_between(user, start: date, end: date) -> QuerySet[Step]:
    return (
        Step.objects.filter(goal__owner=user, done_at__date__range=(start, end))
        .select_related("goal")
        .order_by("done_at", "id")
    )
