"""Forms: they validate what a person typed and hand clean data to a service.

Every field is held to its bound in ``smarta.limits`` (``bounded_fields``): a ModelForm's
``Meta`` is based on ``BoundedMeta``, a plain form declares bounded fields.
"""

from __future__ import annotations

from django import forms
from django.contrib.auth import get_user_model
from django.contrib.auth.forms import UserCreationForm
from django.http import QueryDict
from django.utils.translation import gettext_lazy as _

from smarta import limits

from .bounded_fields import BoundedMeta, TextField, WholeNumberField, with_max_length
from .models import (
    Area,
    Assessment,
    CheckIn,
    Goal,
    Metric,
    Milestone,
    Profile,
    Reflection,
    Step,
    Vision,
)

DATE = forms.DateInput(attrs={"type": "date"})


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
        fields = ("username", "email")


class GoalForm(forms.ModelForm):
    class Meta(BoundedMeta):
        model = Goal
        fields = [
            "text", "deadline", "horizon", "kind", "sphere", "parent", "motivation",
            "likelihood", "risks", "minimum_result", "stretch_result", "helpers",
            "checkin_every_days",
        ]  # fmt: skip
        widgets = {
            "text": forms.Textarea(attrs={"rows": 3, "autofocus": True}),
            "deadline": DATE,
            "risks": forms.Textarea(attrs={"rows": 2}),
            "minimum_result": forms.Textarea(attrs={"rows": 2}),
            "stretch_result": forms.Textarea(attrs={"rows": 2}),
            "helpers": forms.Textarea(attrs={"rows": 2}),
        }

    def __init__(self, *args, owner, **kwargs):
        super().__init__(*args, **kwargs)
        parents = Goal.objects.filter(owner=owner)
        if self.instance.pk:
            parents = parents.exclude(pk=self.instance.pk)
        self.fields["parent"].queryset = parents
        self.fields["parent"].required = False


class MilestoneForm(forms.ModelForm):
    class Meta(BoundedMeta):
        model = Milestone
        fields = ["title", "due"]
        widgets = {"due": DATE}


class StepForm(forms.ModelForm):
    class Meta(BoundedMeta):
        model = Step
        fields = ["title", "due"]
        widgets = {"due": DATE}


class MetricForm(forms.ModelForm):
    class Meta(BoundedMeta):
        model = Metric
        fields = ["name", "unit", "baseline", "target"]


class CheckInForm(forms.ModelForm):
    class Meta(BoundedMeta):
        model = CheckIn
        fields = ["day", "value", "note"]
        widgets = {"day": DATE, "note": forms.Textarea(attrs={"rows": 2})}


class ReflectionForm(forms.ModelForm):
    class Meta(BoundedMeta):
        model = Reflection
        fields = ["day", "went_well", "to_improve", "still_relevant", "adjustment"]
        widgets = {
            "day": DATE,
            "went_well": forms.Textarea(attrs={"rows": 2}),
            "to_improve": forms.Textarea(attrs={"rows": 2}),
            "adjustment": forms.Textarea(attrs={"rows": 2}),
            "still_relevant": forms.NullBooleanSelect(),
        }


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


class GoalStepForm(StepForm):
    """A step, optionally tied to one of its goal's milestones."""

    milestone = forms.ModelChoiceField(
        queryset=Milestone.objects.none(), required=False, label=_("Milestone")
    )

    class Meta(StepForm.Meta):
        fields = ["title", "due", "milestone"]

    def __init__(self, *args, goal: Goal, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["milestone"].queryset = Milestone.objects.filter(goal=goal)


class GoalMetricForm(MetricForm):
    def clean(self):
        data = super().clean()
        baseline, target = data.get("baseline"), data.get("target")
        if baseline is not None and baseline == target:
            self.add_error("target", _("The target must differ from the baseline."))
        return data


class CheckInEntryForm(CheckInForm):
    def clean(self):
        data = super().clean()
        if data.get("value") is None and not (data.get("note") or "").strip():
            raise forms.ValidationError(_("Give a value or write a note."))
        return data


class GoalReflectionForm(ReflectionForm):
    ANSWERS = ("went_well", "to_improve", "still_relevant", "adjustment")

    def clean(self):
        data = super().clean()
        if all(data.get(name) in (None, "") for name in self.ANSWERS):
            raise forms.ValidationError(_("Answer at least one of the questions."))
        return data


class ReflectionScheduleForm(forms.Form):
    every_weeks = WholeNumberField(limits.REFLECTION_EVERY_WEEKS, label=_("Reflect every (weeks)"))


class ReminderSettingsForm(forms.ModelForm):
    """The days before a due date on which the e-mail digest mentions it."""

    class Meta(BoundedMeta):
        model = Profile
        fields = ["reminder_days", "remind_weekly_when_overdue"]
        help_texts = {
            "reminder_days": _("Days before the date, separated by commas; 0 is the day itself."),
        }


class GoalCommentForm(forms.Form):
    """A message in the thread between a person and their manager about one goal."""

    body = TextField(
        limits.LONG_TEXT, error_messages={"required": _("Write a comment before sending it.")}
    )


class ChangesRequestForm(forms.Form):
    """What a manager asks to change in a goal before approving it."""

    comment = TextField(limits.LONG_TEXT, error_messages={"required": _("Say what should change.")})


def goal_page_forms(goal: Goal) -> dict[str, forms.BaseForm]:
    """The goal page's forms, empty: its inputs take their bounds from them. After an invalid
    POST the view puts the bound form in the empty one's place."""
    return {
        "milestone_form": MilestoneForm(),
        "step_form": GoalStepForm(goal=goal),
        "metric_form": GoalMetricForm(),
        "checkin_form": CheckInEntryForm(),
        "reflection_form": GoalReflectionForm(),
        "schedule_form": ReflectionScheduleForm(),
        "comment_form": GoalCommentForm(),
    }


class ReadVersionField(forms.IntegerField):
    """The version of the row a form was loaded with, sent back hidden, so that a save from a
    page gone stale is refused (services.StaleVersion) instead of undoing a change made since.

    A missing or garbled one reads as 0, never a current version: that page too is shown again
    with what was typed kept, rather than failing on a field nobody sees."""

    widget = forms.HiddenInput

    def __init__(self, **kwargs) -> None:
        super().__init__(required=False, min_value=1, max_value=limits.MAX_VERSION, **kwargs)

    def clean(self, value) -> int:
        try:
            return super().clean(value) or 0
        except forms.ValidationError:
            return 0


def with_version(data: QueryDict, version: int) -> QueryDict:
    """What the person sent, with the current ``version``: the form shown again after a
    StaleVersion saves their text only when they send it a second time, on purpose."""
    data = data.copy()
    data["version"] = str(version)
    return data


class GoalEditForm(GoalForm):
    """The goal form for a goal that exists, carrying the version it was loaded at."""

    version = ReadVersionField()

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.initial.setdefault("version", self.instance.version)
