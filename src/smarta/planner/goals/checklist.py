"""Getting started: the method's first steps as a checklist on the overview.

Each item is ticked from what the person has really done, links to where it is done, and the
list is gone once everything is done or the person has put it away."""

from __future__ import annotations

from dataclasses import dataclass

from django.urls import reverse
from django.utils.translation import gettext_lazy as _

from smarta.planner.models import Goal, Metric, Milestone, Profile, Step, Talk


@dataclass(frozen=True)
class Item:
    label: str
    url: str
    done: bool


@dataclass(frozen=True)
class Checklist:
    items: list[Item]

    @property
    def done(self) -> int:
        return sum(item.done for item in self.items)


def checklist_for(user) -> Checklist | None:
    """The person's checklist, or None once it is all done or put away."""
    profile = Profile.objects.filter(user=user).first()
    if profile is not None and profile.checklist_dismissed_at is not None:
        return None
    first = Goal.objects.filter(owner=user).order_by("priority", "id").first()
    goal_url = reverse("goal-detail", args=[first.pk]) if first else reverse("goal-create")
    planned = (
        Milestone.objects.filter(goal__owner=user).exists()
        and Step.objects.filter(goal__owner=user).exists()
    )
    items = [
        Item(_("Write your first goal"), reverse("goal-create"), first is not None),
        Item(_("Add a milestone and a first step"), goal_url + "#plan", planned),
        Item(
            _("Choose how you measure it"), goal_url + "#followup",
            Metric.objects.filter(goal__owner=user).exists(),
        ),
        Item(
            _("Share it with your manager"), goal_url + "#sharing",
            Goal.objects.filter(owner=user, visibility=Goal.Visibility.SHARED).exists(),
        ),
        Item(
            _("Prepare your development talk"), reverse("talks"),
            Talk.objects.filter(report=user).exclude(report_agenda="").exists(),
        ),
    ]  # fmt: skip
    checklist = Checklist(items)
    return None if checklist.done == len(items) else checklist
