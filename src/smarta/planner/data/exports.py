"""A person's whole plan as a file: JSON to keep or move, Markdown and PDF to read.

The JSON format ("smarta-plan", version 1) is one object::

    {
      "format": "smarta-plan", "version": 1, "exported_at": "<ISO 8601 date and time>",
      "profile":    {"language", "reflection_every_weeks", "reminder_days",
                     "remind_weekly_when_overdue"},
      "assessment": null | {"tasks", "values", "hard_values", "soft_values", "updated_at"},
      "vision":     null | {"one_year", "three_years", "five_years", "broad_goals", "updated_at"},
      "areas":      [{"name", "kind", "confidence", "note"}],
      "goals": [{
        "id", "parent",                       # export-local ids: 1, 2, 3 … in priority order
        "text", "lang", "horizon", "kind", "sphere", "priority", "status", "deadline",
        "is_specific", "is_measurable", "is_time_bound", "motivation", "likelihood", "risks",
        "minimum_result", "stretch_result", "helpers", "checkin_every_days", "version",
        "created_at", "updated_at", "completed_at", "visibility", "approved_at",
        "changes_requested", "changes_requested_at",
        "versions":   [{"version", "text", "deadline", "snapshot", "created_at"}],
        "milestones": [{"id", "title", "due", "reached_at"}],   # "id": export-local, unique
        "steps":      [{"title", "due", "done_at", "milestone"}],  # a milestone id of this goal
        "metric":     null | {"name", "unit", "baseline", "target"},
        "checkins":   [{"day", "value", "note", "created_at"}]
      }],
      "reflections": [{"goal", "day", "went_well", "to_improve", "still_relevant",
                       "adjustment", "created_at"}]     # "goal": a goal id or null
    }

Dates are ``YYYY-MM-DD``, moments ISO 8601 with a UTC offset; database ids and the account
never appear, only export-local ids that link goals, parents, milestones and reflections.
What belongs to the organisation rather than the person stays out: the manager, the
department, who approved a goal or asked for changes, and the calendar feed's secret
(NOT_EXPORTED).
Reading a file back is ``imports.py``.
"""

from __future__ import annotations

import json
import re
from datetime import date, datetime
from typing import Any

from django.template.loader import render_to_string
from django.utils import timezone

from smarta.planner.models import Area, Goal, Profile
from smarta.planner.pdf import render_pdf
from smarta.planner.profile.selectors import Plan

FORMAT = "smarta-plan"
VERSION = 1


# ---------------------------------------------------------------- writing


def _plain(value: Any) -> Any:
    """A value as JSON holds it: dates and moments (with their UTC offset) as ISO 8601."""
    return value.isoformat() if isinstance(value, date) else value


def _fields(row, names: tuple[str, ...]) -> dict:
    return {name: _plain(getattr(row, name)) for name in names}


ASSESSMENT_FIELDS = ("tasks", "values", "hard_values", "soft_values", "updated_at")
VISION_FIELDS = ("one_year", "three_years", "five_years", "broad_goals", "updated_at")
AREA_FIELDS = ("name", "kind", "confidence", "note")
GOAL_FIELDS = (
    "text", "title", "lang", "horizon", "kind", "sphere", "priority", "status", "deadline",
    "is_specific", "is_measurable", "is_time_bound", "motivation", "likelihood", "risks",
    "minimum_result", "stretch_result", "helpers", "checkin_every_days", "version",
    "created_at", "updated_at", "completed_at", "visibility", "approved_at", "changes_requested",
    "changes_requested_at", "for_team",
)  # fmt: skip
PROFILE_FIELDS = (
    "language", "reflection_every_weeks", "reminder_days", "remind_weekly_when_overdue",
    "notify",
)  # fmt: skip
# The checklist put away is this installation's screen, not the person's plan; the team goal
# a goal serves and who proposed it are other people's rows, as the manager is; the link to
# the organisation's sign-in belongs to this installation.
NOT_EXPORTED = frozenset({
    "manager", "department", "approved_by", "changes_requested_by", "calendar_token",
    "checklist_dismissed_at", "contributes_to", "proposed_by", "oidc_issuer", "oidc_subject",
})  # fmt: skip
VERSION_FIELDS = ("version", "text", "deadline", "snapshot", "created_at")
MILESTONE_FIELDS = ("title", "due", "reached_at")
STEP_FIELDS = ("title", "due", "done_at")
METRIC_FIELDS = ("name", "unit", "baseline", "target")
CHECKIN_FIELDS = ("day", "value", "note", "created_at")
REFLECTION_FIELDS = ("day", "went_well", "to_improve", "still_relevant", "adjustment", "created_at")


def _goal_dict(goal: Goal, local: dict[int, int], milestone_ids: dict[int, int]) -> dict:
    metric = getattr(goal, "metric", None)
    return {
        "id": local[goal.id],
        "parent": local.get(goal.parent_id),
        **_fields(goal, GOAL_FIELDS),
        "versions": [_fields(v, VERSION_FIELDS) for v in goal.versions.all()],
        "milestones": [
            {"id": milestone_ids[m.id], **_fields(m, MILESTONE_FIELDS)}
            for m in goal.milestones.all()
        ],
        "steps": [
            {**_fields(s, STEP_FIELDS), "milestone": milestone_ids.get(s.milestone_id)}
            for s in goal.steps.all()
        ],
        "metric": _fields(metric, METRIC_FIELDS) if metric else None,
        "checkins": [_fields(c, CHECKIN_FIELDS) for c in goal.checkins.all()],
    }


def plan_to_dict(plan: Plan, *, now: datetime | None = None) -> dict:
    """The plan in the JSON format described at the top of this module."""
    local = {goal.id: number for number, goal in enumerate(plan.goals, start=1)}
    milestones = [m for goal in plan.goals for m in goal.milestones.all()]
    milestone_ids = {m.id: number for number, m in enumerate(milestones, start=1)}
    return {
        "format": FORMAT,
        "version": VERSION,
        "exported_at": _plain(now or timezone.now()),
        # a person who never changed a setting has no profile row yet: its defaults then
        "profile": _fields(plan.profile or Profile(), PROFILE_FIELDS),
        "assessment": _fields(plan.assessment, ASSESSMENT_FIELDS) if plan.assessment else None,
        "vision": _fields(plan.vision, VISION_FIELDS) if plan.vision else None,
        "areas": [_fields(area, AREA_FIELDS) for area in plan.areas],
        "goals": [_goal_dict(goal, local, milestone_ids) for goal in plan.goals],
        "reflections": [
            {"goal": local.get(r.goal_id), **_fields(r, REFLECTION_FIELDS)}
            for r in plan.reflections
        ],
    }


def plan_to_json(plan: Plan) -> str:
    return json.dumps(plan_to_dict(plan), ensure_ascii=False, indent=2)


def _reading_context(plan: Plan) -> dict:
    return {
        "plan": plan,
        "goal_sections": [
            (horizon, goals)
            for horizon in Goal.Horizon.values
            if (goals := [g for g in plan.goals if g.horizon == horizon])
        ],
        "strengths": [a for a in plan.areas if a.kind == Area.Kind.STRENGTH],
        "weaknesses": [a for a in plan.areas if a.kind == Area.Kind.WEAKNESS],
        "today": timezone.localdate(),
    }


def plan_to_markdown(plan: Plan) -> str:
    """The plan to read, in the active language."""
    text = render_to_string("planner/export/plan.md.txt", _reading_context(plan))
    return re.sub(r"\n{3,}", "\n\n", text).strip() + "\n"


def plan_to_pdf(plan: Plan) -> bytes:
    """The plan as a printable PDF, in the active language."""
    return render_pdf("planner/export/plan.html", _reading_context(plan))
