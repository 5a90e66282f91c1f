from django.urls import path

from smarta.planner.profile import views as profile

urlpatterns = [
    path("tree/", profile.goal_tree, name="goal-tree"),
    path("stand/", profile.stand, name="stand"),
    path("stand/areas/", profile.area_create, name="area-create"),
    path("stand/areas/<id:pk>/delete/", profile.area_delete, name="area-delete"),
    path("vision/", profile.vision, name="vision"),
]
