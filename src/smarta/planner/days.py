"""Date arithmetic that cannot overflow.

The forms bound every date to limits.EARLIEST..LATEST and every cadence to its range, but data
stored before those bounds (or restored from an old backup) may hold year 9999 or a cadence of
millions of days; adding to such a date raises OverflowError, which once stopped the daily
reminder run for everyone. Every "date plus a period" in the planner goes through here.
"""

from __future__ import annotations

from datetime import date, timedelta

from smarta import limits


def days_after(day: date, days: int) -> date:
    """``day`` moved by ``days`` (negative: back), stopping at the first or last date there is."""
    if days >= 0:
        return day + timedelta(days=min(days, (date.max - day).days))
    return day - timedelta(days=min(-days, (day - date.min).days))


def reminder_days(text: str) -> list[int]:
    """The days before a date a person is reminded on, "7,1,0" → [7, 1, 0]: the one reading of
    that list, for the settings form, a plan file and the reminder run. Largest first, each
    once; ValueError unless it is up to ``limits.REMINDER_DAYS_COUNT`` whole numbers (ASCII
    digits: int() would also take "+5", "1_0" and other scripts' digits) in
    ``limits.REMINDER_DAYS_BEFORE``. Empty text is no reminder."""
    parts = [part.strip() for part in text.split(",") if part.strip()]
    if not all(part.isascii() and part.isdigit() for part in parts):
        raise ValueError(text)
    low, high = limits.REMINDER_DAYS_BEFORE
    days = sorted({int(part) for part in parts}, reverse=True)
    if len(days) > limits.REMINDER_DAYS_COUNT or not all(low <= d <= high for d in days):
        raise ValueError(text)
    return days
