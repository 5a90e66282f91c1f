from __future__ import annotations

from django.contrib.auth.decorators import login_required
from django.shortcuts import render
from django.utils import timezone

from smarta.planner.followup import selectors as selectors_followup
from smarta.planner.goals import selectors as selectors_goals
from smarta.planner.goals import status


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
        },
    )
