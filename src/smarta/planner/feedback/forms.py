"""Feedback's forms: the owner's invitation, and the giver's answer."""

from __future__ import annotations

from django import forms
from django.contrib.auth import get_user_model
from django.core.validators import validate_email
from django.utils.translation import gettext_lazy as _

from smarta import limits
from smarta.planner.feedback import selectors as selectors_feedback
from smarta.planner.models import FeedbackRequest


class FeedbackInviteForm(forms.Form):
    who = forms.CharField(
        label=_("Who: a user name or an e-mail address"),
        max_length=limits.EMAIL,
        help_text=_("Someone without an account gets a link by e-mail."),
    )
    role = forms.ChoiceField(
        label=_("They are my"),
        choices=FeedbackRequest.Role.choices,
        initial=FeedbackRequest.Role.COLLEAGUE,
    )
    message = forms.CharField(
        label=_("Message (optional)"),
        required=False,
        max_length=limits.LONG_TEXT,
        widget=forms.Textarea,
    )

    def __init__(self, *args, owner, **kwargs):
        super().__init__(*args, **kwargs)
        self.owner = owner

    def clean_who(self) -> str:
        """A user's name or e-mail, or an address. A name no one has is accepted as well
        (the view then sends nothing), so the answer does not tell who has an account;
        only text no user name can be, a line break say, is refused."""
        who = self.cleaned_data["who"]
        self.giver = selectors_feedback.user_by_name_or_email(who)
        if self.giver == self.owner:
            raise forms.ValidationError(_("Ask someone else: you cannot give yourself feedback."))
        if self.giver is None and not (_is_email(who) or _could_be_user_name(who)):
            raise forms.ValidationError(_("Give a user name or an e-mail address."))
        return who

    @property
    def email(self) -> str:
        """The address to invite someone without an account at: empty when the invitation
        goes to a user, and for a user name no one has."""
        who = self.cleaned_data["who"]
        return who if self.giver is None and _is_email(who) else ""


def _is_email(text: str) -> bool:
    try:
        validate_email(text)
    except forms.ValidationError:
        return False
    return True


def _could_be_user_name(text: str) -> bool:
    user_model = get_user_model()
    try:
        user_model._meta.get_field(user_model.USERNAME_FIELD).run_validators(text)
    except forms.ValidationError:
        return False
    return True


class FeedbackAnswerForm(forms.Form):
    going_well = forms.CharField(
        label=_("What is going well?"), required=False, max_length=limits.LONG_TEXT,
        widget=forms.Textarea(attrs={"rows": 4}),
    )  # fmt: skip
    could_be_better = forms.CharField(
        label=_("What could be better?"), required=False, max_length=limits.LONG_TEXT,
        widget=forms.Textarea(attrs={"rows": 4}),
    )  # fmt: skip
    example = forms.CharField(
        label=_("A concrete example"), required=False, max_length=limits.LONG_TEXT,
        widget=forms.Textarea(attrs={"rows": 4}),
        help_text=_("Something you saw or heard that shows what you mean."),
    )  # fmt: skip

    def clean(self):
        data = super().clean()
        if not any((data.get(name) or "").strip() for name in self.fields):
            raise forms.ValidationError(_("Answer at least one of the questions."))
        return data
