"""A goal's milestones, steps, check-ins and reflections: the owner's only."""

from __future__ import annotations

from django.http import Http404, HttpRequest
from django.shortcuts import get_object_or_404
from ninja import Router, Status

from smarta.planner import selectors, services
from smarta.planner.models import Goal

from ..api import invalid
from ..fields import Id
from ..schemas import (
    CheckInIn,
    CheckInOut,
    MilestoneIn,
    MilestoneOut,
    MilestonePatchIn,
    ReflectionIn,
    ReflectionOut,
    StepIn,
    StepOut,
    StepPatchIn,
)

router = Router(tags=["plan"])


def _goal(request: HttpRequest, goal_id: int) -> Goal:
    return selectors.goal_for_owner(request.auth, goal_id)


def _of_goal(row, goal_id: int):
    """A row found by the owner's selector must also sit under the goal in the path."""
    if row.goal_id != goal_id:
        raise Http404
    return row


# --- Milestones ------------------------------------------------------------------------


@router.get("/goals/{goal_id}/milestones", response=list[MilestoneOut])
def milestone_list(request: HttpRequest, goal_id: Id):
    return _goal(request, goal_id).milestones.order_by("due", "id")


@router.post("/goals/{goal_id}/milestones", response={201: MilestoneOut})
def milestone_create(request: HttpRequest, goal_id: Id, payload: MilestoneIn):
    goal = _goal(request, goal_id)
    return Status(201, services.milestone_create(goal=goal, title=payload.title, due=payload.due))


@router.get("/goals/{goal_id}/milestones/{milestone_id}", response=MilestoneOut)
def milestone_get(request: HttpRequest, goal_id: Id, milestone_id: Id):
    return _of_goal(selectors.milestone_for_owner(request.auth, milestone_id), goal_id)


@router.patch("/goals/{goal_id}/milestones/{milestone_id}", response=MilestoneOut)
def milestone_patch(request: HttpRequest, goal_id: Id, milestone_id: Id, payload: MilestonePatchIn):
    """Mark the milestone reached, or not."""
    milestone = _of_goal(selectors.milestone_for_owner(request.auth, milestone_id), goal_id)
    return services.milestone_set_reached(milestone=milestone, reached=payload.reached)


@router.delete("/goals/{goal_id}/milestones/{milestone_id}", response={204: None})
def milestone_delete(request: HttpRequest, goal_id: Id, milestone_id: Id):
    milestone = _of_goal(selectors.milestone_for_owner(request.auth, milestone_id), goal_id)
    services.milestone_delete(milestone=milestone)
    return Status(204, None)


# --- Steps -----------------------------------------------------------------------------


@router.get("/goals/{goal_id}/steps", response=list[StepOut])
def step_list(request: HttpRequest, goal_id: Id):
    return _goal(request, goal_id).steps.order_by("done_at", "due", "id")


@router.post("/goals/{goal_id}/steps", response={201: StepOut})
def step_create(request: HttpRequest, goal_id: Id, payload: StepIn):
    """A step, optionally toward one of the goal's milestones."""
    goal = _goal(request, goal_id)
    milestone = None
    if payload.milestone is not None:
        milestone = goal.milestones.filter(pk=payload.milestone).first()
        if milestone is None:
            raise invalid("milestone", "not a milestone of this goal")
    step = services.step_create(
        goal=goal, title=payload.title, due=payload.due, milestone=milestone
    )
    return Status(201, step)


@router.get("/goals/{goal_id}/steps/{step_id}", response=StepOut)
def step_get(request: HttpRequest, goal_id: Id, step_id: Id):
    return _of_goal(selectors.step_for_owner(request.auth, step_id), goal_id)


@router.patch("/goals/{goal_id}/steps/{step_id}", response=StepOut)
def step_patch(request: HttpRequest, goal_id: Id, step_id: Id, payload: StepPatchIn):
    """Mark the step done, or not."""
    step = _of_goal(selectors.step_for_owner(request.auth, step_id), goal_id)
    return services.step_set_done(step=step, done=payload.done)


@router.delete("/goals/{goal_id}/steps/{step_id}", response={204: None})
def step_delete(request: HttpRequest, goal_id: Id, step_id: Id):
    services.step_delete(step=_of_goal(selectors.step_for_owner(request.auth, step_id), goal_id))
    return Status(204, None)


# --- Check-ins -------------------------------------------------------------------------


@router.get("/goals/{goal_id}/checkins", response=list[CheckInOut])
def checkin_list(request: HttpRequest, goal_id: Id):
    return _goal(request, goal_id).checkins.order_by("day", "id")


@router.post("/goals/{goal_id}/checkins", response={201: CheckInOut})
def checkin_create(request: HttpRequest, goal_id: Id, payload: CheckInIn):
    goal = _goal(request, goal_id)
    checkin = services.checkin_record(
        goal=goal, day=payload.day, value=payload.value, note=payload.note
    )
    return Status(201, checkin)


@router.get("/goals/{goal_id}/checkins/{checkin_id}", response=CheckInOut)
def checkin_get(request: HttpRequest, goal_id: Id, checkin_id: Id):
    return _of_goal(selectors.checkin_for_owner(request.auth, checkin_id), goal_id)


@router.delete("/goals/{goal_id}/checkins/{checkin_id}", response={204: None})
def checkin_delete(request: HttpRequest, goal_id: Id, checkin_id: Id):
    checkin = _of_goal(selectors.checkin_for_owner(request.auth, checkin_id), goal_id)
    services.checkin_delete(checkin=checkin)
    return Status(204, None)


# --- Reflections -----------------------------------------------------------------------


@router.get("/goals/{goal_id}/reflections", response=list[ReflectionOut])
def reflection_list(request: HttpRequest, goal_id: Id):
    return _goal(request, goal_id).reflections.filter(owner=request.auth)


@router.post("/goals/{goal_id}/reflections", response={201: ReflectionOut})
def reflection_create(request: HttpRequest, goal_id: Id, payload: ReflectionIn):
    goal = _goal(request, goal_id)
    return Status(
        201, services.reflection_record(owner=request.auth, goal=goal, **payload.model_dump())
    )


@router.get("/goals/{goal_id}/reflections/{reflection_id}", response=ReflectionOut)
def reflection_get(request: HttpRequest, goal_id: Id, reflection_id: Id):
    reflections = _goal(request, goal_id).reflections.filter(owner=request.auth)
    return get_object_or_404(reflections, pk=reflection_id)
