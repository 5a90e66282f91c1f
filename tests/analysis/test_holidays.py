"""The holidays the analyzer computes agree with the ``holidays`` package, year by year.

``holidays`` is a test oracle only: the analyzer computes each date from Easter and weekday
rules (periods.py), so it needs no calendar data at run time.
"""

from __future__ import annotations

import holidays
import pytest

from smarta.analysis import periods

YEARS = range(2005, 2101)  # 6 June is a public holiday from 2005
# our key -> the oracle's name for it
SWEDISH = {
    "good_friday": "Good Friday",
    "easter_sunday": "Easter Sunday",
    "easter_monday": "Easter Monday",
    "ascension_day": "Ascension Day",
    "pentecost": "Pentecost",
    "midsummer_day": "Midsummer Day",
    "national_day_se": "National Day",
    "all_saints_day_se": "All Saints' Day",
    "christmas_day": "Christmas Day",
    "boxing_day": "Second Day of Christmas",
    "epiphany": "Epiphany",
    "may_day": "May Day",
}
AMERICAN = {
    "thanksgiving_us": "Thanksgiving Day",
    "memorial_day_us": "Memorial Day",
    "labor_day_us": "Labor Day",
    "independence_day_us": "Independence Day",
}


def _dates(calendar, name: str) -> dict[int, object]:
    return {day.year: day for day, names in calendar.items() if name in names.split("; ")}


@pytest.mark.parametrize(("key", "name"), SWEDISH.items())
def test_swedish_holidays(key, name):
    oracle = _dates(holidays.Sweden(years=YEARS, language="en_US", include_sundays=False), name)
    assert {y: periods.holiday(key, y) for y in YEARS} == oracle


@pytest.mark.parametrize(("key", "name"), AMERICAN.items())
def test_american_holidays(key, name):
    oracle = _dates(holidays.US(years=YEARS, observed=False), name)
    assert {y: periods.holiday(key, y) for y in YEARS} == oracle


def test_midsummer_eve_is_the_day_before_midsummer_day():
    oracle = _dates(holidays.Sweden(years=YEARS, language="en_US"), "Midsummer Day")
    assert all(
        periods.holiday("midsummer_eve", y).toordinal() + 1 == d.toordinal()
        for y, d in oracle.items()
    )
