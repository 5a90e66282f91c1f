"""Writes for a person's data as a whole: restoring an exported plan, closing the account.

Keyword-only, typed, named ``<entity>_<action>``, like ``services``.
"""

from __future__ import annotations

from datetime import datetime

from django.db import transaction
from django.utils import timezone

from smarta.planner.data import exports
from smarta.planner.data import services as services_data
from smarta.planner.models import (
    Area,
    Assessment,
    CheckIn,
    Goal,
    GoalVersion,
    Metric,
    Milestone,
    Reflection,
    Step,
    Vision,
)
from smarta.planner.profile import services as services_profile
from smarta.planner.profile.selectors import plan_holdings


class PlanImportRefused(Exception):
    """The account already holds a plan; an import never mixes two plans."""


class WrongPassword(Exception):
    """The password typed to confirm does not match the account's."""


def _restore_one(model, *, owner, data: dict | None, fields: tuple[str, ...], now) -> None:
    model.objects.filter(owner=owner).delete()
    if data is None:
        return
    row = model.objects.create(owner=owner, **{name: data[name] for name in fields})
    model.objects.filter(pk=row.pk).update(updated_at=data["updated_at"] or now)


# What a person's own file cannot grant. Sharing and the manager's approval (with a request
# for changes, its other outcome) are the organisation's to give, in this account; the goal
# is new here, so its version counter and its moments start now. ``restore_org`` (backup.py)
# restores a whole organisation and keeps them all.
NOT_RESTORED = frozenset({
    "visibility", "approved_at", "changes_requested", "changes_requested_at", "version",
    "created_at", "updated_at", "completed_at", "for_team",
})  # fmt: skip
GOAL_FIELDS = tuple(f for f in exports.GOAL_FIELDS if f not in NOT_RESTORED)


def _restore_goals(*, owner, goals: list[dict], now: datetime) -> dict[int, Goal]:
    """The goals with everything under them; returns export-local id → new goal.

    Each goal is private, unapproved, at version 1 and made now; a completed one is
    completed now (as ``services_goals.goal_set_status`` would have it)."""
    created = Goal.objects.bulk_create([
        Goal(
            owner=owner, **{name: g[name] for name in GOAL_FIELDS},
            completed_at=now if g["status"] == Goal.Status.COMPLETED else None,
        )
        for g in goals
    ])  # fmt: skip
    by_local = {g["id"]: goal for g, goal in zip(goals, created, strict=True)}
    for g, goal in zip(goals, created, strict=True):
        goal.parent = by_local.get(g["parent"])
    Goal.objects.bulk_update(created, ["parent"])

    pairs = [(g, by_local[g["id"]]) for g in goals]
    versions = [(v, GoalVersion(goal=goal, **_pick(v, "version", "text", "deadline", "snapshot")))
                for g, goal in pairs for v in g["versions"]]  # fmt: skip
    _create_stamped(GoalVersion, versions, now)
    milestones = [(m, Milestone(goal=goal, **_pick(m, "title", "due", "reached_at")))
                  for g, goal in pairs for m in g["milestones"]]  # fmt: skip
    Milestone.objects.bulk_create([row for _, row in milestones])
    milestone_by_local = {m["id"]: row for m, row in milestones}
    Step.objects.bulk_create([
        Step(goal=goal, milestone=milestone_by_local.get(s["milestone"]),
             **_pick(s, "title", "due", "done_at"))
        for g, goal in pairs for s in g["steps"]
    ])  # fmt: skip
    Metric.objects.bulk_create(
        [Metric(goal=goal, **g["metric"]) for g, goal in pairs if g["metric"] is not None]
    )
    checkins = [(c, CheckIn(goal=goal, **_pick(c, "day", "value", "note")))
                for g, goal in pairs for c in g["checkins"]]  # fmt: skip
    _create_stamped(CheckIn, checkins, now)
    return by_local


def _pick(data: dict, *names: str) -> dict:
    return {name: data[name] for name in names}


def _create_stamped(model, pairs: list[tuple[dict, object]], now: datetime) -> None:
    """Insert, then put back ``created_at``, which ``auto_now_add`` overwrote on insert."""
    rows = model.objects.bulk_create([row for _, row in pairs])
    for (data, _), row in zip(pairs, rows, strict=True):
        row.created_at = data["created_at"] or now
    if rows:
        model.objects.bulk_update(rows, ["created_at"])


@transaction.atomic
def plan_import(*, owner, plan: dict) -> int:
    """Restore a plan read by ``imports.plan_from_json`` into an empty account.

    Every field comes back as it was exported, moments included, except what the file cannot
    grant (NOT_RESTORED): the goals come back private and unapproved, to be shared again.
    The SMART marks are taken from the file, not re-analysed. Raises
    :class:`PlanImportRefused` when the account already holds goals, areas, reflections or a
    written assessment or vision.
    Returns the number of goals restored.
    """
    if not plan_holdings(owner).is_empty:
        raise PlanImportRefused
    now = timezone.now()
    services_profile.profile_update(user=owner, **plan["profile"])
    _restore_one(
        Assessment, owner=owner, data=plan["assessment"], now=now,
        fields=("tasks", "values", "hard_values", "soft_values"),
    )  # fmt: skip
    _restore_one(
        Vision, owner=owner, data=plan["vision"], now=now,
        fields=("one_year", "three_years", "five_years", "broad_goals"),
    )  # fmt: skip
    Area.objects.bulk_create([Area(owner=owner, **area) for area in plan["areas"]])
    goals = _restore_goals(owner=owner, goals=plan["goals"], now=now)
    reflections = [
        (r, Reflection(owner=owner, goal=goals.get(r["goal"]),
                       **_pick(r, "day", "went_well", "to_improve", "still_relevant",
                               "adjustment")))
        for r in plan["reflections"]
    ]  # fmt: skip
    _create_stamped(Reflection, reflections, now)
    return len(goals)


def account_delete_confirmed(*, user, password: str) -> None:
    """Delete the account and every row it owns, once the password typed matches.

    Raises :class:`WrongPassword` and changes nothing when it does not.
    """
    if not password or not user.check_password(password):
        raise WrongPassword
    services_data.account_delete(user=user)


@transaction.atomic
def account_delete(*, user) -> None:
    """The person and everything they own (goals cascade to plans and follow-up)."""
    user.delete()
