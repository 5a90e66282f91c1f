"""Writes for working with others: sharing a goal, the manager's approval, comments, and the
import of people and reporting lines.

Callers have already checked who may do this (``access``); these functions keep the rules.
"""

from __future__ import annotations

import logging
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field

from django.contrib.auth import get_user_model
from django.core.exceptions import ValidationError
from django.core.validators import validate_email
from django.db import transaction
from django.db.models.functions import Lower
from django.utils import timezone
from django.utils.translation import gettext as _

from smarta.planner.goals.services import goal_save_changes
from smarta.planner.inbox.kinds import Kind
from smarta.planner.inbox.services import notify
from smarta.planner.mail import MailNotSent
from smarta.planner.models import AuditEvent, Department, Goal, GoalComment, Profile
from smarta.planner.profile.accounts import free_username, send_password_link, user_by_email
from smarta.planner.team import audit

logger = logging.getLogger(__name__)

# Motivation from this value up, together with the manager's approval, makes a goal Accepted.
ACCEPTED_MOTIVATION = 7
IMPORT_COLUMNS = ("email", "name", "department", "manager_email")


def goal_is_accepted(goal: Goal) -> bool:
    """The A of SMARTA: the manager has approved the goal and the person's motivation is ≥ 7."""
    return (
        goal.approved_at is not None
        and goal.motivation is not None
        and goal.motivation >= ACCEPTED_MOTIVATION
    )


def goal_set_visibility(*, goal: Goal, visibility: str) -> Goal:
    """Share a goal with the person's manager or make it private again.

    The approval is kept: it says what the manager agreed to, and shows again if re-shared."""
    if visibility not in Goal.Visibility.values:
        raise ValueError(f"unknown visibility: {visibility!r}")
    if visibility == goal.visibility:
        return goal
    goal.visibility = visibility
    goal = goal_save_changes(goal=goal, fields=["visibility"])
    if visibility == Goal.Visibility.SHARED:
        profile = Profile.objects.filter(user_id=goal.owner_id).select_related("manager").first()
        manager = profile.manager if profile else None
        notify(recipient=manager, kind=Kind.GOAL_SHARED, actor=goal.owner, goal=goal)
    return goal


# What the manager's verdict on a goal is made of: an approval, or a request for changes.
APPROVAL_FIELDS = (
    "approved_by", "approved_at", "changes_requested", "changes_requested_by",
    "changes_requested_at",
)  # fmt: skip


def goal_approve(*, goal: Goal, manager) -> Goal:
    """The manager approves the goal: who and when are recorded, a request for changes ends."""
    goal.approved_by = manager
    goal.approved_at = timezone.now()
    goal.changes_requested = ""
    goal.changes_requested_by = None
    goal.changes_requested_at = None
    goal = goal_save_changes(goal=goal, fields=APPROVAL_FIELDS)
    notify(recipient=goal.owner, kind=Kind.GOAL_APPROVED, actor=manager, goal=goal)
    audit.record(AuditEvent.Action.GOAL_APPROVED, actor=manager, person=goal.owner, goal=goal)
    return goal


def goal_request_changes(*, goal: Goal, manager, comment: str) -> Goal:
    """The manager asks for changes (the comment says which): who and when are recorded, as
    for an approval, and an earlier approval ends."""
    comment = comment.strip()
    if not comment:
        raise ValueError("a request for changes needs a comment")
    goal.approved_by = None
    goal.approved_at = None
    goal.changes_requested = comment
    goal.changes_requested_by = manager
    goal.changes_requested_at = timezone.now()
    goal = goal_save_changes(goal=goal, fields=APPROVAL_FIELDS)
    notify(recipient=goal.owner, kind=Kind.CHANGES_REQUESTED, actor=manager, goal=goal)
    audit.record(AuditEvent.Action.CHANGES_REQUESTED, actor=manager, person=goal.owner, goal=goal)
    return goal


def goal_comment_add(*, goal: Goal, author, body: str) -> GoalComment:
    body = body.strip()
    if not body:
        raise ValueError("an empty comment")
    comment = GoalComment.objects.create(goal=goal, author=author, body=body)
    # the other side of the thread: the owner, or the manager the goal is shared with
    if author.pk != goal.owner_id:
        notify(recipient=goal.owner, kind=Kind.COMMENT, actor=author, goal=goal)
    elif goal.visibility == Goal.Visibility.SHARED:
        profile = Profile.objects.filter(user_id=goal.owner_id).select_related("manager").first()
        if profile and profile.manager:
            notify(recipient=profile.manager, kind=Kind.COMMENT, actor=author, goal=goal)
    return comment


# --- Importing people and reporting lines ----------------------------------------------


@dataclass(frozen=True)
class PersonRow:
    line: int
    email: str
    name: str
    department: str
    manager_email: str

    @property
    def names(self) -> tuple[str, str]:
        """First and last name: the name before and after its first space."""
        first, _sep, last = self.name.partition(" ")
        return first, last.strip()


@dataclass
class ImportResult:
    created: int = 0
    updated: int = 0
    unchanged: int = 0
    errors: list[tuple[int, str]] = field(default_factory=list)  # (line, reason)
    dry_run: bool = False  # nothing was saved: what would change


def _longest(model, field: str) -> int:
    return model._meta.get_field(field).max_length


def _parse(line: int, raw: Mapping[str, str | None]) -> PersonRow:
    def value(column: str) -> str:
        text = (raw.get(column) or "").strip()
        if "\x00" in text:  # PostgreSQL cannot store it
            raise ValueError(
                _("the column %(column)s contains a NUL character") % {"column": column}
            )
        return text

    email = value("email").lower()
    if not email:
        raise ValueError(_("the e-mail address is missing"))
    User = get_user_model()
    longest = min(_longest(User, "email"), _longest(User, "username"))  # it is the username
    if len(email) > longest:
        raise ValueError(_("the e-mail address is longer than %(n)s characters") % {"n": longest})
    try:
        validate_email(email)
    except ValidationError:
        raise ValueError(_("not an e-mail address: %(email)s") % {"email": email}) from None
    manager_email = value("manager_email").lower()
    if manager_email == email:
        raise ValueError(_("a person cannot be their own manager"))
    row = PersonRow(line, email, value("name"), value("department"), manager_email)
    first, last = row.names
    if len(first) > (n := _longest(User, "first_name")):
        raise ValueError(
            _("the first name (before the first space) is longer than %(n)s characters") % {"n": n}
        )
    if len(last) > (n := _longest(User, "last_name")):
        raise ValueError(
            _("the last name (after the first space) is longer than %(n)s characters") % {"n": n}
        )
    if len(row.department) > (n := _longest(Department, "name")):
        raise ValueError(_("the department is longer than %(n)s characters") % {"n": n})
    return row


def _circles(rows: dict[str, PersonRow], managers_now: dict[str, str]) -> dict[str, list[str]]:
    """Each person in ``rows`` whose line of managers would lead back to them once the rows
    are imported, with that circle (starting and ending with them). People not in ``rows``
    keep their manager in ``managers_now``."""

    def manager_of(email: str) -> str:
        return rows[email].manager_email if email in rows else managers_now.get(email, "")

    circles: dict[str, list[str]] = {}
    done: set[str] = set()  # followed to its end already
    for start in rows:
        walk: dict[str, int] = {}  # email → its place on this walk
        current = start
        while current and current not in done and current not in walk:
            walk[current] = len(walk)
            current = manager_of(current)
        if current in walk:  # back on this walk: a circle from ``current``
            circle = list(walk)[walk[current] :]
            for place, email in enumerate(circle):
                if email in rows:
                    circles[email] = [*circle[place:], *circle[:place], email]
        done.update(walk)
    return circles


def _valid_rows(rows: Iterable[tuple[int, Mapping[str, str | None]]], result: ImportResult):
    """Rows that parse, each e-mail once, whose manager is in the file or the database, and
    whose reporting lines would not go round in a circle."""
    parsed: dict[str, PersonRow] = {}
    for line, raw in rows:
        try:
            row = _parse(line, raw)
        except ValueError as error:
            result.errors.append((line, str(error)))
            continue
        if row.email in parsed:
            result.errors.append(
                (line, _("%(email)s is already on line %(line)d")
                 % {"email": row.email, "line": parsed[row.email].line})
            )  # fmt: skip
            continue
        parsed[row.email] = row
    # Managers who are users already: a row naming one stands even if their own row is refused
    wanted = {r.manager_email for r in parsed.values() if r.manager_email}
    known = {e.lower() for e in _emails_of(wanted)}
    managers_now = {
        person.lower(): boss.lower()
        for person, boss in Profile.objects.filter(manager__isnull=False).values_list(
            "user__email", "manager__email"
        )
    }
    # Refusing a row can leave a row that names it as manager without one, or change whose
    # line of managers goes round in a circle: repeat until no row is refused.
    refused = True
    while refused:
        refused = False
        for row in list(parsed.values()):
            manager = row.manager_email
            if manager and manager not in parsed and manager not in known:
                reason = _("the manager %(email)s is not a user and not imported from this file")
                result.errors.append((row.line, reason % {"email": manager}))
                del parsed[row.email]
                refused = True
        for email, circle in _circles(parsed, managers_now).items():
            reason = _("the reporting lines would go round in a circle: %(circle)s")
            result.errors.append((parsed[email].line, reason % {"circle": " → ".join(circle)}))
            del parsed[email]
            refused = True
    return list(parsed.values())


def _emails_of(addresses: set[str]) -> list[str]:
    """Those of ``addresses`` (lower case) that an account has, in any case."""
    if not addresses:
        return []
    lowered = get_user_model().objects.annotate(low=Lower("email")).filter(low__in=addresses)
    return list(lowered.values_list("email", flat=True))


def _save_person(row: PersonRow) -> tuple[object, str]:
    """The account with the row's address (whatever its user name or the address's case), or
    a new one; and "created", "updated" or "unchanged". A name left empty in the file keeps
    the one the person has."""
    user = user_by_email(row.email)
    status = "unchanged"
    if user is None:
        user = get_user_model()(username=free_username(row.email), email=row.email)
        user.set_unusable_password()  # they choose one through the welcome mail's link
        status = "created"
    first, last = row.names
    if row.name and (user.first_name, user.last_name) != (first, last):
        user.first_name, user.last_name = first, last
        status = "updated" if status == "unchanged" else status
    if status != "unchanged":
        user.save()
    department = (
        Department.objects.get_or_create(name=row.department)[0] if row.department else None
    )
    profile, _made = Profile.objects.get_or_create(user=user)
    if profile.department_id != (department.pk if department else None):
        profile.department = department
        profile.save(update_fields=["department"])
        status = "updated" if status == "unchanged" else status
    return user, status


@transaction.atomic
def people_import(
    *,
    rows: Iterable[tuple[int, Mapping[str, str | None]]],
    dry_run: bool = False,
    actor=None,
    source: str = "",
) -> ImportResult:
    """Create or update people from (line number, row) pairs with ``IMPORT_COLUMNS``.

    The username is the e-mail address. A row is refused (and reported with its line and
    reason) when its e-mail is missing, invalid or repeated, a value is longer than its column
    or holds a NUL, its manager is neither in the file nor a user, or its reporting lines
    would go round in a circle (through people in the file or already in the database);
    every other row is imported. Managers are set in a second pass, so a
    manager may come later in the file. An empty department or manager clears it.

    People are matched by e-mail address, in any case and whatever their user name, so an
    import run twice changes nothing the second time. Each person created is mailed a link
    to choose a password, once the import is saved. With ``dry_run`` nothing is saved or
    sent: the result says what would change."""
    result = ImportResult(dry_run=dry_run)
    valid = _valid_rows(rows, result)
    users, statuses = {}, {}
    for row in valid:
        users[row.email], statuses[row.email] = _save_person(row)
    managers = {r.manager_email for r in valid if r.manager_email} - users.keys()
    users |= {e.lower(): user_by_email(e) for e in _emails_of(managers)}
    for row in valid:
        manager = users[row.manager_email] if row.manager_email else None
        profile = Profile.objects.get(user=users[row.email])
        if profile.manager_id != (manager.pk if manager else None):
            audit.record(
                AuditEvent.Action.MANAGER_CHANGED, actor=actor, person=users[row.email],
                before=profile.manager.email if profile.manager else "",
                after=manager.email if manager else "",
            )  # fmt: skip
            Profile.objects.filter(pk=profile.pk).update(manager=manager)
            if statuses[row.email] == "unchanged":
                statuses[row.email] = "updated"
    for status in statuses.values():
        setattr(result, status, getattr(result, status) + 1)
    result.errors.sort()
    if dry_run:
        transaction.set_rollback(True)
        return result
    for email, status in statuses.items():
        if status == "created":
            audit.record(AuditEvent.Action.PERSON_IMPORTED, actor=actor, person=users[email])
            transaction.on_commit(_welcome(users[email]))
    audit.record(
        AuditEvent.Action.IMPORT_RUN, actor=actor, source=source, created=result.created,
        updated=result.updated, unchanged=result.unchanged, refused=len(result.errors),
    )  # fmt: skip
    return result


def _welcome(user):
    def send() -> None:
        try:
            send_password_link(user, purpose="welcome")
        except MailNotSent:  # a mail server down: HR can send it again from the person's page
            logger.exception("welcome mail to user id %s not sent", user.pk)

    return send
