"""Bearer-token authentication for every endpoint except ``POST /token``."""

from __future__ import annotations

from django.http import HttpRequest
from ninja.security import HttpBearer

from .tokens import user_for_secret


class BearerToken(HttpBearer):
    """``Authorization: Bearer <secret>``; the user becomes ``request.auth``."""

    def authenticate(self, request: HttpRequest, token: str):
        user = user_for_secret(token)
        if user is not None:
            request.user = user
        return user
