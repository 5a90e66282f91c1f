"""Forms for goals that go down from the manager: a proposal, and the report's answer."""

from __future__ import annotations

from django import forms
from django.utils.translation import gettext_lazy as _

from smarta import limits
from smarta.planner.bounded_fields import TextField
from smarta.planner.models import Goal
from smarta.planner.team import access


class ProposalForm(forms.Form):
    """A goal a manager proposes to one report, optionally for one of their team goals."""

    text = TextField(
        limits.GOAL_TEXT,
        label=_("The goal you propose"),
        error_messages={"required": _("Write the goal you propose.")},
        widget=forms.Textarea(attrs={"rows": 3}),
    )
    team_goal = forms.ModelChoiceField(
        queryset=Goal.objects.none(), required=False, label=_("It serves the team goal")
    )

    def __init__(self, *args, manager, **kwargs):
        super().__init__(*args, **kwargs)
        team_goals = access.open_team_goals_of(manager)
        if team_goals.exists():
            self.fields["team_goal"].queryset = team_goals
        else:
            del self.fields["team_goal"]


class ProposalAcceptForm(forms.Form):
    """The person's own wording of the proposed goal, and whether their manager sees it."""

    text = TextField(
        limits.GOAL_TEXT,
        label=_("Your goal, in your own words"),
        error_messages={"required": _("Write the goal as you will work on it.")},
        widget=forms.Textarea(attrs={"rows": 3}),
    )
    share = forms.BooleanField(
        required=False, initial=True, label=_("Share it with my manager for approval")
    )


class ProposalDeclineForm(forms.Form):
    answer = TextField(
        limits.LONG_TEXT, required=False, label=_("Why not (your manager reads it)"),
        widget=forms.Textarea(attrs={"rows": 2}),
    )  # fmt: skip
