"""Database ids as they arrive in a URL or a form: whole numbers from 1 to ``limits.MAX_ID``.

Anything else names no row, so it is refused here, before a query: a 65-bit number reaches
neither SQLite (which cannot bind it) nor PostgreSQL (whose bigint it overflows).
"""

from __future__ import annotations

from smarta import limits

# At most as many digits as MAX_ID has; the converter checks the value itself.
DIGITS = f"[0-9]{{1,{len(str(limits.MAX_ID))}}}"


def parse_id(text: str) -> int | None:
    """``text`` as an id, or None when it is not one (ASCII digits only: ``int("²")`` fails)."""
    if not (text.isascii() and text.isdigit()):
        return None
    value = int(text)
    return value if 1 <= value <= limits.MAX_ID else None


class IdConverter:
    """``<id:pk>``: the URL's id as an int; out of range, the route does not match (a 404)."""

    regex = DIGITS

    def to_python(self, value: str) -> int:
        parsed = parse_id(value)
        if parsed is None:
            raise ValueError(value)
        return parsed

    def to_url(self, value: int) -> str:
        return str(value)
