from django.urls import path

from .views import plan

urlpatterns = [
    path("goals/<int:pk>/milestones/", plan.milestone_create, name="milestone-create"),
    path("milestones/<int:pk>/reached/", plan.milestone_reached, name="milestone-reached"),
    path("milestones/<int:pk>/delete/", plan.milestone_delete, name="milestone-delete"),
    path("goals/<int:pk>/steps/", plan.step_create, name="step-create"),
    path("steps/<int:pk>/done/", plan.step_done, name="step-done"),
    path("steps/<int:pk>/delete/", plan.step_delete, name="step-delete"),
]
