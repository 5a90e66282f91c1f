"""Writes to the inbox: telling someone, reading, choosing how to be told, and the mails.

``notify`` is called by the service that made the change, inside its transaction: the
notification is stored with the change or not at all. Its mail goes after the commit, so a
rolled-back change sends nothing; a mail server that fails loses nothing either: the row keeps
``email_wanted`` without ``emailed_at`` and ``send_pending_mails`` (the daily run) tries again.
"""

from __future__ import annotations

import logging
from datetime import date, datetime

from django.conf import settings
from django.core.mail import send_mail
from django.db import transaction
from django.template.loader import render_to_string
from django.utils import timezone, translation

from smarta.planner.inbox import selectors
from smarta.planner.inbox.kinds import Channel, Kind, channel_for
from smarta.planner.models import Goal, Notification, Profile, Talk
from smarta.planner.profile.selectors import language_of

logger = logging.getLogger(__name__)


def notify(
    *,
    recipient,
    kind: Kind,
    actor=None,
    goal: Goal | None = None,
    talk: Talk | None = None,
    data: dict | None = None,
    may_mail: bool = True,
) -> Notification | None:
    """Tell ``recipient`` of ``kind``, as they chose; nothing for one's own doing, an inactive
    account, or a kind they switched off. ``may_mail=False`` where a mail of its own has gone
    already (a feedback invitation)."""
    if recipient is None or not recipient.is_active or (actor and actor.pk == recipient.pk):
        return None
    profile = Profile.objects.filter(user=recipient).first()
    channel = channel_for(profile.notify if profile else {}, kind)
    if channel == Channel.OFF:
        return None
    wants_mail = may_mail and channel in (Channel.EMAIL, Channel.BOTH) and bool(recipient.email)
    notification = Notification.objects.create(
        recipient=recipient, kind=kind, actor=actor, goal=goal, talk=talk, data=data or {},
        email_wanted=wants_mail,
        # "by e-mail" only: nothing waits unread in the inbox
        read_at=timezone.now() if channel == Channel.EMAIL else None,
    )  # fmt: skip
    if wants_mail:
        transaction.on_commit(lambda: send_mail_for(notification.pk))
    return notification


def send_mail_for(pk: int) -> bool:
    """Send one notification's mail, in its recipient's language; False when it failed (it is
    logged, and left for the next run)."""
    notification = (
        Notification.objects.select_related("recipient", "actor", "goal", "talk")
        .filter(pk=pk, email_wanted=True, emailed_at__isnull=True)
        .first()
    )
    if notification is None:
        return True
    recipient = notification.recipient
    with translation.override(language_of(recipient)):
        item = selectors.entry_for(recipient, notification)
        context = {
            "entry": item,
            "recipient": recipient,
            "site": settings.SMARTA_SITE_URL.rstrip("/"),
        }
        subject = " ".join(render_to_string("planner/inbox/email_subject.txt", context).split())
        body = render_to_string("planner/inbox/email.txt", context)
    try:
        send_mail(subject, body, None, [recipient.email])
    except Exception:  # a mail server down or refusing: the row waits for the next run
        logger.exception("notification mail %s not sent", pk)
        return False
    Notification.objects.filter(pk=pk).update(emailed_at=timezone.now())
    return True


def send_pending_mails() -> tuple[int, int]:
    """(sent, failed) for every mail wanted and not yet sent."""
    pending = Notification.objects.filter(email_wanted=True, emailed_at__isnull=True)
    results = [send_mail_for(pk) for pk in pending.values_list("pk", flat=True)]
    return results.count(True), results.count(False)


def mark_read(*, user, pk: int) -> Notification | None:
    notification = Notification.objects.filter(recipient=user, pk=pk).first()
    if notification is not None and notification.read_at is None:
        notification.read_at = timezone.now()
        notification.save(update_fields=["read_at"])
    return notification


def mark_all_read(*, user) -> int:
    return Notification.objects.filter(recipient=user, read_at__isnull=True).update(
        read_at=timezone.now()
    )


def set_channels(*, user, choices: dict[str, str]) -> Profile:
    """The person's choice per kind; kinds or channels not known are left out."""
    profile, _created = Profile.objects.get_or_create(user=user)
    profile.notify = {k: v for k, v in choices.items() if k in Kind.values and v in Channel.values}
    profile.save(update_fields=["notify"])
    return profile


def checkins_missed(today: date) -> int:
    """Tell each person once of each check-in on an active goal that is overdue today.

    Run daily; a check-in missed is told once (the notification names its due day)."""
    from smarta.planner.followup.selectors import next_checkin
    from smarta.planner.goals.selectors import goals_for_owner_any

    told = 0
    goals = goals_for_owner_any().filter(status=Goal.Status.ACTIVE).select_related("owner")
    for goal in goals:
        due = next_checkin(goal)
        if due >= today:
            continue
        when = datetime.combine(due, datetime.min.time()).isoformat()
        already = Notification.objects.filter(
            recipient=goal.owner, kind=Kind.CHECKIN_MISSED, goal=goal, data__when=when
        ).exists()
        if not already:
            told += (
                notify(
                    recipient=goal.owner, kind=Kind.CHECKIN_MISSED, goal=goal, data={"when": when}
                )
                is not None
            )
    return told
