from django.contrib.auth import views as auth_views
from django.urls import include, path

from smarta.planner.goals import dashboard
from smarta.planner.goals import signup as auth
from smarta.planner.goals import views as goals

urlpatterns = [
    path("", dashboard.dashboard, name="dashboard"),
    path("signup/", auth.signup, name="signup"),
    path("login/", auth_views.LoginView.as_view(), name="login"),
    path("logout/", auth_views.LogoutView.as_view(), name="logout"),
    path("password/reset/", auth_views.PasswordResetView.as_view(), name="password_reset"),
    path(
        "password/reset/sent/",
        auth_views.PasswordResetDoneView.as_view(),
        name="password_reset_done",
    ),
    path(
        "password/reset/<uidb64>/<token>/",
        auth_views.PasswordResetConfirmView.as_view(),
        name="password_reset_confirm",
    ),
    path(
        "password/reset/done/",
        auth_views.PasswordResetCompleteView.as_view(),
        name="password_reset_complete",
    ),
    path("goals/", goals.goal_list, name="goal-list"),
    path("goals/new/", goals.goal_create, name="goal-create"),
    path("goals/check/", goals.goal_check, name="goal-check"),
    path("goals/<id:pk>/", goals.goal_detail, name="goal-detail"),
    path("goals/<id:pk>/edit/", goals.goal_edit, name="goal-edit"),
    path("goals/<id:pk>/move/", goals.goal_move, name="goal-move"),
    path("goals/<id:pk>/status/", goals.goal_status, name="goal-status"),
    path("goals/<id:pk>/delete/", goals.goal_delete, name="goal-delete"),
    # each part of the planner keeps its routes beside its views
    path("", include("smarta.planner.plan.urls")),
    path("", include("smarta.planner.followup.urls")),
    path("", include("smarta.planner.profile.urls")),
    path("", include("smarta.planner.data.urls")),
    path("", include("smarta.planner.team.urls")),
    path("", include("smarta.planner.talks.urls")),
    path("", include("smarta.planner.feedback.urls")),
    path("", include("smarta.planner.calendar.urls")),
]
