"""What django-axes answers when too many failed logins lock a name out
(``AXES_LOCKOUT_CALLABLE``): under /api/ the API's JSON error, elsewhere the HTML page."""

from __future__ import annotations

from django.conf import settings
from django.http import HttpRequest, HttpResponse, JsonResponse
from django.shortcuts import render

API_PREFIX = "/api/"
STATUS = 429


def lockout_response(
    request: HttpRequest,
    original_response: HttpResponse | None = None,
    credentials: dict | None = None,
) -> HttpResponse:
    """429 either way; the signature is the one django-axes calls."""
    if request.path_info.startswith(API_PREFIX):
        return JsonResponse({"detail": "too many failed attempts; try again later"}, status=STATUS)
    return render(request, settings.AXES_LOCKOUT_TEMPLATE, status=STATUS)
