"""Template helpers for working with others: who has reports, a goal's manager and thread."""

from __future__ import annotations

from django import template

from .. import selectors_team

register = template.Library()


@register.filter
def has_reports(user) -> bool:
    """Whether the user is someone's manager (the "My team" link)."""
    return selectors_team.has_reports(user)


@register.simple_tag
def manager_of(person):
    return selectors_team.manager_of(person)


@register.simple_tag
def goal_comments(goal):
    """The comment thread of a goal the page already shows to its owner."""
    return list(selectors_team.comments_for_goal(goal))
