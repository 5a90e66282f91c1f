"""A person's plan: where they stand, their vision, goals, milestones, steps and follow-up.

Every row belongs to one owner (directly or through its goal); selectors scope by it.
"""

from __future__ import annotations

from datetime import date

from django.conf import settings
from django.db import models
from django.db.models import Q
from django.utils.translation import gettext_lazy as _

Owner = settings.AUTH_USER_MODEL


class Profile(models.Model):
    user = models.OneToOneField(Owner, on_delete=models.CASCADE, related_name="profile")
    language = models.CharField(_("language"), max_length=5, blank=True)
    reflection_every_weeks = models.PositiveSmallIntegerField(_("reflect every (weeks)"), default=4)


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

    owner = models.ForeignKey(Owner, on_delete=models.CASCADE, related_name="goals")
    text = models.TextField(_("goal"))
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
        return self.text


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
