"""Reads for working with others: a manager's team, one shared goal, a goal's comments, HR figures.

Who may see what is decided in ``access``; these functions only shape what it allows.
HR figures are counts per department, never a goal's content.
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass, field
from datetime import date

from django.conf import settings
from django.db.models import Count, F, Prefetch, Q, QuerySet
from django.shortcuts import get_object_or_404

from smarta.planner.days import days_after
from smarta.planner.followup import selectors as selectors_followup
from smarta.planner.goals import selectors as selectors_goals
from smarta.planner.goals import status
from smarta.planner.models import CheckIn, Goal, GoalComment, Milestone, Profile, Step
from smarta.planner.profile.selectors import owner_profile
from smarta.planner.team import access


@dataclass(frozen=True)
class TeamGoal:
    goal: Goal
    progress: float | None
    overdue: int  # milestones not reached and steps not done whose date has passed


@dataclass(frozen=True)
class TeamMember:
    person: object
    goals: list[TeamGoal] = field(default_factory=list)


@dataclass(frozen=True)
class Team:
    members: list[TeamMember]
    waiting: list[TeamGoal]  # shared, active, neither approved nor sent back


def _with_overdue(goals: QuerySet[Goal], today: date) -> QuerySet[Goal]:
    return goals.annotate(
        milestones_overdue=Count(
            "milestones", filter=Q(milestones__reached_at__isnull=True, milestones__due__lt=today),
            distinct=True,
        ),
        steps_overdue=Count(
            "steps", filter=Q(steps__done_at__isnull=True, steps__due__lt=today), distinct=True,
        ),
    )  # fmt: skip


def is_waiting_for_approval(goal: Goal) -> bool:
    return (
        goal.visibility == Goal.Visibility.SHARED
        and goal.status == Goal.Status.ACTIVE
        and goal.approved_at is None
        and not goal.changes_requested
    )


def team_for_manager(manager, today: date) -> Team:
    """The manager's reports, each with the goals they share, in two queries."""
    people = list(access.reports_of(manager))
    goals = _with_overdue(
        access.shared_goals_for_manager(manager).exclude(status=Goal.Status.DROPPED), today
    ).order_by("owner__username", "priority", "id")
    by_owner: dict[int, list[TeamGoal]] = defaultdict(list)
    waiting = []
    for goal in status.attach_standing(goals, today):
        row = TeamGoal(
            goal, selectors_followup.progress(goal), goal.milestones_overdue + goal.steps_overdue
        )
        by_owner[goal.owner_id].append(row)
        if is_waiting_for_approval(goal):
            waiting.append(row)
    return Team([TeamMember(p, by_owner.get(p.pk, [])) for p in people], waiting)


def shared_goal_detail(manager, pk: int) -> Goal:
    """A goal shared with the manager, with its plan and check-ins; never its reflections."""
    queryset = access.shared_goals_for_manager(manager).prefetch_related(
        Prefetch("milestones", queryset=Milestone.objects.order_by("due", "id")),
        Prefetch("steps", queryset=Step.objects.select_related("milestone")),
        Prefetch("checkins", queryset=CheckIn.objects.order_by("day", "id")),
    )
    return get_object_or_404(queryset.select_related("approved_by", "changes_requested_by"), pk=pk)


def comments_for_goal(goal: Goal) -> QuerySet[GoalComment]:
    """The thread of a goal the caller has already been allowed to see."""
    return goal.comments.select_related("author").order_by("created_at", "id")


@dataclass(frozen=True)
class Sharing:
    """What the goal page's sharing section shows besides the goal: the owner's manager (or
    None) and the goal's comment thread."""

    manager: object | None
    comments: list[GoalComment]
    # the day the manager is told of a late check-in, if the next one is not made by then
    manager_told_on: date | None = None


def sharing_for_goal(goal: Goal) -> Sharing:
    """For a goal from ``selectors_goals.goal_detail``, which reads the owner's manager with it and
    knows whether it has comments."""
    profile = owner_profile(goal)
    comments = list(comments_for_goal(goal)) if goal.has_comments else []
    manager = profile.manager if profile else None
    told_on = None
    if manager is not None and goal.visibility == Goal.Visibility.SHARED:
        late = settings.SMARTA_MANAGER_LATE_AFTER_DAYS + 1
        told_on = days_after(selectors_followup.next_checkin(goal), late)
    return Sharing(manager, comments, told_on)


def has_reports(user) -> bool:
    return user.is_authenticated and access.reports_of(user).exists()


def reports_to(manager, person) -> bool:
    """Whether ``manager`` is ``person`` or reports to them, directly or further down: then
    making ``manager`` the person's manager would close a circle of reporting lines."""
    seen: set[int] = set()
    boss_id = manager.pk
    while boss_id is not None and boss_id not in seen:
        if boss_id == person.pk:
            return True
        seen.add(boss_id)
        boss_id = Profile.objects.filter(user_id=boss_id).values_list("manager", flat=True).first()
    return False


# --- HR: aggregate figures -------------------------------------------------------------


@dataclass
class DepartmentFigures:
    """Counts of active goals in one department; the shares are 0..1 (None without goals)."""

    name: str | None  # None: people without a department
    goals: int = 0
    smart: int = 0
    approved: int = 0
    on_track: int = 0

    def share(self, count: int) -> float | None:
        return count / self.goals if self.goals else None

    @property
    def smart_share(self) -> float | None:
        return self.share(self.smart)

    @property
    def approved_share(self) -> float | None:
        return self.share(self.approved)

    @property
    def on_track_share(self) -> float | None:
        return self.share(self.on_track)


def hr_figures(today: date) -> tuple[list[DepartmentFigures], DepartmentFigures]:
    """Per department (by name, people without one last) and in total: how many active goals,
    and how many of them are SMART (specific, measurable, time-bound), approved and on track.
    Callers check that the user is HR; nothing here carries a goal's text."""
    goals = (
        selectors_goals.goals_for_owner_any()
        .filter(status=Goal.Status.ACTIVE)
        .annotate(department_name=F("owner__profile__department__name"))
        .defer("text", "risks", "minimum_result", "stretch_result", "helpers", "changes_requested")
    )
    departments: dict[str | None, DepartmentFigures] = {}
    total = DepartmentFigures(name=None)
    for goal in status.attach_standing(goals, today):
        figures = departments.setdefault(
            goal.department_name, DepartmentFigures(goal.department_name)
        )
        for row in (figures, total):
            row.goals += 1
            row.smart += goal.is_specific and goal.is_measurable and goal.is_time_bound
            row.approved += goal.approved_at is not None
            row.on_track += goal.standing == status.Standing.ON_TRACK
    rows = sorted(departments.values(), key=lambda d: (d.name is None, (d.name or "").lower()))
    return rows, total
