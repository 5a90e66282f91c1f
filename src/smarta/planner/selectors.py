"""Reads: every query for a person's data goes through a function here, scoped by owner.

A selector that returns someone's data takes the requesting user; a row that is not theirs
is a 404, so ids reveal nothing.
"""

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

from smarta.planner.followup.charts import Chart, chart_for_goal

from .days import days_after
from .models import (
    CheckIn,
    FeedbackRequest,
    Goal,
    GoalComment,
    GoalVersion,
    Milestone,
    Profile,
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
        .select_related("metric", "approved_by", "owner__profile__manager")
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


def owner_profile(goal: Goal) -> Profile | None:
    """The profile of a ``goal_detail`` goal's owner (read with the goal), or None."""
    try:
        return goal.owner.profile
    except Profile.DoesNotExist:
        return None


def milestone_for_owner(user, pk: int) -> Milestone:
    return get_object_or_404(Milestone.objects.select_related("goal"), pk=pk, goal__owner=user)


def step_for_owner(user, pk: int) -> Step:
    return get_object_or_404(Step.objects.select_related("goal"), pk=pk, goal__owner=user)


def checkin_for_owner(user, pk: int) -> CheckIn:
    return get_object_or_404(CheckIn.objects.select_related("goal"), pk=pk, goal__owner=user)


def progress(goal: Goal) -> float | None:
    """0..1 toward the goal: the metric if there is one, else milestones, else steps."""
    metric = getattr(goal, "metric", None)
    latest = getattr(goal, "latest_value", None)
    if metric is not None and latest is not None and metric.target != metric.baseline:
        share = (latest - metric.baseline) / (metric.target - metric.baseline)
        return max(0.0, min(1.0, share))
    if getattr(goal, "milestones_total", 0):
        return goal.milestones_reached / goal.milestones_total
    if getattr(goal, "steps_total", 0):
        return goal.steps_done / goal.steps_total
    if goal.status == Goal.Status.COMPLETED:
        return 1.0
    return None


def next_checkin(goal: Goal, today: date) -> date:
    last = getattr(goal, "last_checkin", None) or goal.created_at.date()
    return days_after(last, goal.checkin_every_days)


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
        due = next_checkin(goal, today)
        if due <= horizon:
            items.append(AgendaItem("checkin", goal.text, due, goal, due < today))
    items.sort(key=lambda item: (item.due, item.kind))
    return [i for i in items if not i.overdue], [i for i in items if i.overdue]


def too_many_short_term(active: list[Goal]) -> int | None:
    """The number of short-term goals among the person's ``active_goals``, when it is more
    than is wise."""
    count = sum(1 for goal in active if goal.horizon == Goal.Horizon.SHORT)
    return count if count > MAX_ACTIVE_SHORT_TERM else None


def reflection_due(user, every_weeks: int, today: date) -> date:
    last = (
        Reflection.objects.filter(owner=user).order_by("-day").values_list("day", flat=True).first()
    )
    return _due_after(last, every_weeks, today)


def _due_after(last: date | None, every_weeks: int, today: date) -> date:
    return days_after(last, 7 * every_weeks) if last else today


# --- Follow-up and the record of achievements -------------------------------------------


# The goal page lists this many check-ins, the latest first; a link shows them all.
RECENT_CHECKINS = 10


@dataclass(frozen=True)
class Followup:
    """What the goal page's follow-up shows beyond the goal's own rows."""

    chart: Chart | None
    checkin_due: date
    reflect_every_weeks: int
    reflection_due: date
    checkins: list[CheckIn]  # those listed, the latest first
    checkins_total: int
    all_checkins: bool  # all were asked for, not only the latest RECENT_CHECKINS

    @property
    def previous(self) -> CheckIn | None:
        """The latest check-in."""
        return self.checkins[0] if self.checkins else None

    @property
    def checkins_hidden(self) -> int:
        """How many older check-ins the list leaves out."""
        return self.checkins_total - len(self.checkins)

    @property
    def can_list_fewer(self) -> bool:
        """All are listed, and they are more than the latest the page lists."""
        return self.all_checkins and self.checkins_total > RECENT_CHECKINS


_DEFAULT_REFLECT_EVERY_WEEKS = Profile._meta.get_field("reflection_every_weeks").default


def reflect_every_weeks(user) -> int:
    """The person's chosen reflection rhythm, without creating a profile to read it."""
    chosen = Profile.objects.filter(user=user).values_list("reflection_every_weeks", flat=True)
    return chosen.first() or _DEFAULT_REFLECT_EVERY_WEEKS


def followup_for_goal(user, goal: Goal, today: date, *, all_checkins: bool = False) -> Followup:
    """The chart of a goal from ``goal_detail``, its next check-in and the next reflection,
    and its check-ins to list: the latest ``RECENT_CHECKINS``, or all of them."""
    profile = owner_profile(goal)  # the user's: goal_detail reads the user's goals only
    every = (profile and profile.reflection_every_weeks) or _DEFAULT_REFLECT_EVERY_WEEKS
    checkins = list(goal.checkins.all())  # by day and id
    listed = checkins[::-1] if all_checkins else checkins[: -RECENT_CHECKINS - 1 : -1]
    return Followup(
        chart=chart_for_goal(goal),
        checkin_due=next_checkin(goal, today),
        reflect_every_weeks=every,
        reflection_due=_due_after(goal.last_reflection, every, today),
        checkins=listed,
        checkins_total=len(checkins),
        all_checkins=all_checkins,
    )


def milestones_reached_between(user, start: date, end: date) -> QuerySet[Milestone]:
    """The person's milestones reached from ``start`` to ``end`` (both days included)."""
    return (
        Milestone.objects.filter(goal__owner=user, reached_at__date__range=(start, end))
        .select_related("goal")
        .order_by("reached_at", "id")
    )


def goals_completed_between(user, start: date, end: date) -> QuerySet[Goal]:
    return Goal.objects.filter(
        owner=user, status=Goal.Status.COMPLETED, completed_at__date__range=(start, end)
    ).order_by("completed_at", "id")


def steps_done_between(user, start: date, end: date) -> QuerySet[Step]:
    return (
        Step.objects.filter(goal__owner=user, done_at__date__range=(start, end))
        .select_related("goal")
        .order_by("done_at", "id")
    )


def measured_checkins_between(user, start: date, end: date) -> QuerySet[CheckIn]:
    """Check-ins with a value, on goals that have a metric, by goal priority and day."""
    return (
        CheckIn.objects.filter(goal__owner=user, goal__metric__isnull=False)
        .filter(value__isnull=False, day__range=(start, end))
        .select_related("goal", "goal__metric")
        .order_by("goal__priority", "goal_id", "day", "id")
    )
