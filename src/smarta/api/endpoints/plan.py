"""A goal's milestones, steps, check-ins and reflections: the owner's only.

A PATCH changes the fields sent and leaves the others as they are.
"""

from __future__ import annotations

from django.db import transaction
from django.http import Http404, HttpRequest
from django.shortcuts import get_object_or_404
from ninja import Router, Status

from smarta.planner.followup import selectors as selectors_followup
from smarta.planner.followup import services as services_followup
from smarta.planner.goals import selectors as selectors_goals
from smarta.planner.models import Goal, Milestone, Reflection
from smarta.planner.plan import selectors as selectors_plan
from smarta.planner.plan import services as services_plan

from ..api import invalid
from ..fields import Id
from ..schemas import (
    AUTHENTICATED,
    WITH_BODY,
    WITH_ID,
    CheckInIn,
    CheckInOut,
    CheckInPatchIn,
    MilestoneIn,
    MilestoneOut,
    MilestonePatchIn,
    ReflectionIn,
    ReflectionOut,
    ReflectionPatchIn,
    StepIn,
    StepOut,
    StepPatchIn,
    responses,
)

router = Router(tags=["plan"])

# Every operation here names a goal in its path; writes also take a body.
READ = (*AUTHENTICATED, *WITH_ID)
WRITE = (*READ, *WITH_BODY)


def _goal(request: HttpRequest, goal_id: int) -> Goal:
    return selectors_goals.goal_for_owner(request.auth, goal_id)


def _of_goal(row, goal_id: int):
    """A row found by the owner's selector must also sit under the goal in the path."""
    if row.goal_id != goal_id:
        raise Http404
    return row


def _milestone_of(goal: Goal, milestone_id: int | None) -> Milestone | None:
    """The goal's milestone a step goes toward; another goal's is a 422 naming the field."""
    if milestone_id is None:
        return None
    milestone = goal.milestones.filter(pk=milestone_id).first()
    if milestone is None:
        raise invalid("milestone", "not a milestone of this goal")
    return milestone


# --- Milestones ------------------------------------------------------------------------


@router.get("/goals/{goal_id}/milestones", response=responses({200: list[MilestoneOut]}, *READ))
def milestone_list(request: HttpRequest, goal_id: Id):
    return _goal(request, goal_id).milestones.order_by("due", "id")


@router.post("/goals/{goal_id}/milestones", response=responses({201: MilestoneOut}, *WRITE))
def milestone_create(request: HttpRequest, goal_id: Id, payload: MilestoneIn):
    goal = _goal(request, goal_id)
    return Status(
        201, services_plan.milestone_create(goal=goal, title=payload.title, due=payload.due)
    )


@router.get(
    "/goals/{goal_id}/milestones/{milestone_id}", response=responses({200: MilestoneOut}, *READ)
)
def milestone_get(request: HttpRequest, goal_id: Id, milestone_id: Id):
    return _of_goal(selectors_plan.milestone_for_owner(request.auth, milestone_id), goal_id)


@router.patch(
    "/goals/{goal_id}/milestones/{milestone_id}", response=responses({200: MilestoneOut}, *WRITE)
)
def milestone_patch(request: HttpRequest, goal_id: Id, milestone_id: Id, payload: MilestonePatchIn):
    """Change the title or date, or mark the milestone reached (or not)."""
    milestone = _of_goal(selectors_plan.milestone_for_owner(request.auth, milestone_id), goal_id)
    fields = payload.model_dump(exclude_unset=True)
    reached = fields.pop("reached", None)
    with transaction.atomic():
        services_plan.milestone_update(milestone=milestone, **fields)
        if reached is not None:
            services_plan.milestone_set_reached(milestone=milestone, reached=reached)
    return milestone


@router.delete("/goals/{goal_id}/milestones/{milestone_id}", response=responses({204: None}, *READ))
def milestone_delete(request: HttpRequest, goal_id: Id, milestone_id: Id):
    milestone = _of_goal(selectors_plan.milestone_for_owner(request.auth, milestone_id), goal_id)
    services_plan.milestone_delete(milestone=milestone)
    return Status(204, None)


# --- Steps -----------------------------------------------------------------------------


@router.get("/goals/{goal_id}/steps", response=responses({200: list[StepOut]}, *READ))
def step_list(request: HttpRequest, goal_id: Id):
    return _goal(request, goal_id).steps.order_by("done_at", "due", "id")


@router.post("/goals/{goal_id}/steps", response=responses({201: StepOut}, *WRITE))
def step_create(request: HttpRequest, goal_id: Id, payload: StepIn):
    """A step, optionally toward one of the goal's milestones."""
    goal = _goal(request, goal_id)
    step = services_plan.step_create(
        goal=goal,
        title=payload.title,
        due=payload.due,
        milestone=_milestone_of(goal, payload.milestone),
    )
    return Status(201, step)


@router.get("/goals/{goal_id}/steps/{step_id}", response=responses({200: StepOut}, *READ))
def step_get(request: HttpRequest, goal_id: Id, step_id: Id):
    return _of_goal(selectors_plan.step_for_owner(request.auth, step_id), goal_id)


@router.patch("/goals/{goal_id}/steps/{step_id}", response=responses({200: StepOut}, *WRITE))
def step_patch(request: HttpRequest, goal_id: Id, step_id: Id, payload: StepPatchIn):
    """Change the title, due date or milestone, or mark the step done (or not)."""
    step = _of_goal(selectors_plan.step_for_owner(request.auth, step_id), goal_id)
    fields = payload.model_dump(exclude_unset=True)
    done = fields.pop("done", None)
    if "milestone" in fields:
        fields["milestone"] = _milestone_of(step.goal, fields["milestone"])
    with transaction.atomic():
        services_plan.step_update(step=step, **fields)
        if done is not None:
            services_plan.step_set_done(step=step, done=done)
    return step


@router.delete("/goals/{goal_id}/steps/{step_id}", response=responses({204: None}, *READ))
def step_delete(request: HttpRequest, goal_id: Id, step_id: Id):
    services_plan.step_delete(
        step=_of_goal(selectors_plan.step_for_owner(request.auth, step_id), goal_id)
    )
    return Status(204, None)


# --- Check-ins -------------------------------------------------------------------------


@router.get("/goals/{goal_id}/checkins", response=responses({200: list[CheckInOut]}, *READ))
def checkin_list(request: HttpRequest, goal_id: Id):
    return _goal(request, goal_id).checkins.order_by("day", "id")


@router.post("/goals/{goal_id}/checkins", response=responses({201: CheckInOut}, *WRITE))
def checkin_create(request: HttpRequest, goal_id: Id, payload: CheckInIn):
    goal = _goal(request, goal_id)
    checkin = services_followup.checkin_record(
        goal=goal, day=payload.day, value=payload.value, note=payload.note
    )
    return Status(201, checkin)


@router.get("/goals/{goal_id}/checkins/{checkin_id}", response=responses({200: CheckInOut}, *READ))
def checkin_get(request: HttpRequest, goal_id: Id, checkin_id: Id):
    return _of_goal(selectors_followup.checkin_for_owner(request.auth, checkin_id), goal_id)


@router.patch(
    "/goals/{goal_id}/checkins/{checkin_id}", response=responses({200: CheckInOut}, *WRITE)
)
def checkin_patch(request: HttpRequest, goal_id: Id, checkin_id: Id, payload: CheckInPatchIn):
    """Change the day, value or note."""
    checkin = _of_goal(selectors_followup.checkin_for_owner(request.auth, checkin_id), goal_id)
    return services_followup.checkin_update(
        checkin=checkin, **payload.model_dump(exclude_unset=True)
    )


@router.delete("/goals/{goal_id}/checkins/{checkin_id}", response=responses({204: None}, *READ))
def checkin_delete(request: HttpRequest, goal_id: Id, checkin_id: Id):
    checkin = _of_goal(selectors_followup.checkin_for_owner(request.auth, checkin_id), goal_id)
    services_followup.checkin_delete(checkin=checkin)
    return Status(204, None)


# --- Reflections -----------------------------------------------------------------------


def _reflection(request: HttpRequest, goal_id: int, reflection_id: int) -> Reflection:
    reflections = _goal(request, goal_id).reflections.filter(owner=request.auth)
    return get_object_or_404(reflections, pk=reflection_id)


@router.get("/goals/{goal_id}/reflections", response=responses({200: list[ReflectionOut]}, *READ))
def reflection_list(request: HttpRequest, goal_id: Id):
    return _goal(request, goal_id).reflections.filter(owner=request.auth)


@router.post("/goals/{goal_id}/reflections", response=responses({201: ReflectionOut}, *WRITE))
def reflection_create(request: HttpRequest, goal_id: Id, payload: ReflectionIn):
    goal = _goal(request, goal_id)
    return Status(
        201,
        services_followup.reflection_record(owner=request.auth, goal=goal, **payload.model_dump()),
    )


@router.get(
    "/goals/{goal_id}/reflections/{reflection_id}",
    response=responses({200: ReflectionOut}, *READ),
)
def reflection_get(request: HttpRequest, goal_id: Id, reflection_id: Id):
    return _reflection(request, goal_id, reflection_id)


@router.patch(
    "/goals/{goal_id}/reflections/{reflection_id}",
    response=responses({200: ReflectionOut}, *WRITE),
)
def reflection_patch(
    request: HttpRequest, goal_id: Id, reflection_id: Id, payload: ReflectionPatchIn
):
    """Change the day or answers."""
    reflection = _reflection(request, goal_id, reflection_id)
    return services_followup.reflection_update(
        reflection=reflection, **payload.model_dump(exclude_unset=True)
    )


@router.delete(
    "/goals/{goal_id}/reflections/{reflection_id}", response=responses({204: None}, *READ)
)
def reflection_delete(request: HttpRequest, goal_id: Id, reflection_id: Id):
    services_followup.reflection_delete(reflection=_reflection(request, goal_id, reflection_id))
    return Status(204, None)
