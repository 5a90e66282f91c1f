"""Issuing, finding and revoking API tokens (the only writes to ``ApiToken``)."""

from __future__ import annotations

import secrets
from datetime import timedelta

from django.db.models import QuerySet
from django.shortcuts import get_object_or_404
from django.utils import timezone

from smarta.hashing import secret_hash

from .models import ApiToken

DEFAULT_DAYS = 30


def token_create(*, user, name: str = "", days: int = DEFAULT_DAYS) -> tuple[ApiToken, str]:
    """A new token for ``user``, valid ``days`` days; returns (row, secret). Only the
    secret's hash is stored, so the secret cannot be shown again."""
    secret = secrets.token_urlsafe(32)
    token = ApiToken.objects.create(
        user=user,
        name=name.strip(),
        token_hash=secret_hash(secret),
        expires_at=timezone.now() + timedelta(days=days),
    )
    return token, secret


def user_for_secret(secret: str):
    """The active user a valid, unexpired token belongs to (its last use is recorded), or None."""
    now = timezone.now()
    token = (
        ApiToken.objects.select_related("user")
        .filter(token_hash=secret_hash(secret), expires_at__gt=now, user__is_active=True)
        .first()
    )
    if token is None:
        return None
    ApiToken.objects.filter(pk=token.pk).update(last_used_at=now)
    return token.user


def tokens_for_user(user) -> QuerySet[ApiToken]:
    return ApiToken.objects.filter(user=user)


def token_revoke(*, user, pk: int) -> None:
    """Delete one of the user's tokens; another person's token is a 404."""
    get_object_or_404(tokens_for_user(user), pk=pk).delete()


def tokens_revoke_all(*, user) -> int:
    """Delete every token of the user (their password changed); how many there were."""
    deleted, _ = tokens_for_user(user).delete()
    return deleted
