"""Forms: they validate what a person typed and hand clean data to a service."""

from __future__ import annotations

from django import forms
from django.contrib.auth import get_user_model
from django.contrib.auth.forms import UserCreationForm
from django.http import QueryDict
from django.utils.translation import gettext_lazy as _

from smarta import limits

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
    email = forms.EmailField(label=_("E-mail"), required=True)

    class Meta(UserCreationForm.Meta):
        model = get_user_model()
        fields = ("username", "email")


class GoalForm(forms.ModelForm):
    class Meta:
        model = Goal
        fields = [
            "text", "deadline", "horizon", "kind", "sphere", "parent", "motivation",
            "likelihood", "risks", "minimum_result", "stretch_result", "helpers",
            "checkin_every_days",
        ]  # fmt: skip
        widgets = {
            "text": forms.Textarea(attrs={"rows": 3, "autofocus": True}),
            "deadline": DATE,
            "motivation": forms.NumberInput(attrs={"min": 1, "max": 10}),
            "likelihood": forms.NumberInput(attrs={"min": 1, "max": 10}),
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

    def clean_motivation(self):
        return _one_to_ten(self.cleaned_data.get("motivation"))

    def clean_likelihood(self):
        return _one_to_ten(self.cleaned_data.get("likelihood"))


def _one_to_ten(value):
    if value is not None and not 1 <= value <= 10:
        raise forms.ValidationError(_("Give a number from 1 to 10."))
    return value


class MilestoneForm(forms.ModelForm):
    class Meta:
        model = Milestone
        fields = ["title", "due"]
        widgets = {"due": DATE}


class StepForm(forms.ModelForm):
    class Meta:
        model = Step
        fields = ["title", "due"]
        widgets = {"due": DATE}


class MetricForm(forms.ModelForm):
    class Meta:
        model = Metric
        fields = ["name", "unit", "baseline", "target"]


class CheckInForm(forms.ModelForm):
    class Meta:
        model = CheckIn
        fields = ["day", "value", "note"]
        widgets = {"day": DATE, "note": forms.Textarea(attrs={"rows": 2})}


class ReflectionForm(forms.ModelForm):
    class Meta:
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
    class Meta:
        model = Assessment
        fields = ["tasks", "values", "hard_values", "soft_values"]
        widgets = {f: forms.Textarea(attrs={"rows": 3}) for f in fields}


class AreaForm(forms.ModelForm):
    class Meta:
        model = Area
        fields = ["name", "kind", "confidence", "note"]
        widgets = {
            "confidence": forms.NumberInput(attrs={"min": 1, "max": 5}),
            "note": forms.TextInput(),
        }

    def clean_confidence(self):
        value = self.cleaned_data["confidence"]
        if not 1 <= value <= 5:
            raise forms.ValidationError(_("Give a number from 1 to 5."))
        return value


class VisionForm(forms.ModelForm):
    class Meta:
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


MAX_REFLECTION_WEEKS = 52


class ReflectionScheduleForm(forms.Form):
    every_weeks = forms.IntegerField(
        label=_("Reflect every (weeks)"), min_value=1, max_value=MAX_REFLECTION_WEEKS
    )


class ReminderSettingsForm(forms.ModelForm):
    """The days before a due date on which the e-mail digest mentions it."""

    class Meta:
        model = Profile
        fields = ["reminder_days", "remind_weekly_when_overdue"]
        help_texts = {
            "reminder_days": _("Days before the date, separated by commas; 0 is the day itself."),
        }

    def clean_reminder_days(self):
        raw = self.cleaned_data["reminder_days"]
        try:
            days = sorted({int(part) for part in raw.split(",") if part.strip()}, reverse=True)
        except ValueError:
            message = _("Write whole numbers separated by commas, e.g. 7,1,0.")
            raise forms.ValidationError(message) from None
        if not days or any(not 0 <= d <= 60 for d in days):
            raise forms.ValidationError(_("Give one to a few numbers from 0 to 60."))
        return ",".join(str(d) for d in days)


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
