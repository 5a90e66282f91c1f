"""What a person's calendar holds, and the same as iCalendar (RFC 5545).

``calendar_items`` is the one list of dated things a person has to do or attend: each active
goal's deadline and its next check-in, milestones not reached, steps not done, the next
reflection and the development talks not yet held. The feed, the single-item downloads and
the e-mail digest (``reminders``) all read it, so they never disagree.

Every item has a UID that depends only on what the item is and which Smarta holds it
("milestone-12@smarta.example.org"), never on its date: when a date moves, calendar apps move
the event instead of adding a second one. The host is SMARTA_SITE_URL's, the site's one
configured public address, not the request's: a site reached under two names (or through a
proxy passing another Host) still gives each item one UID, the same in the feed, in a
downloaded .ics and outside any request. Scheme and port are left out, so moving behind a
TLS proxy keeps the UIDs; two Smartas with their own addresses never share one.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from urllib.parse import urlsplit

from django.conf import settings
from django.db.models import Q
from django.http import Http404
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import gettext
from icalendar import Calendar, Event

from smarta.planner.days import days_after
from smarta.planner.followup import selectors as selectors_followup
from smarta.planner.goals import selectors as selectors_goals
from smarta.planner.models import Goal, Milestone, Profile, Reflection, Step, Talk
from smarta.planner.profile.selectors import display_name

KINDS = ("deadline", "checkin", "milestone", "step", "reflection", "talk")
TALK_LENGTH = timedelta(hours=1)
# secrets.token_urlsafe(32) gives 43 characters; anything shorter was never issued.
TOKEN_MIN_LENGTH = 43


@dataclass(frozen=True)
class CalendarItem:
    """One dated thing in a person's calendar.

    ``title`` is the user's own text (a milestone, a step, a goal, the other person in a
    talk); ``summary()`` wraps it in the active language. ``fixed`` is False for a date that
    only means "now" (a first reflection never scheduled), which reminders do not repeat.
    """

    kind: str
    pk: int
    due: date
    title: str
    goal: Goal | None = None
    starts_at: datetime | None = None
    fixed: bool = True

    @property
    def key(self) -> str:
        return f"{self.kind}-{self.pk}"

    @property
    def uid(self) -> str:
        return f"{self.key}@{site_host()}"

    def overdue(self, today: date) -> bool:
        return self.due < today

    def summary(self) -> str:
        """The event's title in the active language."""
        texts: dict[str, Callable[[], str]] = {
            "deadline": lambda: gettext("Goal due: %(goal)s") % {"goal": self.title},
            "checkin": lambda: gettext("Check in: %(goal)s") % {"goal": self.title},
            "milestone": lambda: gettext("Milestone: %(title)s") % {"title": self.title},
            "step": lambda: gettext("Step: %(title)s") % {"title": self.title},
            "reflection": lambda: gettext("Reflect on your goals"),
            "talk": lambda: gettext("Development talk with %(name)s") % {"name": self.title},
        }
        return texts[self.kind]()

    def path(self) -> str:
        """Where in Smarta the item is handled (a path; callers make it absolute)."""
        if self.goal is not None:
            page = reverse("goal-detail", args=[self.goal.pk])
            anchor = {"checkin": "followup", "milestone": "plan", "step": "plan"}.get(self.kind)
            return page + f"#{anchor}" if anchor else page
        if self.kind == "talk":
            return reverse("talk", args=[self.pk])
        return reverse("dashboard")


def site_host() -> str:
    """The host name of SMARTA_SITE_URL, lower case, without scheme or port."""
    url = settings.SMARTA_SITE_URL
    return urlsplit(url if "//" in url else f"//{url}").hostname or "smarta"


def calendar_items(user, today: date) -> list[CalendarItem]:
    """The person's upcoming and overdue items, by date: see the module docstring."""
    goals = list(selectors_goals.active_goals(user))
    items = [
        CalendarItem("checkin", g.pk, selectors_followup.next_checkin(g), g.heading, g)
        for g in goals
    ]
    # the goal's own deadline: the day everything else leads to
    items += [CalendarItem("deadline", g.pk, g.deadline, g.heading, g) for g in goals if g.deadline]
    milestones = Milestone.objects.filter(
        goal__owner=user, goal__status=Goal.Status.ACTIVE, reached_at__isnull=True
    ).select_related("goal")
    items += [CalendarItem("milestone", m.pk, m.due, m.title, m.goal) for m in milestones]
    steps = Step.objects.filter(
        goal__owner=user, goal__status=Goal.Status.ACTIVE, done_at__isnull=True, due__isnull=False
    ).select_related("goal")
    items += [CalendarItem("step", s.pk, s.due, s.title, s.goal) for s in steps]
    if goals:
        items.append(_reflection(user, today))
    items += _talks(user)
    items.sort(key=lambda item: (item.due, KINDS.index(item.kind), item.pk))
    return items


def _reflection(user, today: date) -> CalendarItem:
    every = selectors_followup.reflect_every_weeks(user)
    ever = Reflection.objects.filter(owner=user).exists()
    due = selectors_followup.reflection_due(user, every, today)
    return CalendarItem("reflection", user.pk, due, "", fixed=ever)


def _talks(user) -> list[CalendarItem]:
    talks = Talk.objects.filter(Q(manager=user) | Q(report=user), held_at__isnull=True)
    items = []
    for talk in talks.select_related("manager", "report"):
        other = talk.report if talk.manager_id == user.pk else talk.manager
        start = talk.scheduled_for
        items.append(
            CalendarItem(
                "talk", talk.pk, timezone.localdate(start), display_name(other), starts_at=start
            )
        )
    return items


def item_for_owner(user, kind: str, pk: int, today: date) -> CalendarItem:
    """One of the person's own calendar items, or 404 (someone else's, done, or unknown)."""
    for item in calendar_items(user, today):
        if item.kind == kind and item.pk == pk:
            return item
    raise Http404


def profile_for_token(token: str) -> Profile:
    """The profile whose feed this token opens; 404 for an unknown or revoked token."""
    if len(token) < TOKEN_MIN_LENGTH:
        raise Http404
    profile = Profile.objects.filter(calendar_token=token).select_related("user").first()
    if profile is None or not profile.user.is_active:
        raise Http404
    return profile


def to_ical(items: Iterable[CalendarItem], absolute: Callable[[str], str], name: str) -> bytes:
    """A VCALENDAR with one VEVENT per item, texts in the active language.

    ``absolute`` turns a path into a full URL for the event's link back to Smarta.
    """
    calendar = Calendar()
    calendar.add("prodid", "-//Smarta//Smarta//EN")
    calendar.add("version", "2.0")
    calendar.add("calscale", "GREGORIAN")
    calendar.add("x-wr-calname", name)
    now = timezone.now()
    for item in items:
        calendar.add_component(_event(item, absolute(item.path()), now))
    return calendar.to_ical()


def _event(item: CalendarItem, url: str, now: datetime) -> Event:
    event = Event()
    event.add("uid", item.uid)
    event.add("dtstamp", now)
    event.add("summary", item.summary())
    if item.starts_at is not None:
        event.add("dtstart", item.starts_at)
        event.add("dtend", item.starts_at + TALK_LENGTH)
    else:
        event.add("dtstart", item.due)
        event.add("dtend", days_after(item.due, 1))
        event.add("transp", "TRANSPARENT")  # a due date does not make the person busy
    told = item.goal is not None and item.kind not in ("checkin", "deadline")  # not twice
    lines = [item.goal.heading] if told else []
    event.add("description", "\n".join([*lines, gettext("Open in Smarta: %(url)s") % {"url": url}]))
    event.add("url", url)
    return event
