from django.apps import AppConfig


class ApiConfig(AppConfig):
    name = "smarta.api"
    label = "api"
    verbose_name = "Smarta API"
