"""Writes: every change to a person's plan goes through a function here.

Keyword-only, typed, named ``<entity>_<action>``. Views and the API call these; nothing
else writes the planner's tables.
"""

from __future__ import annotations

from collections.abc import Iterable
from datetime import date

from django.db import transaction
from django.db.models import F, Max
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
# What goal_update writes: the text, what the analyzer reads from it, and the fields above.
_UPDATED_FIELDS = ("text", "lang", "is_specific", "is_measurable", "is_time_bound", *GOAL_FIELDS)
# What a milestone, step, check-in or reflection may change after it is made.
MILESTONE_FIELDS = ("title", "due")
STEP_FIELDS = ("title", "due", "milestone")
CHECKIN_FIELDS = ("day", "value", "note")
REFLECTION_FIELDS = ("day", "went_well", "to_improve", "still_relevant", "adjustment")


def profile_for(user) -> Profile:
    profile, _ = Profile.objects.get_or_create(user=user)
    return profile


def goal_apply_analysis(goal: Goal, *, today: date | None = None) -> None:
    """SMART marks from the text; the deadline the text names when none was given."""
    result = analyze(goal.text, lang=None, today=today or timezone.localdate())
    goal.lang = result.lang
    goal.is_specific = result.specific.met
    goal.is_measurable = result.measurable.met
    goal.is_time_bound = result.time_bound.met
    if goal.deadline is None and result.deadline is not None:
        goal.deadline = result.deadline.date


@transaction.atomic
def goal_create(*, owner, text: str, visibility: str = Goal.Visibility.PRIVATE, **fields) -> Goal:
    """A new active goal, last in priority, with its SMART marks from the analyzer."""
    last = Goal.objects.filter(owner=owner).aggregate(m=Max("priority"))["m"]
    goal = Goal(owner=owner, text=text.strip(), priority=(last or 0) + 1, visibility=visibility)
    for name in GOAL_FIELDS:
        if name in fields:
            setattr(goal, name, fields[name])
    goal_apply_analysis(goal)
    goal.save()
    return goal


class StaleVersion(Exception):
    """A save made from a row as it was at an earlier version: it would undo a change made
    since. ``current`` is the version stored now; a form that has shown the person what
    changed sends it back, so their second save is made on purpose."""

    def __init__(self, current: int) -> None:
        super().__init__(f"the current version is {current}")
        self.current = current


def require_version(current: int, read: int | None) -> None:
    """Raise StaleVersion when a row now at ``current`` was read at another version.

    ``read`` is None only for a caller that checked already, under the same lock."""
    if read is not None and read != current:
        raise StaleVersion(current)


def goal_lock(*, pk: int, version: int | None = None) -> Goal:
    """The goal's row, locked until the transaction ends; StaleVersion when ``version`` (the
    one the client read) is no longer the current one. The web form and the API's PATCH both
    check here, so a stale save is refused the same way wherever it comes from."""
    goal = Goal.objects.select_for_update().select_related("owner").get(pk=pk)
    require_version(goal.version, version)
    return goal


def goal_save_changes(*, goal: Goal, fields: Iterable[str]) -> Goal:
    """Save the goal's changed ``fields`` and move its version on by one.

    Every change of a goal goes through here, so the version a client read is stale after
    any of them and the API answers that client's PATCH with 409 instead of losing a change.
    The counter moves in the database, so two saves at once both count."""
    goal.version = F("version") + 1
    goal.save(update_fields=[*fields, "version", "updated_at"])
    goal.refresh_from_db(fields=["version"])
    return goal


def _snapshot(goal: Goal) -> dict:
    return {
        "text": goal.text,
        "deadline": goal.deadline.isoformat() if goal.deadline else None,
        **{name: getattr(goal, name) for name in GOAL_FIELDS if name not in ("parent", "deadline")},
    }


def _stored_values(goal: Goal) -> list:
    return [getattr(goal, Goal._meta.get_field(name).attname) for name in _UPDATED_FIELDS]


def _keep_wording(stored: Goal) -> None:
    """Keep the wording ``stored`` had as the next numbered earlier version."""
    last = stored.versions.aggregate(m=Max("version"))["m"]
    GoalVersion.objects.create(
        goal=stored, version=(last or 0) + 1, text=stored.text, deadline=stored.deadline,
        snapshot=_snapshot(stored),
    )  # fmt: skip


@transaction.atomic
def goal_update(*, goal: Goal, text: str, version: int | None = None, **fields) -> Goal:
    """Change a goal's text and fields; nothing is saved when nothing changed.

    ``version`` is the one the change was made from: when the goal has moved on since,
    StaleVersion and nothing changes (see goal_lock). The earlier wording is kept as a
    numbered version when text or deadline change, and a manager's approval ends then: it
    was given to the words they read."""
    text = text.strip()
    # Compare with the stored row: a bound ModelForm has already changed ``goal`` in memory.
    stored = goal_lock(pk=goal.pk, version=version)
    goal.version = stored.version
    goal.text = text
    for name in GOAL_FIELDS:
        if name in fields:
            setattr(goal, name, fields[name])
    goal_apply_analysis(goal)
    fields_to_save = _UPDATED_FIELDS
    if goal.text != stored.text or goal.deadline != stored.deadline:
        _keep_wording(stored)
        if stored.approved_at is not None:
            goal.approved_by = goal.approved_at = None
            fields_to_save = (*_UPDATED_FIELDS, "approved_by", "approved_at")
    if _stored_values(goal) != _stored_values(stored):
        goal_save_changes(goal=goal, fields=fields_to_save)
    return goal


@transaction.atomic
def goal_reorder(*, owner, goal_ids: list[int]) -> None:
    """Priorities follow the given order; ids of other people's goals are ignored. A goal
    whose priority changes moves its version on (see goal_save_changes)."""
    goals = {g.id: g for g in Goal.objects.filter(owner=owner, id__in=goal_ids)}
    moved = []
    for rank, goal_id in enumerate(goal_ids, start=1):
        goal = goals.get(goal_id)
        if goal is not None and goal.priority != rank:
            goal.priority, goal.version = rank, F("version") + 1
            moved.append(goal)
    Goal.objects.bulk_update(moved, ["priority", "version"])


def goal_move(*, goal: Goal, up: bool) -> None:
    """Swap a goal with its neighbour in the owner's priority order."""
    siblings = list(Goal.objects.filter(owner=goal.owner).order_by("priority", "id"))
    index = next(i for i, g in enumerate(siblings) if g.id == goal.id)
    other = index - 1 if up else index + 1
    if 0 <= other < len(siblings):
        siblings[index], siblings[other] = siblings[other], siblings[index]
        goal_reorder(owner=goal.owner, goal_ids=[g.id for g in siblings])


def goal_set_status(*, goal: Goal, status: str) -> Goal:
    """Active, completed (when is kept) or dropped; the same status again changes nothing."""
    if status == goal.status:
        return goal
    goal.status = status
    goal.completed_at = timezone.now() if status == Goal.Status.COMPLETED else None
    return goal_save_changes(goal=goal, fields=["status", "completed_at"])


def goal_delete(*, goal: Goal) -> None:
    goal.delete()


def milestone_create(*, goal: Goal, title: str, due: date) -> Milestone:
    return Milestone.objects.create(goal=goal, title=title.strip(), due=due)


def milestone_set_reached(*, milestone: Milestone, reached: bool) -> Milestone:
    milestone.reached_at = timezone.now() if reached else None
    milestone.save(update_fields=["reached_at"])
    return milestone


def _change(row, allowed: tuple[str, ...], fields: dict) -> None:
    """Set and save the given ``fields`` of ``row``; text loses surrounding spaces as when made."""
    unknown = fields.keys() - set(allowed)
    if unknown:
        raise TypeError(f"cannot change {', '.join(sorted(unknown))}")
    for name, value in fields.items():
        setattr(row, name, value.strip() if isinstance(value, str) else value)
    if fields:
        row.save(update_fields=list(fields))


def milestone_update(*, milestone: Milestone, **fields) -> Milestone:
    """Change the title or date (MILESTONE_FIELDS) given; the rest stays."""
    _change(milestone, MILESTONE_FIELDS, fields)
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
    _change(step, STEP_FIELDS, fields)
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


def checkin_update(*, checkin: CheckIn, **fields) -> CheckIn:
    """Change the day, value or note (CHECKIN_FIELDS) given."""
    _change(checkin, CHECKIN_FIELDS, fields)
    return checkin


def checkin_delete(*, checkin: CheckIn) -> None:
    checkin.delete()


def reflection_record(*, owner, goal: Goal | None = None, **answers) -> Reflection:
    return Reflection.objects.create(owner=owner, goal=goal, **answers)


def reflection_update(*, reflection: Reflection, **answers) -> Reflection:
    """Change the day or answers (REFLECTION_FIELDS) given."""
    _change(reflection, REFLECTION_FIELDS, answers)
    return reflection


def reflection_delete(*, reflection: Reflection) -> None:
    reflection.delete()


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
