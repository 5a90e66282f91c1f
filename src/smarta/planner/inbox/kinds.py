"""What a person can be told of, how by default, and how it is worded.

Each kind's sentence is written for its recipient ("Maja approved your goal …"). ``%(goal)s``
is the goal's title while the reader may see the goal, else a neutral word; ``%(who)s`` is the
one who did it; ``%(when)s`` a talk's time."""

from __future__ import annotations

from django.db import models
from django.utils.translation import gettext_lazy as _
from django.utils.translation import pgettext_lazy


class Channel(models.TextChoices):
    APP = "app", _("in Smarta")
    EMAIL = "email", _("by e-mail")
    BOTH = "both", _("in Smarta and by e-mail")
    OFF = "off", _("not at all")


class Kind(models.TextChoices):
    GOAL_SHARED = "goal_shared", _("a report shares a goal with me")
    GOAL_APPROVED = "goal_approved", _("my manager approves a goal")
    CHANGES_REQUESTED = "changes_requested", _("my manager asks for changes to a goal")
    COMMENT = "comment", _("a comment on a goal I own or manage")
    FEEDBACK_INVITED = "feedback_invited", _("someone asks me for feedback")
    FEEDBACK_ANSWERED = "feedback_answered", _("someone answers my request for feedback")
    TALK_BOOKED = "talk_booked", _("a development talk is booked with me")
    TALK_CANCELLED = "talk_cancelled", _("a development talk is called off")
    AGENDA_READY = "agenda_ready", _("the other side has prepared the talk's agenda")
    RECORD_READY = "record_ready", _("the record of a talk is ready")
    CHECKIN_MISSED = "checkin_missed", _("I have missed a check-in")
    TEAM_GOAL = "team_goal", _("my manager writes a goal for the team")
    GOAL_PROPOSED = "goal_proposed", _("my manager proposes a goal to me")
    PROPOSAL_ANSWERED = "proposal_answered", _("a report answers a goal I proposed")


# Sensible defaults: what asks something of the person comes by mail too.
DEFAULT_CHANNEL = {
    Kind.GOAL_SHARED: Channel.BOTH,
    Kind.GOAL_APPROVED: Channel.BOTH,
    Kind.CHANGES_REQUESTED: Channel.BOTH,
    Kind.COMMENT: Channel.APP,
    Kind.FEEDBACK_INVITED: Channel.BOTH,
    Kind.FEEDBACK_ANSWERED: Channel.BOTH,
    Kind.TALK_BOOKED: Channel.BOTH,
    Kind.TALK_CANCELLED: Channel.BOTH,
    Kind.AGENDA_READY: Channel.APP,
    Kind.RECORD_READY: Channel.BOTH,
    Kind.CHECKIN_MISSED: Channel.APP,
    Kind.TEAM_GOAL: Channel.APP,
    Kind.GOAL_PROPOSED: Channel.BOTH,
    Kind.PROPOSAL_ANSWERED: Channel.BOTH,
}

SENTENCE = {
    Kind.GOAL_SHARED: _("%(who)s shared the goal “%(goal)s” with you: it waits for your approval."),
    Kind.GOAL_APPROVED: _("%(who)s approved your goal “%(goal)s”."),
    Kind.CHANGES_REQUESTED: _("%(who)s asks for changes to your goal “%(goal)s”."),
    Kind.COMMENT: _("%(who)s commented on the goal “%(goal)s”."),
    Kind.FEEDBACK_INVITED: _("%(who)s asks for your feedback on the goal “%(goal)s”."),
    Kind.FEEDBACK_ANSWERED: _("%(who)s answered your request for feedback on “%(goal)s”."),
    Kind.TALK_BOOKED: _("%(who)s booked a development talk with you on %(when)s."),
    Kind.TALK_CANCELLED: _("%(who)s called off the development talk of %(when)s."),
    Kind.AGENDA_READY: _("%(who)s has written their agenda for the talk on %(when)s."),
    Kind.RECORD_READY: _("The record of your development talk on %(when)s is ready."),
    Kind.CHECKIN_MISSED: _("Your check-in on “%(goal)s” was due on %(when)s."),
    Kind.TEAM_GOAL: _(
        "%(who)s wrote a goal for the team: “%(goal)s”. Your goals can contribute to it."
    ),
    Kind.GOAL_PROPOSED: _("%(who)s proposes a goal to you. It becomes yours when you accept it."),
    Kind.PROPOSAL_ANSWERED: _("%(who)s answered the goal you proposed."),
}

# Said in place of a goal's title once the reader may no longer see that goal.
HIDDEN_GOAL = pgettext_lazy("a goal the reader may no longer see", "a goal")


def channel_for(choices: dict, kind: str) -> Channel:
    """The person's choice for ``kind`` (``Profile.notify``), else its default."""
    value = choices.get(kind) if isinstance(choices, dict) else None
    return Channel(value) if value in Channel.values else DEFAULT_CHANNEL[Kind(kind)]
