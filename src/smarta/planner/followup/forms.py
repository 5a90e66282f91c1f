"""Forms of the follow-up: metric, check-ins, reflections and their cadence, and the period
of the results page."""

from __future__ import annotations

from datetime import date

from dateutil.relativedelta import relativedelta
from django import forms
from django.utils.translation import gettext_lazy as _

from smarta import limits
from smarta.planner.bounded_fields import DATE, BoundedMeta, DayField, WholeNumberField
from smarta.planner.followup.achievements import Period
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


class PeriodForm(forms.Form):
    """The period in the query string: ``from`` and ``to``, each optional."""

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        # "from" is a Python keyword, so the fields are declared here rather than on the class.
        for name, label in (("from", _("From")), ("to", _("To"))):
            self.fields[name] = DayField(label=label, required=False, widget=DATE)

    def clean(self):
        data = super().clean()
        start, end = data.get("from"), data.get("to")
        if start and end and start > end:
            raise forms.ValidationError(_("The start date is after the end date."))
        return data

    def period(self, today: date) -> Period:
        """The chosen period; what is missing or invalid falls back to the last twelve months."""
        default = Period.default(today)
        if not self.is_bound or not self.is_valid():
            return default
        end = self.cleaned_data["to"] or default.end
        start = self.cleaned_data["from"] or end - relativedelta(years=1)
        return Period(start=min(start, end), end=end)
