from django.urls import path

from smarta.planner.teamgoals import views

urlpatterns = [
    path("team-goals/<id:pk>/", views.team_goal_page, name="team-goal-page"),
    path("team/people/<id:person_pk>/propose/", views.propose, name="goal-propose"),
    path("proposals/<id:pk>/", views.proposal, name="proposal"),
    path("proposals/<id:pk>/accept/", views.proposal_accept, name="proposal-accept"),
    path("proposals/<id:pk>/decline/", views.proposal_decline, name="proposal-decline"),
    path("proposals/<id:pk>/withdraw/", views.proposal_withdraw, name="proposal-withdraw"),
]
