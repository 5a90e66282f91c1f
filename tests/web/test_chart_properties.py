"""The progress chart draws, in bounded time and without raising, for any finite data.

Issue 13: a check-in of 5e15 made the value axis loop forever (a tick step below the spacing of
floats that big) and ±1.7e308 overflowed. The web forms now bound values to ±limits.VALUE, but a
chart must not depend on that, so these properties range over every finite float, and over the
dates the forms accept (limits.EARLIEST..LATEST) as well as the whole range a date can hold.
"""

from __future__ import annotations

import time
import xml.etree.ElementTree as ET
from datetime import date

import pytest
from django.utils import translation
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from smarta import limits
from smarta.planner.followup.charts import MAX_Y_TICKS, Point, progress_chart

finite = st.floats(allow_nan=False, allow_infinity=False)
bounded_days = st.dates(min_value=limits.EARLIEST, max_value=limits.LATEST)
points = st.lists(st.builds(Point, bounded_days, finite), min_size=1, max_size=30)


def _draw(pts, **kwargs):
    started = time.perf_counter()
    with translation.override("sv"):
        chart = progress_chart(pts, **kwargs)
    elapsed = time.perf_counter() - started
    ET.fromstring(chart.svg)  # well-formed, whatever the numbers
    assert elapsed < 1.0, f"{len(pts)} points took {elapsed:.2f} s"
    return chart


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(
    points,
    st.none() | finite,
    st.none() | finite,
    st.none() | bounded_days,
    st.none() | bounded_days,
)
def test_any_finite_values_draw(pts, baseline, target, deadline, start):
    chart = _draw(pts, baseline=baseline, target=target, deadline=deadline, start=start)
    grid_lines = chart.svg.count('stroke="#e6eaf0"')
    assert 2 <= grid_lines <= MAX_Y_TICKS + 1


@settings(max_examples=100, deadline=None)
@given(st.lists(st.builds(Point, st.dates(), finite), min_size=1, max_size=10), st.dates())
def test_dates_at_the_ends_of_the_calendar_draw(pts, deadline):
    """Data stored before the forms were bounded (year 1, year 9999) still draws."""
    _draw(pts, baseline=0.0, target=1.0, deadline=deadline)


@pytest.mark.parametrize(
    "values",
    [
        [5e15],
        [4.6e15, 9e15],
        [1e17],
        [1.7e308, -1.7e308],
        [1.7976931348623157e308],
        [5e-324, 0.0],
    ],
)
def test_the_values_of_the_issue_draw(values):
    pts = [Point(date(2026, 1, 1 + i), v) for i, v in enumerate(values)]
    _draw(pts, deadline=date(2026, 6, 30))
