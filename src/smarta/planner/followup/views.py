"""The goal page's follow-up (metric, check-ins, chart, reflections) and the record page.

Writes are POSTs that work as plain forms (redirect back to the goal) and, from htmx, answer
with the re-rendered follow-up section; invalid input shows the section with what was typed.
"""

from __future__ import annotations

from django.contrib.auth.decorators import login_required
from django.http import HttpRequest, HttpResponse
from django.shortcuts import redirect, render
from django.urls import reverse
from django.utils import timezone
from django.views.decorators.http import require_POST, require_safe

from smarta.planner.followup import selectors as selectors_followup
from smarta.planner.followup import services as services_followup
from smarta.planner.followup.achievements import record_for
from smarta.planner.followup.charts import chart_for_goal
from smarta.planner.followup.forms import (
    CheckInEntryForm,
    GoalMetricForm,
    GoalReflectionForm,
    PeriodForm,
    ReflectionScheduleForm,
)
from smarta.planner.goals import selectors as selectors_goals
from smarta.planner.goals.forms import goal_page_forms
from smarta.planner.goals.sections import render_section, section_changed
from smarta.planner.profile import services as services_profile

FOLLOWUP = "planner/goal/_followup.html"


def _followup(
    request: HttpRequest, goal_pk: int, *, all_checkins: bool = False, **context
) -> HttpResponse:
    goal = selectors_goals.goal_detail(request.user, goal_pk)
    today = timezone.localdate()
    followup = selectors_followup.followup_for_goal(goal, today, all_checkins=all_checkins)
    forms = {**goal_page_forms(goal), **context}
    chart = chart_for_goal(goal)
    return render_section(request, goal, FOLLOWUP, followup=followup, chart=chart, **forms)


def _changed(
    request: HttpRequest, goal_pk: int, *, all_checkins: bool = False, **context
) -> HttpResponse:
    if all_checkins and not request.htmx:  # back to the list of all check-ins
        return redirect(reverse("checkin-list", args=[goal_pk]) + "#checkins-title")
    return section_changed(
        request, goal_pk, "followup", _followup, all_checkins=all_checkins, **context
    )


@login_required
@require_safe
def goal_followup(request: HttpRequest, pk: int) -> HttpResponse:
    """The follow-up section with its chart: swapped in by htmx, or a page of its own."""
    return _followup(request, pk)


@login_required
@require_safe
def checkin_list(request: HttpRequest, pk: int) -> HttpResponse:
    """The follow-up section listing every check-in, not only the latest (the goal page's
    "show all"): swapped in by htmx, or a page of its own."""
    return _followup(request, pk, all_checkins=True, focus="checkins")


@login_required
@require_POST
def metric_set(request: HttpRequest, pk: int) -> HttpResponse:
    goal = selectors_goals.goal_for_owner(request.user, pk)
    form = GoalMetricForm(request.POST)
    if not form.is_valid():
        return _followup(request, goal.pk, metric_form=form)
    services_followup.metric_set(goal=goal, **form.cleaned_data)
    return _changed(request, goal.pk)


@login_required
@require_POST
def checkin_create(request: HttpRequest, pk: int) -> HttpResponse:
    goal = selectors_goals.goal_for_owner(request.user, pk)
    form = CheckInEntryForm(request.POST)
    if not form.is_valid():
        return _followup(request, goal.pk, checkin_form=form, focus="checkin")
    services_followup.checkin_record(goal=goal, **form.cleaned_data)
    return _changed(request, goal.pk, focus="checkin")


@login_required
@require_POST
def checkin_delete(request: HttpRequest, pk: int) -> HttpResponse:
    checkin = selectors_followup.checkin_for_owner(request.user, pk)
    services_followup.checkin_delete(checkin=checkin)
    # from the list of all check-ins, that list again
    return _changed(request, checkin.goal_id, all_checkins=request.POST.get("checkins") == "all")


@login_required
@require_POST
def reflection_create(request: HttpRequest, pk: int) -> HttpResponse:
    goal = selectors_goals.goal_for_owner(request.user, pk)
    form = GoalReflectionForm(request.POST)
    if not form.is_valid():
        return _followup(request, goal.pk, reflection_form=form, focus="reflection")
    services_followup.reflection_record(owner=request.user, goal=goal, **form.cleaned_data)
    return _changed(request, goal.pk)


@login_required
@require_POST
def reflection_schedule(request: HttpRequest, pk: int) -> HttpResponse:
    """The person's reflection rhythm, chosen from one of their goals."""
    goal = selectors_goals.goal_for_owner(request.user, pk)
    form = ReflectionScheduleForm(request.POST)
    if not form.is_valid():
        return _followup(request, goal.pk, schedule_form=form)
    every = form.cleaned_data["every_weeks"]
    services_profile.profile_update(user=request.user, reflection_every_weeks=every)
    return _changed(request, goal.pk)


@login_required
@require_safe
def record(request: HttpRequest) -> HttpResponse:
    """My record: what I achieved in a period (the last twelve months unless chosen)."""
    today = timezone.localdate()
    form = PeriodForm(request.GET or None)
    achieved = record_for(request.user, form.period(today))
    # The typed dates are shown again only when they were wrong; otherwise the period used.
    context = {"form": form if form.errors else None, "record": achieved}
    return render(request, "planner/followup/record.html", context)
