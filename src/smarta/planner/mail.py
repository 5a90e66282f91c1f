"""One mail to one person, written in their language: the one place that knows a mail server
may be down or refuse an address, so every caller can say so instead of failing with a 500."""

from __future__ import annotations

from typing import Any

from django.core.mail import BadHeaderError, send_mail
from django.template.loader import render_to_string
from django.utils import translation
from django.utils.translation import gettext_lazy as _

# What a person is told when the mail server is down; nothing they typed is lost.
SERVER_DOWN = _(
    "The mail could not be sent just now: the mail server did not answer. Try again in a while."
)


class MailNotSent(Exception):
    """The mail did not leave: ``refused`` when the address itself was refused (a header held a
    line break), else the mail server could not be reached or would not take it."""

    def __init__(self, to: str, *, refused: bool) -> None:
        super().__init__(to)
        self.refused = refused


def send_in_language(
    *, to: str, language: str, subject_template: str, body_template: str, context: dict[str, Any]
) -> None:
    """Render the subject (on one line) and the body in ``language`` and send them to ``to``;
    MailNotSent when that fails."""
    with translation.override(language):
        subject = " ".join(render_to_string(subject_template, context).split())
        body = render_to_string(body_template, context)
    try:
        send_mail(subject, body, None, [to])
    except BadHeaderError as error:
        raise MailNotSent(to, refused=True) from error
    except OSError as error:  # smtplib's errors are OSErrors, and so is a refused connection
        raise MailNotSent(to, refused=False) from error
