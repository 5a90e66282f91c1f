"""Who may see what beyond their own plan (domain.md, "Users and roles").

- A manager sees the goals their direct reports share with them, never a private one.
- A report sees the goals their manager writes for the team (not dropped ones), never the
  other reports' goals that contribute to them.
- A feedback giver sees the one goal they were invited to (see the feedback views).
- An admin sees aggregate figures only.
Every view that shows someone else's data asks here; anything else answers 404.
"""

from __future__ import annotations

from functools import wraps

from django.contrib.auth import get_user_model
from django.contrib.auth.decorators import login_required
from django.db.models import Q, QuerySet
from django.http import Http404
from django.shortcuts import get_object_or_404

from smarta.planner.goals import selectors as selectors_goals
from smarta.planner.models import FeedbackRequest, Goal, Profile


def reports_of(manager) -> QuerySet:
    """The people whose manager is ``manager``."""
    return get_user_model().objects.filter(profile__manager=manager).order_by("username")


def is_manager_of(manager, person) -> bool:
    return reports_of(manager).filter(pk=person.pk).exists()


def _shared_with(manager) -> Q:
    return Q(owner__profile__manager=manager, visibility=Goal.Visibility.SHARED)


def _team_goal_of_manager(person) -> Q:
    """The goals the person's manager wrote for the team."""
    manager = Profile.objects.filter(user=person).values("manager_id")
    return Q(for_team=True, owner__in=manager) & ~Q(status=Goal.Status.DROPPED)


def team_goals_for_report(person) -> QuerySet[Goal]:
    """The team goals the person's manager wrote, which the person may see and serve, with
    what lists need (their progress and status)."""
    return (
        selectors_goals.goals_for_owner_any()
        .filter(_team_goal_of_manager(person))
        .select_related("owner")
    )


def team_goals_to_serve(person) -> QuerySet[Goal]:
    """The team goals a goal of the person's may serve now: their manager's, still active."""
    return team_goals_for_report(person).filter(status=Goal.Status.ACTIVE)


def open_team_goals_of(manager) -> QuerySet[Goal]:
    """The manager's team goals still active: those a goal proposed to a report may serve."""
    return Goal.objects.filter(owner=manager, for_team=True, status=Goal.Status.ACTIVE)


def shared_goals_for_manager(manager) -> QuerySet[Goal]:
    """The goals the manager's reports share with them, with what lists need."""
    return (
        selectors_goals.goals_for_owner_any().filter(_shared_with(manager)).select_related("owner")
    )


def visible_goal_ids(user, goal_ids: set[int]) -> set[int]:
    """Those of ``goal_ids`` that ``user`` may see now, in one query: their own, those shared
    with them as manager, and those they were invited to give feedback on."""
    if not goal_ids:
        return set()
    invited = FeedbackRequest.objects.filter(giver=user, revoked_at__isnull=True).values("goal_id")
    seen = Q(owner=user) | _shared_with(user) | Q(pk__in=invited) | _team_goal_of_manager(user)
    return set(Goal.objects.filter(seen, pk__in=goal_ids).values_list("pk", flat=True))


def is_hr(user) -> bool:
    """HR (staff, or an admin): aggregate figures, people, the audit trail."""
    return user.is_authenticated and (user.is_staff or user.is_superuser)


def hr_only(view):
    """A view for HR; a 404 for everyone else, a login for the anonymous."""

    @login_required
    @wraps(view)
    def wrapped(request, *args, **kwargs):
        if not is_hr(request.user):
            raise Http404
        return view(request, *args, **kwargs)

    return wrapped


def goal_for_manager(manager, pk: int) -> Goal:
    return get_object_or_404(shared_goals_for_manager(manager), pk=pk)


def goal_for_owner_or_manager(user, pk: int) -> tuple[Goal, bool]:
    """A goal the user owns, or one shared with them as manager; (goal, is_owner)."""
    own = selectors_goals.goals_for_owner(user).filter(pk=pk).first()
    if own is not None:
        return own, True
    return goal_for_manager(user, pk), False
