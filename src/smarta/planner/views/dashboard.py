from __future__ import annotations

from django.contrib.auth.decorators import login_required
from django.shortcuts import render
from django.utils import timezone

from .. import selectors
from ..services import profile_for


@login_required
def dashboard(request):
    today = timezone.localdate()
    goals = list(selectors.active_goals(request.user))
    upcoming, overdue = selectors.agenda(request.user, today)
    profile = profile_for(request.user)
    return render(
        request,
        "planner/dashboard.html",
        {
            "goals": [(g, selectors.progress(g)) for g in goals],
            "upcoming": upcoming,
            "overdue": overdue,
            "too_many": selectors.too_many_short_term(request.user),
            "reflection_due": selectors.reflection_due(
                request.user, profile.reflection_every_weeks, today
            ),
            "today": today,
        },
    )
