"""A person who leaves keeps their plan: when HR marks them as left they are mailed a link
that downloads it (JSON, Markdown, PDF) for ``limits.LEAVER_EXPORT_DAYS``, without signing in,
which they no longer can. Nobody else gains anything: the link names one account and only
opens while that account is closed."""

from __future__ import annotations

import logging
from datetime import date, timedelta

from django.contrib.auth import get_user_model
from django.core import signing
from django.db import transaction
from django.urls import reverse
from django.utils import timezone

from smarta import limits
from smarta.planner.mail import MailNotSent, send_in_language
from smarta.planner.profile.accounts import site_link
from smarta.planner.profile.selectors import language_of

logger = logging.getLogger(__name__)
_SALT = "smarta.leaver-export"
_MAX_AGE = timedelta(days=limits.LEAVER_EXPORT_DAYS)


def leaver_token(user) -> str:
    return signing.TimestampSigner(salt=_SALT).sign(str(user.pk))


def leaver_for_token(token: str):
    """The closed account the token was made for, while it is young enough; else None."""
    try:
        pk = signing.TimestampSigner(salt=_SALT).unsign(token, max_age=_MAX_AGE)
    except signing.BadSignature:  # a changed token, and an expired one (SignatureExpired)
        return None
    return get_user_model().objects.filter(pk=int(pk), is_active=False).first()


def link_works_until(today: date | None = None) -> date:
    return (today or timezone.localdate()) + _MAX_AGE


def send_leaver_mail(user, to: str = "") -> None:
    """After the change commits, mail the person their link, in their language, at ``to`` or
    else their own address (a work mailbox may close when they leave: HR can give another).
    A mail server that is down is logged: HR can send the link again from the person's page."""
    to = to or user.email
    if not to:
        return
    token = leaver_token(user)

    def send() -> None:
        context = {
            "user": user,
            "link": site_link(reverse("leaver-export", args=[token])),
            "until": link_works_until(),
        }
        try:
            send_in_language(
                to=to, language=language_of(user), context=context,
                subject_template="registration/leaver_subject.txt",
                body_template="registration/leaver_email.txt",
            )  # fmt: skip
        except MailNotSent:
            logger.exception("the leaver's mail to %s could not be sent", to)

    transaction.on_commit(send)
