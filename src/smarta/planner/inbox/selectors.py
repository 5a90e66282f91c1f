"""Reads of the inbox: a person's notifications, worded for them, and how many are unread.

A notification names a goal only while its reader may see that goal (their own, one a report
shares with them, one they were invited to give feedback on): a goal made private since it was
shared shows as "a goal", and its link goes nowhere it would be refused."""

from __future__ import annotations

from dataclasses import dataclass

from django.urls import reverse
from django.utils import formats, timezone

from smarta.planner.inbox.kinds import HIDDEN_GOAL, SENTENCE, Kind
from smarta.planner.models import Notification
from smarta.planner.profile.selectors import display_name
from smarta.planner.team import access

# The inbox lists this many, the newest first.
INBOX_SIZE = 50


@dataclass(frozen=True)
class Entry:
    notification: Notification
    text: str
    url: str | None  # None: nothing the reader may open


def unread_count(user) -> int:
    return Notification.objects.filter(recipient=user, read_at__isnull=True).count()


def inbox_for(user, limit: int = INBOX_SIZE) -> list[Entry]:
    rows = list(
        Notification.objects.filter(recipient=user).select_related("actor", "goal", "talk")[:limit]
    )
    visible = access.visible_goal_ids(user, {n.goal_id for n in rows if n.goal_id})
    return [entry(n, visible) for n in rows]


def entry_for(user, notification: Notification) -> Entry:
    """One notification worded for ``user``, its recipient."""
    return entry(notification, access.visible_goal_ids(user, {notification.goal_id} - {None}))


def entry(notification: Notification, visible: set[int]) -> Entry:
    """The notification worded in the active language, with the link its reader may open."""
    goal = notification.goal
    can_see = goal is not None and goal.pk in visible
    words = {
        "who": display_name(notification.actor)
        if notification.actor
        else notification.data.get("who", "Smarta"),
        "goal": goal.heading if can_see else HIDDEN_GOAL,
        "when": _when(notification),
    }
    text = str(SENTENCE[Kind(notification.kind)]) % words
    return Entry(notification, text, _url(notification, can_see))


def _when(notification: Notification) -> str:
    if notification.talk is not None:
        moment = timezone.localtime(notification.talk.scheduled_for)
        return formats.date_format(moment, "j F Y, H:i")
    if "when" in notification.data:
        return formats.date_format(
            timezone.datetime.fromisoformat(notification.data["when"]), "j F Y"
        )
    return ""


def _url(notification: Notification, can_see: bool) -> str | None:
    if notification.talk_id:
        return reverse("talk", args=[notification.talk_id])
    if notification.kind == Kind.GOAL_PROPOSED and "proposal" in notification.data:
        return reverse("proposal", args=[notification.data["proposal"]])
    if not can_see:
        return None
    goal = notification.goal
    if goal.owner_id == notification.recipient_id:
        return reverse("goal-detail", args=[goal.pk])
    if notification.kind == Kind.FEEDBACK_INVITED and "request" in notification.data:
        return reverse("feedback-give", args=[notification.data["request"]])
    if goal.for_team:
        return reverse("team-goal-page", args=[goal.pk])
    return reverse("team-goal", args=[goal.pk])
