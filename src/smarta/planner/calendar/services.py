"""Writes for the calendar feed: its secret URL is created, renewed or turned off here."""

from __future__ import annotations

import secrets

from smarta.planner.models import Profile
from smarta.planner.profile.services import profile_for

TOKEN_BYTES = 32  # 43 url-safe characters


def calendar_token_renew(*, user) -> Profile:
    """A new secret feed URL for the person; the old one (if any) stops working at once."""
    profile = profile_for(user)
    profile.calendar_token = secrets.token_urlsafe(TOKEN_BYTES)
    profile.save(update_fields=["calendar_token"])
    return profile


def calendar_token_revoke(*, user) -> Profile:
    """Turn the feed off: no URL opens it until a new one is created."""
    profile = profile_for(user)
    profile.calendar_token = None
    profile.save(update_fields=["calendar_token"])
    return profile
