"""A person's plan: where they stand, their vision, goals, milestones, steps and follow-up.

Every row belongs to one owner (directly or through its goal); selectors scope by it.
"""

from __future__ import annotations

from datetime import date

from django.conf import settings
from django.db import models
from django.db.models import Q
from django.utils.text import Truncator
from django.utils.translation import gettext_lazy as _

from smarta import limits

Owner = settings.AUTH_USER_MODEL


class Department(models.Model):
    name = models.CharField(_("department"), max_length=200, unique=True)

    class Meta:
        ordering = ["name"]

    def __str__(self) -> str:
        return self.name


class Profile(models.Model):
    user = models.OneToOneField(Owner, on_delete=models.CASCADE, related_name="profile")
    language = models.CharField(_("language"), max_length=5, blank=True)
    reflection_every_weeks = models.PositiveSmallIntegerField(_("reflect every (weeks)"), default=4)
    # Reporting lines, set by an admin: who holds this person's development talk.
    manager = models.ForeignKey(
        Owner, verbose_name=_("manager"), null=True, blank=True, on_delete=models.SET_NULL,
        related_name="report_profiles",
    )  # fmt: skip
    department = models.ForeignKey(
        Department, verbose_name=_("department"), null=True, blank=True,
        on_delete=models.SET_NULL, related_name="profiles",
    )  # fmt: skip
    # The secret part of the person's calendar feed URL; a new one revokes the old.
    calendar_token = models.CharField(max_length=64, unique=True, null=True, blank=True)
    # Days before a due date on which the e-mail digest mentions it (0 = on the day).
    reminder_days = models.CharField(_("remind me (days before)"), max_length=40, default="7,1,0")
    remind_weekly_when_overdue = models.BooleanField(
        _("remind me weekly while overdue"), default=True
    )
    # How the person is told of each kind of event (inbox/kinds.py): kind -> "app", "email",
    # "both" or "off"; a kind not here has its default.
    notify = models.JSONField(default=dict, blank=True)
    # The getting-started checklist on the overview, once the person has put it away.
    checklist_dismissed_at = models.DateTimeField(null=True, blank=True)
    # Who the organisation's provider says this is (its issuer and subject), once they have
    # signed in with it: after that, only that subject signs in to this account.
    oidc_issuer = models.CharField(max_length=255, blank=True)
    oidc_subject = models.CharField(max_length=255, blank=True)

    class Meta:
        constraints = [
            models.UniqueConstraint(
                fields=["oidc_issuer", "oidc_subject"],
                condition=~Q(oidc_subject=""),
                name="profile_oidc_subject_unique",
            )
        ]

    def __str__(self) -> str:
        return str(self.user)


class Assessment(models.Model):
    """Where I stand: tasks, values and what kind of work suits me."""

    owner = models.OneToOneField(Owner, on_delete=models.CASCADE, related_name="assessment")
    tasks = models.TextField(_("current tasks and responsibilities"), blank=True)
    values = models.TextField(_("values and priorities"), blank=True)
    hard_values = models.TextField(_("hard career values"), blank=True)
    soft_values = models.TextField(_("soft career values"), blank=True)
    updated_at = models.DateTimeField(auto_now=True)


class Area(models.Model):
    """A strength or weakness in one area, and how sure I feel about it."""

    class Kind(models.TextChoices):
        STRENGTH = "strength", _("strength")
        WEAKNESS = "weakness", _("weakness")

    owner = models.ForeignKey(Owner, on_delete=models.CASCADE, related_name="areas")
    name = models.CharField(_("area"), max_length=120)
    kind = models.CharField(_("strength or weakness"), max_length=10, choices=Kind.choices)
    confidence = models.PositiveSmallIntegerField(_("confidence (1–5)"), default=3)
    note = models.TextField(_("note"), blank=True)

    class Meta:
        ordering = ["kind", "name"]
        constraints = [
            models.CheckConstraint(
                condition=Q(confidence__gte=1, confidence__lte=5), name="area_confidence_1_5"
            )
        ]


class Vision(models.Model):
    owner = models.OneToOneField(Owner, on_delete=models.CASCADE, related_name="vision")
    one_year = models.TextField(_("in one year"), blank=True)
    three_years = models.TextField(_("in three years"), blank=True)
    five_years = models.TextField(_("in five years"), blank=True)
    broad_goals = models.TextField(_("broad goals"), blank=True)
    updated_at = models.DateTimeField(auto_now=True)


class Goal(models.Model):
    class Horizon(models.TextChoices):
        LONG = "long", _("long-term (3–5 years)")
        SHORT = "short", _("short-term (6–12 months)")

    class Kind(models.TextChoices):
        PERFORMANCE = "performance", _("performance goal")
        DEVELOPMENT = "development", _("development goal")

    class Sphere(models.TextChoices):
        PROFESSIONAL = "professional", _("professional")
        PERSONAL = "personal", _("personal")

    class Status(models.TextChoices):
        ACTIVE = "active", _("active")
        COMPLETED = "completed", _("completed")
        DROPPED = "dropped", _("dropped")

    class Visibility(models.TextChoices):
        PRIVATE = "private", _("private")
        SHARED = "shared", _("shared with my manager")

    owner = models.ForeignKey(Owner, on_delete=models.CASCADE, related_name="goals")
    title = models.CharField(_("title"), max_length=limits.GOAL_TITLE, blank=True)
    text = models.TextField(_("goal"), max_length=limits.GOAL_TEXT)
    lang = models.CharField(max_length=5, default="sv")
    horizon = models.CharField(
        _("horizon"), max_length=8, choices=Horizon.choices, default=Horizon.SHORT
    )
    kind = models.CharField(
        _("kind"), max_length=12, choices=Kind.choices, default=Kind.DEVELOPMENT
    )
    sphere = models.CharField(
        _("sphere"), max_length=12, choices=Sphere.choices, default=Sphere.PROFESSIONAL
    )
    parent = models.ForeignKey(
        "self", verbose_name=_("serves the goal"), null=True, blank=True,
        on_delete=models.SET_NULL, related_name="children",
    )  # fmt: skip
    # A manager's goal for their team: their reports see it and may link their own goals to it.
    for_team = models.BooleanField(_("a goal for my team"), default=False)
    contributes_to = models.ForeignKey(
        "self", verbose_name=_("contributes to the team goal"), null=True, blank=True,
        on_delete=models.SET_NULL, related_name="contributions",
    )  # fmt: skip
    # The manager whose proposal this goal began as (the person accepted it in their words).
    proposed_by = models.ForeignKey(
        Owner, null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )
    priority = models.PositiveIntegerField(_("priority"), default=0)
    status = models.CharField(max_length=10, choices=Status.choices, default=Status.ACTIVE)
    deadline = models.DateField(_("deadline"), null=True, blank=True)
    # The SMART marks of the current text, kept so lists need not re-analyse every goal.
    is_specific = models.BooleanField(default=False)
    is_measurable = models.BooleanField(default=False)
    is_time_bound = models.BooleanField(default=False)
    # Accepted and Realistic: answers only the person can give.
    motivation = models.PositiveSmallIntegerField(_("motivation (1–10)"), null=True, blank=True)
    likelihood = models.PositiveSmallIntegerField(_("likelihood (1–10)"), null=True, blank=True)
    risks = models.TextField(_("risks"), blank=True)
    minimum_result = models.TextField(_("minimum acceptable result"), blank=True)
    stretch_result = models.TextField(_("stretch result"), blank=True)
    helpers = models.TextField(_("who can help"), blank=True)
    checkin_every_days = models.PositiveSmallIntegerField(_("check in every (days)"), default=7)
    # Sharing with the manager, and the manager's approval (the A of SMARTA with motivation).
    visibility = models.CharField(
        _("visibility"), max_length=8, choices=Visibility.choices, default=Visibility.PRIVATE
    )
    approved_by = models.ForeignKey(
        Owner, null=True, blank=True, on_delete=models.SET_NULL, related_name="approved_goals"
    )
    approved_at = models.DateTimeField(null=True, blank=True)
    changes_requested = models.TextField(_("changes asked for"), blank=True)
    changes_requested_by = models.ForeignKey(
        Owner, null=True, blank=True, on_delete=models.SET_NULL, related_name="change_requests"
    )
    changes_requested_at = models.DateTimeField(null=True, blank=True)
    version = models.PositiveIntegerField(default=1)
    created_at = models.DateTimeField(auto_now_add=True)
    updated_at = models.DateTimeField(auto_now=True)
    completed_at = models.DateTimeField(null=True, blank=True)

    class Meta:
        ordering = ["priority", "id"]
        indexes = [models.Index(fields=["owner", "status", "priority"])]
        constraints = [
            models.CheckConstraint(
                condition=Q(motivation__isnull=True) | Q(motivation__gte=1, motivation__lte=10),
                name="goal_motivation_1_10",
            ),
            models.CheckConstraint(
                condition=Q(likelihood__isnull=True) | Q(likelihood__gte=1, likelihood__lte=10),
                name="goal_likelihood_1_10",
            ),
        ]

    def __str__(self) -> str:
        return self.heading

    @property
    def heading(self) -> str:
        """The title, or for a goal saved before goals had titles, the start of its text."""
        return self.title or Truncator(self.text).chars(limits.GOAL_TITLE)


class GoalProposal(models.Model):
    """A goal a manager proposes to a report. It is not the report's goal, and counts nowhere,
    until they accept it (in their own words, if they like): the A of SMARTA."""

    class State(models.TextChoices):
        OPEN = "open", _("waiting for an answer")
        ACCEPTED = "accepted", _("accepted")
        DECLINED = "declined", _("declined")
        WITHDRAWN = "withdrawn", _("withdrawn")

    manager = models.ForeignKey(Owner, on_delete=models.CASCADE, related_name="proposals_made")
    person = models.ForeignKey(Owner, on_delete=models.CASCADE, related_name="proposals")
    text = models.TextField(_("proposed goal"), max_length=limits.GOAL_TEXT)
    team_goal = models.ForeignKey(
        Goal, verbose_name=_("contributes to the team goal"), null=True, blank=True,
        on_delete=models.SET_NULL, related_name="+",
    )  # fmt: skip
    state = models.CharField(max_length=10, choices=State.choices, default=State.OPEN)
    answer = models.TextField(_("answer"), max_length=limits.LONG_TEXT, blank=True)
    goal = models.ForeignKey(
        Goal, null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )  # the goal it became
    created_at = models.DateTimeField(auto_now_add=True)
    answered_at = models.DateTimeField(null=True, blank=True)

    class Meta:
        ordering = ["-created_at", "-id"]
        indexes = [models.Index(fields=["person", "state"])]


class GoalVersion(models.Model):
    """An earlier wording of a goal, kept when it changes."""

    goal = models.ForeignKey(Goal, on_delete=models.CASCADE, related_name="versions")
    version = models.PositiveIntegerField()
    text = models.TextField()
    deadline = models.DateField(null=True, blank=True)
    snapshot = models.JSONField(default=dict)
    created_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        ordering = ["-version"]
        constraints = [
            models.UniqueConstraint(fields=["goal", "version"], name="goal_version_unique")
        ]


class Milestone(models.Model):
    goal = models.ForeignKey(Goal, on_delete=models.CASCADE, related_name="milestones")
    title = models.CharField(_("milestone"), max_length=300)
    due = models.DateField(_("date"))
    reached_at = models.DateTimeField(null=True, blank=True)

    class Meta:
        ordering = ["due", "id"]


class Step(models.Model):
    goal = models.ForeignKey(Goal, on_delete=models.CASCADE, related_name="steps")
    milestone = models.ForeignKey(
        Milestone, null=True, blank=True, on_delete=models.SET_NULL, related_name="steps"
    )
    title = models.CharField(_("step"), max_length=300)
    due = models.DateField(_("due"), null=True, blank=True)
    done_at = models.DateTimeField(null=True, blank=True)

    class Meta:
        ordering = ["done_at", "due", "id"]


class Metric(models.Model):
    """How a measurable goal is measured: from a baseline to a target, in a unit."""

    goal = models.OneToOneField(Goal, on_delete=models.CASCADE, related_name="metric")
    name = models.CharField(_("what is measured"), max_length=200)
    unit = models.CharField(_("unit"), max_length=40, blank=True)
    baseline = models.FloatField(_("baseline"))
    target = models.FloatField(_("target"))


class CheckIn(models.Model):
    goal = models.ForeignKey(Goal, on_delete=models.CASCADE, related_name="checkins")
    day = models.DateField(_("date"), default=date.today)
    value = models.FloatField(_("value"), null=True, blank=True)
    note = models.TextField(_("note"), blank=True)
    created_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        ordering = ["day", "id"]


class Reflection(models.Model):
    owner = models.ForeignKey(Owner, on_delete=models.CASCADE, related_name="reflections")
    goal = models.ForeignKey(
        Goal, null=True, blank=True, on_delete=models.SET_NULL, related_name="reflections"
    )
    day = models.DateField(_("date"), default=date.today)
    went_well = models.TextField(_("what went well?"), blank=True)
    to_improve = models.TextField(_("what could be better?"), blank=True)
    still_relevant = models.BooleanField(_("is the goal still relevant?"), null=True, blank=True)
    adjustment = models.TextField(_("should the goal be adjusted?"), blank=True)
    created_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        ordering = ["-day", "-id"]


class GoalComment(models.Model):
    """A message in the thread between a person and their manager about one goal."""

    goal = models.ForeignKey(Goal, on_delete=models.CASCADE, related_name="comments")
    author = models.ForeignKey(Owner, on_delete=models.CASCADE, related_name="goal_comments")
    body = models.TextField(_("comment"))
    created_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        ordering = ["created_at", "id"]


class FeedbackRequest(models.Model):
    """An invitation to give feedback on one goal: to a user, or by e-mail with a link."""

    class Role(models.TextChoices):
        COLLEAGUE = "colleague", _("colleague")
        MENTOR = "mentor", _("mentor")
        MANAGER = "manager", _("manager")

    goal = models.ForeignKey(Goal, on_delete=models.CASCADE, related_name="feedback_requests")
    giver = models.ForeignKey(
        Owner, null=True, blank=True, on_delete=models.CASCADE, related_name="feedback_to_give"
    )
    email = models.EmailField(_("e-mail"), blank=True)
    role = models.CharField(_("role"), max_length=10, choices=Role.choices, default=Role.COLLEAGUE)
    message = models.TextField(_("message"), blank=True)
    # Only a hash of the link's secret is stored; the link is single-use and expires.
    token_hash = models.CharField(max_length=64, unique=True)
    expires_at = models.DateTimeField()
    used_at = models.DateTimeField(null=True, blank=True)
    revoked_at = models.DateTimeField(null=True, blank=True)
    going_well = models.TextField(_("what is going well?"), blank=True)
    could_be_better = models.TextField(_("what could be better?"), blank=True)
    example = models.TextField(_("a concrete example"), blank=True)
    answered_at = models.DateTimeField(null=True, blank=True)
    created_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        ordering = ["-created_at", "-id"]


class Talk(models.Model):
    """A development talk (utvecklingssamtal) between a manager and one report."""

    manager = models.ForeignKey(Owner, on_delete=models.CASCADE, related_name="talks_held")
    report = models.ForeignKey(Owner, on_delete=models.CASCADE, related_name="talks_had")
    scheduled_for = models.DateTimeField(_("when"))
    manager_agenda = models.TextField(_("the manager's agenda"), blank=True)
    report_agenda = models.TextField(_("my agenda"), blank=True)
    notes = models.TextField(_("notes from the talk"), blank=True)
    proposals = models.TextField(_("proposed new goals"), blank=True)
    # Both sides write the notes and proposals: a save from a page loaded before the other's
    # save is refused (services.StaleVersion) rather than silently overwriting it.
    notes_version = models.PositiveIntegerField(default=1)
    agreed_goals = models.ManyToManyField(Goal, blank=True, related_name="talks")
    held_at = models.DateTimeField(null=True, blank=True)
    created_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        ordering = ["-scheduled_for"]


class ReminderSent(models.Model):
    """What a reminder digest already said, so a second run on the same day sends nothing."""

    user = models.ForeignKey(Owner, on_delete=models.CASCADE, related_name="reminders_sent")
    day = models.DateField()
    key = models.CharField(max_length=120)

    class Meta:
        constraints = [
            models.UniqueConstraint(fields=["user", "day", "key"], name="reminder_once_a_day")
        ]


class Notification(models.Model):
    """Something that happened that the recipient should know of: the inbox and its mail.

    It holds what it is about (kind, goal, talk, who did it), never a copy of their text: the
    inbox words it in the reader's language when shown, and names a goal only while the
    reader may still see it (inbox/selectors.py)."""

    recipient = models.ForeignKey(Owner, on_delete=models.CASCADE, related_name="notifications")
    kind = models.CharField(max_length=30)
    actor = models.ForeignKey(
        Owner, null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )
    goal = models.ForeignKey(
        Goal, null=True, blank=True, on_delete=models.CASCADE, related_name="+"
    )
    talk = models.ForeignKey(
        Talk, null=True, blank=True, on_delete=models.CASCADE, related_name="+"
    )
    # what the row cannot point at: the time of a talk called off, a check-in's due day
    data = models.JSONField(default=dict, blank=True)
    created_at = models.DateTimeField(auto_now_add=True)
    read_at = models.DateTimeField(null=True, blank=True)
    # mail: wanted (the recipient's choice when it was made), and sent; the daily run retries
    # those wanted and not sent (a mail server that was down loses nothing)
    email_wanted = models.BooleanField(default=False)
    emailed_at = models.DateTimeField(null=True, blank=True)

    class Meta:
        ordering = ["-created_at", "-id"]
        indexes = [
            models.Index(fields=["recipient", "read_at"]),
            models.Index(fields=["email_wanted", "emailed_at"]),
        ]


class JobRun(models.Model):
    """One day's run of a daily job: the lease that makes it run once across every process.

    Whoever inserts the row runs the job; a run that has not finished within its lease (its
    process died) may be taken over by another (jobs/daily.py)."""

    name = models.CharField(max_length=40)
    day = models.DateField()
    holder = models.CharField(max_length=120)  # host and process id, for the log
    started_at = models.DateTimeField()
    finished_at = models.DateTimeField(null=True, blank=True)
    summary = models.JSONField(default=dict, blank=True)

    class Meta:
        constraints = [models.UniqueConstraint(fields=["name", "day"], name="job_once_a_day")]


class AuditEvent(models.Model):
    """What HR may need to trace: who approved a goal or asked for changes, who imported whom,
    whose manager changed. Rows are only ever added (``save`` refuses a change, ``delete``
    refuses); the organisation backup keeps them."""

    class Action(models.TextChoices):
        GOAL_APPROVED = "goal_approved", _("approved a goal")
        CHANGES_REQUESTED = "changes_requested", _("asked for changes to a goal")
        PERSON_IMPORTED = "person_imported", _("imported a person")
        MANAGER_CHANGED = "manager_changed", _("changed a person's manager")
        IMPORT_RUN = "import_run", _("imported a file of people")
        DEACTIVATED = "deactivated", _("marked a person as left")
        REACTIVATED = "reactivated", _("let a person in again")
        GOAL_PROPOSED = "goal_proposed", _("proposed a goal")
        PROPOSAL_ACCEPTED = "proposal_accepted", _("accepted a proposed goal")
        PROPOSAL_DECLINED = "proposal_declined", _("declined a proposed goal")
        PROPOSAL_WITHDRAWN = "proposal_withdrawn", _("withdrew a proposed goal")

    at = models.DateTimeField(auto_now_add=True)
    actor = models.ForeignKey(
        Owner, null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )  # None: the command line
    action = models.CharField(max_length=30, choices=Action.choices)
    person = models.ForeignKey(
        Owner, null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )  # whom it concerns
    goal = models.ForeignKey(
        Goal, null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )
    detail = models.JSONField(default=dict, blank=True)

    class Meta:
        ordering = ["-at", "-id"]

    def save(self, *args, **kwargs) -> None:
        if self.pk is not None:
            raise ValueError("the audit trail is append-only")
        super().save(*args, **kwargs)

    def delete(self, *args, **kwargs):
        raise ValueError("the audit trail is append-only")
