"""Date arithmetic that cannot overflow.

The forms bound every date to limits.EARLIEST..LATEST and every cadence to its range, but data
stored before those bounds (or restored from an old backup) may hold year 9999 or a cadence of
millions of days; adding to such a date raises OverflowError, which once stopped the daily
reminder run for everyone. Every "date plus a period" in the planner goes through here.
"""

from __future__ import annotations

from datetime import date, timedelta


def days_after(day: date, days: int) -> date:
    """``day`` moved by ``days`` (negative: back), stopping at the first or last date there is."""
    if days >= 0:
        return day + timedelta(days=min(days, (date.max - day).days))
    return day - timedelta(days=min(-days, (day - date.min).days))
