from __future__ import annotations

from django.contrib.auth.decorators import login_required
from django.shortcuts import redirect, render
from django.utils import timezone
from django.views.decorators.http import require_POST

from smarta.planner.followup import selectors as selectors_followup
from smarta.planner.goals import selectors as selectors_goals
from smarta.planner.goals import status
from smarta.planner.goals.checklist import checklist_for
from smarta.planner.inbox.waiting import waiting_for
from smarta.planner.profile import services as services_profile


@login_required
def dashboard(request):
    today = timezone.localdate()
    # The active goals are read once: the list, the agenda's check-ins and the warning.
    goals = status.attach_standing(selectors_goals.active_goals(request.user), today)
    upcoming, overdue = selectors_goals.agenda(request.user, today, goals)
    every = selectors_followup.reflect_every_weeks(request.user)
    return render(
        request,
        "planner/dashboard.html",
        {
            "goals": [(g, selectors_followup.progress(g)) for g in status.by_attention(goals)],
            "upcoming": upcoming,
            "overdue": overdue,
            "too_many": selectors_goals.too_many_short_term(goals),
            "reflection_due": selectors_followup.reflection_due(request.user, every, today),
            "today": today,
            "checklist": checklist_for(request.user),
            "waiting": waiting_for(request.user).count,
        },
    )


@login_required
def welcome(request):
    """The first page after sign-up: what Smarta does, the method's order, a first goal."""
    return render(request, "planner/welcome.html")


@login_required
@require_POST
def checklist_dismiss(request):
    services_profile.profile_update(user=request.user, checklist_dismissed_at=timezone.now())
    return redirect("dashboard")
