"""Writes to a goal's plan: its milestones and action steps."""

from __future__ import annotations

from datetime import date

from django.utils import timezone

from smarta.planner.changes import change_fields
from smarta.planner.models import (
    Goal,
    Milestone,
    Step,
)

# What a milestone, step, check-in or reflection may change after it is made.
MILESTONE_FIELDS = ("title", "due")


STEP_FIELDS = ("title", "due", "milestone")


def milestone_create(*, goal: Goal, title: str, due: date) -> Milestone:
    return Milestone.objects.create(goal=goal, title=title.strip(), due=due)


def milestone_set_reached(*, milestone: Milestone, reached: bool) -> Milestone:
    milestone.reached_at = timezone.now() if reached else None
    milestone.save(update_fields=["reached_at"])
    return milestone


def milestone_update(*, milestone: Milestone, **fields) -> Milestone:
    """Change the title or date (MILESTONE_FIELDS) given; the rest stays."""
    change_fields(milestone, MILESTONE_FIELDS, fields)
    return milestone


def milestone_delete(*, milestone: Milestone) -> None:
    milestone.delete()


def step_create(*, goal: Goal, title: str, due: date | None = None, milestone=None) -> Step:
    return Step.objects.create(goal=goal, title=title.strip(), due=due, milestone=milestone)


def step_set_done(*, step: Step, done: bool) -> Step:
    step.done_at = timezone.now() if done else None
    step.save(update_fields=["done_at"])
    return step


def step_update(*, step: Step, **fields) -> Step:
    """Change the title, due date or milestone (STEP_FIELDS) given; the caller checks that a
    milestone belongs to the step's goal, as for step_create."""
    change_fields(step, STEP_FIELDS, fields)
    return step


def step_delete(*, step: Step) -> None:
    step.delete()
