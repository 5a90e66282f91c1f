"""Field types every input schema uses, so no input reaches the database or the analyzer in
a shape they would fail on (a lone surrogate, a NUL, a date near year 9999, a 65-bit id).

What a type refuses is also in its JSON schema (a ``pattern``), so the OpenAPI document
promises no input the API then answers with 422; the validators give the readable message.
"""

from __future__ import annotations

import re
from datetime import date
from typing import Annotated, Any

from pydantic import AfterValidator, BeforeValidator, Field

from smarta.limits import EARLIEST, LATEST, MAX_ID, PASSWORD, VALUE

# Patterns in the document for what the validators below refuse.
NO_NUL = r"^[^\x00]*$"
NOT_BLANK = r"^[^\x00]*[^\s\x00][^\x00]*$"
# The years EARLIEST to LATEST; ``format: date`` says the rest.
YEARS = r"^(19[7-9][0-9]|2[01][0-9][0-9]|2200)-"
# ``format: date`` is RFC 3339's YYYY-MM-DD; Python would also read 20260101 and 2026-W01-1.
_FULL_DATE = re.compile(r"[0-9]{4}-[0-9]{2}-[0-9]{2}")


def _encodable(value: str) -> str:
    if "\x00" in value:  # PostgreSQL cannot store it
        raise ValueError("text with a NUL character")
    try:
        value.encode("utf-8")
    except UnicodeEncodeError:
        raise ValueError("text that is not valid Unicode") from None
    return value


def _stripped(value: str) -> str:
    return _encodable(value).strip()


def _not_blank(value: str) -> str:
    if not value:
        raise ValueError("text that is only spaces")
    return value


def _integral(value: Any) -> Any:
    """JSON Schema counts ``5.0`` as an integer, so it is one here too; ``5.5`` is not."""
    if isinstance(value, float) and value.is_integer():
        return int(value)
    return value


def _iso_date(value: Any) -> Any:
    if isinstance(value, date):
        return value
    message = f"not a date (YYYY-MM-DD): {value!r:.40}"
    if not isinstance(value, str) or not _FULL_DATE.fullmatch(value):
        raise ValueError(message)
    try:
        return date.fromisoformat(value)
    except ValueError:
        raise ValueError(message) from None


def _in_range(value: date) -> date:
    if not EARLIEST <= value <= LATEST:
        raise ValueError(f"a date from {EARLIEST} to {LATEST}")
    return value


def text(max_length: int, *, blank: bool = True) -> Any:
    """A string the database can store of at most ``max_length`` characters, surrounding
    spaces removed after that check (Python's idea of a space, as the services strip); with
    ``blank=False`` it must hold more than spaces."""
    if blank:
        return Annotated[
            str,
            Field(max_length=max_length, json_schema_extra={"pattern": NO_NUL}),
            AfterValidator(_stripped),
        ]
    return Annotated[
        str,
        Field(min_length=1, max_length=max_length, json_schema_extra={"pattern": NOT_BLANK}),
        AfterValidator(_stripped),
        AfterValidator(_not_blank),
    ]


def integer(low: int, high: int) -> Any:
    """A whole number from ``low`` to ``high``."""
    return Annotated[int, Field(ge=low, le=high), BeforeValidator(_integral)]


Password = Annotated[
    str,
    Field(max_length=PASSWORD, json_schema_extra={"pattern": NO_NUL}),
    AfterValidator(_encodable),
]
Day = Annotated[
    date,
    BeforeValidator(_iso_date),
    AfterValidator(_in_range),
    Field(json_schema_extra={"pattern": YEARS}),
]
Id = integer(1, MAX_ID)
Number = Annotated[float, Field(allow_inf_nan=False, ge=-VALUE, le=VALUE)]
