"""Writes for feedback on one goal: invite a giver, record the answer, revoke the link.

The link's secret is shown once (in the e-mail) and never stored: only its SHA-256 is kept
in ``FeedbackRequest.token_hash``. A link answers once and expires after
``SMARTA_FEEDBACK_LINK_DAYS`` days. One person sends at most ``SMARTA_INVITATIONS_PER_DAY``
invitations in 24 hours.
"""

from __future__ import annotations

import secrets
from collections.abc import Callable
from datetime import datetime, timedelta

from django.conf import settings
from django.contrib.auth import get_user_model
from django.db import transaction
from django.utils import timezone

from smarta.hashing import secret_hash
from smarta.planner.feedback.selectors import invitations_sent_since
from smarta.planner.inbox.kinds import Kind
from smarta.planner.inbox.services import notify
from smarta.planner.mail import send_in_language
from smarta.planner.models import FeedbackRequest, Goal


class FeedbackClosed(Exception):
    """The request no longer takes an answer: answered, revoked or expired."""


class InvitationLimitReached(Exception):
    """The goal's owner has sent ``limit`` invitations in the last 24 hours."""

    def __init__(self, limit: int) -> None:
        super().__init__(limit)
        self.limit = limit


@transaction.atomic
def feedback_request_create(
    *,
    goal: Goal,
    role: str,
    message: str = "",
    giver=None,
    email: str = "",
    link_for: Callable[[str], str],
    language: str,
    now: datetime | None = None,
) -> FeedbackRequest | None:
    """Invite ``giver`` (a user) or ``email`` (someone without an account) to give feedback.

    Stores the request with the hash of a fresh secret and e-mails the link
    (``link_for(secret)``) in ``language``. If the mail cannot be sent, nothing is stored
    (MailNotSent: the address refused, or the mail server down).

    With neither a giver nor an address (a user name no one has), nothing is stored or sent
    and the result is None: the caller answers as for a sent invitation, so the answer does
    not tell who has an account. Both ways, once the owner has sent SMARTA_INVITATIONS_PER_DAY
    invitations in the last 24 hours, InvitationLimitReached is raised instead.
    """
    now = now or timezone.now()
    _within_daily_limit(goal.owner_id, now)
    if giver is None and not email:
        return None
    secret = secrets.token_urlsafe(32)
    feedback_request = FeedbackRequest.objects.create(
        goal=goal,
        giver=giver,
        email="" if giver else email,
        role=role,
        message=message,
        token_hash=secret_hash(secret),
        expires_at=now + timedelta(days=settings.SMARTA_FEEDBACK_LINK_DAYS),
    )
    recipient = giver.email if giver else email
    if recipient:
        _send_invitation(feedback_request, link_for(secret), recipient, language)
    if giver is not None:  # the invitation mail is its e-mail
        notify(
            recipient=giver, kind=Kind.FEEDBACK_INVITED, actor=goal.owner, goal=goal,
            data={"request": feedback_request.pk}, may_mail=False,
        )  # fmt: skip
    return feedback_request


def _within_daily_limit(owner_id: int, now: datetime) -> None:
    # The owner's row is locked until the invitation is stored (on PostgreSQL; on SQLite the
    # IMMEDIATE transaction already holds the write lock), so two invitations sent at the
    # same moment from two processes are counted one after the other.
    get_user_model().objects.select_for_update().only("pk").get(pk=owner_id)
    limit = max(settings.SMARTA_INVITATIONS_PER_DAY, 0)
    if invitations_sent_since(owner_id, now - timedelta(days=1)) >= limit:
        raise InvitationLimitReached(limit)


def _send_invitation(
    feedback_request: FeedbackRequest, link: str, recipient: str, language: str
) -> None:
    context = {
        "feedback_request": feedback_request,
        "goal": feedback_request.goal,
        "link": link,
    }
    send_in_language(
        to=recipient, language=language, context=context,
        subject_template="planner/feedback/email_subject.txt",
        body_template="planner/feedback/email.txt",
    )  # fmt: skip


def feedback_answer(
    *,
    feedback_request: FeedbackRequest,
    going_well: str,
    could_be_better: str,
    example: str,
    now: datetime | None = None,
) -> None:
    """Record the giver's answer once; a second answer, or one too late, raises FeedbackClosed.

    The check and the write are one conditional UPDATE, so two answers sent at the same
    moment cannot both be stored.
    """
    now = now or timezone.now()
    stored = FeedbackRequest.objects.filter(
        pk=feedback_request.pk, used_at__isnull=True, revoked_at__isnull=True, expires_at__gt=now
    ).update(
        going_well=going_well,
        could_be_better=could_be_better,
        example=example,
        answered_at=now,
        used_at=now,
    )
    if not stored:
        raise FeedbackClosed
    feedback_request.refresh_from_db()
    giver = feedback_request.giver
    notify(
        recipient=feedback_request.goal.owner, kind=Kind.FEEDBACK_ANSWERED, actor=giver,
        goal=feedback_request.goal, data={} if giver else {"who": feedback_request.email},
    )  # fmt: skip


def feedback_revoke(*, feedback_request: FeedbackRequest, now: datetime | None = None) -> None:
    """Stop a waiting request's link from working; an answered request keeps its answer."""
    now = now or timezone.now()
    FeedbackRequest.objects.filter(
        pk=feedback_request.pk, answered_at__isnull=True, revoked_at__isnull=True
    ).update(revoked_at=now)
    feedback_request.refresh_from_db()
