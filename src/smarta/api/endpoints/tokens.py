"""POST /token for a new token with a username and password; list and revoke your tokens."""

from __future__ import annotations

from django.contrib.auth import authenticate
from django.core.exceptions import PermissionDenied
from django.http import HttpRequest
from ninja import Router, Status

from ..fields import Id
from ..schemas import ErrorOut, TokenCreatedOut, TokenIn, TokenOut
from ..tokens import token_create, token_revoke, tokens_for_user

router = Router(tags=["tokens"])


@router.post("/token", auth=None, response={201: TokenCreatedOut, 401: ErrorOut, 429: ErrorOut})
def token_issue(request: HttpRequest, payload: TokenIn):
    """A new token for the user; too many wrong passwords lock the account a while (axes)."""
    try:
        user = authenticate(request, username=payload.username, password=payload.password)
    except PermissionDenied:
        return Status(429, {"detail": "too many failed attempts; try again later"})
    if user is None:
        return Status(401, {"detail": "wrong username or password"})
    token, secret = token_create(user=user, name=payload.name, days=payload.days)
    return Status(201, {"id": token.pk, "token": secret, "expires_at": token.expires_at})


@router.get("/tokens", response=list[TokenOut])
def token_list(request: HttpRequest):
    """Your tokens, newest first, without their secrets."""
    return tokens_for_user(request.auth)


@router.delete("/tokens/{token_id}", response={204: None})
def token_delete(request: HttpRequest, token_id: Id):
    """Revoke one of your tokens at once."""
    token_revoke(user=request.auth, pk=token_id)
    return Status(204, None)
