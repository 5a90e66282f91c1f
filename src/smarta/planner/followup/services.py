"""Writes to a goal's follow-up: its metric, check-ins and reflections."""

from __future__ import annotations

from datetime import date

from smarta.planner.changes import change_fields
from smarta.planner.models import (
    CheckIn,
    Goal,
    Metric,
    Reflection,
)

CHECKIN_FIELDS = ("day", "value", "note")


REFLECTION_FIELDS = ("day", "went_well", "to_improve", "still_relevant", "adjustment")


def metric_set(*, goal: Goal, name: str, unit: str, baseline: float, target: float) -> Metric:
    metric, _ = Metric.objects.update_or_create(
        goal=goal, defaults={"name": name, "unit": unit, "baseline": baseline, "target": target}
    )
    return metric


def checkin_record(*, goal: Goal, day: date, value: float | None, note: str = "") -> CheckIn:
    return CheckIn.objects.create(goal=goal, day=day, value=value, note=note.strip())


def checkin_update(*, checkin: CheckIn, **fields) -> CheckIn:
    """Change the day, value or note (CHECKIN_FIELDS) given."""
    change_fields(checkin, CHECKIN_FIELDS, fields)
    return checkin


def checkin_delete(*, checkin: CheckIn) -> None:
    checkin.delete()


def reflection_record(*, owner, goal: Goal | None = None, **answers) -> Reflection:
    return Reflection.objects.create(owner=owner, goal=goal, **answers)


def reflection_update(*, reflection: Reflection, **answers) -> Reflection:
    """Change the day or answers (REFLECTION_FIELDS) given."""
    change_fields(reflection, REFLECTION_FIELDS, answers)
    return reflection


def reflection_delete(*, reflection: Reflection) -> None:
    reflection.delete()
