"""What a person achieved in a period (the "My results" page), to bring to a development talk
or an interview.

``record_for`` gathers, for one person and one period, the milestones reached, the goals
completed, the steps done and the figures moved (first and last measured check-in of each goal
with a metric). ``forms.PeriodForm`` reads the period from the page's ``from`` and ``to``.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from itertools import groupby

from dateutil.relativedelta import relativedelta

from smarta.planner.followup import selectors as selectors_followup
from smarta.planner.goals import selectors as selectors_goals
from smarta.planner.models import CheckIn, Goal, Metric, Milestone, Step
from smarta.planner.plan import selectors as selectors_plan


@dataclass(frozen=True)
class Period:
    start: date
    end: date

    @classmethod
    def default(cls, today: date) -> Period:
        """The last twelve months: from this day a year ago to today."""
        return cls(start=today - relativedelta(years=1), end=today)


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
