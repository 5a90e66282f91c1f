"""Small template helpers for marks, progress, and what the goal page repeats.

The goal page draws dozens of forms and dates; ``cached_url``, ``csrf_input``, ``long_date``
and ``field_input`` make each of them cheap: Django's ``{% url %}`` resolves the route on every
call, formatting a date looks up its month's name in the catalogue, and an ``{% include %}``
renders a whole template, which together made up much of the page's time.
"""

from __future__ import annotations

from datetime import date, datetime
from functools import lru_cache

from django import template
from django.forms import BoundField
from django.template.defaultfilters import date as date_filter
from django.urls import get_resolver, get_script_prefix, get_urlconf, reverse
from django.utils import formats
from django.utils.html import conditional_escape, format_html
from django.utils.safestring import SafeString, mark_safe
from django.utils.translation import get_language, gettext, gettext_lazy

from smarta.planner.followup import charts
from smarta.planner.profile.selectors import display_name
from smarta.planner.team.services import goal_is_accepted

register = template.Library()


@register.filter(name="display_name")
def display_name_filter(user) -> str:
    """``{{ person|display_name }}``: how a person is named to others (profile selectors);
    empty for no one."""
    return display_name(user) if user is not None else ""


@register.filter(name="number")
def number_filter(value) -> str:
    """A measured value as people write it: "72,5" in Swedish, never "72,50"."""
    if value is None or value == "":
        return ""
    return charts.number(float(value))


@register.filter
def percent(value: float | None) -> int | None:
    """0..1 as a whole percentage, for progress bars."""
    return None if value is None else round(value * 100)


@register.inclusion_tag("planner/_marks.html")
def smart_marks(goal):
    """The S, M, T marks of a goal (from the stored verdicts), and A and R from answers."""
    # Accepted: the person's motivation is 7 or more and the manager has approved the goal.
    accepted = goal_is_accepted(goal)
    realistic = goal.likelihood is not None and goal.likelihood >= 6
    return {
        "marks": [
            ("S", goal.is_specific, gettext("Specific")),
            ("M", goal.is_measurable, gettext("Measurable")),
            (
                "A",
                accepted,
                gettext("Accepted (your motivation 7 or more, and approved by your manager)"),
            ),
            ("R", realistic, gettext("Realistic (likelihood 6 or more)")),
            ("T", goal.is_time_bound, gettext("Time-bound")),
        ]
    }


@register.filter
def smart_criteria(analysis) -> list[tuple]:
    """The S, M and T of an analysis as (letter, name, verdict), for the SMART check."""
    return [
        ("S", gettext("Specific"), analysis.specific),
        ("M", gettext("Measurable"), analysis.measurable),
        ("T", gettext("Time-bound"), analysis.time_bound),
    ]


# The coach's question for each criterion not met yet: the person answers it in their own
# words (feedback on what is missing helps more than a goal written for them).
_COACH_QUESTIONS = {
    "specific": gettext_lazy("What exactly will you do, and to what or for whom?"),
    "measurable": gettext_lazy(
        "How will you know you are there: what number, level or finished result?"
    ),
    "time_bound": gettext_lazy("By when do you want to have reached it?"),
}


@register.filter
def coach_question(analysis) -> str | None:
    """The question for the first criterion (S, M, T) the goal does not meet, or None."""
    for name in ("specific", "measurable", "time_bound"):
        if not getattr(analysis, name).met:
            return str(_COACH_QUESTIONS[name])
    return None


# --- URLs ---------------------------------------------------------------------------------

# Reversed in place of the pk, then replaced by it: no route of ours has it in a fixed part.
_PK_PLACEHOLDER = "918273645"
_url_parts: dict[tuple, tuple[str, str]] = {}


@register.simple_tag
def cached_url(name: str, pk=None) -> SafeString:
    """``{% url name %}``, or ``{% url name pk %}`` for a route whose one argument is an
    ``<id:pk>``, with the route reversed once per process (script prefix and URLconf) rather
    than on every call."""
    with_pk = pk is not None
    key = (name, with_pk, get_script_prefix(), get_resolver(get_urlconf()))
    parts = _url_parts.get(key)
    if parts is None:
        parts = _url_parts[key] = _reverse_parts(name, with_pk=with_pk)
    if pk is None:
        return parts[0]
    return mark_safe(f"{parts[0]}{int(pk)}{parts[1]}")


def _reverse_parts(name: str, *, with_pk: bool) -> tuple[str, str]:
    if not with_pk:
        return conditional_escape(reverse(name)), ""
    head, placeholder, tail = reverse(name, args=[_PK_PLACEHOLDER]).partition(_PK_PLACEHOLDER)
    if not placeholder or _PK_PLACEHOLDER in tail:
        raise ValueError(f"{name!r} is not a route with one pk")
    return conditional_escape(head), conditional_escape(tail)


@register.simple_tag(takes_context=True)
def csrf_input(context) -> SafeString:
    """The hidden CSRF field ``{% csrf_token %}`` renders, for ``{% csrf_input as field %}``
    before a loop whose every row is a form: made once, not once a row."""
    token = context.get("csrf_token")
    if not token or token == "NOTPROVIDED":
        return mark_safe("")
    return format_html('<input type="hidden" name="csrfmiddlewaretoken" value="{}">', token)


# --- Dates ------------------------------------------------------------------------------------


@register.filter(expects_localtime=True)
def long_date(value) -> str:
    """``value|date:"j F Y"`` ("3 februari 2026" in Swedish), remembered per day and language:
    the goal page shows dozens of dates, and formatting one is slow."""
    if not isinstance(value, date):
        return ""
    if isinstance(value, datetime):
        value = value.date()
    return _long_date(value, get_language())


@lru_cache(maxsize=4096)
def _long_date(day: date, language: str | None) -> str:
    return date_filter(day, "j F Y")


# --- Form fields ----------------------------------------------------------------------------


def _typed(field, value, *, localized: bool = False) -> str:
    """What the input shows: what was typed when ``field`` is of a submitted form, else
    ``value``; a number as the page's language writes it for a decimal input ("72,5"), else
    with a point (a date or number input wants one)."""
    if isinstance(field, BoundField) and field.form.is_bound:
        shown = field.value()
    elif localized and value is not None:
        shown = formats.localize_input(value)
    else:
        shown = value
    return "" if shown is None else conditional_escape(formats.localize(shown, use_l10n=False))


# What an input takes from its form field: the bounds the server holds it to.
_BOUNDS = ("min", "max", "step", "maxlength")


def _bounds(field, **given) -> dict:
    """The form field's bounds (``field.field.widget.attrs``), with those ``given`` over them."""
    attrs = field.field.widget.attrs if isinstance(field, BoundField) else {}
    bounds = {name: attrs[name] for name in _BOUNDS if attrs.get(name) is not None}
    bounds.update((name, value) for name, value in given.items() if value)
    return bounds


@register.simple_tag(takes_context=True)
def field_input(
    context,
    *,
    name: str,
    id: str,  # the element's id (the names are the template's)
    label: str,
    field=None,
    value=None,
    type: str = "text",  # text, date, number, decimal (a number with a comma) or textarea
    required: bool = False,
    step: str = "",
    maxlength: int | None = None,
    rows: int = 2,
    help: str = "",  # the help text under the input
    focus_key: str = "",
) -> SafeString:
    """One labelled input (or textarea, ``type="textarea"``) that keeps what was typed.

    ``field`` is the form's field: what was typed and its errors after an invalid POST, and
    always its bounds (``min``, ``max``, ``step``, ``maxlength``, unless given here). ``value``
    is the value shown when nothing was typed. The input takes the focus when ``focus_key``
    equals the context's ``focus`` (after a swap, htmx focuses it). It renders what an
    included template would, in a fraction of the time; the goal page has over a dozen."""
    esc = conditional_escape
    errors = field.errors if isinstance(field, BoundField) else ()
    bounds = _bounds(field, step=step, maxlength=maxlength)
    if type in ("textarea", "decimal"):
        bounds = {"maxlength": bounds["maxlength"]} if "maxlength" in bounds else {}
    attrs = "".join(f' {name}="{esc(value)}"' for name, value in bounds.items())
    if required:
        attrs += " required"
    focus = context.get("focus")
    if focus and focus == focus_key:
        attrs += " autofocus"
    id_ = esc(id)
    described = ([f"{id_}_helptext"] if help else []) + ([f"{id_}_error"] if errors else [])
    if errors:
        attrs += ' aria-invalid="true"'
    if described:
        attrs += f' aria-describedby="{" ".join(described)}"'
    if type == "textarea":
        control = (
            f'<textarea name="{esc(name)}" id="{id_}" rows="{esc(rows or 2)}"{attrs}>'
            f"{_typed(field, value)}</textarea>"
        )
    elif type == "decimal":  # a text input: a number input would turn "72,5" into 725
        control = (
            f'<input type="text" inputmode="decimal" name="{esc(name)}" id="{id_}" '
            f'value="{_typed(field, value, localized=True)}"{attrs}>'
        )
    else:
        control = (
            f'<input type="{esc(type or "text")}" name="{esc(name)}" id="{id_}" '
            f'value="{_typed(field, value)}"{attrs}>'
        )
    # the markup of planner/_field.html, which draws every field of a Django form
    html = f'<div class="field{" has-error" if errors else ""}">\n'
    html += f'  <label for="{id_}">{esc(label)}</label>'
    if help:
        html += f'\n  <small class="muted help" id="{id_}_helptext">{esc(help)}</small>'
    html += f"\n  {control}"
    if errors:
        shown = "".join(f'<p class="error" role="alert">{esc(e)}</p>' for e in errors)
        html += f'\n  <div id="{id_}_error">{shown}</div>'
    return mark_safe(html + "\n</div>")
