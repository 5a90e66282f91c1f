from django.apps import AppConfig


class PlannerConfig(AppConfig):
    name = "smarta.planner"
    label = "planner"
    verbose_name = "Smarta"
