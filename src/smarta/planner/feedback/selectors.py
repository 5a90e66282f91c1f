"""Reads for feedback on one goal: the owner's requests, the giver's inbox, and the link.

A feedback giver reaches a goal only through a request: by the link's secret (no session
needed) or, logged in, as the invited user. Unknown, expired and revoked links are all a 404,
so a link reveals nothing about why it does not work.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from django.contrib.auth import get_user_model
from django.db.models import Prefetch, Q, QuerySet, TextChoices
from django.http import Http404
from django.shortcuts import get_object_or_404
from django.utils.translation import gettext_lazy as _

from smarta.hashing import secret_hash
from smarta.planner.models import FeedbackRequest, Goal, Milestone


class FeedbackStatus(TextChoices):
    WAITING = "waiting", _("waiting")
    ANSWERED = "answered", _("answered")
    EXPIRED = "expired", _("expired")
    REVOKED = "revoked", _("revoked")


@dataclass(frozen=True)
class FeedbackRow:
    request: FeedbackRequest
    status: FeedbackStatus


@dataclass(frozen=True)
class FeedbackOverview:
    """The owner's view of the feedback asked for on one goal, newest first."""

    goal: Goal
    rows: list[FeedbackRow]


def invitations_sent_since(user, since: datetime) -> int:
    """How many feedback requests ``user`` has made on their goals after ``since``: read from
    the database, so every app process counts the same ones."""
    return FeedbackRequest.objects.filter(goal__owner=user, created_at__gt=since).count()


def feedback_status(feedback_request: FeedbackRequest, now: datetime) -> FeedbackStatus:
    if feedback_request.answered_at is not None:
        return FeedbackStatus.ANSWERED
    if feedback_request.revoked_at is not None:
        return FeedbackStatus.REVOKED
    if feedback_request.expires_at <= now:
        return FeedbackStatus.EXPIRED
    return FeedbackStatus.WAITING


def _reachable(now: datetime) -> Q:
    """Requests whose link still opens: neither revoked nor expired (answered ones thank)."""
    return Q(revoked_at__isnull=True, expires_at__gt=now)


def feedback_for_goal(user, goal: Goal, now: datetime) -> FeedbackOverview:
    """The requests on ``goal`` with their status; empty unless ``user`` owns the goal.

    A goal from ``selectors.goal_detail`` knows whether it has any: none, no query."""
    if getattr(goal, "has_feedback", True) is False:
        return FeedbackOverview(goal, [])
    requests = FeedbackRequest.objects.filter(goal=goal, goal__owner=user).select_related("giver")
    return FeedbackOverview(goal, [FeedbackRow(r, feedback_status(r, now)) for r in requests])


def feedback_request_for_owner(user, pk: int) -> FeedbackRequest:
    """A request on one of the user's goals; anyone else's is a 404."""
    return get_object_or_404(
        FeedbackRequest.objects.select_related("goal"), pk=pk, goal__owner=user
    )


def feedback_request_by_secret(secret: str, now: datetime) -> FeedbackRequest:
    """The request a link opens; unknown, expired and revoked links are the same 404."""
    found = (
        FeedbackRequest.objects.filter(_reachable(now), token_hash=secret_hash(secret))
        .select_related("goal", "goal__owner")
        .first()
    )
    if found is None:
        raise Http404
    return found


def feedback_request_for_giver(user, pk: int, now: datetime) -> FeedbackRequest:
    """A request addressed to ``user`` that still opens; anything else is a 404."""
    return get_object_or_404(
        FeedbackRequest.objects.filter(_reachable(now)).select_related("goal", "goal__owner"),
        pk=pk,
        giver=user,
    )


def feedback_to_give(user, now: datetime) -> QuerySet[FeedbackRequest]:
    """Requests addressed to ``user`` still waiting for an answer, soonest to expire first."""
    return (
        FeedbackRequest.objects.filter(_reachable(now), giver=user, used_at__isnull=True)
        .select_related("goal", "goal__owner")
        .order_by("expires_at", "id")
    )


def feedback_given(user, limit: int = 20) -> QuerySet[FeedbackRequest]:
    """What ``user`` has already answered, newest first."""
    return (
        FeedbackRequest.objects.filter(giver=user, answered_at__isnull=False)
        .select_related("goal", "goal__owner")
        .order_by("-answered_at", "-id")[:limit]
    )


def goal_for_feedback(feedback_request: FeedbackRequest) -> Goal:
    """The one goal a request is about, with its milestones: all a giver may see."""
    milestones = Prefetch("milestones", queryset=Milestone.objects.order_by("due", "id"))
    return Goal.objects.prefetch_related(milestones).get(pk=feedback_request.goal_id)


def user_by_name_or_email(text: str):
    """The active user whose user name or e-mail is ``text`` (any case), or None."""
    text = text.strip()
    if not text:
        return None
    users = get_user_model().objects.filter(is_active=True)
    match = users.filter(username__iexact=text).first()
    if match is None and "@" in text:
        match = users.filter(email__iexact=text).order_by("id").first()
    return match
