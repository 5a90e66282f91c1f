from django.contrib import admin
from django.http import HttpRequest, HttpResponse, JsonResponse
from django.urls import include, path
from django.views import defaults

urlpatterns = [
    path("i18n/", include("django.conf.urls.i18n")),
    path("admin/", admin.site.urls),
    path("api/v1/", include("smarta.api.urls")),
    path("", include("smarta.planner.urls")),
]


def server_error(request: HttpRequest) -> HttpResponse:
    """A 500 under /api/ is JSON like every other answer there; elsewhere Django's page.
    (Django has logged the error before it calls this.)"""
    if request.path_info.startswith("/api/"):
        return JsonResponse({"detail": "Internal Server Error"}, status=500)
    return defaults.server_error(request)


handler500 = server_error
