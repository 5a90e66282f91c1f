"""Reads of goals, scoped by owner: lists, the goal page, the agenda.

A selector that returns someone's data takes the requesting user; a row that is not theirs
is a 404, so ids reveal nothing."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from functools import cache

from django.db import connection
from django.db.models import (
    BooleanField,
    Count,
    DateField,
    OuterRef,
    Prefetch,
    Q,
    QuerySet,
    Subquery,
    TextField,
    prefetch_related_objects,
)
from django.db.models.expressions import RawSQL
from django.shortcuts import get_object_or_404
from django.utils import timezone

from smarta import limits
from smarta.analysis import Analysis, analyze
from smarta.planner.days import days_after
from smarta.planner.followup.selectors import next_checkin
from smarta.planner.models import (
    CheckIn,
    FeedbackRequest,
    Goal,
    GoalComment,
    GoalVersion,
    Milestone,
    Reflection,
    Step,
)

AGENDA_DAYS = 14


MAX_ACTIVE_SHORT_TERM = 5


def _latest_value():
    latest = CheckIn.objects.filter(goal=OuterRef("pk"), value__isnull=False).order_by(
        "-day", "-id"
    )
    return Subquery(latest.values("value")[:1])


def _last_checkin_day():
    latest = CheckIn.objects.filter(goal=OuterRef("pk")).order_by("-day", "-id")
    return Subquery(latest.values("day")[:1])


def goals_for_owner(user) -> QuerySet[Goal]:
    """The person's goals with what lists show about them, in a fixed number of queries."""
    return goals_for_owner_any().filter(owner=user)


def goals_for_owner_any() -> QuerySet[Goal]:
    """Goals of anyone, annotated for lists; callers narrow it to what the user may see."""
    return (
        Goal.objects.all()
        .select_related("metric", "parent")
        .annotate(
            latest_value=_latest_value(),
            last_checkin=_last_checkin_day(),
            milestones_total=Count("milestones", distinct=True),
            milestones_reached=Count(
                "milestones", filter=Q(milestones__reached_at__isnull=False), distinct=True
            ),
            steps_total=Count("steps", distinct=True),
            steps_done=Count("steps", filter=Q(steps__done_at__isnull=False), distinct=True),
        )
        .order_by("priority", "id")
    )


def active_goals(user) -> QuerySet[Goal]:
    return goals_for_owner(user).filter(status=Goal.Status.ACTIVE)


def goal_for_owner(user, pk: int) -> Goal:
    return get_object_or_404(goals_for_owner(user), pk=pk)


def goal_detail(user, pk: int) -> Goal:
    """One goal with its plan and follow-up prefetched, and its owner's profile and manager.

    It carries what ``goals_for_owner`` annotates (latest value, last check-in, milestones
    and steps counted), worked out from the prefetched rows rather than by the database; the
    text of the goal it serves (``parent_text``: ``parent`` itself is not read); and the day
    of the owner's latest reflection on any goal (``last_reflection``).

    Most goals have no earlier versions, reflections, comments or feedback requests, so the
    goal says whether it has any (``has_versions``, ``has_reflections``, ``has_comments``,
    ``has_feedback``) and only those it has are read: use ``goal.versions`` and
    ``goal.reflections`` only when it has them."""
    queryset = (
        Goal.objects.filter(owner=user)
        .select_related(
            "metric",
            "approved_by",
            "changes_requested_by",
            "owner__profile__manager",
            "proposed_by",
        )
        .annotate(**_goal_page_facts())
        .prefetch_related(
            Prefetch("milestones", queryset=Milestone.objects.order_by("due", "id")),
            "steps",  # in Step's order; their milestones are the goal's, set below
            Prefetch("checkins", queryset=CheckIn.objects.order_by("day", "id")),
        )
    )
    goal = get_object_or_404(queryset, pk=pk)
    wanted = [
        Prefetch("versions", queryset=GoalVersion.objects.order_by("-version"))
        if goal.has_versions else None,
        Prefetch("reflections", queryset=Reflection.objects.order_by("-day", "-id"))
        if goal.has_reflections else None,
    ]  # fmt: skip
    prefetch_related_objects([goal], *filter(None, wanted))
    _summarise(goal)
    return goal


def _goal_page_facts() -> dict[str, RawSQL]:
    """What ``goal_detail`` asks about the goal besides its columns, in SQL of its own: the
    ORM builds an ``Exists`` with about as much Python as a whole query, which on the goal
    page was more than the query it saves."""
    return {
        name: RawSQL(sql, (), output_field=field())
        for name, (sql, field) in _goal_page_facts_sql().items()
    }


@cache
def _goal_page_facts_sql() -> dict[str, tuple[str, type]]:
    quote = connection.ops.quote_name
    goals = quote(Goal._meta.db_table)

    def has(model) -> tuple[str, type]:
        """Whether any row of ``model`` belongs to the goal."""
        table = quote(model._meta.db_table)
        column = quote(model._meta.get_field("goal").column)
        sql = f"EXISTS (SELECT 1 FROM {table} WHERE {table}.{column} = {goals}.{quote('id')})"
        return sql, BooleanField

    reflections = quote(Reflection._meta.db_table)
    return {
        # the text of the goal it serves (the page shows no more of it)
        "parent_text": (
            f"SELECT parent.{quote('text')} FROM {goals} parent"
            f" WHERE parent.{quote('id')} = {goals}.{quote('parent_id')}",
            TextField,
        ),
        "has_versions": has(GoalVersion),
        "has_reflections": has(Reflection),
        "has_comments": has(GoalComment),
        "has_feedback": has(FeedbackRequest),
        # the day of the owner's latest reflection, on any goal
        "last_reflection": (
            f"SELECT MAX({reflections}.{quote('day')}) FROM {reflections}"
            f" WHERE {reflections}.{quote('owner_id')} = {goals}.{quote('owner_id')}",
            DateField,
        ),
    }


def _summarise(goal: Goal) -> None:
    """Set on a ``goal_detail`` goal the figures ``goals_for_owner_any`` annotates, and give
    its steps their milestones from its own (no query per step, nor a join)."""
    checkins = list(goal.checkins.all())  # by day and id: the last is the latest
    goal.last_checkin = checkins[-1].day if checkins else None
    goal.latest_value = next((c.value for c in reversed(checkins) if c.value is not None), None)
    milestones, steps = goal.milestones.all(), goal.steps.all()
    by_pk = {m.pk: m for m in milestones}
    for step in steps:
        if step.milestone_id in by_pk:  # (a step's milestone is one of its goal's)
            step.milestone = by_pk[step.milestone_id]
    goal.milestones_total = len(milestones)
    goal.milestones_reached = sum(1 for m in milestones if m.reached_at is not None)
    goal.steps_total = len(steps)
    goal.steps_done = sum(1 for s in steps if s.done_at is not None)


@dataclass(frozen=True)
class AgendaItem:
    kind: str  # "milestone" | "step" | "checkin"
    title: str
    due: date
    goal: Goal
    overdue: bool


def agenda(
    user, today: date, active: list[Goal], days: int = AGENDA_DAYS
) -> tuple[list[AgendaItem], list[AgendaItem]]:
    """(due in the next ``days`` days, overdue): milestones, steps and check-ins.

    ``active`` is the person's ``active_goals``, which the overview has read already: the
    check-ins due are those of its goals with a metric."""
    horizon = days_after(today, days)
    items: list[AgendaItem] = []
    milestones = Milestone.objects.filter(
        goal__owner=user, goal__status=Goal.Status.ACTIVE, reached_at__isnull=True,
        due__lte=horizon,
    ).select_related("goal")  # fmt: skip
    items += [AgendaItem("milestone", m.title, m.due, m.goal, m.due < today) for m in milestones]
    steps = Step.objects.filter(
        goal__owner=user, goal__status=Goal.Status.ACTIVE, done_at__isnull=True,
        due__isnull=False, due__lte=horizon,
    ).select_related("goal")  # fmt: skip
    items += [AgendaItem("step", s.title, s.due, s.goal, s.due < today) for s in steps]
    for goal in active:
        if getattr(goal, "metric", None) is None:  # read with the goal: no query
            continue
        due = next_checkin(goal)
        if due <= horizon:
            items.append(AgendaItem("checkin", goal.heading, due, goal, due < today))
    items.sort(key=lambda item: (item.due, item.kind))
    return [i for i in items if not i.overdue], [i for i in items if i.overdue]


def too_many_short_term(active: list[Goal]) -> int | None:
    """The number of short-term goals among the person's ``active_goals``, when it is more
    than is wise."""
    count = sum(1 for goal in active if goal.horizon == Goal.Horizon.SHORT)
    return count if count > MAX_ACTIVE_SHORT_TERM else None


def goals_completed_between(user, start: date, end: date) -> QuerySet[Goal]:
    return Goal.objects.filter(
        owner=user, status=Goal.Status.COMPLETED, completed_at__date__range=(start, end)
    ).order_by("completed_at", "id")


@dataclass(frozen=True)
class Summary:
    """The top of the goal page: what the person most wants to know at a glance."""

    days_left: int | None  # to the deadline; negative once it has passed
    next_step: Step | None  # the first step not done, by its date (undated last)
    next_milestone: Milestone | None  # the first milestone not reached

    @property
    def days_late(self) -> int:
        return -self.days_left if self.days_left is not None and self.days_left < 0 else 0


def goal_summary(goal: Goal, today: date) -> Summary:
    """For a goal from ``goal_detail``, whose milestones and steps are read with it."""
    open_steps = [s for s in goal.steps.all() if s.done_at is None]
    open_steps.sort(key=lambda s: (s.due is None, s.due or today, s.pk))
    milestones = [m for m in goal.milestones.all() if m.reached_at is None]  # by date
    return Summary(
        days_left=(goal.deadline - today).days if goal.deadline else None,
        next_step=open_steps[0] if open_steps else None,
        next_milestone=milestones[0] if milestones else None,
    )


def typed_check(text: str) -> Analysis | None:
    """The SMART check shown under a goal as it is typed: none while it is blank, and of its
    first limits.GOAL_TEXT characters only (a longer text is an error the form shows)."""
    text = text[: limits.GOAL_TEXT]
    return analyze(text, today=timezone.localdate()) if text.strip() else None
