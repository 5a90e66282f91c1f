from django.apps import AppConfig


class ApiConfig(AppConfig):
    name = "smarta.api"
    label = "api"
    verbose_name = "Smarta API"

    def ready(self) -> None:
        from . import signals  # noqa: F401  (connects the password-change hook)
