"""Reads: every query for a person's data goes through a function here, scoped by owner.

A selector that returns someone's data takes the requesting user; a row that is not theirs
is a 404, so ids reveal nothing.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, timedelta

from django.db.models import Count, OuterRef, Prefetch, Q, QuerySet, Subquery
from django.shortcuts import get_object_or_404

from .charts import Chart, chart_for_goal
from .models import CheckIn, Goal, GoalVersion, Milestone, Profile, Reflection, Step

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
    """One goal with its plan and follow-up prefetched."""
    queryset = goals_for_owner(user).prefetch_related(
        Prefetch("milestones", queryset=Milestone.objects.order_by("due", "id")),
        Prefetch("steps", queryset=Step.objects.select_related("milestone")),
        Prefetch("checkins", queryset=CheckIn.objects.order_by("day", "id")),
        Prefetch("versions", queryset=GoalVersion.objects.order_by("-version")),
        Prefetch("reflections", queryset=Reflection.objects.order_by("-day", "-id")),
    )
    return get_object_or_404(queryset, pk=pk)


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
    return last + timedelta(days=goal.checkin_every_days)


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
    horizon = today + timedelta(days=days)
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
    return (last + timedelta(weeks=every_weeks)) if last else today


# --- Follow-up and the record of achievements -------------------------------------------


@dataclass(frozen=True)
class Followup:
    """What the goal page's follow-up shows beyond the goal's own rows."""

    chart: Chart | None
    checkin_due: date
    reflect_every_weeks: int
    reflection_due: date


def reflect_every_weeks(user) -> int:
    """The person's chosen reflection rhythm, without creating a profile to read it."""
    chosen = Profile.objects.filter(user=user).values_list("reflection_every_weeks", flat=True)
    return chosen.first() or Profile._meta.get_field("reflection_every_weeks").default


def followup_for_goal(user, goal: Goal, today: date) -> Followup:
    """The chart of a goal from ``goal_detail``, its next check-in and the next reflection."""
    every = reflect_every_weeks(user)
    return Followup(
        chart=chart_for_goal(goal),
        checkin_due=next_checkin(goal, today),
        reflect_every_weeks=every,
        reflection_due=reflection_due(user, every, today),
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
