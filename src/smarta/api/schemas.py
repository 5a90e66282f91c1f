"""What each endpoint takes and gives, as pydantic schemas (the OpenAPI document is made
from these)."""

from __future__ import annotations

from datetime import date, datetime
from typing import Any, Literal

from ninja import Schema
from pydantic import ConfigDict, Field

from smarta import limits
from smarta.analysis import LANGUAGES
from smarta.planner.models import Goal

from .fields import Day, Id, Number, Password, integer, text

Lang = Literal[LANGUAGES]  # type: ignore[valid-type]
GoalStatus = Literal[tuple(Goal.Status.values)]  # type: ignore[valid-type]
Horizon = Literal[tuple(Goal.Horizon.values)]  # type: ignore[valid-type]
Kind = Literal[tuple(Goal.Kind.values)]  # type: ignore[valid-type]
Sphere = Literal[tuple(Goal.Sphere.values)]  # type: ignore[valid-type]
Visibility = Literal[tuple(Goal.Visibility.values)]  # type: ignore[valid-type]

GOAL_TEXT = text(limits.GOAL_TEXT, blank=False)
LONG_TEXT = text(limits.LONG_TEXT)
TITLE = text(limits.TITLE, blank=False)
GOAL_TITLE = text(limits.GOAL_TITLE)


class In(Schema):
    """Input: unknown fields are an error, so a misspelt field never passes silently, and
    values are the JSON types the document names (``"5"`` is no number, ``0`` no boolean)."""

    model_config = ConfigDict(extra="forbid", strict=True)


# --- Errors ---------------------------------------------------------------------------


class ErrorOut(Schema):
    detail: str = Field(description="what went wrong, in English")


class FieldError(Schema):
    field: str = Field(
        description="the body field (``title``, ``criteria.0``), query or path parameter at "
        "fault, or ``body`` for the body as a whole"
    )
    message: str


class ValidationErrorOut(Schema):
    detail: list[FieldError]


# The errors an operation can answer, by status; ``responses`` puts them in the document.
ERRORS = {
    400: ErrorOut,  # a body that is not JSON
    401: ErrorOut,  # no valid token (or, for POST /token, a wrong password)
    404: ErrorOut,  # not there, or not yours: ids reveal nothing
    409: ErrorOut,  # a stale version
    413: ErrorOut,  # a body over Django's DATA_UPLOAD_MAX_MEMORY_SIZE
    422: ValidationErrorOut,
    429: ErrorOut,  # too many failed logins (django-axes)
}
# What every operation with a token can answer, and what one with a body or an id adds.
AUTHENTICATED = (401, 422)
WITH_BODY = (400, 413)
WITH_ID = (404,)


def responses(success: dict[int, Any], *errors: int) -> dict[int, Any]:
    """An operation's ``response=``: its success and the error bodies of ``errors``."""
    return {**success, **{status: ERRORS[status] for status in sorted(set(errors))}}


# --- Tokens ---------------------------------------------------------------------------


class TokenIn(In):
    username: text(150)  # type: ignore[valid-type]
    password: Password  # type: ignore[valid-type]
    name: text(100) = ""  # type: ignore[valid-type]
    days: integer(1, 365) = Field(30, description="how long the token is valid")  # type: ignore[valid-type]


class TokenCreatedOut(Schema):
    id: int
    token: str = Field(description="the secret; shown only now")
    expires_at: datetime


class TokenOut(Schema):
    id: int
    name: str
    created_at: datetime
    expires_at: datetime
    last_used_at: datetime | None


# --- Analysis -------------------------------------------------------------------------


class AnalyzeIn(In):
    text: GOAL_TEXT  # type: ignore[valid-type]
    lang: Lang | None = None
    today: Day | None = None


# --- Goals ----------------------------------------------------------------------------


class GoalFieldsIn(In):
    """What a goal may set besides its text (planner.services.GOAL_FIELDS)."""

    short_title: GOAL_TITLE = Field(  # type: ignore[valid-type]
        None, description="what lists show; empty: proposed from the goal's text"
    )
    horizon: Horizon = None  # type: ignore[assignment]
    kind: Kind = None  # type: ignore[assignment]
    sphere: Sphere = None  # type: ignore[assignment]
    parent: Id | None = None
    deadline: Day | None = None
    motivation: integer(*limits.SCORE) | None = None  # type: ignore[valid-type]
    likelihood: integer(*limits.SCORE) | None = None  # type: ignore[valid-type]
    risks: LONG_TEXT = None  # type: ignore[valid-type]
    minimum_result: LONG_TEXT = None  # type: ignore[valid-type]
    stretch_result: LONG_TEXT = None  # type: ignore[valid-type]
    helpers: LONG_TEXT = None  # type: ignore[valid-type]
    checkin_every_days: integer(*limits.CHECKIN_EVERY_DAYS) = None  # type: ignore[valid-type]
    visibility: Visibility = None  # type: ignore[assignment]


class GoalCreateIn(GoalFieldsIn):
    title: GOAL_TEXT = Field(description="the goal, in Swedish or English")  # type: ignore[valid-type]


class GoalPatchIn(GoalFieldsIn):
    version: integer(1, limits.MAX_VERSION) = Field(  # type: ignore[valid-type]
        description="the version you read; stale is 409"
    )
    title: GOAL_TEXT = None  # type: ignore[valid-type]
    status: GoalStatus = None  # type: ignore[assignment]


class GoalOut(Schema):
    id: int
    owner: str
    title: str = Field(description="the goal's SMART sentence")
    short_title: str = Field(description="what lists show, proposed from the sentence")
    version: int = Field(
        description="rises with every change of the goal; a PATCH sends the one it read"
    )
    lang: str
    status: str
    horizon: str
    kind: str
    sphere: str
    visibility: str
    priority: int
    parent: int | None
    deadline: date | None
    specific: bool
    measurable: bool
    time_bound: bool
    motivation: int | None
    likelihood: int | None
    risks: str
    minimum_result: str
    stretch_result: str
    helpers: str
    checkin_every_days: int
    approved: bool = Field(description="the manager has approved it")
    accepted: bool = Field(description="approved, and your motivation is 7 or more")
    created_at: datetime
    updated_at: datetime
    completed_at: datetime | None


class GoalDetailOut(GoalOut):
    analysis: dict[str, Any] = Field(description="the SMART analysis of the title, as /analyze")


class GoalListOut(Schema):
    items: list[GoalOut]
    count: int


# --- A goal's plan and follow-up --------------------------------------------------------


class MilestoneIn(In):
    title: TITLE  # type: ignore[valid-type]
    due: Day


class MilestonePatchIn(In):
    """The fields sent change; the others stay."""

    title: TITLE = None  # type: ignore[valid-type]
    due: Day = None  # type: ignore[assignment]
    reached: bool = Field(None, description="reached now, or not reached")  # type: ignore[assignment]


class _OfGoal(Schema):
    goal: int

    @staticmethod
    def resolve_goal(obj) -> int:
        return obj.goal_id


class MilestoneOut(_OfGoal):
    id: int
    title: str
    due: date
    reached_at: datetime | None


class StepIn(In):
    title: TITLE  # type: ignore[valid-type]
    due: Day | None = None
    milestone: Id | None = None


class StepPatchIn(In):
    """The fields sent change; the others stay (``null`` clears a due date or milestone)."""

    title: TITLE = None  # type: ignore[valid-type]
    due: Day | None = None
    milestone: Id | None = Field(None, description="one of the goal's milestones")
    done: bool = Field(None, description="done now, or not done")  # type: ignore[assignment]


class StepOut(_OfGoal):
    id: int
    milestone: int | None
    title: str
    due: date | None
    done_at: datetime | None

    @staticmethod
    def resolve_milestone(obj) -> int | None:
        return obj.milestone_id


class CheckInIn(In):
    day: Day
    value: Number | None = None
    note: LONG_TEXT = ""  # type: ignore[valid-type]


class CheckInPatchIn(In):
    """The fields sent change; the others stay (``null`` clears the value)."""

    day: Day = None  # type: ignore[assignment]
    value: Number | None = None
    note: LONG_TEXT = None  # type: ignore[valid-type]


class CheckInOut(_OfGoal):
    id: int
    day: date
    value: float | None
    note: str
    created_at: datetime


class ReflectionIn(In):
    day: Day
    went_well: LONG_TEXT = ""  # type: ignore[valid-type]
    to_improve: LONG_TEXT = ""  # type: ignore[valid-type]
    still_relevant: bool | None = None
    adjustment: LONG_TEXT = ""  # type: ignore[valid-type]


class ReflectionPatchIn(In):
    """The fields sent change; the others stay."""

    day: Day = None  # type: ignore[assignment]
    went_well: LONG_TEXT = None  # type: ignore[valid-type]
    to_improve: LONG_TEXT = None  # type: ignore[valid-type]
    still_relevant: bool | None = None
    adjustment: LONG_TEXT = None  # type: ignore[valid-type]


class ReflectionOut(_OfGoal):
    id: int
    day: date
    went_well: str
    to_improve: str
    still_relevant: bool | None
    adjustment: str
    created_at: datetime
