"""Writes: every change to a person's plan goes through a function here.

Keyword-only, typed, named ``<entity>_<action>``. Views and the API call these; nothing
else writes the planner's tables.
"""

from __future__ import annotations

from datetime import date

from django.db import transaction
from django.db.models import Max
from django.utils import timezone

from smarta.analysis import analyze

from .models import (
    Area,
    Assessment,
    CheckIn,
    Goal,
    GoalVersion,
    Metric,
    Milestone,
    Profile,
    Reflection,
    Step,
    Vision,
)

# Fields a goal form may set besides its text.
GOAL_FIELDS = (
    "horizon", "kind", "sphere", "parent", "deadline", "motivation", "likelihood", "risks",
    "minimum_result", "stretch_result", "helpers", "checkin_every_days",
)  # fmt: skip


def profile_for(user) -> Profile:
    profile, _ = Profile.objects.get_or_create(user=user)
    return profile


def _apply_analysis(goal: Goal, *, today: date | None = None) -> None:
    """SMART marks from the text; the deadline the text names when none was given."""
    result = analyze(goal.text, lang=None, today=today or timezone.localdate())
    goal.lang = result.lang
    goal.is_specific = result.specific.met
    goal.is_measurable = result.measurable.met
    goal.is_time_bound = result.time_bound.met
    if goal.deadline is None and result.deadline is not None:
        goal.deadline = result.deadline.date


@transaction.atomic
def goal_create(*, owner, text: str, **fields) -> Goal:
    """A new active goal, last in priority, with its SMART marks from the analyzer."""
    last = Goal.objects.filter(owner=owner).aggregate(m=Max("priority"))["m"]
    goal = Goal(owner=owner, text=text.strip(), priority=(last or 0) + 1)
    for name in GOAL_FIELDS:
        if name in fields:
            setattr(goal, name, fields[name])
    _apply_analysis(goal)
    goal.save()
    return goal


def _snapshot(goal: Goal) -> dict:
    return {
        "text": goal.text,
        "deadline": goal.deadline.isoformat() if goal.deadline else None,
        **{name: getattr(goal, name) for name in GOAL_FIELDS if name not in ("parent", "deadline")},
    }


@transaction.atomic
def goal_update(*, goal: Goal, text: str, **fields) -> Goal:
    """Change a goal; its earlier wording is kept as a version when text or deadline change."""
    text = text.strip()
    # Compare with the stored row: a bound ModelForm has already changed ``goal`` in memory.
    stored = Goal.objects.select_for_update().get(pk=goal.pk)
    new_deadline = fields.get("deadline", stored.deadline)
    goal.version = stored.version
    if text != stored.text or new_deadline != stored.deadline:
        GoalVersion.objects.create(
            goal=goal, version=stored.version, text=stored.text, deadline=stored.deadline,
            snapshot=_snapshot(stored),
        )  # fmt: skip
        goal.version += 1
    goal.text = text
    for name in GOAL_FIELDS:
        if name in fields:
            setattr(goal, name, fields[name])
    _apply_analysis(goal)
    goal.save()
    return goal


@transaction.atomic
def goal_reorder(*, owner, goal_ids: list[int]) -> None:
    """Priorities follow the given order; ids of other people's goals are ignored."""
    goals = {g.id: g for g in Goal.objects.filter(owner=owner, id__in=goal_ids)}
    for rank, goal_id in enumerate(goal_ids, start=1):
        if goal_id in goals:
            goals[goal_id].priority = rank
    Goal.objects.bulk_update(goals.values(), ["priority"])


def goal_move(*, goal: Goal, up: bool) -> None:
    """Swap a goal with its neighbour in the owner's priority order."""
    siblings = list(Goal.objects.filter(owner=goal.owner).order_by("priority", "id"))
    index = next(i for i, g in enumerate(siblings) if g.id == goal.id)
    other = index - 1 if up else index + 1
    if 0 <= other < len(siblings):
        siblings[index], siblings[other] = siblings[other], siblings[index]
        goal_reorder(owner=goal.owner, goal_ids=[g.id for g in siblings])


def goal_set_status(*, goal: Goal, status: str) -> Goal:
    goal.status = status
    goal.completed_at = timezone.now() if status == Goal.Status.COMPLETED else None
    goal.save(update_fields=["status", "completed_at", "updated_at"])
    return goal


def goal_delete(*, goal: Goal) -> None:
    goal.delete()


def milestone_create(*, goal: Goal, title: str, due: date) -> Milestone:
    return Milestone.objects.create(goal=goal, title=title.strip(), due=due)


def milestone_set_reached(*, milestone: Milestone, reached: bool) -> Milestone:
    milestone.reached_at = timezone.now() if reached else None
    milestone.save(update_fields=["reached_at"])
    return milestone


def milestone_delete(*, milestone: Milestone) -> None:
    milestone.delete()


def step_create(*, goal: Goal, title: str, due: date | None = None, milestone=None) -> Step:
    return Step.objects.create(goal=goal, title=title.strip(), due=due, milestone=milestone)


def step_set_done(*, step: Step, done: bool) -> Step:
    step.done_at = timezone.now() if done else None
    step.save(update_fields=["done_at"])
    return step


def step_delete(*, step: Step) -> None:
    step.delete()


def metric_set(*, goal: Goal, name: str, unit: str, baseline: float, target: float) -> Metric:
    metric, _ = Metric.objects.update_or_create(
        goal=goal, defaults={"name": name, "unit": unit, "baseline": baseline, "target": target}
    )
    return metric


def checkin_record(*, goal: Goal, day: date, value: float | None, note: str = "") -> CheckIn:
    return CheckIn.objects.create(goal=goal, day=day, value=value, note=note.strip())


def checkin_delete(*, checkin: CheckIn) -> None:
    checkin.delete()


def reflection_record(*, owner, goal: Goal | None = None, **answers) -> Reflection:
    return Reflection.objects.create(owner=owner, goal=goal, **answers)


def assessment_update(*, owner, **fields) -> Assessment:
    assessment, _ = Assessment.objects.update_or_create(owner=owner, defaults=fields)
    return assessment


def area_create(*, owner, name: str, kind: str, confidence: int, note: str = "") -> Area:
    return Area.objects.create(owner=owner, name=name, kind=kind, confidence=confidence, note=note)


def area_delete(*, area: Area) -> None:
    area.delete()


def vision_update(*, owner, **fields) -> Vision:
    vision, _ = Vision.objects.update_or_create(owner=owner, defaults=fields)
    return vision


def profile_update(*, user, **fields) -> Profile:
    profile = profile_for(user)
    for name, value in fields.items():
        setattr(profile, name, value)
    profile.save()
    return profile


@transaction.atomic
def account_delete(*, user) -> None:
    """The person and everything they own (goals cascade to plans and follow-up)."""
    user.delete()
