"""Forms of the follow-up: metric, check-ins, reflections and their cadence."""

from __future__ import annotations

from django import forms
from django.utils.translation import gettext_lazy as _

from smarta import limits
from smarta.planner.bounded_fields import DATE, BoundedMeta, WholeNumberField
from smarta.planner.models import (
    CheckIn,
    Metric,
    Reflection,
)


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
