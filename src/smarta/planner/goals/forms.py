"""Forms of a goal: writing and editing it, and the forms its page shows."""

from __future__ import annotations

from django import forms
from django.http import QueryDict
from django.utils.translation import gettext_lazy as _

from smarta import limits
from smarta.planner.bounded_fields import DATE, BoundedMeta
from smarta.planner.followup.forms import (
    CheckInEntryForm,
    GoalMetricForm,
    GoalReflectionForm,
    ReflectionScheduleForm,
)
from smarta.planner.models import (
    Goal,
)
from smarta.planner.plan.forms import GoalStepForm, MilestoneForm
from smarta.planner.team import access
from smarta.planner.team.forms import GoalCommentForm


class GoalForm(forms.ModelForm):
    class Meta(BoundedMeta):
        model = Goal
        fields = [
            "text", "title", "deadline", "horizon", "kind", "sphere", "parent", "motivation",
            "likelihood", "risks", "minimum_result", "stretch_result", "helpers",
            "checkin_every_days", "for_team", "contributes_to",
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
        self._team_fields(owner)
        self.fields["title"].help_text = _(
            "A few words for lists and the calendar. Leave it empty and Smarta proposes one "
            "from your goal."
        )
        # Left empty, the horizon follows the deadline (services_goals.goal_apply_analysis).
        horizon = self.fields["horizon"]
        horizon.required = False
        horizon.choices = [("", _("From the deadline (more than a year away: long-term)"))] + [
            c for c in horizon.choices if c[0]
        ]
        if not self.instance.pk:
            self.initial.setdefault("horizon", "")

    def _team_fields(self, owner) -> None:
        """A manager may make the goal one for their team; anyone whose manager has team goals
        may say which one theirs contributes to. Neither field is shown to whom it means
        nothing."""
        if not access.reports_of(owner).exists() and not self.instance.for_team:
            del self.fields["for_team"]
        else:
            self.fields["for_team"].help_text = _(
                "The people who report to you see it and can link their own goals to it."
            )
        # only those the person may see now: a stale link is not offered back
        team_goals = access.team_goals_to_serve(owner)
        if not team_goals.exists():
            del self.fields["contributes_to"]
        else:
            self.fields["contributes_to"].queryset = team_goals
            self.fields["contributes_to"].required = False


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
