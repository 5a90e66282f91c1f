"""The daily e-mail digest: what is due, on the days each person chose, and never twice.

A person hears about an item N days before its date for each N in Profile.reminder_days
(0 = on the day), then once a week while it is overdue if they asked for that. A manager also
hears, once a week, about each check-in that is more than a week late on a goal a report
shares with them; never about a private goal.

What was said is recorded in ReminderSent (user, day, item key) in the same transaction that
sends the mail, so a second run on the same day sends nothing new, and a failed send is
tried again by the next run.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass
from datetime import date

from django.conf import settings
from django.contrib.auth import get_user_model
from django.core.mail import send_mail
from django.db import IntegrityError, transaction
from django.template.loader import render_to_string
from django.utils import formats, translation
from django.utils.translation import gettext, ngettext

from smarta.planner.calendar.feed import CalendarItem, calendar_items
from smarta.planner.days import reminder_days
from smarta.planner.followup import selectors as selectors_followup
from smarta.planner.models import Goal, Profile, ReminderSent
from smarta.planner.profile.selectors import display_name
from smarta.planner.team import access

logger = logging.getLogger(__name__)

WEEK = 7


def chosen_days(profile: Profile) -> set[int]:
    """The days before a date on which the person wants a reminder ("7,1,0" → {7, 1, 0});
    none for a list stored before the forms bounded it that no longer reads."""
    try:
        return set(reminder_days(profile.reminder_days or ""))
    except ValueError:
        return set()


def is_reminder_day(days_left: int, chosen: set[int], weekly_when_overdue: bool) -> bool:
    """Whether an item ``days_left`` days away (negative: overdue) is mentioned today."""
    if days_left >= 0:
        return days_left in chosen
    return weekly_when_overdue and -days_left % WEEK == 0


def is_manager_alert_day(days_late: int) -> bool:
    """The first day a check-in is more than a week late, then every week while it stays so."""
    first = settings.SMARTA_MANAGER_LATE_AFTER_DAYS + 1
    return days_late >= first and (days_late - first) % WEEK == 0


@dataclass(frozen=True)
class LateCheckin:
    """A report's check-in, more than a week late, on a goal shared with their manager."""

    goal: Goal
    due: date
    days_late: int

    @property
    def key(self) -> str:
        return f"report-checkin-{self.goal.pk}"


def items_to_remind(user, profile: Profile, today: date) -> list[CalendarItem]:
    """The person's own items that today's digest mentions."""
    chosen = chosen_days(profile)
    return [
        item
        for item in calendar_items(user, today)
        if item.fixed
        and is_reminder_day((item.due - today).days, chosen, profile.remind_weekly_when_overdue)
    ]


def late_checkins_for_manager(manager, today: date) -> list[LateCheckin]:
    """Check-ins late enough to tell the manager about today, on shared active goals only."""
    goals = access.shared_goals_for_manager(manager).filter(
        status=Goal.Status.ACTIVE, owner__is_active=True
    )
    late = []
    for goal in goals:
        due = selectors_followup.next_checkin(goal)
        if is_manager_alert_day((today - due).days):
            late.append(LateCheckin(goal, due, (today - due).days))
    return late


@dataclass(frozen=True)
class Line:
    key: str
    text: str
    when: str
    url: str


def _when(days_left: int, due: date) -> str:
    day = formats.date_format(due, "DATE_FORMAT")
    if days_left == 0:
        return gettext("today, %(day)s") % {"day": day}
    if days_left > 0:
        return ngettext("in %(count)d day, %(day)s", "in %(count)d days, %(day)s", days_left) % {
            "count": days_left,
            "day": day,
        }
    late = -days_left
    return ngettext(
        "%(count)d day overdue, since %(day)s", "%(count)d days overdue, since %(day)s", late
    ) % {"count": late, "day": day}


def _render(user, items, late, today: date, base_url: str) -> tuple[str, str]:
    """(subject, body) in the active language."""

    def line(item: CalendarItem) -> Line:
        when = _when((item.due - today).days, item.due)
        return Line(item.key, item.summary(), when, base_url + item.path())

    context = {
        "name": display_name(user),
        "overdue": [line(i) for i in items if i.overdue(today)],
        "coming": [line(i) for i in items if not i.overdue(today)],
        "late": [
            {
                "report": display_name(entry.goal.owner),
                "goal": entry.goal.heading,
                "when": _when(-entry.days_late, entry.due),
            }
            for entry in late
        ],
    }
    subject = render_to_string("planner/reminders/digest_subject.txt", context)
    body = render_to_string("planner/reminders/digest.txt", context)
    return " ".join(subject.split()), body


def send_digest(user, profile: Profile, today: date, base_url: str) -> bool:
    """Send the person today's digest of what is new; False when there was nothing new."""
    items = items_to_remind(user, profile, today)
    late = late_checkins_for_manager(user, today)
    said = set(ReminderSent.objects.filter(user=user, day=today).values_list("key", flat=True))
    items = [i for i in items if i.key not in said]
    late = [entry for entry in late if entry.key not in said]
    if not items and not late:
        return False
    with translation.override(profile.language or settings.LANGUAGE_CODE):
        subject, body = _render(user, items, late, today, base_url)
    keys = [i.key for i in items] + [entry.key for entry in late]
    try:
        with transaction.atomic():
            ReminderSent.objects.bulk_create(
                [ReminderSent(user=user, day=today, key=key) for key in keys]
            )
            send_mail(subject, body, None, [user.email])
    except IntegrityError:  # another run recorded (and sent) these at the same moment
        return False
    return True


@dataclass(frozen=True)
class Run:
    """What one day's run did: mails sent, and the ids of the people it failed for."""

    sent: int
    failed: list[int]


def send_reminders(*, today: date, base_url: str) -> Run:
    """Send every active person with an e-mail address their digest.

    One person's failure (bad data, a refused address) is logged with their id and the run
    goes on: it must never cost everyone after them their mail. The caller reports the
    failures (the command exits non-zero), and the next run tries those people again.
    """
    profiles = {p.user_id: p for p in Profile.objects.all()}
    people = get_user_model().objects.filter(is_active=True).exclude(email="").order_by("pk")
    sent, failed = 0, []
    for user in people:
        profile = profiles.get(user.pk) or Profile(user=user)
        try:
            with transaction.atomic():  # a database error, too, stays this person's
                sent += send_digest(user, profile, today, base_url.rstrip("/"))
        except Exception:  # any failure is this person's alone
            logger.exception("reminder digest failed for user id %s", user.pk)
            failed.append(user.pk)
    return Run(sent=sent, failed=failed)
