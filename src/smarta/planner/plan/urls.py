from django.urls import path

from smarta.planner.plan import views as plan

urlpatterns = [
    path("goals/<id:pk>/milestones/", plan.milestone_create, name="milestone-create"),
    path("milestones/<id:pk>/reached/", plan.milestone_reached, name="milestone-reached"),
    path("milestones/<id:pk>/delete/", plan.milestone_delete, name="milestone-delete"),
    path("goals/<id:pk>/steps/", plan.step_create, name="step-create"),
    path("steps/<id:pk>/done/", plan.step_done, name="step-done"),
    path("steps/<id:pk>/delete/", plan.step_delete, name="step-delete"),
]
