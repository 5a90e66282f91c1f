"""Small template helpers for marks and progress."""

from __future__ import annotations

from django import template

from ..services_team import goal_is_accepted

register = template.Library()


@register.filter
def percent(value: float | None) -> int | None:
    """0..1 as a whole percentage, for progress bars."""
    return None if value is None else round(value * 100)


@register.inclusion_tag("planner/_marks.html")
def smart_marks(goal, analysis=None):
    """The S, M, T marks of a goal (from the stored verdicts), and A and R from answers."""
    # Accepted: the person's motivation is 7 or more and the manager has approved the goal.
    accepted = goal_is_accepted(goal)
    realistic = goal.likelihood is not None and goal.likelihood >= 6
    return {
        "marks": [
            ("S", goal.is_specific, "specific"),
            ("M", goal.is_measurable, "measurable"),
            ("A", accepted, "accepted"),
            ("R", realistic, "realistic"),
            ("T", goal.is_time_bound, "time_bound"),
        ]
    }
