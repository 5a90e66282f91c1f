"""Writes to goals: create, edit (with its version check), order, status, delete."""

from __future__ import annotations

from collections.abc import Iterable
from datetime import date

from django.db import transaction
from django.db.models import F, Max
from django.utils import timezone

from smarta.analysis import analyze
from smarta.planner.goals import status
from smarta.planner.goals.titles import propose_title
from smarta.planner.models import (
    Goal,
    GoalVersion,
)

# Fields a goal form may set besides its text.
GOAL_FIELDS = (
    "title", "horizon", "kind", "sphere", "parent", "deadline", "motivation", "likelihood", "risks",
    "minimum_result", "stretch_result", "helpers", "checkin_every_days",
)  # fmt: skip

# The web form's fields for working as a team (teamgoals/); the API leaves them alone in v1.
TEAM_FIELDS = ("for_team", "contributes_to")


# What goal_update writes: the text, what the analyzer reads from it, and the fields above.
_UPDATED_FIELDS = (
    "text",
    "title",
    "lang",
    "is_specific",
    "is_measurable",
    "is_time_bound",
    *GOAL_FIELDS,
    *TEAM_FIELDS,
)


def goal_apply_analysis(goal: Goal, *, today: date | None = None) -> None:
    """SMART marks from the text; the deadline the text names when none was given; a title
    proposed from the text when none was given; the horizon proposed from the deadline when
    the person left it to Smarta."""
    today = today or timezone.localdate()
    result = analyze(goal.text, lang=None, today=today)
    goal.lang = result.lang
    goal.is_specific = result.specific.met
    goal.is_measurable = result.measurable.met
    goal.is_time_bound = result.time_bound.met
    if goal.deadline is None and result.deadline is not None:
        goal.deadline = result.deadline.date
    goal.title = goal.title.strip() or propose_title(result)
    if not goal.horizon:
        goal.horizon = status.proposed_horizon(goal.deadline, today)


def _title_was_proposed(stored: Goal) -> bool:
    """Whether the stored title is the one Smarta proposed from the stored text: such a title
    follows the text when it changes; one the person wrote stays."""
    return stored.title == propose_title(analyze(stored.text, lang=None))


@transaction.atomic
def goal_create(
    *, owner, text: str, visibility: str = Goal.Visibility.PRIVATE, proposed_by=None, **fields
) -> Goal:
    """A new active goal, last in priority, with its SMART marks from the analyzer."""
    last = Goal.objects.filter(owner=owner).aggregate(m=Max("priority"))["m"]
    goal = Goal(
        owner=owner, text=text.strip(), priority=(last or 0) + 1, visibility=visibility,
        proposed_by=proposed_by,
    )  # fmt: skip
    for name in (*GOAL_FIELDS, *TEAM_FIELDS):
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
    for name in (*GOAL_FIELDS, *TEAM_FIELDS):
        if name in fields:
            setattr(goal, name, fields[name])
    if text != stored.text and goal.title == stored.title and _title_was_proposed(stored):
        goal.title = ""
    goal_apply_analysis(goal)
    fields_to_save = _UPDATED_FIELDS
    if goal.text != stored.text or goal.deadline != stored.deadline:
        _keep_wording(stored)
        if stored.approved_at is not None:
            goal.approved_by = goal.approved_at = None
            fields_to_save = (*_UPDATED_FIELDS, "approved_by", "approved_at")
    if _stored_values(goal) != _stored_values(stored):
        goal_save_changes(goal=goal, fields=fields_to_save)
    if stored.for_team and not goal.for_team:
        # no longer the team's: the reports' goals stop serving it (and naming it)
        Goal.objects.filter(contributes_to=goal).update(contributes_to=None)
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
