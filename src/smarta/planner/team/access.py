"""Who may see what beyond their own plan (domain.md, "Users and roles").

- A manager sees the goals their direct reports share with them, never a private one.
- A feedback giver sees the one goal they were invited to (see the feedback views).
- An admin sees aggregate figures only.
Every view that shows someone else's data asks here; anything else answers 404.
"""

from __future__ import annotations

from django.contrib.auth import get_user_model
from django.db.models import QuerySet
from django.shortcuts import get_object_or_404

from smarta.planner.goals import selectors as selectors_goals
from smarta.planner.models import Goal


def reports_of(manager) -> QuerySet:
    """The people whose manager is ``manager``."""
    return get_user_model().objects.filter(profile__manager=manager).order_by("username")


def is_manager_of(manager, person) -> bool:
    return reports_of(manager).filter(pk=person.pk).exists()


def shared_goals_for_manager(manager) -> QuerySet[Goal]:
    """The goals the manager's reports share with them, with what lists need."""
    return (
        selectors_goals.goals_for_owner_any()
        .filter(owner__profile__manager=manager, visibility=Goal.Visibility.SHARED)
        .select_related("owner")
    )


def goal_for_manager(manager, pk: int) -> Goal:
    return get_object_or_404(shared_goals_for_manager(manager), pk=pk)


def goal_for_owner_or_manager(user, pk: int) -> tuple[Goal, bool]:
    """A goal the user owns, or one shared with them as manager; (goal, is_owner)."""
    own = selectors_goals.goals_for_owner(user).filter(pk=pk).first()
    if own is not None:
        return own, True
    return goal_for_manager(user, pk), False
