"""Calendar arithmetic for deadlines: the last day of a named period, holidays, seasons.

Everything here is language-free: periods, seasons and holidays are named by canonical
keys (``"quarter"``, ``"autumn"``, ``"midsummer_eve"``) that the language data maps to.
"""

from __future__ import annotations

import calendar
from datetime import date, timedelta
from functools import lru_cache
from typing import Final

from dateutil.easter import easter
from dateutil.relativedelta import FR, MO, SA, SU, TH, relativedelta

MONDAY, SUNDAY = 0, 6


@lru_cache(maxsize=1024)  # calendar.monthrange works the weekday out too; a few months recur
def month_end(year: int, month: int) -> date:
    return date(year, month, calendar.monthrange(year, month)[1])


def quarter_end(year: int, quarter: int) -> date:
    return month_end(year, quarter * 3)


def tertial_end(year: int, tertial: int) -> date:
    return month_end(year, tertial * 4)


def half_end(year: int, half: int) -> date:
    return month_end(year, half * 6)


def week_sunday(day: date) -> date:
    return day + timedelta(days=SUNDAY - day.weekday())


def iso_week_end(year: int, week: int) -> date | None:
    try:
        return date.fromisocalendar(year, week, 7)
    except ValueError:
        return None


def period_end(unit: str, day: date) -> date:
    """Last day of the week, month, quarter, tertial, half-year or year that holds ``day``."""
    if unit in ("week", "fortnight"):
        return week_sunday(day)
    if unit == "month":
        return month_end(day.year, day.month)
    if unit == "quarter":
        return quarter_end(day.year, (day.month - 1) // 3 + 1)
    if unit == "tertial":
        return tertial_end(day.year, (day.month - 1) // 4 + 1)
    if unit == "half_year":
        return half_end(day.year, 1 if day.month <= 6 else 2)
    if unit == "year":
        return date(day.year, 12, 31)
    return day  # a day, or a shorter unit


_STEP: Final = {
    "day": relativedelta(days=1),
    "business_day": relativedelta(days=1),
    "week": relativedelta(weeks=1),
    "fortnight": relativedelta(weeks=2),
    "month": relativedelta(months=1),
    "quarter": relativedelta(months=3),
    "tertial": relativedelta(months=4),
    "half_year": relativedelta(months=6),
    "year": relativedelta(years=1),
    "hour": relativedelta(),
    "minute": relativedelta(),
}
# Days in a unit, for the fraction in "4,5 months"; whole units use calendar arithmetic.
_DAYS: Final = {"day": 1, "business_day": 1, "week": 7, "fortnight": 14, "month": 30.44,
         "quarter": 91.3, "tertial": 121.7, "half_year": 182.6, "year": 365.25, "hour": 0,
         "minute": 0}  # fmt: skip


# Remembered: relativedelta's arithmetic costs more than the rest of a goal's analysis, and
# the same few (today, unit, count) recur all day long ("inom tre månader", "next year").
@lru_cache(maxsize=4096)
def shift(day: date, unit: str, count: float) -> date:
    """``day`` moved ``count`` units ahead: a fraction of a unit counts in whole months
    where it makes some ("2,5 år": two years and six months), else in days."""
    whole = int(count)
    moved = day + _STEP[unit] * whole
    months = (count - whole) * _MONTHS_IN.get(unit, 0)
    if months and months == int(months):
        return moved + relativedelta(months=int(months))
    return moved + timedelta(days=round((count - whole) * _DAYS[unit]))


_MONTHS_IN: Final = {"year": 12, "half_year": 6, "tertial": 4, "quarter": 3}


def month_occurrence(today: date, month: int, *, skip_current: bool = False) -> date:
    """End of the next ``month`` that has not ended (or, with skip_current, not begun)."""
    year = today.year
    if month < today.month or (skip_current and month == today.month):
        year += 1
    return month_end(year, month)


def day_occurrence(today: date, month: int, day: int, weekday: int | None = None) -> date | None:
    """The next ``day`` of ``month`` on or after today, on ``weekday`` if one is named
    ("Fri, Jul 18" is the next 18 July that is a Friday); 29 Feb waits for a leap year."""
    fallback = None
    for year in range(today.year, today.year + 12):
        try:
            candidate = date(year, month, day)
        except ValueError:
            continue
        if candidate >= today:
            if weekday is None or candidate.weekday() == weekday:
                return candidate
            fallback = fallback or candidate
    return fallback


def day_of_month_occurrence(today: date, day: int, weekday: int | None = None) -> date | None:
    """The next date on or after today with this day of the month (and weekday, if given)."""
    cursor = date(today.year, today.month, 1)
    for _ in range(60):
        try:
            candidate = cursor.replace(day=day)
        except ValueError:
            candidate = None
        if candidate and candidate >= today and (weekday is None or candidate.weekday() == weekday):
            return candidate
        cursor += relativedelta(months=1)
    return None


def next_weekday(today: date, weekday: int) -> date:
    """The first ``weekday`` strictly after today."""
    return today + timedelta(days=(weekday - today.weekday() - 1) % 7 + 1)


def nth_weekday(year: int, month: int, weekday: int, n: int) -> date | None:
    """The n-th (1-based; -1 for the last) weekday of a month."""
    if n == -1:
        last = month_end(year, month)
        return last - timedelta(days=(last.weekday() - weekday) % 7)
    first = date(year, month, 1)
    day = first + timedelta(days=(weekday - first.weekday()) % 7 + 7 * (n - 1))
    return day if day.month == month else None


SEASON_MONTHS: Final = {"spring": (3, 5), "summer": (6, 8), "autumn": (9, 11), "winter": (12, 2)}
# Seasons that are a holiday break rather than months: Christmas Eve to Epiphany ("over the
# holidays", "under jullovet").
SEASON_DAYS: Final = {
    "christmas": ((12, 24), (1, 6)),
    "between_holidays": ((12, 27), (12, 30)),
    # Swedish schools' winter break: week 7 to week 10 by region, so mid-February to early March
    "sports_break": ((2, 15), (3, 7)),
}


def season_span(season: str, year: int) -> tuple[date, date]:
    """First and last day of a season starting in ``year`` (winter runs into the next year)."""
    if season in SEASON_DAYS:
        (m1, d1), (m2, d2) = SEASON_DAYS[season]
        return date(year, m1, d1), date(year + (m2 < m1), m2, d2)
    first, last = SEASON_MONTHS[season]
    end_year = year + 1 if last < first else year
    return date(year, first, 1), month_end(end_year, last)


def season_occurrence(today: date, season: str, *, not_started: bool = False) -> tuple[date, date]:
    """The next season that has not ended (or, with not_started, not begun)."""
    for year in range(today.year - 1, today.year + 2):
        start, end = season_span(season, year)
        if (start > today) if not_started else (end >= today):
            return start, end
    raise AssertionError("unreachable: some season starts within two years")


# School terms, as Swedish schools and most universities on both sides of the Atlantic keep
# them: the spring term ends in early June, the autumn term before Christmas. A school year
# runs from the autumn term to the end of June, the year it is named by ending it.
TERM_DAYS: Final = {
    "spring": ((1, 1), (6, 10)), "autumn": ((8, 15), (12, 20)), "school_year": ((8, 15), (6, 30)),
}  # fmt: skip
TERMS_OF_A_YEAR: Final = ("spring", "autumn")  # what "the term" alone may be


def term_span(term: str, year: int) -> tuple[date, date]:
    (m1, d1), (m2, d2) = TERM_DAYS[term]
    return date(year - (m1 > m2), m1, d1), date(year, m2, d2)


def term_occurrence(today: date, term: str | None, steps: int = 0) -> tuple[date, date]:
    """The term (of one kind, or either) that has not ended, or the ``steps``-th after it."""
    terms = [
        term_span(key, year)
        for year in range(today.year, today.year + 3)
        for key in (TERMS_OF_A_YEAR if term is None else (term,))
    ]
    upcoming = sorted(span for span in terms if span[1] >= today)
    return upcoming[steps]


def _midsummer_eve(year: int) -> date:
    return date(year, 6, 19) + relativedelta(weekday=FR)


_HOLIDAYS: Final = {
    "easter_sunday": easter,
    "good_friday": lambda y: easter(y) - timedelta(days=2),
    "midsummer_eve": _midsummer_eve,
    "christmas_eve": lambda y: date(y, 12, 24),
    "christmas_day": lambda y: date(y, 12, 25),
    "new_years_eve": lambda y: date(y, 12, 31),
    "new_years_day": lambda y: date(y + 1, 1, 1),
    "epiphany": lambda y: date(y, 1, 6),
    "walpurgis_night": lambda y: date(y, 4, 30),
    "may_day": lambda y: date(y, 5, 1),
    "national_day_se": lambda y: date(y, 6, 6),
    "all_saints_day_se": lambda y: date(y, 10, 31) + relativedelta(weekday=SA),
    "lucia": lambda y: date(y, 12, 13),
    "valentines_day": lambda y: date(y, 2, 14),
    "halloween": lambda y: date(y, 10, 31),
    "ides_of_march": lambda y: date(y, 3, 15),
    "independence_day_us": lambda y: date(y, 7, 4),
    # the day after the fourth Thursday of November
    "black_friday": lambda y: date(y, 11, 1) + relativedelta(weekday=TH(4)) + timedelta(days=1),
    "easter_monday": lambda y: easter(y) + timedelta(days=1),
    "ascension_day": lambda y: easter(y) + timedelta(days=39),
    "pentecost": lambda y: easter(y) + timedelta(days=49),
    "midsummer_day": lambda y: _midsummer_eve(y) + timedelta(days=1),
    "boxing_day": lambda y: date(y, 12, 26),
    "thanksgiving_us": lambda y: date(y, 11, 1) + relativedelta(weekday=TH(4)),
    "memorial_day_us": lambda y: date(y, 5, 31) + relativedelta(weekday=MO(-1)),
    "labor_day_us": lambda y: date(y, 9, 1) + relativedelta(weekday=MO(1)),
    # the fourth Sunday before Christmas Day
    "advent_sunday": lambda y: date(y, 11, 27) + relativedelta(weekday=SU),
    "st_patricks_day": lambda y: date(y, 3, 17),
    # England and Wales: the last Monday of August
    "summer_bank_holiday_uk": lambda y: date(y, 8, 31) + relativedelta(weekday=MO(-1)),
}


@lru_cache(maxsize=1024)  # Easter and weekday rules are worth computing once per year
def holiday(key: str, year: int) -> date:
    """The date of a holiday in a given year (new year's day: the one after that year)."""
    return _HOLIDAYS[key](year)


def holiday_occurrence(today: date, key: str) -> date:
    """The next time the holiday falls on or after today."""
    for year in (today.year - 1, today.year, today.year + 1):
        day = holiday(key, year)
        if day >= today:
            return day
    raise AssertionError("unreachable: every holiday comes once a year")
