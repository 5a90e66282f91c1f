"""Field types every input schema uses, so no input reaches the database or the analyzer in
a shape they would fail on (a lone surrogate, a NUL, a date near year 9999, a 65-bit id)."""

from __future__ import annotations

from datetime import date
from typing import Annotated, Any

from pydantic import AfterValidator, BeforeValidator, Field, StringConstraints

EARLIEST = date(1970, 1, 1)
LATEST = date(2200, 12, 31)
MAX_ID = 2**63 - 1


def _encodable(value: str) -> str:
    if "\x00" in value:  # PostgreSQL cannot store it
        raise ValueError("text with a NUL character")
    try:
        value.encode("utf-8")
    except UnicodeEncodeError:
        raise ValueError("text that is not valid Unicode") from None
    return value


def _iso_date(value: Any) -> Any:
    if isinstance(value, date):
        return value
    if not isinstance(value, str):
        raise ValueError("expected a date as YYYY-MM-DD")
    try:
        return date.fromisoformat(value)
    except ValueError:
        raise ValueError(f"not a date (YYYY-MM-DD): {value[:40]!r}") from None


def _in_range(value: date) -> date:
    if not EARLIEST <= value <= LATEST:
        raise ValueError(f"a date from {EARLIEST} to {LATEST}")
    return value


def text(max_length: int, min_length: int = 0) -> Any:
    """A string the database can store, surrounding spaces removed, of at most ``max_length``
    characters (and at least ``min_length``)."""
    constraints = StringConstraints(
        strip_whitespace=True, min_length=min_length, max_length=max_length
    )
    return Annotated[str, constraints, AfterValidator(_encodable)]


Password = Annotated[str, StringConstraints(max_length=1000), AfterValidator(_encodable)]
Day = Annotated[date, BeforeValidator(_iso_date), AfterValidator(_in_range)]
Id = Annotated[int, Field(ge=1, le=MAX_ID)]
Number = Annotated[float, Field(allow_inf_nan=False, ge=-1e15, le=1e15)]
