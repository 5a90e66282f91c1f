from django.urls import path

from smarta.planner.followup import views as followup

urlpatterns = [
    path("goals/<id:pk>/follow-up/", followup.goal_followup, name="goal-followup"),
    path("goals/<id:pk>/metric/", followup.metric_set, name="metric-set"),
    path("goals/<id:pk>/checkins/", followup.checkin_create, name="checkin-create"),
    path("goals/<id:pk>/checkins/all/", followup.checkin_list, name="checkin-list"),
    path("checkins/<id:pk>/delete/", followup.checkin_delete, name="checkin-delete"),
    path("goals/<id:pk>/reflections/", followup.reflection_create, name="reflection-create"),
    path(
        "goals/<id:pk>/reflections/schedule/",
        followup.reflection_schedule,
        name="reflection-schedule",
    ),
    path("record/", followup.record, name="record"),
]
