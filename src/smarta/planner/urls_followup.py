from django.urls import path

from .views import followup

urlpatterns = [
    path("goals/<int:pk>/follow-up/", followup.goal_followup, name="goal-followup"),
    path("goals/<int:pk>/metric/", followup.metric_set, name="metric-set"),
    path("goals/<int:pk>/checkins/", followup.checkin_create, name="checkin-create"),
    path("goals/<int:pk>/checkins/all/", followup.checkin_list, name="checkin-list"),
    path("checkins/<int:pk>/delete/", followup.checkin_delete, name="checkin-delete"),
    path("goals/<int:pk>/reflections/", followup.reflection_create, name="reflection-create"),
    path(
        "goals/<int:pk>/reflections/schedule/",
        followup.reflection_schedule,
        name="reflection-schedule",
    ),
    path("record/", followup.record, name="record"),
]
