"""The planner's routes: each feature keeps its own beside its views."""

from django.urls import include, path

urlpatterns = [
    path("", include("smarta.planner.goals.urls")),
    path("", include("smarta.planner.plan.urls")),
    path("", include("smarta.planner.followup.urls")),
    path("", include("smarta.planner.profile.urls")),
    path("", include("smarta.planner.data.urls")),
    path("", include("smarta.planner.team.urls")),
    path("", include("smarta.planner.teamgoals.urls")),
    path("", include("smarta.planner.talks.urls")),
    path("", include("smarta.planner.feedback.urls")),
    path("", include("smarta.planner.calendar.urls")),
    path("", include("smarta.planner.inbox.urls")),
    path("", include("smarta.planner.people.urls")),
]
