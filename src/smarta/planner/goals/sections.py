"""The goal page's sections (plan, follow-up, feedback): the one way a section answers.

A section is swapped in by htmx; a plain request (a browser without JavaScript) gets it on a
page of its own with a way back, and after a write is sent back to the goal page at the
section's anchor.
"""

from __future__ import annotations

from collections.abc import Callable

from django.http import HttpRequest, HttpResponse
from django.shortcuts import redirect, render
from django.urls import reverse
from django.utils import timezone

from smarta.planner.models import Goal

SECTION_PAGE = "planner/goal/section_page.html"


def render_section(request: HttpRequest, goal: Goal, template: str, **context) -> HttpResponse:
    """The section alone for htmx; for a plain request, a page around it with a way back."""
    context = {"goal": goal, "today": timezone.localdate(), **context}
    if request.htmx:
        return render(request, template, context)
    return render(request, SECTION_PAGE, {"section": template, **context})


def back_to_goal(goal_pk: int, anchor: str) -> HttpResponse:
    return redirect(reverse("goal-detail", args=[goal_pk]) + f"#{anchor}")


def section_changed(
    request: HttpRequest,
    goal_pk: int,
    anchor: str,
    section: Callable[..., HttpResponse],
    **context,
) -> HttpResponse:
    """After a write: ``section(request, goal_pk, **context)`` again for htmx, else back to
    the goal page at ``anchor``."""
    if request.htmx:
        return section(request, goal_pk, **context)
    return back_to_goal(goal_pk, anchor)
