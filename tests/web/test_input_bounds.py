"""The web forms take the API's bounds (issue 13): every bound in ``smarta.limits`` holds for
what is typed into a form. A value outside is a form error that names the bound, shown with
what was typed, and nothing is saved; a value at the bound is saved."""

from __future__ import annotations

import importlib
import time
from dataclasses import dataclass
from datetime import timedelta

import pytest
from django import forms
from django.conf import settings
from django.urls import reverse
from django.utils import timezone
from django.utils.html import escape

from smarta import limits
from smarta.planner.models import (
    Area,
    Assessment,
    CheckIn,
    Goal,
    GoalComment,
    Metric,
    Milestone,
    Profile,
    Reflection,
    Step,
    Talk,
    Vision,
)
from smarta.planner.talks import services as services_talks
from tests.conftest import client_for

pytestmark = pytest.mark.django_db

HUGE = "9" * 5000  # over Python's 4300-digit limit for int()
NUMBER_ERROR = "Give a number from -1e+15 to 1e+15."
DATE_ERROR = "Give a date from 1970-01-01 to 2200-12-31."
REMINDER_ERROR = "Give up to 10 whole numbers from 0 to 60, separated by commas, e.g. 7,1,0."


def _too_long_error(limit: int, length: int) -> str:
    return f"Ensure this value has at most {limit} characters (it has {length})."


@dataclass(frozen=True)
class Form:
    url: str  # the route's name
    data: dict  # a valid submission
    on_goal: bool = False  # the route takes the goal's pk
    invalid_status: int = 200  # what the page answers to an invalid submission
    by_manager: bool = False


# fmt: off
FORMS = {
    "goal": Form("goal-create", {
        "text": "Läsa 3 böcker före juni 2027", "horizon": "short", "kind": "development",
        "sphere": "professional", "checkin_every_days": "7",
    }),
    "milestone": Form("milestone-create", {"title": "Halvvägs", "due": "2027-01-01"}, True),
    "step": Form("step-create", {"title": "Börja"}, True),
    "metric": Form(
        "metric-set", {"name": "Böcker", "unit": "st", "baseline": "0", "target": "3"}, True
    ),
    "checkin": Form("checkin-create", {"day": "2026-11-01", "value": "3"}, True),
    "reflection": Form("reflection-create", {"day": "2026-11-02", "went_well": "Bra"}, True),
    "rhythm": Form("reflection-schedule", {"every_weeks": "4"}, True),
    "assessment": Form("stand", {"tasks": "Support"}),
    "area": Form("area-create", {"name": "Presentera", "kind": "strength", "confidence": "3"}),
    "vision": Form("vision", {"one_year": "Teamledare"}),
    "reminders": Form("calendar", {"action": "reminders", "reminder_days": "7,1,0"},
                      invalid_status=400),
    "changes": Form("team-goal-changes", {"comment": "Lägg till ett datum"}, True,
                    invalid_status=400, by_manager=True),
}
# fmt: on

TEXTS = [
    ("goal", "text", limits.GOAL_TEXT),
    *[("goal", name, limits.LONG_TEXT)
      for name in ("risks", "minimum_result", "stretch_result", "helpers")],
    ("milestone", "title", limits.TITLE),
    ("step", "title", limits.TITLE),
    ("metric", "name", limits.NAME),
    ("metric", "unit", limits.UNIT),
    ("checkin", "note", limits.LONG_TEXT),
    *[("reflection", name, limits.LONG_TEXT) for name in ("went_well", "to_improve", "adjustment")],
    *[("assessment", name, limits.LONG_TEXT)
      for name in ("tasks", "values", "hard_values", "soft_values")],
    ("area", "name", limits.AREA_NAME),
    ("area", "note", limits.LONG_TEXT),
    *[("vision", name, limits.LONG_TEXT)
      for name in ("one_year", "three_years", "five_years", "broad_goals")],
    ("changes", "comment", limits.LONG_TEXT),
]  # fmt: skip
NUMBERS = [("metric", "baseline"), ("metric", "target"), ("checkin", "value")]
DATES = [
    ("goal", "deadline"), ("milestone", "due"), ("step", "due"), ("checkin", "day"),
    ("reflection", "day"),
]  # fmt: skip
WHOLE_NUMBERS = [
    ("goal", "motivation", limits.SCORE),
    ("goal", "likelihood", limits.SCORE),
    ("goal", "checkin_every_days", limits.CHECKIN_EVERY_DAYS),
    ("rhythm", "every_weeks", limits.REFLECTION_EVERY_WEEKS),
    ("area", "confidence", limits.CONFIDENCE),
]


def _refused():
    for form, name, limit in TEXTS:
        typed = "x" * (limit + 1)
        yield pytest.param(form, name, typed, _too_long_error(limit, limit + 1),
                           id=f"{form}.{name}-{limit + 1}-chars")  # fmt: skip
    for form, name in NUMBERS:
        for typed in ("5000000000000000", "1e17", "-1.7e308", "1e400", "nan", "inf", "-inf"):
            yield pytest.param(form, name, typed, NUMBER_ERROR, id=f"{form}.{name}-{typed}")
        yield pytest.param(form, name, HUGE, NUMBER_ERROR, id=f"{form}.{name}-5000-digits")
    for form, name in DATES:
        for typed in ("9999-12-31", "0001-01-01", "1969-12-31", "2201-01-01"):
            yield pytest.param(form, name, typed, DATE_ERROR, id=f"{form}.{name}-{typed}")
    for form, name, (low, high) in WHOLE_NUMBERS:
        error = f"Give a number from {low} to {high}."
        for typed in (str(low - 1), str(high + 1), "3000000", HUGE):
            yield pytest.param(form, name, typed, error, id=f"{form}.{name}-{typed[:10]}")
    for typed in ("61", "-1", "7,-1", "1,2,3,4,5,6,7,8,9,10,11", "1_0", "+5", "a week"):
        yield pytest.param("reminders", "reminder_days", typed, REMINDER_ERROR,
                           id=f"reminder_days-{typed}")  # fmt: skip
    yield pytest.param("reminders", "reminder_days", HUGE, _too_long_error(40, 5000),
                       id="reminder_days-5000-digits")  # fmt: skip


def _accepted():
    """(form, field, typed, stored): values at the bounds."""
    for form, name, limit in TEXTS:
        yield pytest.param(form, name, "x" * limit, "x" * limit, id=f"{form}.{name}-{limit}")
    for form, name in NUMBERS:
        for typed in ("1e15", "-1000000000000000"):
            yield pytest.param(form, name, typed, float(typed), id=f"{form}.{name}-{typed}")
    for form, name in DATES:
        for day in (limits.EARLIEST, limits.LATEST):
            typed = day.isoformat()
            yield pytest.param(form, name, typed, day, id=f"{form}.{name}-{typed}")
    for form, name, bounds in WHOLE_NUMBERS:
        for number in bounds:
            yield pytest.param(form, name, str(number), number, id=f"{form}.{name}-{number}")
    ten = ",".join(str(day) for day in range(51, 61))
    yield pytest.param("reminders", "reminder_days", ten, ",".join(reversed(ten.split(","))),
                       id="reminder_days-ten")  # fmt: skip


@pytest.fixture
def goal(goal, manager):
    goal.visibility = Goal.Visibility.SHARED  # for the manager's request for changes
    goal.save()
    return goal


def _post(form: Form, goal: Goal, data: dict, *, language: str = "en"):
    user = goal.owner.profile.manager if form.by_manager else goal.owner
    url = reverse(form.url, args=[goal.pk] if form.on_goal else [])
    return client_for(user, language).post(url, data)


def _everything(owner) -> list:
    """All the owner holds, to compare before and after a refused submission."""
    return [
        list(model.objects.filter(**{path: owner}).order_by("pk").values())
        for model, path in [
            (Goal, "owner"), (Milestone, "goal__owner"), (Step, "goal__owner"),
            (Metric, "goal__owner"), (CheckIn, "goal__owner"), (Reflection, "owner"),
            (Assessment, "owner"), (Area, "owner"), (Vision, "owner"), (Profile, "user"),
            (GoalComment, "goal__owner"),
        ]
    ]  # fmt: skip


def _stored(form: str, name: str, owner, goal: Goal):
    """The value the field's submission left in the database."""
    rows = {
        "goal": lambda: Goal.objects.filter(owner=owner).latest("pk"),
        "milestone": lambda: Milestone.objects.filter(goal=goal).latest("pk"),
        "step": lambda: Step.objects.filter(goal=goal).latest("pk"),
        "metric": lambda: Metric.objects.get(goal=goal),
        "checkin": lambda: CheckIn.objects.filter(goal=goal).latest("pk"),
        "reflection": lambda: Reflection.objects.filter(goal=goal).latest("pk"),
        "rhythm": lambda: Profile.objects.get(user=owner),
        "assessment": lambda: Assessment.objects.get(owner=owner),
        "area": lambda: Area.objects.filter(owner=owner).latest("pk"),
        "vision": lambda: Vision.objects.get(owner=owner),
        "reminders": lambda: Profile.objects.get(user=owner),
        "changes": lambda: Goal.objects.get(pk=goal.pk),
    }
    column = {"every_weeks": "reflection_every_weeks", "comment": "changes_requested"}
    return getattr(rows[form](), column.get(name, name))


@pytest.mark.parametrize(("form", "name", "typed", "message"), list(_refused()))
def test_a_value_out_of_bounds_is_a_form_error_and_nothing_is_saved(
    owner, goal, form, name, typed, message
):
    before = _everything(owner)
    response = _post(FORMS[form], goal, {**FORMS[form].data, name: typed})
    body = response.content.decode()
    assert response.status_code == FORMS[form].invalid_status
    assert escape(message) in body
    assert escape(typed) in body, "what was typed is shown again"
    assert _everything(owner) == before


@pytest.mark.parametrize(("form", "name", "typed", "stored"), list(_accepted()))
def test_a_value_at_the_bound_is_saved(owner, goal, form, name, typed, stored):
    response = _post(FORMS[form], goal, {**FORMS[form].data, name: typed})
    assert response.status_code == 302, response.content.decode()[-3000:]
    assert _stored(form, name, owner, goal) == stored


def test_a_megabyte_goal_text_is_refused_fast_and_nothing_is_saved(owner, goal):
    before = _everything(owner)
    start = time.perf_counter()
    response = _post(FORMS["goal"], goal, {**FORMS["goal"].data, "text": "x" * 1_000_000})
    elapsed = time.perf_counter() - start
    assert response.status_code == 200
    assert _too_long_error(limits.GOAL_TEXT, 1_000_000) in response.content.decode()
    assert _everything(owner) == before
    assert elapsed < 1.0, f"{elapsed:.2f} s"


def test_a_line_break_counts_as_one_character_as_in_the_browser(owner, goal):
    """A form sends each line break as CR LF; the browser's maxlength counts it once."""
    typed = "x" * (limits.GOAL_TEXT - 2) + "\r\n" + "x"
    response = _post(FORMS["goal"], goal, {**FORMS["goal"].data, "text": typed})
    assert response.status_code == 302
    assert Goal.objects.filter(owner=owner).latest("pk").text == typed.replace("\r\n", "\n")


@pytest.mark.parametrize(
    ("form", "name", "typed", "message"),
    [("metric", "baseline", "1e400", "Ange ett tal från -1e+15 till 1e+15."),
     ("goal", "checkin_every_days", "3000000", "Ange ett tal från 1 till 365."),
     ("checkin", "day", "9999-12-31", "Ange ett datum från 1970-01-01 till 2200-12-31."),
     ("reminders", "reminder_days", "99",
      "Ange högst 10 heltal från 0 till 60, åtskilda med kommatecken, t.ex. 7,1,0.")],
)  # fmt: skip
def test_the_messages_are_in_swedish_too(owner, goal, form, name, typed, message):
    response = _post(FORMS[form], goal, {**FORMS[form].data, name: typed}, language="sv")
    assert escape(message) in response.content.decode()


def test_a_comment_over_the_limit_is_refused_with_a_message(owner, goal):
    client = client_for(owner, "en")
    url = reverse("goal-comment", args=[goal.pk])
    page = client.post(url, {"body": "x" * (limits.LONG_TEXT + 1)}, follow=True)
    assert _too_long_error(limits.LONG_TEXT, limits.LONG_TEXT + 1) in page.content.decode()
    assert not GoalComment.objects.exists()
    client.post(url, {"body": "x" * limits.LONG_TEXT})
    assert GoalComment.objects.get().body == "x" * limits.LONG_TEXT


def test_an_agenda_over_the_limit_is_refused_with_a_message(owner, manager, goal):
    talk = services_talks.talk_book(
        manager=manager, report=owner, scheduled_for=timezone.now() + timedelta(days=7)
    )
    url = reverse("talk-agenda", args=[talk.pk])
    page = client_for(owner, "en").post(url, {"text": "x" * (limits.LONG_TEXT + 1)}, follow=True)
    assert _too_long_error(limits.LONG_TEXT, limits.LONG_TEXT + 1) in page.content.decode()
    assert Talk.objects.get().report_agenda == ""
    client_for(owner, "en").post(url, {"text": "x" * limits.LONG_TEXT})
    assert Talk.objects.get().report_agenda == "x" * limits.LONG_TEXT


def test_the_browser_gets_the_same_bounds(owner, goal):
    client = client_for(owner, "en")
    new_goal = client.get(reverse("goal-create")).content.decode()
    assert f'maxlength="{limits.GOAL_TEXT}"' in new_goal
    assert 'data-count-for="id_text" hidden' in new_goal and "smarta/char-count.js" in new_goal
    low, high = limits.CHECKIN_EVERY_DAYS
    assert f'name="checkin_every_days" value="7" min="{low}" max="{high}"' in new_goal
    assert f'max="{limits.LATEST.isoformat()}"' in new_goal  # the deadline
    page = client.get(reverse("goal-detail", args=[goal.pk])).content.decode()
    assert f'name="title" id="id_milestone-title" value="" maxlength="{limits.TITLE}"' in page
    assert (
        f'type="date" name="due" id="id_milestone-due" value="" '
        f'min="{limits.EARLIEST.isoformat()}" max="{limits.LATEST.isoformat()}"'
    ) in page
    # a number with a decimal comma: a text input for it, its range held by the server
    assert 'type="text" inputmode="decimal" name="value" id="id_checkin-value" value=""' in page
    assert f'id="id_checkin-note" rows="2" maxlength="{limits.LONG_TEXT}"' in page
    assert f'max="{limits.REFLECTION_EVERY_WEEKS[1]}"' in page
    assert f'id="id_comment-body-{goal.pk}" rows="3" maxlength="{limits.LONG_TEXT}"' in page


# --- every form, every field -------------------------------------------------------------

# Fields whose values are one of a fixed set: nothing else gets through them.
CHOSEN = (forms.ChoiceField, forms.BooleanField, forms.NullBooleanField)


def _forms() -> list[type[forms.BaseForm]]:
    importlib.import_module(settings.ROOT_URLCONF)  # every view, so every form, is loaded
    found, todo = [], [forms.BaseForm]
    while todo:
        cls = todo.pop()
        todo.extend(cls.__subclasses__())
        if cls.__module__.startswith("smarta."):
            found.append(cls)
    return sorted(found, key=lambda cls: f"{cls.__module__}.{cls.__qualname__}")


def _fields(form_class: type[forms.BaseForm]) -> dict[str, forms.Field]:
    """A form's fields, with those it adds when made; the class's own if it needs arguments."""
    try:
        return form_class().fields
    except TypeError:  # it takes the owner, the goal or the manager
        return form_class.base_fields


def _unbounded(field: forms.Field) -> str:
    """What ``field`` takes without a bound, or ``""``."""
    from smarta.planner import bounded_fields

    if isinstance(field, CHOSEN):
        return ""
    if isinstance(field, forms.FloatField):
        return "" if isinstance(field, bounded_fields.NumberField) else "any number"
    if isinstance(field, forms.IntegerField):
        return "" if None not in (field.min_value, field.max_value) else "any whole number"
    if isinstance(field, forms.DateField):
        return "" if isinstance(field, bounded_fields.DayField) else "any date"
    if isinstance(field, forms.DateTimeField):
        return "" if isinstance(field, bounded_fields.MomentField) else "any date and time"
    if isinstance(field, forms.CharField):
        return "" if field.max_length is not None else "any length"
    if isinstance(field, forms.FileField):
        return "" if isinstance(field, bounded_fields.BoundedFileField) else "any size"
    return f"a {type(field).__name__} this test does not know"


def _form_params():
    for cls in _forms():
        name = f"{cls.__module__}.{cls.__qualname__}"
        yield pytest.param(cls, id=name.removeprefix("smarta."))


@pytest.mark.parametrize("form_class", list(_form_params()))
def test_every_field_of_every_form_has_a_bound(form_class):
    unbounded = {name: what for name, field in _fields(form_class).items()
                 if (what := _unbounded(field))}  # fmt: skip
    assert not unbounded


@pytest.mark.parametrize("form_class", [c for c in _forms() if issubclass(c, forms.ModelForm)])
def test_every_text_bound_fits_its_column(form_class):
    columns = {f.name: f.max_length for f in form_class._meta.model._meta.get_fields()
               if getattr(f, "max_length", None)}  # fmt: skip
    too_wide = {name: (field.max_length, columns[name])
                for name, field in form_class.base_fields.items()
                if name in columns and getattr(field, "max_length", 0) > columns[name]}  # fmt: skip
    assert not too_wide


def test_the_forms_cover_the_whole_plan():
    """A sanity check of the discovery above: it finds the forms this file posts to."""
    names = {cls.__qualname__ for cls in _forms()}
    assert {"GoalForm", "MilestoneForm", "GoalMetricForm", "CheckInEntryForm", "AreaForm",
            "ReminderSettingsForm", "NotesForm", "AgendaForm", "SignupForm"} <= names  # fmt: skip


def test_a_model_field_without_a_known_bound_fails_when_the_form_is_made():
    from django.core.exceptions import ImproperlyConfigured

    from smarta.planner import bounded_fields

    with pytest.raises(ImproperlyConfigured, match=r"planner\.Profile\.language"):

        class LanguageForm(forms.ModelForm):
            class Meta(bounded_fields.BoundedMeta):
                model = Profile
                fields = ["language"]
