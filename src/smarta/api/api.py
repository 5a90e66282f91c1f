"""The NinjaAPI instance: bearer auth everywhere, errors always JSON.

- 401 without a valid token, 404 for anything not the caller's (never 403),
- 422 ``{"detail": [{"field": "title", "message": "…"}]}`` when input does not validate,
- 400 for a body that is not JSON, 413 for one too large, 409 for a stale version,
- 429 from ``POST /token`` after too many wrong passwords (smarta.web.lockout).

Each operation declares the ones it can give (schemas.responses), so the OpenAPI document
lists every status code and body the API answers with.
"""

from __future__ import annotations

from django.core.exceptions import RequestDataTooBig
from django.http import HttpRequest, HttpResponse
from ninja import NinjaAPI
from ninja.errors import ValidationError

from .auth import BearerToken

# The parts of an error's location that name where ninja read it, not the field.
_SOURCES = {"body", "query", "path", "header", "cookie", "form", "file"}
_PARAMS = {"payload", "filters", "page"}


def field_name(loc: tuple | list) -> str:
    """``("body", "payload", "criteria", 0)`` → ``"criteria.0"``; the request body itself
    is ``"body"``."""
    parts = list(loc)
    source = parts.pop(0) if parts and parts[0] in _SOURCES else None
    if parts and parts[0] in _PARAMS:
        parts.pop(0)
    return ".".join(str(p) for p in parts) or source or "body"


class Conflict(Exception):
    """The client sent a version that is no longer the current one."""


api = NinjaAPI(
    title="Smarta API",
    version="1",
    description="Goals, their plans and follow-up, and the SMART analyzer, for scripts.",
    auth=BearerToken(),
    urls_namespace="api-v1",
    docs_url=None,  # the document is at openapi.json; no page that loads Swagger from a CDN
)


@api.exception_handler(ValidationError)
def _invalid(request: HttpRequest, exc: ValidationError) -> HttpResponse:
    detail = [
        {
            "field": field_name(error.get("loc", ())),
            "message": str(error.get("msg", "invalid")).removeprefix("Value error, "),
        }
        for error in exc.errors
    ]
    return api.create_response(request, {"detail": detail}, status=422)


@api.exception_handler(RequestDataTooBig)
def _too_big(request: HttpRequest, exc: RequestDataTooBig) -> HttpResponse:
    return api.create_response(request, {"detail": "request body too large"}, status=413)


@api.exception_handler(Conflict)
def _conflict(request: HttpRequest, exc: Conflict) -> HttpResponse:
    return api.create_response(request, {"detail": str(exc)}, status=409)


def invalid(field: str, message: str) -> ValidationError:
    """A 422 for one field, for checks a schema cannot make (a parent that is not yours)."""
    return ValidationError([{"loc": ("body", "payload", field), "msg": message}])
