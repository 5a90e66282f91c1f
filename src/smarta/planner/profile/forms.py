"""Forms of a person's own pages: sign-up, where I stand, vision, reminder settings."""

from __future__ import annotations

from django import forms
from django.contrib.auth import get_user_model
from django.contrib.auth.forms import UserCreationForm
from django.utils.translation import gettext_lazy as _

from smarta import limits
from smarta.planner.bounded_fields import BoundedMeta, with_max_length
from smarta.planner.models import (
    Area,
    Assessment,
    Profile,
    Vision,
)


class SignupForm(UserCreationForm):
    """The user name and e-mail are held to their columns, the passwords to limits.PASSWORD."""

    email = forms.EmailField(
        label=_("E-mail"), required=True,
        max_length=get_user_model()._meta.get_field("email").max_length,
    )  # fmt: skip
    password1, password2 = (
        with_max_length(field, limits.PASSWORD)
        for field in UserCreationForm.create_password_fields()
    )

    class Meta(UserCreationForm.Meta):
        model = get_user_model()
        fields = ("first_name", "last_name", "username", "email")


class NameForm(forms.ModelForm):
    """The name others see beside a person's goals, comments and talks."""

    class Meta:
        model = get_user_model()
        fields = ("first_name", "last_name")


class AssessmentForm(forms.ModelForm):
    class Meta(BoundedMeta):
        model = Assessment
        fields = ["tasks", "values", "hard_values", "soft_values"]
        widgets = {f: forms.Textarea(attrs={"rows": 3}) for f in fields}


class AreaForm(forms.ModelForm):
    class Meta(BoundedMeta):
        model = Area
        fields = ["name", "kind", "confidence", "note"]
        widgets = {"note": forms.TextInput()}


class VisionForm(forms.ModelForm):
    class Meta(BoundedMeta):
        model = Vision
        fields = ["one_year", "three_years", "five_years", "broad_goals"]
        widgets = {f: forms.Textarea(attrs={"rows": 3}) for f in fields}


class ReminderSettingsForm(forms.ModelForm):
    """The days before a due date on which the e-mail digest mentions it."""

    class Meta(BoundedMeta):
        model = Profile
        fields = ["reminder_days", "remind_weekly_when_overdue"]
        help_texts = {
            "reminder_days": _("Days before the date, separated by commas; 0 is the day itself."),
        }
