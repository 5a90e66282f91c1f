"""Form validators for bounds that live in smarta.limits."""

from __future__ import annotations

from datetime import date, datetime

from django.core.exceptions import ValidationError
from django.utils.translation import gettext_lazy as _

from smarta import limits


def within_dates(value: date | datetime) -> None:
    """A date (or a date and time, by its own day) from limits.EARLIEST to limits.LATEST:
    outside that span, date arithmetic and the time-zone conversion on saving overflow."""
    day = value.date() if isinstance(value, datetime) else value
    if not limits.EARLIEST <= day <= limits.LATEST:
        raise ValidationError(
            _("Give a date from %(earliest)s to %(latest)s."),
            code="date_range",
            params={"earliest": limits.EARLIEST.isoformat(), "latest": limits.LATEST.isoformat()},
        )
