"""The audit trail: one function that adds to it, one that reads it (for HR)."""

from __future__ import annotations

from django.db.models import QuerySet

from smarta.planner.models import AuditEvent


def record(action: str, *, actor=None, person=None, goal=None, **detail) -> AuditEvent:
    return AuditEvent.objects.create(
        action=action, actor=actor, person=person, goal=goal, detail=detail
    )


def trail(limit: int = 200) -> QuerySet[AuditEvent]:
    """The latest events; callers check that the reader is HR (staff)."""
    return AuditEvent.objects.select_related("actor", "person")[:limit]
