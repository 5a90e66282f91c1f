"""Forms a manager uses on a shared goal: comments and a request for changes."""

from __future__ import annotations

from django import forms
from django.utils.translation import gettext_lazy as _

from smarta import limits
from smarta.planner.bounded_fields import TextField


class GoalCommentForm(forms.Form):
    """A message in the thread between a person and their manager about one goal."""

    body = TextField(
        limits.LONG_TEXT, error_messages={"required": _("Write a comment before sending it.")}
    )


class ChangesRequestForm(forms.Form):
    """What a manager asks to change in a goal before approving it."""

    comment = TextField(limits.LONG_TEXT, error_messages={"required": _("Say what should change.")})
