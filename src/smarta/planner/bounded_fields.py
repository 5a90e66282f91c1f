"""Form fields held to ``smarta.limits``, so a web form takes exactly what the API and the plan
import take.

Every field also tells the browser its bound (``maxlength``, ``min``, ``max``), and the server
refuses anything outside it with a message that names the range: whatever is typed ("1e400",
"nan", a 5000-digit number, year 9999, a megabyte of text) is a form error, never a 500.

A ModelForm gets these fields by basing its ``Meta`` on :class:`BoundedMeta`; a plain form
declares them with the field classes below.
"""

from __future__ import annotations

import re
from datetime import date, datetime
from typing import Any

from django import forms
from django.core.exceptions import ImproperlyConfigured, ValidationError
from django.core.validators import MaxLengthValidator
from django.db import models
from django.utils import translation
from django.utils.translation import gettext_lazy as _

from smarta import limits
from smarta.planner.days import reminder_days
from smarta.planner.models import (
    Area,
    Goal,
    Metric,
    Milestone,
    Profile,
    Step,
)

_DIGITS = re.compile(r"\s*[-+]?[0-9]+\s*")
RANGE_MESSAGE = _("Give a number from %(low)s to %(high)s.")


def _range_error(low: Any, high: Any) -> ValidationError:
    return ValidationError(RANGE_MESSAGE, code="range", params={"low": low, "high": high})


# Digits grouped by a space ("1 500", also the no-break spaces Swedish text uses), or by a
# comma in English ("1,500") or a point in Swedish ("1.500.000").
_SPACE_GROUPS = re.compile(r"(?<=[0-9])[ \u00a0\u202f](?=[0-9]{3}(?![0-9]))")
_COMMA_GROUPS = re.compile(r"[-+]?[0-9]{1,3}(?:,[0-9]{3})+(?:\.[0-9]+)?")
_POINT_GROUPS = re.compile(r"[-+]?[0-9]{1,3}(?:\.[0-9]{3}){2,}(?:,[0-9]+)?")


def number_text(text: str, lang: str | None) -> str:
    """A number as a person writes it ("72,5", "1 500,25", "1,500.5" in English, "−3") in the
    form float() reads ("72.5"). What is no such number comes back for float() to refuse."""
    s = _SPACE_GROUPS.sub("", text.strip()).replace("\u2212", "-")  # the minus sign
    if lang == "en" and _COMMA_GROUPS.fullmatch(s):
        return s.replace(",", "")
    if _POINT_GROUPS.fullmatch(s) or ("." in s and "," in s and s.rfind(",") > s.rfind(".")):
        return s.replace(".", "").replace(",", ".")  # "1.500,5"
    if s.count(",") == 1 and "." not in s:
        return s.replace(",", ".")  # "72,5": the decimal comma, in any language
    return s


class NumberField(forms.FloatField):
    """A finite number within ±``limits.VALUE``, written with a decimal comma or point.

    A text input with ``inputmode="decimal"`` rather than ``type="number"``: a browser not set
    to Swedish turns a typed "72,5" into 725 or empties it, and the server never hears it."""

    widget = forms.TextInput(attrs={"inputmode": "decimal"})

    def __init__(self, **kwargs) -> None:
        kwargs.update(min_value=-limits.VALUE, max_value=limits.VALUE, localize=True)
        super().__init__(**kwargs)

    def to_python(self, value: Any) -> float | None:
        if isinstance(value, str):
            value = number_text(value, translation.get_language())
        return super().to_python(value)

    def validate(self, value: float | None) -> None:
        forms.Field.validate(self, value)  # required; the range below also refuses inf and nan
        # compared, never converted: nan fails every comparison
        if value is not None and not -limits.VALUE <= value <= limits.VALUE:
            raise _range_error(f"{-limits.VALUE:g}", f"{limits.VALUE:g}")


class WholeNumberField(forms.IntegerField):
    """A whole number from ``bounds[0]`` to ``bounds[1]`` (a score, a cadence)."""

    def __init__(self, bounds: tuple[int, int], **kwargs) -> None:
        low, high = bounds
        kwargs.update(min_value=low, max_value=high)  # over a model field's own (0 and up)
        super().__init__(**kwargs)

    def to_python(self, value: Any) -> int | None:
        try:
            return super().to_python(value)
        except ValidationError:
            # digits that int() refused: more than Python reads (4300), so out of range
            if _DIGITS.fullmatch(str(value)):
                raise _range_error(self.min_value, self.max_value) from None
            raise

    def validate(self, value: int | None) -> None:
        super().validate(value)
        if value is not None and not self.min_value <= value <= self.max_value:
            raise _range_error(self.min_value, self.max_value)


def _within_dates(day: date) -> None:
    """Outside limits.EARLIEST to limits.LATEST, date arithmetic and the time-zone conversion
    on saving overflow."""
    if not limits.EARLIEST <= day <= limits.LATEST:
        raise ValidationError(
            _("Give a date from %(earliest)s to %(latest)s."), code="range",
            params={"earliest": limits.EARLIEST.isoformat(), "latest": limits.LATEST.isoformat()},
        )  # fmt: skip


class DayField(forms.DateField):
    """A date from ``limits.EARLIEST`` to ``limits.LATEST``."""

    def validate(self, value: date | None) -> None:
        super().validate(value)
        if value is not None:
            _within_dates(value)

    def widget_attrs(self, widget: forms.Widget) -> dict[str, Any]:
        span = {"min": limits.EARLIEST.isoformat(), "max": limits.LATEST.isoformat()}
        return {**super().widget_attrs(widget), **span}


class MomentField(forms.DateTimeField):
    """A date and time (a browser's ``datetime-local``) on a day from ``limits.EARLIEST`` to
    ``limits.LATEST``."""

    input_format = "%Y-%m-%dT%H:%M"

    def __init__(self, **kwargs) -> None:
        widget = forms.DateTimeInput(attrs={"type": "datetime-local"}, format=self.input_format)
        kwargs.setdefault("widget", widget)
        super().__init__(input_formats=[self.input_format], **kwargs)

    def validate(self, value: datetime | None) -> None:
        super().validate(value)
        if value is not None:
            _within_dates(value.date())

    def widget_attrs(self, widget: forms.Widget) -> dict[str, Any]:
        span = {
            "min": f"{limits.EARLIEST.isoformat()}T00:00",
            "max": f"{limits.LATEST.isoformat()}T23:59",
        }
        return {**super().widget_attrs(widget), **span}


class TextField(forms.CharField):
    """A text of at most ``max_length`` characters, one of the limits' text bounds.

    Line breaks are counted as one character, as the browser counts them for ``maxlength``
    and its character count: a form sends each as CR LF."""

    def __init__(self, max_length: int, **kwargs) -> None:
        super().__init__(max_length=max_length, **kwargs)

    def to_python(self, value: Any) -> str:
        text = super().to_python(value)
        return text.replace("\r\n", "\n") if text else text


def with_max_length(field: forms.CharField, max_length: int) -> forms.CharField:
    """``field``, made by Django without a bound (a password field), held to ``max_length``
    by the server and the browser."""
    field.max_length = max_length
    field.validators.append(MaxLengthValidator(max_length))
    field.widget.attrs.update(field.widget_attrs(field.widget))
    return field


class ReminderDaysField(forms.CharField):
    """Days before a due date, "7,1,0": up to ``limits.REMINDER_DAYS_COUNT`` whole numbers in
    ``limits.REMINDER_DAYS_BEFORE``; cleaned to the numbers largest first, each once."""

    def __init__(self, **kwargs) -> None:
        # each number at most as wide as the highest, then a comma and a space
        width = len(str(limits.REMINDER_DAYS_BEFORE[1])) + len(", ")
        kwargs["max_length"] = limits.REMINDER_DAYS_COUNT * width
        super().__init__(**kwargs)

    def to_python(self, value: Any) -> str:
        raw = super().to_python(value)
        if not raw or len(raw) > self.max_length:
            return raw  # nothing to read, or too long to read: the validators say so
        try:
            days = reminder_days(raw)
        except ValueError:
            raise self._invalid() from None
        if not days:  # only commas and spaces
            raise self._invalid()
        return ",".join(str(day) for day in days)

    @staticmethod
    def _invalid() -> ValidationError:
        low, high = limits.REMINDER_DAYS_BEFORE
        return ValidationError(
            _("Give up to %(count)s whole numbers from %(low)s to %(high)s, separated by "
              "commas, e.g. 7,1,0."),
            code="invalid",
            params={"count": limits.REMINDER_DAYS_COUNT, "low": low, "high": high},
        )  # fmt: skip


# The model fields whose bound is not their kind's: any other text is a long text.
_TEXTS = {
    Goal._meta.get_field("text"): limits.GOAL_TEXT,
    Milestone._meta.get_field("title"): limits.TITLE,
    Goal._meta.get_field("title"): limits.GOAL_TITLE,
    Step._meta.get_field("title"): limits.TITLE,
    Metric._meta.get_field("name"): limits.NAME,
    Metric._meta.get_field("unit"): limits.UNIT,
    Area._meta.get_field("name"): limits.AREA_NAME,
}
_WHOLE_NUMBERS = {
    Goal._meta.get_field("motivation"): limits.SCORE,
    Goal._meta.get_field("likelihood"): limits.SCORE,
    Goal._meta.get_field("checkin_every_days"): limits.CHECKIN_EVERY_DAYS,
    Area._meta.get_field("confidence"): limits.CONFIDENCE,
    Profile._meta.get_field("reflection_every_weeks"): limits.REFLECTION_EVERY_WEEKS,
}
_OWN_FIELDS = {Profile._meta.get_field("reminder_days"): ReminderDaysField}
# Fields whose values are one of a fixed set: their form fields refuse anything else already.
_CHOSEN = (models.BooleanField, models.ForeignKey)


def formfield(db_field: models.Field, **kwargs) -> forms.Field | None:
    """The form field for ``db_field``, held to its bound in ``smarta.limits``.

    A model field whose bound is not known here (a new whole number, a short text) raises
    ImproperlyConfigured when the form class is made, so no form ever takes it unbounded."""
    if db_field in _OWN_FIELDS:
        return db_field.formfield(form_class=_OWN_FIELDS[db_field], **kwargs)
    if db_field in _WHOLE_NUMBERS:
        return db_field.formfield(
            form_class=WholeNumberField, bounds=_WHOLE_NUMBERS[db_field], **kwargs
        )
    if db_field.choices or isinstance(db_field, _CHOSEN):
        return db_field.formfield(**kwargs)
    if isinstance(db_field, models.FloatField):
        return db_field.formfield(form_class=NumberField, **kwargs)
    if isinstance(db_field, models.DateField) and not isinstance(db_field, models.DateTimeField):
        return db_field.formfield(form_class=DayField, **kwargs)
    if db_field in _TEXTS or isinstance(db_field, models.TextField):
        bound = _TEXTS.get(db_field, limits.LONG_TEXT)
        return db_field.formfield(form_class=TextField, max_length=bound, **kwargs)
    raise ImproperlyConfigured(f"{db_field} has no bound in smarta.limits for its form field")


class BoundedMeta:
    """The base of a ModelForm's ``Meta``: each field it takes from the model is held to its
    bound in ``smarta.limits`` (see :func:`formfield`)."""

    formfield_callback = staticmethod(formfield)


# The one date widget of every form: the browser's own date picker.
DATE = forms.DateInput(attrs={"type": "date"})


class BoundedFileField(forms.FileField):
    """An uploaded file of at most ``max_bytes``; a larger one is refused with its limit."""

    def __init__(self, *, max_bytes: int, **kwargs) -> None:
        super().__init__(**kwargs)
        self.max_bytes = max_bytes

    def clean(self, data, initial=None):
        file = super().clean(data, initial)
        if file is not None and file.size > self.max_bytes:
            raise forms.ValidationError(
                _("The file is larger than %(mb)s MB.") % {"mb": self.max_bytes // 10**6}
            )
        return file
