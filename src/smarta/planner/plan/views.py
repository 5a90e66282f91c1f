"""The goal page's plan: milestones with dates and action steps with due dates.

Every write is a POST that works as a plain form (redirect back to the goal) and, from htmx,
answers with the re-rendered plan section. Invalid input shows the section again with the
typed values and the errors.
"""

from __future__ import annotations

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.http import HttpRequest, HttpResponse
from django.utils.translation import gettext
from django.views.decorators.http import require_POST

from smarta.planner.goals import selectors as selectors_goals
from smarta.planner.goals.forms import goal_page_forms
from smarta.planner.goals.sections import render_section, section_changed
from smarta.planner.plan import selectors as selectors_plan
from smarta.planner.plan import services as services_plan
from smarta.planner.plan.forms import GoalStepForm, MilestoneForm

PLAN = "planner/goal/_plan.html"


def _plan(request: HttpRequest, goal_pk: int, **context) -> HttpResponse:
    goal = selectors_goals.goal_detail(request.user, goal_pk)
    return render_section(request, goal, PLAN, **{**goal_page_forms(goal), **context})


def _changed(request: HttpRequest, goal_pk: int, **context) -> HttpResponse:
    return section_changed(request, goal_pk, "plan", _plan, **context)


def _toggled_on(request: HttpRequest, name: str) -> bool:
    """A toggle's target state: "1" sets it (the default), "0" clears it."""
    return request.POST.get(name, "1") != "0"


@login_required
@require_POST
def milestone_create(request: HttpRequest, pk: int) -> HttpResponse:
    goal = selectors_goals.goal_for_owner(request.user, pk)
    form = MilestoneForm(request.POST)
    if not form.is_valid():
        return _plan(request, goal.pk, milestone_form=form, focus="milestone")
    services_plan.milestone_create(goal=goal, **form.cleaned_data)
    return _changed(request, goal.pk, focus="milestone")


@login_required
@require_POST
def milestone_reached(request: HttpRequest, pk: int) -> HttpResponse:
    milestone = selectors_plan.milestone_for_owner(request.user, pk)
    reached = _toggled_on(request, "reached")
    newly_reached = reached and milestone.reached_at is None
    if reached != (milestone.reached_at is not None):
        services_plan.milestone_set_reached(milestone=milestone, reached=reached)
    if newly_reached and not request.htmx:
        text = gettext("🎉 Milestone reached: %(title)s") % {"title": milestone.title}
        messages.success(request, text, extra_tags="celebrate")
    return _changed(request, milestone.goal_id, celebrate=milestone if newly_reached else None)


@login_required
@require_POST
def milestone_delete(request: HttpRequest, pk: int) -> HttpResponse:
    milestone = selectors_plan.milestone_for_owner(request.user, pk)
    services_plan.milestone_delete(milestone=milestone)
    return _changed(request, milestone.goal_id)


@login_required
@require_POST
def step_create(request: HttpRequest, pk: int) -> HttpResponse:
    goal = selectors_goals.goal_for_owner(request.user, pk)
    form = GoalStepForm(request.POST, goal=goal)
    if not form.is_valid():
        return _plan(request, goal.pk, step_form=form, focus="step")
    services_plan.step_create(goal=goal, **form.cleaned_data)
    return _changed(request, goal.pk, focus="step")


@login_required
@require_POST
def step_done(request: HttpRequest, pk: int) -> HttpResponse:
    step = selectors_plan.step_for_owner(request.user, pk)
    done = _toggled_on(request, "done")
    if done != (step.done_at is not None):
        services_plan.step_set_done(step=step, done=done)
    return _changed(request, step.goal_id)


@login_required
@require_POST
def step_delete(request: HttpRequest, pk: int) -> HttpResponse:
    step = selectors_plan.step_for_owner(request.user, pk)
    services_plan.step_delete(step=step)
    return _changed(request, step.goal_id)
