"""Reading a plan file (the format ``exports.py`` writes) back, checked as typed input.

:func:`plan_from_json` checks every field and every link and reports all it finds wrong at
once; a newer format version is refused rather than half-read. A file is checked as anything
a person types is: its size, nesting and number of goals, and every text, number, date and
cadence in it, are held to ``smarta.limits``; a text the database cannot store (a NUL, a lone
surrogate) is refused wherever it is, field names included.
"""

from __future__ import annotations

import json
import re
from collections import Counter
from collections.abc import Callable
from datetime import UTC, date, datetime
from typing import Any

from django.conf import settings
from django.utils import timezone
from django.utils.translation import gettext as _

from smarta import limits
from smarta.analysis import LANGUAGES
from smarta.planner.data.exports import FORMAT, VERSION
from smarta.planner.days import reminder_days
from smarta.planner.inbox.kinds import Channel, Kind
from smarta.planner.models import Area, Goal

MAX_FILE_MB = f"{limits.IMPORT_BYTES / 1_000_000:g}"  # as the page and its messages say it
MAX_ERRORS_SHOWN = 20


class PlanFileError(Exception):
    """A file that cannot be imported, with every reason found (in the active language)."""

    def __init__(self, messages: list[str]):
        super().__init__("; ".join(messages))
        self.messages = messages


class _Invalid(ValueError):
    pass


Parse = Callable[[Any, str, list[str]], Any]
REQUIRED = object()


def _scalar(check: Callable[[Any], Any], *, null: bool = False) -> Parse:
    def parse(value: Any, path: str, errors: list[str]) -> Any:
        if value is None and null:
            return None
        try:
            return check(value)
        except _Invalid as error:
            errors.append(f"{path}: {error}")
            return None

    return parse


def _text(max_length: int | None = None, *, blank: bool = True) -> Parse:
    def check(value: Any) -> str:
        if not isinstance(value, str):
            raise _Invalid(_("expected text"))
        # a NUL or a lone surrogate was refused before any field was read (_storable_problems)
        if not blank and not value.strip():
            raise _Invalid(_("must not be empty"))
        if max_length is not None and len(value) > max_length:
            raise _Invalid(_("longer than %(n)s characters") % {"n": max_length})
        return value

    return _scalar(check)


def _choice(values: list[str], *, blank: bool = False) -> Parse:
    """One of ``values``; with ``blank``, the empty text too (meaning "not chosen")."""

    def check(value: Any) -> str:
        if value not in values and not (blank and value == ""):
            raise _Invalid(_("expected one of: %(values)s") % {"values": ", ".join(values)})
        return value

    return _scalar(check)


def _channels() -> Parse:
    """How the person is told of each kind of event: {kind: channel}, both known."""

    def check(value: Any) -> dict:
        known = isinstance(value, dict) and all(
            k in Kind.values and v in Channel.values for k, v in value.items()
        )
        if not known:
            raise _Invalid(_("expected a choice per kind of event"))
        return value

    return _scalar(check)


def _integer(low: int, high: int, *, null: bool = False) -> Parse:
    def check(value: Any) -> int:
        if isinstance(value, bool) or not isinstance(value, int) or not low <= value <= high:
            raise _Invalid(
                _("expected a whole number from %(low)s to %(high)s") % {"low": low, "high": high}
            )
        return value

    return _scalar(check, null=null)


def _number(*, null: bool = False) -> Parse:
    def check(value: Any) -> float:
        number = isinstance(value, int | float) and not isinstance(value, bool)
        # compared, not converted: float(10**400) would overflow; inf and nan fail the test
        if not number or not -limits.VALUE <= value <= limits.VALUE:
            raise _Invalid(
                _("expected a number from %(low)s to %(high)s")
                % {"low": f"{-limits.VALUE:g}", "high": f"{limits.VALUE:g}"}
            )
        return float(value)

    return _scalar(check, null=null)


def _boolean(*, null: bool = False) -> Parse:
    def check(value: Any) -> bool:
        if not isinstance(value, bool):
            raise _Invalid(_("expected true or false"))
        return value

    return _scalar(check, null=null)


# Python also reads 20270101 and 2027-W01-1 as dates; the format writes YYYY-MM-DD only.
_FULL_DATE = re.compile(r"[0-9]{4}-[0-9]{2}-[0-9]{2}")


def _in_range(day: date) -> bool:
    return limits.EARLIEST <= day <= limits.LATEST


def _span() -> dict[str, str]:
    return {"earliest": limits.EARLIEST.isoformat(), "latest": limits.LATEST.isoformat()}


def _date(*, null: bool = False) -> Parse:
    def check(value: Any) -> date:
        try:
            if not isinstance(value, str) or not _FULL_DATE.fullmatch(value):
                raise ValueError
            day = date.fromisoformat(value)
        except ValueError:
            raise _Invalid(_("expected a date (YYYY-MM-DD)")) from None
        if not _in_range(day):
            raise _Invalid(_("expected a date from %(earliest)s to %(latest)s") % _span())
        return day

    return _scalar(check, null=null)


def _datetime(*, null: bool = True) -> Parse:
    def check(value: Any) -> datetime:
        try:
            moment = datetime.fromisoformat(value)
            if not timezone.is_aware(moment):
                moment = timezone.make_aware(moment)
            in_utc = moment.astimezone(UTC)  # the database keeps UTC: year 1 or 9999 may not fit
        except (TypeError, ValueError, OverflowError):
            raise _Invalid(_("expected a date and time (ISO 8601)")) from None
        if not _in_range(in_utc.date()):
            raise _Invalid(_("expected a date and time from %(earliest)s to %(latest)s") % _span())
        return moment

    return _scalar(check, null=null)


def _reminder_days() -> Parse:
    """Days before a date, "7,1,0": whole numbers in REMINDER_DAYS_BEFORE, at most
    REMINDER_DAYS_COUNT of them, written as the reminder settings form writes them."""
    low, high = limits.REMINDER_DAYS_BEFORE

    def check(value: Any) -> str:
        if not isinstance(value, str):
            raise _Invalid(_("expected text"))
        invalid = _Invalid(
            _("expected up to %(count)s whole numbers from %(low)s to %(high)s, "
              "separated by commas")
            % {"count": limits.REMINDER_DAYS_COUNT, "low": low, "high": high}
        )  # fmt: skip
        try:
            return ",".join(str(day) for day in reminder_days(value))
        except ValueError:
            raise invalid from None

    return _scalar(check)


def _record(spec: dict[str, tuple[Parse, Any]], *, null: bool = False) -> Parse:
    """An object with exactly the fields of ``spec``: (parser, default or REQUIRED)."""

    def parse(value: Any, path: str, errors: list[str]) -> dict | None:
        if value is None and null:
            return None
        if not isinstance(value, dict):
            errors.append(f"{path}: " + _("expected an object"))
            return None
        errors.extend(
            f"{path}.{_shown(key)}: " + _("unknown field") for key in value if key not in spec
        )
        clean = {}
        for name, (field_parse, default) in spec.items():
            if name in value:
                clean[name] = field_parse(value[name], f"{path}.{name}", errors)
            elif default is REQUIRED:
                errors.append(f"{path}.{name}: " + _("missing"))
            else:
                clean[name] = default
        return clean

    return parse


def _records(spec: dict[str, tuple[Parse, Any]]) -> Parse:
    item = _record(spec)

    def parse(value: Any, path: str, errors: list[str]) -> list[dict]:
        if not isinstance(value, list):
            errors.append(f"{path}: " + _("expected a list"))
            return []
        parsed = [item(entry, f"{path}[{index}]", errors) for index, entry in enumerate(value)]
        return [entry for entry in parsed if entry is not None]

    return parse


def _choices(model_choices) -> Parse:
    return _choice(list(model_choices.values))


def _free_form() -> Parse:
    """An object of any shape (an earlier version's fields, kept as they were), whose texts,
    field names included, are at most LONG_TEXT long and whose numbers are within VALUE.
    (Nesting and unstorable text are refused for the whole file before.)"""
    long_text, number = _text(limits.LONG_TEXT), _number()

    def walk(value: Any, path: str, errors: list[str]) -> None:
        if isinstance(value, dict):
            for key, item in value.items():
                name = f"{path}.{_shown(key)}"
                long_text(key, name, errors)
                walk(item, name, errors)
        elif isinstance(value, list):
            for index, item in enumerate(value):
                walk(item, f"{path}[{index}]", errors)
        elif isinstance(value, str):
            long_text(value, path, errors)
        elif value is not None and not isinstance(value, bool):
            number(value, path, errors)

    def parse(value: Any, path: str, errors: list[str]) -> dict | None:
        if not isinstance(value, dict):
            errors.append(f"{path}: " + _("expected an object"))
            return None
        walk(value, path, errors)
        return value

    return parse


BIG = 2147483647
NOW = None  # a missing moment becomes the time of the import

PLAN_SPEC: dict[str, tuple[Parse, Any]] = {
    "format": (_text(), REQUIRED),
    "version": (_integer(1, BIG), REQUIRED),
    "exported_at": (_datetime(), None),
    "profile": (
        _record(
            {
                "language": (_choice(list(dict(settings.LANGUAGES)), blank=True), ""),
                "reflection_every_weeks": (_integer(*limits.REFLECTION_EVERY_WEEKS), 4),
                "reminder_days": (_reminder_days(), "7,1,0"),
                "remind_weekly_when_overdue": (_boolean(), True),
                "notify": (_channels(), {}),
            }
        ),
        {
            "language": "",
            "reflection_every_weeks": 4,
            "reminder_days": "7,1,0",
            "remind_weekly_when_overdue": True,
            "notify": {},
        },
    ),
    "assessment": (
        _record(
            {
                **{
                    name: (_text(limits.LONG_TEXT), "")
                    for name in ("tasks", "values", "hard_values", "soft_values")
                },
                "updated_at": (_datetime(), NOW),
            },
            null=True,
        ),
        None,
    ),
    "vision": (
        _record(
            {
                **{
                    name: (_text(limits.LONG_TEXT), "")
                    for name in ("one_year", "three_years", "five_years", "broad_goals")
                },
                "updated_at": (_datetime(), NOW),
            },
            null=True,
        ),
        None,
    ),
    "areas": (
        _records(
            {
                "name": (_text(limits.AREA_NAME, blank=False), REQUIRED),
                "kind": (_choices(Area.Kind), REQUIRED),
                "confidence": (_integer(*limits.CONFIDENCE), 3),
                "note": (_text(limits.LONG_TEXT), ""),
            }
        ),
        [],
    ),
    "goals": (
        _records(
            {
                "id": (_integer(1, BIG), REQUIRED),
                "parent": (_integer(1, BIG, null=True), None),
                "text": (_text(limits.GOAL_TEXT, blank=False), REQUIRED),
                "title": (_text(limits.GOAL_TITLE), ""),  # files from before titles have none
                "lang": (_choice(list(LANGUAGES)), "sv"),  # what the analyzer reads
                "horizon": (_choices(Goal.Horizon), Goal.Horizon.SHORT.value),
                "kind": (_choices(Goal.Kind), Goal.Kind.DEVELOPMENT.value),
                "sphere": (_choices(Goal.Sphere), Goal.Sphere.PROFESSIONAL.value),
                "priority": (_integer(0, BIG), 0),
                "status": (_choices(Goal.Status), Goal.Status.ACTIVE.value),
                "deadline": (_date(null=True), None),
                "is_specific": (_boolean(), False),
                "is_measurable": (_boolean(), False),
                "is_time_bound": (_boolean(), False),
                "motivation": (_integer(*limits.SCORE, null=True), None),
                "likelihood": (_integer(*limits.SCORE, null=True), None),
                "risks": (_text(limits.LONG_TEXT), ""),
                "minimum_result": (_text(limits.LONG_TEXT), ""),
                "stretch_result": (_text(limits.LONG_TEXT), ""),
                "helpers": (_text(limits.LONG_TEXT), ""),
                "checkin_every_days": (_integer(*limits.CHECKIN_EVERY_DAYS), 7),
                "version": (_integer(1, BIG), 1),
                "created_at": (_datetime(), NOW),
                "updated_at": (_datetime(), NOW),
                "completed_at": (_datetime(), None),
                "visibility": (_choices(Goal.Visibility), Goal.Visibility.PRIVATE.value),
                "approved_at": (_datetime(), None),
                "changes_requested": (_text(limits.LONG_TEXT), ""),
                "changes_requested_at": (_datetime(), None),
                "for_team": (_boolean(), False),
                "versions": (
                    _records(
                        {
                            "version": (_integer(1, BIG), REQUIRED),
                            "text": (_text(limits.GOAL_TEXT), REQUIRED),
                            "deadline": (_date(null=True), None),
                            "snapshot": (_free_form(), {}),
                            "created_at": (_datetime(), NOW),
                        }
                    ),
                    [],
                ),
                "milestones": (
                    _records(
                        {
                            "id": (_integer(1, BIG), REQUIRED),
                            "title": (_text(limits.TITLE, blank=False), REQUIRED),
                            "due": (_date(), REQUIRED),
                            "reached_at": (_datetime(), None),
                        }
                    ),
                    [],
                ),
                "steps": (
                    _records(
                        {
                            "title": (_text(limits.TITLE, blank=False), REQUIRED),
                            "due": (_date(null=True), None),
                            "done_at": (_datetime(), None),
                            "milestone": (_integer(1, BIG, null=True), None),
                        }
                    ),
                    [],
                ),
                "metric": (
                    _record(
                        {
                            "name": (_text(limits.NAME, blank=False), REQUIRED),
                            "unit": (_text(limits.UNIT), ""),
                            "baseline": (_number(), REQUIRED),
                            "target": (_number(), REQUIRED),
                        },
                        null=True,
                    ),
                    None,
                ),
                "checkins": (
                    _records(
                        {
                            "day": (_date(), REQUIRED),
                            "value": (_number(null=True), None),
                            "note": (_text(limits.LONG_TEXT), ""),
                            "created_at": (_datetime(), NOW),
                        }
                    ),
                    [],
                ),
            }
        ),
        [],
    ),
    "reflections": (
        _records(
            {
                "goal": (_integer(1, BIG, null=True), None),
                "day": (_date(), REQUIRED),
                "went_well": (_text(limits.LONG_TEXT), ""),
                "to_improve": (_text(limits.LONG_TEXT), ""),
                "still_relevant": (_boolean(null=True), None),
                "adjustment": (_text(limits.LONG_TEXT), ""),
                "created_at": (_datetime(), NOW),
            }
        ),
        [],
    ),
}


def _check_links(plan: dict, errors: list[str]) -> None:
    """Every export-local id is unique and every link points at something in the file."""
    goal_ids: set[int] = set()
    milestone_ids: set[int] = set()
    for index, goal in enumerate(plan["goals"]):
        path = f"goals[{index}]"
        if goal["id"] in goal_ids:
            errors.append(f"{path}.id: " + _("id %(id)s is used twice") % {"id": goal["id"]})
        goal_ids.add(goal["id"])
        own = set()
        for m_index, milestone in enumerate(goal["milestones"]):
            if milestone["id"] in milestone_ids:
                errors.append(
                    f"{path}.milestones[{m_index}].id: "
                    + _("id %(id)s is used twice") % {"id": milestone["id"]}
                )
            milestone_ids.add(milestone["id"])
            own.add(milestone["id"])
        for s_index, step in enumerate(goal["steps"]):
            if step["milestone"] is not None and step["milestone"] not in own:
                errors.append(
                    f"{path}.steps[{s_index}].milestone: "
                    + _("milestone %(id)s is not one of this goal's milestones")
                    % {"id": step["milestone"]}
                )
        numbers = Counter(v["version"] for v in goal["versions"])
        for number in sorted(n for n, count in numbers.items() if count > 1):
            errors.append(f"{path}.versions: " + _("version %(n)s appears twice") % {"n": number})
    for index, goal in enumerate(plan["goals"]):
        if goal["parent"] is not None and goal["parent"] not in goal_ids:
            errors.append(f"goals[{index}].parent: " + _missing_goal(goal["parent"]))
    for index, reflection in enumerate(plan["reflections"]):
        if reflection["goal"] is not None and reflection["goal"] not in goal_ids:
            errors.append(f"reflections[{index}].goal: " + _missing_goal(reflection["goal"]))


def _missing_goal(goal_id: int) -> str:
    return _("goal %(id)s is not in the file") % {"id": goal_id}


def _reject_constant(name: str) -> None:
    raise ValueError(name)


def _load(raw: bytes) -> Any:
    if len(raw) > limits.IMPORT_BYTES:
        raise PlanFileError([_("The file is larger than %(mb)s MB.") % {"mb": MAX_FILE_MB}])
    try:
        return json.loads(raw.decode("utf-8-sig"), parse_constant=_reject_constant)
    except RecursionError:  # far deeper than IMPORT_DEPTH: Python's reader gave up
        raise PlanFileError([
            _("The file nests objects and lists more than %(n)s levels deep.")
            % {"n": limits.IMPORT_DEPTH}
        ]) from None  # fmt: skip
    except (UnicodeDecodeError, ValueError):
        raise PlanFileError(
            [_("This is not a JSON file, or it is damaged. Choose a file exported from Smarta.")]
        ) from None


SHOWN_NAME_CHARS = 40  # of a field name in a message


def _shown(key: str) -> str:
    """A field name as a message shows it: what cannot be shown escaped, and not too long."""
    shown = key.encode("utf-8", "backslashreplace").decode("utf-8").replace("\x00", "\\x00")
    return shown if len(shown) <= SHOWN_NAME_CHARS else shown[:SHOWN_NAME_CHARS] + "…"


def _unstorable(text: str) -> str | None:
    """Why the database cannot store ``text`` (nor a page show it), or None."""
    if "\x00" in text:  # PostgreSQL refuses it in text and in JSON
        return _("contains a NUL character")
    try:
        text.encode("utf-8")
    except UnicodeEncodeError:  # a lone surrogate: JSON can write one as "\ud800"
        return _("contains text that is not valid Unicode")
    return None


def _storable_problems(data: Any) -> list[str]:
    """Where the file nests objects and lists deeper than IMPORT_DEPTH, or holds text (a value
    or a field name) that cannot be stored. Checked before any field is read, so that no
    message repeats such text and no reading goes that deep."""
    problems: list[str] = []
    pending = [(data, "", 1)]  # (value, path, depth), depth first in the file's order
    while pending:
        value, path, depth = pending.pop()
        if isinstance(value, str):
            if why := _unstorable(value):
                problems.append(f"{path}: {why}")
            continue
        if not isinstance(value, dict | list):
            continue
        if depth > limits.IMPORT_DEPTH:
            problems.append(
                f"{path}: " + _("nested more than %(n)s levels deep") % {"n": limits.IMPORT_DEPTH}
            )
            continue
        if isinstance(value, list):
            children = [(item, f"{path}[{i}]", depth + 1) for i, item in enumerate(value)]
        else:
            children = []
            for key, item in value.items():
                name = f"{path}.{_shown(key)}" if path else _shown(key)
                if why := _unstorable(key):
                    problems.append(f"{name}: {why}")
                else:
                    children.append((item, name, depth + 1))
        pending.extend(reversed(children))
    return problems


def _refuse(errors: list[str]) -> PlanFileError:
    shown = [e.removeprefix("plan.") for e in errors[:MAX_ERRORS_SHOWN]]
    if len(errors) > MAX_ERRORS_SHOWN:
        shown.append(_("… and %(n)s more problems.") % {"n": len(errors) - MAX_ERRORS_SHOWN})
    return PlanFileError(shown)


def plan_from_json(raw: bytes) -> dict:
    """A validated plan from an exported file, or :class:`PlanFileError` with every reason.

    The result has the shape of the format with Python values: dates and aware datetimes,
    ``None`` for a missing moment that the import should set to now.
    """
    data = _load(raw)
    if not isinstance(data, dict) or data.get("format") != FORMAT:
        raise PlanFileError([_("This file is not a plan exported from Smarta.")])
    version = data.get("version")
    if not isinstance(version, int) or isinstance(version, bool) or version < 1:
        raise PlanFileError([_("The file does not say which version of the format it uses.")])
    if version > VERSION:
        raise PlanFileError([
            _("The file uses format version %(file)s; this Smarta reads version %(ours)s.")
            % {"file": version, "ours": VERSION}
        ])  # fmt: skip
    if problems := _storable_problems(data):
        raise _refuse(problems)
    goals = data.get("goals")
    if isinstance(goals, list) and len(goals) > limits.IMPORT_GOALS:
        raise PlanFileError([
            "goals: " + _("%(count)s goals, more than the %(n)s a file may hold")
            % {"count": len(goals), "n": limits.IMPORT_GOALS}
        ])  # fmt: skip
    errors: list[str] = []
    plan = _record(PLAN_SPEC)(data, "plan", errors)
    if not errors:
        _check_links(plan, errors)
    if errors:
        raise _refuse(errors)
    return plan
