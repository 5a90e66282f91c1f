"""Goals: list, create, read, change (with the version read) and delete.

Writes are the owner's only; a manager reads the goals their reports share with them.
"""

from __future__ import annotations

from typing import Any, Literal

from django.db import transaction
from django.http import HttpRequest
from django.utils import timezone
from ninja import Field, Query, Router, Schema, Status

from smarta.analysis import LANGUAGES, analyze
from smarta.planner.goals import selectors as selectors_goals
from smarta.planner.goals import services as services_goals
from smarta.planner.models import Goal
from smarta.planner.team import access
from smarta.planner.team import services as services_team

from ..api import Conflict, invalid
from ..fields import Id
from ..schemas import (
    AUTHENTICATED,
    WITH_BODY,
    WITH_ID,
    GoalCreateIn,
    GoalDetailOut,
    GoalListOut,
    GoalPatchIn,
    GoalStatus,
    Horizon,
    Kind,
    responses,
)

router = Router(tags=["goals"])


class GoalFilters(Schema):
    owner: Literal["me", "reports"] = Field(
        "me", description="your goals, or those your reports share with you"
    )
    status: GoalStatus | None = None
    horizon: Horizon | None = None
    kind: Kind | None = None
    limit: int = Field(20, ge=1, le=100)
    offset: int = Field(0, ge=0, le=10**9)


def goal_out(goal: Goal) -> dict[str, Any]:
    fields = (
        "id", "version", "lang", "status", "horizon", "kind", "sphere", "visibility", "priority",
        "deadline", "motivation", "likelihood", "risks", "minimum_result", "stretch_result",
        "helpers", "checkin_every_days", "created_at", "updated_at", "completed_at",
    )  # fmt: skip
    return {
        **{name: getattr(goal, name) for name in fields},
        "owner": goal.owner.get_username(),
        "title": goal.text,
        "short_title": goal.heading,
        "parent": goal.parent_id,
        "specific": goal.is_specific,
        "measurable": goal.is_measurable,
        "time_bound": goal.is_time_bound,
        "approved": goal.approved_at is not None,
        "accepted": services_team.goal_is_accepted(goal),
    }


def goal_detail_out(goal: Goal) -> dict[str, Any]:
    # A stored language the analyzer does not know (a row from before the import checked it,
    # or written by hand) is detected from the text rather than raised as a 500.
    lang = goal.lang if goal.lang in LANGUAGES else None
    result = analyze(goal.text, lang=lang, today=timezone.localdate())
    return {**goal_out(goal), "analysis": result.to_dict()}


def _fields(request: HttpRequest, data: dict[str, Any], goal_id: int | None = None) -> dict:
    """The planner's goal fields from the input; a parent must be another of your goals."""
    # In the API ``title`` is the goal's sentence (as in v1 from the start) and the short
    # title the planner calls ``title`` is ``short_title``.
    fields = {k: v for k, v in data.items() if k in services_goals.GOAL_FIELDS and k != "title"}
    if "short_title" in data:
        fields["title"] = data["short_title"] or ""
    if fields.get("parent") is not None:
        parent = selectors_goals.goals_for_owner(request.auth).filter(pk=fields["parent"]).first()
        if parent is None or parent.pk == goal_id:
            raise invalid("parent", "not another of your goals")
        fields["parent"] = parent
    return fields


@router.get("/goals", response=responses({200: GoalListOut}, *AUTHENTICATED))
def goal_list(request: HttpRequest, filters: Query[GoalFilters]):
    """Your goals by priority (or, with ``owner=reports``, the goals shared with you)."""
    if filters.owner == "reports":
        goals = access.shared_goals_for_manager(request.auth)
    else:
        goals = selectors_goals.goals_for_owner(request.auth).select_related("owner")
    for name in ("status", "horizon", "kind"):
        value = getattr(filters, name)
        if value is not None:
            goals = goals.filter(**{name: value})
    page = goals[filters.offset : filters.offset + filters.limit]
    return {"items": [goal_out(g) for g in page], "count": goals.count()}


@router.post("/goals", response=responses({201: GoalDetailOut}, *AUTHENTICATED, *WITH_BODY))
def goal_create(request: HttpRequest, payload: GoalCreateIn):
    """A new active goal, last in priority, with its SMART analysis."""
    goal = services_goals.goal_create(
        owner=request.auth,
        text=payload.title,
        visibility=payload.visibility or Goal.Visibility.PRIVATE,
        **_fields(request, payload.model_dump(exclude_unset=True)),
    )
    return Status(201, goal_detail_out(goal))


@router.get("/goals/{goal_id}", response=responses({200: GoalDetailOut}, *AUTHENTICATED, *WITH_ID))
def goal_get(request: HttpRequest, goal_id: Id):
    """One of your goals, or one a report shares with you."""
    goal, _is_owner = access.goal_for_owner_or_manager(request.auth, goal_id)
    return goal_detail_out(goal)


@router.patch(
    "/goals/{goal_id}",
    response=responses({200: GoalDetailOut}, *AUTHENTICATED, *WITH_BODY, *WITH_ID, 409),
)
def goal_patch(request: HttpRequest, goal_id: Id, payload: GoalPatchIn):
    """Change the fields sent. ``version`` must be the one you read, else 409 and nothing
    changes; any change moves the version on (a new title or deadline also keeps the earlier
    wording)."""
    data = payload.model_dump(exclude_unset=True)
    with transaction.atomic():
        pk = selectors_goals.goal_for_owner(request.auth, goal_id).pk
        try:
            goal = services_goals.goal_lock(pk=pk, version=payload.version)
        except services_goals.StaleVersion as stale:
            raise Conflict(f"the goal is at version {stale.current}; read it again") from None
        fields = _fields(request, data, goal_id)
        if "title" in data or fields:
            goal = services_goals.goal_update(
                goal=goal, text=data.get("title", goal.text), **fields
            )
        if "status" in data:
            services_goals.goal_set_status(goal=goal, status=data["status"])
        if data.get("visibility") not in (None, goal.visibility):
            services_team.goal_set_visibility(goal=goal, visibility=data["visibility"])
    return Status(200, goal_detail_out(goal))


@router.delete("/goals/{goal_id}", response=responses({204: None}, *AUTHENTICATED, *WITH_ID))
def goal_delete(request: HttpRequest, goal_id: Id):
    """Delete one of your goals with its plan and follow-up."""
    services_goals.goal_delete(goal=selectors_goals.goal_for_owner(request.auth, goal_id))
    return Status(204, None)
