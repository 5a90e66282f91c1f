from django.apps import AppConfig
from django.urls import register_converter


class PlannerConfig(AppConfig):
    name = "smarta.planner"
    label = "planner"
    verbose_name = "Smarta"

    def ready(self) -> None:
        from .ids import IdConverter

        # Once, before any URLconf is read: every route with an id uses <id:…>.
        register_converter(IdConverter, "id")
