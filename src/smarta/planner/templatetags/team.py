"""Template helpers for working with others: who has reports."""

from __future__ import annotations

from django import template

from smarta.planner.team import selectors as selectors_team

register = template.Library()


@register.filter
def has_reports(user) -> bool:
    """Whether the user is someone's manager (the "My team" link)."""
    return selectors_team.has_reports(user)
