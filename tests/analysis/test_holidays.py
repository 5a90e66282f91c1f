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


def test_saint_patricks_day_and_the_english_late_summer_bank_holiday():
    irish = _dates(holidays.Ireland(years=YEARS), "Saint Patrick's Day")
    assert {y: periods.holiday("st_patricks_day", y) for y in YEARS} == irish
    years = range(1971, 2101)  # a bank holiday on the last Monday of August since 1971
    english = _dates(holidays.UK(subdiv="ENG", years=years), "Late Summer Bank Holiday")
    assert {y: periods.holiday("summer_bank_holiday_uk", y) for y in years} == english


@pytest.mark.parametrize(
    ("year", "expected"),
    [(2024, "2024-12-01"), (2025, "2025-11-30"), (2026, "2026-11-29"), (2027, "2027-11-28"),
     (2028, "2028-12-03"), (2033, "2033-11-27")],
)  # fmt: skip
def test_the_first_sunday_of_advent_is_the_fourth_before_christmas(year, expected):
    assert periods.holiday("advent_sunday", year).isoformat() == expected
