"""/api/v1: the routers of each area on one NinjaAPI (OpenAPI at /api/v1/openapi.json).

Ninja answers a wrong method with Django's HTML 405 and Django an unknown path with an HTML
404; here both become JSON, so every error under /api/v1 is JSON."""

from __future__ import annotations

from functools import wraps

from django.http import HttpRequest, HttpResponseNotAllowed, JsonResponse
from django.urls import include, path, re_path

from .api import api
from .endpoints import analyze, goals, plan, tokens

for module in (tokens, analyze, goals, plan):
    api.add_router("", module.router)


def _json_405(view):
    @wraps(view)
    def wrapped(request: HttpRequest, *args, **kwargs):
        response = view(request, *args, **kwargs)
        if isinstance(response, HttpResponseNotAllowed):
            json_response = JsonResponse({"detail": "Method Not Allowed"}, status=405)
            json_response["Allow"] = response["Allow"]
            return json_response
        return response

    return wrapped


def _not_found(request: HttpRequest, rest: str) -> JsonResponse:
    return JsonResponse({"detail": "Not Found"}, status=404)


# Not named ``app_name``: Django would read that as this module's namespace.
_patterns, _app, _namespace = api.urls
for _pattern in _patterns:
    _pattern.callback = _json_405(_pattern.callback)
urlpatterns = [
    path("", include((_patterns, _app), namespace=_namespace)),
    re_path(r"^(?P<rest>.*)$", _not_found),
]
