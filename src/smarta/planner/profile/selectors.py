"""Reads for where a person stands, their vision, the goal tree and their whole plan.

Every function takes the requesting user and scopes by it; a row that is not theirs is a 404.
Nothing here creates rows: a person who has not written an assessment gets an unsaved one.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from django.conf import settings
from django.db.models import Prefetch, QuerySet
from django.shortcuts import get_object_or_404

from smarta.planner.models import (
    Area,
    Assessment,
    CheckIn,
    Goal,
    GoalVersion,
    Milestone,
    Profile,
    Reflection,
    Step,
    Vision,
)

ASSESSMENT_TEXTS = ("tasks", "values", "hard_values", "soft_values")


def display_name(user) -> str:
    """How a person is named to others: their full name, else their username."""
    return user.get_full_name() or user.get_username()


def language_of(user, default: str | None = None) -> str:
    """The language a person chose (for mail sent outside a request), else ``default``, else
    the site's."""
    chosen = Profile.objects.filter(user=user).values_list("language", flat=True).first()
    return chosen or default or settings.LANGUAGE_CODE


VISION_TEXTS = ("one_year", "three_years", "five_years", "broad_goals")


def assessment_for(user) -> Assessment:
    """The person's assessment, or an unsaved empty one."""
    return Assessment.objects.filter(owner=user).first() or Assessment(owner=user)


def vision_for(user) -> Vision:
    """The person's vision, or an unsaved empty one."""
    return Vision.objects.filter(owner=user).first() or Vision(owner=user)


def areas_for(user) -> QuerySet[Area]:
    return Area.objects.filter(owner=user).order_by("kind", "name", "id")


def area_for_owner(user, pk: int) -> Area:
    return get_object_or_404(Area, pk=pk, owner=user)


@dataclass
class GoalTree:
    """The vision, the long-term goals with the short-term goals that serve them, and the rest.

    A short-term goal sits under its parent when the parent is a long-term goal; every other
    goal sits under its own horizon, so each goal appears exactly once whatever the links.
    Each goal in ``long_term`` has ``served``: the short-term goals under it.
    """

    vision: Vision
    long_term: list[Goal] = field(default_factory=list)
    short_term: list[Goal] = field(default_factory=list)

    @property
    def is_empty(self) -> bool:
        return not (self.long_term or self.short_term)


def goal_tree(user) -> GoalTree:
    """The goal tree in a fixed number of queries, however many goals there are."""
    goals = list(
        Goal.objects.filter(owner=user)
        .select_related("parent")
        .prefetch_related(Prefetch("milestones", queryset=Milestone.objects.order_by("due", "id")))
        .order_by("priority", "id")
    )
    tree = GoalTree(vision=vision_for(user))
    for goal in goals:
        goal.served = []
    long_term = {g.id: g for g in goals if g.horizon == Goal.Horizon.LONG}
    for goal in goals:
        if goal.id in long_term:
            tree.long_term.append(goal)
        elif goal.parent_id in long_term:
            long_term[goal.parent_id].served.append(goal)
        else:
            tree.short_term.append(goal)
    return tree


@dataclass(frozen=True)
class PlanHoldings:
    """What an account holds, counted: shown on the data page and checked before an import."""

    goals: int
    areas: int
    reflections: int
    assessment_written: bool
    vision_written: bool

    @property
    def is_empty(self) -> bool:
        return not (
            self.goals
            or self.areas
            or self.reflections
            or self.assessment_written
            or self.vision_written
        )


def _written(row, names: tuple[str, ...]) -> bool:
    return row is not None and any(getattr(row, name).strip() for name in names)


def plan_holdings(user) -> PlanHoldings:
    return PlanHoldings(
        goals=Goal.objects.filter(owner=user).count(),
        areas=Area.objects.filter(owner=user).count(),
        reflections=Reflection.objects.filter(owner=user).count(),
        assessment_written=_written(
            Assessment.objects.filter(owner=user).first(), ASSESSMENT_TEXTS
        ),
        vision_written=_written(Vision.objects.filter(owner=user).first(), VISION_TEXTS),
    )


@dataclass(frozen=True)
class Plan:
    """Everything a person owns, in a stable order: what the exports are made from.

    ``profile``, ``assessment`` and ``vision`` are None when the row was never saved.
    Goals come with ``versions``, ``milestones``, ``steps``, ``checkins`` prefetched and
    ``metric`` selected; ``steps`` carry their milestone.
    """

    user: object
    profile: Profile | None
    assessment: Assessment | None
    vision: Vision | None
    areas: list[Area]
    goals: list[Goal]
    reflections: list[Reflection]


def plan_for_export(user) -> Plan:
    goals = (
        Goal.objects.filter(owner=user)
        .select_related("metric", "parent")
        .prefetch_related(
            Prefetch("versions", queryset=GoalVersion.objects.order_by("version", "id")),
            Prefetch("milestones", queryset=Milestone.objects.order_by("due", "id")),
            Prefetch("steps", queryset=Step.objects.order_by("id")),
            Prefetch("checkins", queryset=CheckIn.objects.order_by("day", "id")),
        )
        .order_by("priority", "id")
    )
    return Plan(
        user=user,
        profile=Profile.objects.filter(user=user).first(),
        assessment=Assessment.objects.filter(owner=user).first(),
        vision=Vision.objects.filter(owner=user).first(),
        areas=list(areas_for(user)),
        goals=list(goals),
        reflections=list(
            Reflection.objects.filter(owner=user).select_related("goal").order_by("day", "id")
        ),
    )


def owner_profile(goal: Goal) -> Profile | None:
    """The profile of a ``goal_detail`` goal's owner (read with the goal), or None."""
    try:
        return goal.owner.profile
    except Profile.DoesNotExist:
        return None
