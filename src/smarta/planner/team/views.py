"""Working with others: the manager's team and shared goals, sharing, comments, HR figures."""

from __future__ import annotations

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.http import HttpResponseBadRequest
from django.shortcuts import redirect, render
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST

from smarta.planner.followup import selectors as selectors_followup
from smarta.planner.followup.charts import chart_for_goal
from smarta.planner.goals import selectors as selectors_goals
from smarta.planner.models import Goal
from smarta.planner.team import access, audit
from smarta.planner.team import selectors as selectors_team
from smarta.planner.team import services as services_team
from smarta.planner.team.forms import ChangesRequestForm, GoalCommentForm
from smarta.planner.teamgoals import selectors as selectors_teamgoals


@login_required
def team(request):
    today = timezone.localdate()
    team = selectors_team.team_for_manager(request.user, today)
    proposals = selectors_teamgoals.proposals_by_manager(request.user)
    context = {
        "team": team,
        # each report with the goals the manager proposed to them
        "members": [(m, proposals.get(m.person.pk, [])) for m in team.members],
        "team_goals": selectors_teamgoals.team_goals_of(request.user),
        "today": today,
    }
    return render(request, "planner/team/team.html", context)


def _team_goal_page(request, goal: Goal, *, changes_form=None, status: int = 200):
    return render(
        request,
        "planner/team/goal.html",
        {
            "goal": goal,
            "progress": selectors_followup.progress(goal),
            "chart": chart_for_goal(goal),
            "comments": selectors_team.comments_for_goal(goal),
            "changes_form": changes_form or ChangesRequestForm(),
            "comment_form": GoalCommentForm(),
            "today": timezone.localdate(),
        },
        status=status,
    )


@login_required
def team_goal(request, pk: int):
    return _team_goal_page(request, selectors_team.shared_goal_detail(request.user, pk))


@login_required
@require_POST
def team_goal_approve(request, pk: int):
    goal = access.goal_for_manager(request.user, pk)
    services_team.goal_approve(goal=goal, manager=request.user)
    messages.success(request, _("Goal approved."))
    return redirect("team-goal", pk=goal.pk)


@login_required
@require_POST
def team_goal_changes(request, pk: int):
    goal = access.goal_for_manager(request.user, pk)
    form = ChangesRequestForm(request.POST)
    if not form.is_valid():
        goal = selectors_team.shared_goal_detail(request.user, pk)
        return _team_goal_page(request, goal, changes_form=form, status=400)
    comment = form.cleaned_data["comment"]
    services_team.goal_request_changes(goal=goal, manager=request.user, comment=comment)
    messages.success(request, _("Changes asked for."))
    return redirect("team-goal", pk=goal.pk)


@login_required
@require_POST
def goal_comment(request, pk: int):
    """A comment in the thread, by the owner or by the manager the goal is shared with."""
    goal, is_owner = access.goal_for_owner_or_manager(request.user, pk)
    form = GoalCommentForm(request.POST)
    if form.is_valid():
        services_team.goal_comment_add(goal=goal, author=request.user, **form.cleaned_data)
    else:
        messages.error(request, form.errors["body"][0])
    page = reverse("goal-detail" if is_owner else "team-goal", args=[goal.pk])
    return redirect(f"{page}#comments")


@login_required
@require_POST
def goal_visibility(request, pk: int):
    goal = selectors_goals.goal_for_owner(request.user, pk)
    visibility = request.POST.get("visibility")
    if visibility not in Goal.Visibility.values:
        return HttpResponseBadRequest("unknown visibility")
    services_team.goal_set_visibility(goal=goal, visibility=visibility)
    return redirect(reverse("goal-detail", args=[goal.pk]) + "#sharing")


@access.hr_only
def hr(request):
    """Aggregate figures per department and the audit trail, for HR only."""
    departments, total = selectors_team.hr_figures(timezone.localdate())
    context = {"departments": departments, "total": total, "trail": audit.trail()}
    return render(request, "planner/team/hr.html", context)
