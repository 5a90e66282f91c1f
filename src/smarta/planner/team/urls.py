from django.urls import path

from smarta.planner.team import views as team

urlpatterns = [
    path("team/", team.team, name="team"),
    path("team/goals/<id:pk>/", team.team_goal, name="team-goal"),
    path("team/goals/<id:pk>/approve/", team.team_goal_approve, name="team-goal-approve"),
    path("team/goals/<id:pk>/changes/", team.team_goal_changes, name="team-goal-changes"),
    path("goals/<id:pk>/comments/", team.goal_comment, name="goal-comment"),
    path("goals/<id:pk>/visibility/", team.goal_visibility, name="goal-visibility"),
    path("hr/", team.hr, name="hr"),
]
