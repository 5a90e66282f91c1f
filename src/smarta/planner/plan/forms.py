"""Forms of a goal's plan: milestones and action steps."""

from __future__ import annotations

from django import forms
from django.utils.translation import gettext_lazy as _

from smarta.planner.bounded_fields import DATE, BoundedMeta
from smarta.planner.models import (
    Goal,
    Milestone,
    Step,
)


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
