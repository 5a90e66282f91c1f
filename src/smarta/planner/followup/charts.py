"""The progress chart of a goal: check-ins against baseline and target, drawn as inline SVG.

Server-side and dependency-free: ``progress_chart`` returns the SVG markup together with the
outlook (reached, on track, not on track, …) and a sentence saying so in the active language.
The trend is the least-squares line through the check-ins, projected to the deadline.
"""

from __future__ import annotations

import math
import statistics
from dataclasses import dataclass
from datetime import date, timedelta
from decimal import Decimal
from enum import StrEnum
from functools import lru_cache

from django.utils import formats
from django.utils.html import escape
from django.utils.safestring import SafeString, mark_safe
from django.utils.translation import get_language, gettext

from smarta.planner.days import days_after

# Drawing area, in SVG user units; the element scales to its container.
WIDTH, HEIGHT = 640, 300
LEFT, RIGHT, TOP, BOTTOM = 56, WIDTH - 16, 36, HEIGHT - 34
MIN_MARGIN_DAYS = 7
X_TICKS = 4
Y_TICKS = 4  # about this many steps up the value axis; never more than MAX_Y_TICKS lines
MAX_Y_TICKS = 12
# Values are drawn on a scale clamped to ±VALUE_CAP, so that differences of any two finite
# values (and a step of a tenth of one) stay finite; the labels still say the real value.
VALUE_CAP = 1e307
# How far outside the frame a line's end may be drawn, in frame heights (it is clipped anyway).
OUTSIDE = 1e6
COLORS = {
    "ink": "#1d2433", "muted": "#5b6475", "grid": "#e6eaf0", "line": "#1f5fbf",
    "target": "#1e7d4f", "baseline": "#5b6475", "trend": "#a4511a",
}  # fmt: skip


@dataclass(frozen=True)
class Point:
    day: date
    value: float


@dataclass(frozen=True)
class Trend:
    """value = intercept + slope × (days since origin)."""

    origin: date
    slope: float
    intercept: float

    def at(self, day: date) -> float:
        return self.intercept + self.slope * (day - self.origin).days


class Outlook(StrEnum):
    REACHED = "reached"
    ON_TRACK = "on_track"
    OFF_TRACK = "off_track"
    NO_TREND = "no_trend"
    NO_DEADLINE = "no_deadline"
    NO_TARGET = "no_target"


@dataclass(frozen=True)
class Chart:
    svg: SafeString
    outlook: Outlook
    sentence: str
    projected: float | None


def fit_trend(points: list[Point]) -> Trend | None:
    """The least-squares line through the points; None unless they span at least two days.

    The values are scaled to at most 1 in size first, so that sums of squares of values near
    the float's limit do not overflow; a slope too steep for a float is no trend at all.
    """
    if len({p.day for p in points}) < 2:
        return None
    origin = min(p.day for p in points)
    scale = max(abs(p.value) for p in points) or 1.0
    xs = [float((p.day - origin).days) for p in points]
    ys = [p.value / scale for p in points]
    fit = statistics.linear_regression(xs, ys)
    slope, intercept = fit.slope * scale, fit.intercept * scale
    if not (math.isfinite(slope) and math.isfinite(intercept)):
        return None
    return Trend(origin=origin, slope=slope, intercept=intercept)


def _reaches(value: float, *, baseline: float, target: float) -> bool:
    """Whether a value is at or past the target, in the direction from baseline to target."""
    tolerance = 1e-9 * max(1.0, abs(target))
    if target >= baseline:
        return value >= target - tolerance
    return value <= target + tolerance


def assess(
    points: list[Point], *, baseline: float | None, target: float | None, deadline: date | None
) -> tuple[Outlook, float | None]:
    """(outlook, the trend's value at the deadline) for check-ins sorted by day.

    On track means the projected value at the deadline reaches the target, whether the
    target is above the baseline (increase) or below it (decrease).
    """
    trend = fit_trend(points)
    projected = trend.at(deadline) if trend and deadline else None
    if projected is not None and not math.isfinite(projected):
        projected = None  # a pace that leaves the numbers a float can hold projects nothing
    if target is None:
        return Outlook.NO_TARGET, projected
    start = points[0].value if baseline is None else baseline
    if _reaches(points[-1].value, baseline=start, target=target):
        return Outlook.REACHED, projected
    if deadline is None:
        return Outlook.NO_DEADLINE, None
    if projected is None:
        return Outlook.NO_TREND, None
    on_track = _reaches(projected, baseline=start, target=target)
    return (Outlook.ON_TRACK if on_track else Outlook.OFF_TRACK), projected


def number(value: float) -> str:
    """A value as people write it: no needless decimals, the language's decimal sign."""
    text = f"{value:.2f}".rstrip("0").rstrip(".")
    return _number(text, get_language())


@lru_cache(maxsize=4096)
def _number(text: str, language: str | None) -> str:
    """``number`` of a rounded value in a language; a chart writes dozens, often the same."""
    return formats.number_format(Decimal("0" if text == "-0" else text))


def _amount(value: float, unit: str) -> str:
    return f"{number(value)} {unit}".strip()


def _day(day: date) -> str:
    return _day_in(day, get_language())


@lru_cache(maxsize=4096)
def _day_in(day: date, language: str | None) -> str:
    """``_day`` in a language: a chart labels each of its points with one."""
    return formats.date_format(day, "j M Y")


def _sentence(outlook: Outlook, *, projected, target, unit, deadline, latest) -> str:
    values = {
        "projected": _amount(round(projected, 1), unit) if projected is not None else "",
        "target": _amount(target, unit) if target is not None else "",
        "deadline": _day(deadline) if deadline else "",
        "latest": _amount(latest, unit),
    }
    texts = {
        Outlook.REACHED: gettext("Target reached: the latest check-in is %(latest)s."),
        Outlook.ON_TRACK: gettext(
            "On track: at this pace you reach about %(projected)s by %(deadline)s "
            "(target %(target)s)."
        ),
        Outlook.OFF_TRACK: gettext(
            "Not on track: at this pace you reach about %(projected)s by %(deadline)s, "
            "short of the target %(target)s."
        ),
        Outlook.NO_TREND: gettext("Check in on at least two different days to see a trend."),
        Outlook.NO_DEADLINE: gettext("Set a deadline to see whether you are on track."),
        Outlook.NO_TARGET: gettext("Set a baseline and a target to see whether you are on track."),
    }
    return texts[outlook] % values


def _nice_step(span: float, count: int) -> float:
    """A round step (1, 2, 2.5 or 5 times a power of ten) that cuts a positive span in ~count."""
    raw = span / count
    magnitude = 10.0 ** math.floor(math.log10(raw))
    return next(m * magnitude for m in (1, 2, 2.5, 5, 10) if m * magnitude >= raw)


def _capped(value: float) -> float:
    return min(max(value, -VALUE_CAP), VALUE_CAP)


def _y_domain(values: list[float], projected: float | None) -> tuple[float, float, float]:
    """(low, high, tick step) covering the values; a wild projection is clipped, not shown."""
    low, high = _capped(min(values)), _capped(max(values))
    if projected is not None:
        reach = max(high - low, 1.0)
        low = min(low, max(_capped(projected), low - reach))
        high = max(high, min(_capped(projected), high + reach))
    if math.isclose(low, high):
        # a flat line: a margin of a tenth of its value, so that the step is always far
        # larger than the spacing of floats that big
        margin = max(1.0, abs(high) * 0.1)
        low, high = low - margin, high + margin
    padding = (high - low) * 0.05  # keeps lines and labels off the frame, not below zero
    low, high = (low - padding if low < 0 else max(0.0, low - padding)), high + padding
    step = _nice_step(high - low, Y_TICKS)
    return math.floor(low / step) * step, math.ceil(high / step) * step, step


def _y_ticks(y0: float, y1: float, step: float) -> list[float]:
    """The values of the horizontal grid lines, by count, so their number is always bounded."""
    count = min(MAX_Y_TICKS, round((y1 - y0) / step))
    return [y0 + step * i for i in range(count + 1)]


def _x_domain(points: list[Point], deadline: date | None, start: date | None) -> tuple[date, date]:
    first, last = points[0].day, points[-1].day
    start = min(start or first, first)
    if deadline and deadline > last:
        return start, deadline
    margin = max(MIN_MARGIN_DAYS, round((last - start).days * 0.1))
    return start, days_after(last, margin)


class _Canvas:
    """Maps days and values to SVG coordinates."""

    def __init__(self, x0: date, x1: date, y0: float, y1: float):
        self.x0, self.days = x0, max((x1 - x0).days, 1)
        self.y0, self.y1 = y0, y1

    def x(self, day: date) -> float:
        return LEFT + (RIGHT - LEFT) * (day - self.x0).days / self.days

    def y(self, value: float) -> float:
        share = (_capped(value) - self.y0) / (self.y1 - self.y0)
        return BOTTOM - (BOTTOM - TOP) * min(max(share, -OUTSIDE), OUTSIDE)


def _text(x: float, y: float, text: str, *, anchor: str = "start", fill: str = "muted") -> str:
    return (
        f'<text x="{x:.1f}" y="{y:.1f}" text-anchor="{anchor}" fill="{COLORS[fill]}">'
        f"{escape(text)}</text>"
    )


def _line(x1, y1, x2, y2, *, color: str, width: float = 1, dash: str = "", cls: str = "") -> str:
    dashed = f' stroke-dasharray="{dash}"' if dash else ""
    return (
        f'<line class="{cls}" x1="{x1:.1f}" y1="{y1:.1f}" x2="{x2:.1f}" y2="{y2:.1f}" '
        f'stroke="{COLORS[color]}" stroke-width="{width}"{dashed}/>'
    )


def _axes(canvas: _Canvas, step: float, end: date) -> list[str]:
    parts = []
    for value in _y_ticks(canvas.y0, canvas.y1, step):
        y = canvas.y(value)
        parts.append(_line(LEFT, y, RIGHT, y, color="grid"))
        parts.append(_text(LEFT - 6, y + 4, number(value), anchor="end"))
    long_range = (end - canvas.x0).days > 300
    for i in range(X_TICKS + 1):
        day = canvas.x0 + timedelta(days=round(canvas.days * i / X_TICKS))
        label = formats.date_format(day, "M Y" if long_range else "j M")
        anchor = "start" if i == 0 else "end" if i == X_TICKS else "middle"
        parts.append(_text(canvas.x(day), BOTTOM + 20, label, anchor=anchor))
    return parts


def _level(
    canvas: _Canvas, value: float, label: str, *, color: str, cls: str, at_start: bool
) -> list[str]:
    """A horizontal line with its label above it, at the start or the end of the x axis.

    The target's label sits at the start (check-ins begin far from it), the baseline's at the
    end (they move away from it), so neither covers the points or the deadline's label.
    """
    y = canvas.y(value)
    x, anchor = (LEFT + 4, "start") if at_start else (RIGHT - 4, "end")
    return [
        _line(LEFT, y, RIGHT, y, color=color, width=1.5, dash="6 4", cls=cls),
        _text(x, y - 5, label, anchor=anchor, fill=color),
    ]


def _legend() -> list[str]:
    first = gettext("Check-ins")
    # the second entry starts after the first label, however long it is in this language
    second_x = LEFT + 28 + len(first) * 9 + 24
    return [
        _line(LEFT, 14, LEFT + 22, 14, color="line", width=2.5),
        _text(LEFT + 28, 18, first, fill="ink"),
        _line(second_x, 14, second_x + 22, 14, color="trend", width=2, dash="4 3"),
        _text(second_x + 28, 18, gettext("Trend"), fill="ink"),
    ]


def _series(canvas: _Canvas, points: list[Point], unit: str) -> list[str]:
    coords = " ".join(f"{canvas.x(p.day):.1f},{canvas.y(p.value):.1f}" for p in points)
    parts = [
        f'<polyline class="chart-line" points="{coords}" fill="none" '
        f'stroke="{COLORS["line"]}" stroke-width="2.5" stroke-linejoin="round"/>'
    ]
    for p in points:
        parts.append(
            f'<circle cx="{canvas.x(p.day):.1f}" cy="{canvas.y(p.value):.1f}" r="4" '
            f'fill="{COLORS["line"]}"><title>{escape(_day(p.day))}: '
            f"{escape(_amount(p.value, unit))}</title></circle>"
        )
    return parts


def _trend(canvas: _Canvas, trend: Trend, end: date, clip_id: str) -> list[str]:
    x1, y1 = canvas.x(trend.origin), canvas.y(trend.at(trend.origin))
    x2, y2 = canvas.x(end), canvas.y(trend.at(end))
    line = _line(x1, y1, x2, y2, color="trend", width=2, dash="4 3", cls="chart-trend")
    return [f'<g clip-path="url(#{clip_id})">{line}</g>']


def _deadline(canvas: _Canvas, deadline: date, projected: float | None, unit: str) -> list[str]:
    x = canvas.x(deadline)
    parts = [
        _line(x, TOP, x, BOTTOM, color="muted", dash="2 3", cls="chart-deadline"),
        _text(x - 4, TOP - 6, gettext("Deadline"), anchor="end"),
    ]
    if projected is not None and canvas.y0 <= projected <= canvas.y1:
        label = gettext("Projected at the deadline: %(value)s") % {
            "value": _amount(projected, unit)
        }
        y = canvas.y(projected)  # a diamond, so circles are only ever check-ins
        parts.append(
            f'<path class="chart-projection" d="M{x:.1f} {y - 6:.1f}l6 6-6 6-6-6z" fill="#fff" '
            f'stroke="{COLORS["trend"]}" stroke-width="2"><title>{escape(label)}</title></path>'
        )
    return parts


def _description(points: list[Point], *, baseline, target, unit, sentence) -> str:
    first, last = points[0], points[-1]
    values = {
        "count": len(points), "first_day": _day(first.day), "last_day": _day(last.day),
        "first": _amount(first.value, unit), "last": _amount(last.value, unit),
    }  # fmt: skip
    parts = [
        gettext(
            "%(count)s check-ins from %(first_day)s to %(last_day)s, from %(first)s to %(last)s."
        )
        % values
    ]
    if baseline is not None and target is not None:
        parts.append(
            gettext("Baseline %(baseline)s, target %(target)s.")
            % {"baseline": _amount(baseline, unit), "target": _amount(target, unit)}
        )
    parts.append(sentence)
    return " ".join(parts)


def progress_chart(
    points: list[Point],
    *,
    baseline: float | None = None,
    target: float | None = None,
    unit: str = "",
    deadline: date | None = None,
    title: str = "",
    start: date | None = None,
    chart_id: str = "chart",
) -> Chart | None:
    """The chart of the check-ins (None without any), with the outlook and its sentence.

    x runs from the first check-in (or ``start``, if earlier) to the deadline, or a little past
    the last check-in when there is no deadline ahead; baseline and target are horizontal lines.
    """
    if not points:
        return None
    points = sorted(points, key=lambda p: p.day)
    outlook, projected = assess(points, baseline=baseline, target=target, deadline=deadline)
    sentence = _sentence(
        outlook, projected=projected, target=target, unit=unit, deadline=deadline,
        latest=points[-1].value,
    )  # fmt: skip
    x0, x1 = _x_domain(points, deadline, start)
    levels = [v for v in (baseline, target) if v is not None]
    y0, y1, step = _y_domain([p.value for p in points] + levels, projected)
    canvas = _Canvas(x0, x1, y0, y1)
    trend = fit_trend(points)
    clip_id = f"{chart_id}-clip"
    body = [*_legend(), *_axes(canvas, step, x1)]
    if baseline is not None:
        label = gettext("Baseline: %(value)s") % {"value": _amount(baseline, unit)}
        body += _level(
            canvas, baseline, label, color="baseline", cls="chart-baseline", at_start=False
        )
    if target is not None:
        label = gettext("Target: %(value)s") % {"value": _amount(target, unit)}
        body += _level(canvas, target, label, color="target", cls="chart-target", at_start=True)
    if deadline and x0 <= deadline <= x1:
        body += _deadline(canvas, deadline, projected, unit)
    if trend:
        body += _trend(canvas, trend, x1, clip_id)
    body += _series(canvas, points, unit)
    description = _description(
        points, baseline=baseline, target=target, unit=unit, sentence=sentence
    )
    heading = title or gettext("Progress chart")
    svg = (
        f'<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 {WIDTH} {HEIGHT}" role="img" '
        f'aria-labelledby="{chart_id}-title {chart_id}-desc" font-family="system-ui, sans-serif" '
        f'font-size="12" class="progress-chart">'
        f'<title id="{chart_id}-title">{escape(heading)}</title>'
        f'<desc id="{chart_id}-desc">{escape(description)}</desc>'
        f'<defs><clipPath id="{clip_id}"><rect x="{LEFT}" y="{TOP}" width="{RIGHT - LEFT}" '
        f'height="{BOTTOM - TOP}"/></clipPath></defs>' + "".join(body) + "</svg>"
    )
    return Chart(svg=mark_safe(svg), outlook=outlook, sentence=sentence, projected=projected)


def measured_points(goal) -> list[Point]:
    """The goal's (prefetched) check-ins with a value, by day."""
    return [Point(c.day, c.value) for c in goal.checkins.all() if c.value is not None]


def chart_for_goal(goal) -> Chart | None:
    """The chart of a goal from its (prefetched) check-ins with a value and its metric."""
    metric = getattr(goal, "metric", None)  # a missing one-to-one raises an AttributeError
    points = measured_points(goal)
    return progress_chart(
        points,
        baseline=metric.baseline if metric else None,
        target=metric.target if metric else None,
        unit=metric.unit if metric else "",
        deadline=goal.deadline,
        title=(gettext("Progress: %(name)s") % {"name": metric.name}) if metric else "",
        chart_id=f"chart-{goal.pk}",
    )
