from django.urls import path

from smarta.planner.goals import dashboard
from smarta.planner.goals import views as goals

urlpatterns = [
    path("", dashboard.dashboard, name="dashboard"),
    path("welcome/", dashboard.welcome, name="welcome"),
    path("checklist/dismiss/", dashboard.checklist_dismiss, name="checklist-dismiss"),
    path("goals/", goals.goal_list, name="goal-list"),
    path("goals/new/", goals.goal_create, name="goal-create"),
    path("goals/check/", goals.goal_check, name="goal-check"),
    path("goals/<id:pk>/", goals.goal_detail, name="goal-detail"),
    path("goals/<id:pk>/edit/", goals.goal_edit, name="goal-edit"),
    path("goals/<id:pk>/move/", goals.goal_move, name="goal-move"),
    path("goals/<id:pk>/status/", goals.goal_status, name="goal-status"),
    path("goals/<id:pk>/delete/", goals.goal_delete, name="goal-delete"),
]
