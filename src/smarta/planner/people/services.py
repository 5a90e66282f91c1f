"""HR's writes to people: a person's details, their manager, leaving; each one in the trail."""

from __future__ import annotations

from django.db import transaction

from smarta.planner.data import leaving
from smarta.planner.models import AuditEvent, Department, Profile
from smarta.planner.team import audit


@transaction.atomic
def person_update(
    *, actor, person, first_name: str, last_name: str, department: str, manager, active: bool
) -> None:
    """Save what HR changed. A new manager sees the person's shared goals from now on and the
    old one no longer does (sharing follows the reporting line); leaving ends the sign-in,
    and mails the person a link to take their plan with them."""
    person.first_name, person.last_name = first_name.strip(), last_name.strip()
    profile, _made = Profile.objects.get_or_create(user=person)
    name = department.strip()
    profile.department = Department.objects.get_or_create(name=name)[0] if name else None
    if profile.manager_id != (manager.pk if manager else None):
        audit.record(
            AuditEvent.Action.MANAGER_CHANGED, actor=actor, person=person,
            before=profile.manager.email if profile.manager else "",
            after=manager.email if manager else "",
        )  # fmt: skip
        profile.manager = manager
    if person.is_active != active:
        action = AuditEvent.Action.REACTIVATED if active else AuditEvent.Action.DEACTIVATED
        audit.record(action, actor=actor, person=person)
        person.is_active = active
        if not active:
            leaving.send_leaver_mail(person)
    person.save()
    profile.save()
