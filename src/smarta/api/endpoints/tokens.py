"""POST /token for a new token with a username and password; list and revoke your tokens."""

from __future__ import annotations

from django.contrib.auth import authenticate
from django.http import HttpRequest
from ninja import Router, Status

from ..fields import Id
from ..schemas import (
    AUTHENTICATED,
    WITH_BODY,
    WITH_ID,
    TokenCreatedOut,
    TokenIn,
    TokenOut,
    responses,
)
from ..tokens import token_create, token_revoke, tokens_for_user

router = Router(tags=["tokens"])


@router.post(
    "/token", auth=None, response=responses({201: TokenCreatedOut}, 401, 422, 429, *WITH_BODY)
)
def token_issue(request: HttpRequest, payload: TokenIn):
    """A new token for the user. Too many wrong passwords lock the name out a while: then
    every attempt, the right password too, is a 429 (django-axes, see smarta.web.lockout)."""
    user = authenticate(request, username=payload.username, password=payload.password)
    if user is None:
        return Status(401, {"detail": "wrong username or password"})
    token, secret = token_create(user=user, name=payload.name, days=payload.days)
    return Status(201, {"id": token.pk, "token": secret, "expires_at": token.expires_at})


@router.get("/tokens", response=responses({200: list[TokenOut]}, *AUTHENTICATED))
def token_list(request: HttpRequest):
    """Your tokens, newest first, without their secrets."""
    return tokens_for_user(request.auth)


@router.delete("/tokens/{token_id}", response=responses({204: None}, *AUTHENTICATED, *WITH_ID))
def token_delete(request: HttpRequest, token_id: Id):
    """Revoke one of your tokens at once."""
    token_revoke(user=request.auth, pk=token_id)
    return Status(204, None)
