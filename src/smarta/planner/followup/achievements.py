"""My record: what a person achieved in a period, to bring to a development talk or an interview.

``record_for`` gathers, for one person and one period, the milestones reached, the goals
completed, the steps done and the figures moved (first and last measured check-in of each goal
with a metric). ``PeriodForm`` reads the period from the page's ``from`` and ``to`` parameters.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from itertools import groupby

from dateutil.relativedelta import relativedelta
from django import forms
from django.utils.translation import gettext_lazy as _

from smarta.planner.bounded_fields import DATE
from smarta.planner.followup import selectors as selectors_followup
from smarta.planner.goals import selectors as selectors_goals
from smarta.planner.models import CheckIn, Goal, Metric, Milestone, Step
from smarta.planner.plan import selectors as selectors_plan
from smarta.planner.validators import within_dates


@dataclass(frozen=True)
class Period:
    start: date
    end: date

    @classmethod
    def default(cls, today: date) -> Period:
        """The last twelve months: from this day a year ago to today."""
        return cls(start=today - relativedelta(years=1), end=today)


class PeriodForm(forms.Form):
    """The period in the query string: ``from`` and ``to``, each optional."""

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        # "from" is a Python keyword, so the fields are declared here rather than on the class.
        for name, label in (("from", _("From")), ("to", _("To"))):
            self.fields[name] = forms.DateField(
                label=label, required=False, widget=DATE, validators=[within_dates]
            )

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


@dataclass(frozen=True)
class Figure:
    """How a measured goal's figure moved in the period."""

    goal: Goal
    metric: Metric
    first: CheckIn
    last: CheckIn

    @property
    def change(self) -> float:
        return self.last.value - self.first.value

    @property
    def toward_target(self) -> bool:
        """Whether the figure moved in the direction of the target."""
        upward = self.metric.target >= self.metric.baseline
        return self.change > 0 if upward else self.change < 0


@dataclass(frozen=True)
class Record:
    period: Period
    milestones: list[Milestone]
    goals: list[Goal]
    steps: list[Step]
    figures: list[Figure]

    @property
    def is_empty(self) -> bool:
        return not (self.milestones or self.goals or self.steps or self.figures)


def _figures(checkins) -> list[Figure]:
    figures = []
    for _goal_id, rows in groupby(checkins, key=lambda c: c.goal_id):
        rows = list(rows)
        goal = rows[0].goal
        figures.append(Figure(goal=goal, metric=goal.metric, first=rows[0], last=rows[-1]))
    return figures


def record_for(user, period: Period) -> Record:
    """What ``user`` achieved from ``period.start`` to ``period.end``, both days included."""
    span = (period.start, period.end)
    return Record(
        period=period,
        milestones=list(selectors_plan.milestones_reached_between(user, *span)),
        goals=list(selectors_goals.goals_completed_between(user, *span)),
        steps=list(selectors_plan.steps_done_between(user, *span)),
        figures=_figures(selectors_followup.measured_checkins_between(user, *span)),
    )
