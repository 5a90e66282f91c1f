from __future__ import annotations

from django.contrib.auth.decorators import login_required
from django.shortcuts import render
from django.utils import timezone

from smarta.planner import selectors


@login_required
def dashboard(request):
    today = timezone.localdate()
    # The active goals are read once: the list, the agenda's check-ins and the warning.
    goals = list(selectors.active_goals(request.user))
    upcoming, overdue = selectors.agenda(request.user, today, goals)
    every = selectors.reflect_every_weeks(request.user)
    return render(
        request,
        "planner/dashboard.html",
        {
            "goals": [(g, selectors.progress(g)) for g in goals],
            "upcoming": upcoming,
            "overdue": overdue,
            "too_many": selectors.too_many_short_term(goals),
            "reflection_due": selectors.reflection_due(request.user, every, today),
            "today": today,
        },
    )
