"""The one way a service changes some fields of a row it was asked to change."""

from __future__ import annotations


def change_fields(row, allowed: tuple[str, ...], fields: dict) -> None:
    """Set and save the given ``fields`` of ``row``; text loses surrounding spaces as when made."""
    unknown = fields.keys() - set(allowed)
    if unknown:
        raise TypeError(f"cannot change {', '.join(sorted(unknown))}")
    for name, value in fields.items():
        setattr(row, name, value.strip() if isinstance(value, str) else value)
    if fields:
        row.save(update_fields=list(fields))
