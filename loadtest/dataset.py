"""The load test's organisation, written in bulk: people in teams and departments, their
goals with plans, metrics, check-ins and reflections.

Fast by design: one Argon2 hash for everyone (hashing 2 000 passwords would take minutes),
``bulk_create`` in batches, one transaction per hundred people. Each goal gets its SMART marks
and deadline from the planner's own ``goal_apply_analysis``, as when a person saves it, with the
day it was written as "today". Needs Django set up (``loadtest/seed.py`` does it).
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime, time, timedelta
from random import Random

from django.contrib.auth import get_user_model
from django.contrib.auth.hashers import make_password
from django.db import transaction
from django.utils import timezone

# The one place that turns a goal's text into its marks and deadline on save.
from smarta.planner.goals.services import goal_apply_analysis
from smarta.planner.models import (
    CheckIn,
    Department,
    Goal,
    Metric,
    Milestone,
    Profile,
    Reflection,
    Step,
)

from . import texts
from .people import PASSWORD, username

BATCH = 1000
PEOPLE_AT_ONCE = 100  # a multiple of TEAM_SIZE, so a team is written in one go
TEAM_SIZE = 10  # the first of every ten people is the manager of the other nine
SWEDISH_SHARE = 0.7
DEPARTMENTS = ["Ekonomi", "HR", "IT", "Kundtjänst", "Marknad", "Försäljning", "Utveckling"]
# Of every eight short-term goals, five are active, two completed and one dropped.
SHORT_STATUSES = [Goal.Status.ACTIVE] * 5 + [Goal.Status.COMPLETED] * 2 + [Goal.Status.DROPPED]

WORDS = {
    "sv": {
        "milestones": ["Halvvägs", "Första delmålet nått", "Planen förankrad med chefen"],
        "steps": ["Boka ett möte med chefen om målet", "Anmäl mig till kursen",
                  "Skriv en plan för de första veckorna", "Be en kollega om återkoppling"],
        "notes": ["Bra vecka, kom framåt.", "Lite efter plan på grund av semester.",
                  "Pratade med chefen om målet.", "Första delen klar."],
        "went_well": "Jag har hållit takten med mina avstämningar.",
        "to_improve": "Planera in mer tid för målet i kalendern.",
    },
    "en": {
        "milestones": ["Halfway there", "First part done", "Plan agreed with my manager"],
        "steps": ["Book a meeting with my manager about the goal", "Sign up for the course",
                  "Write a plan for the first weeks", "Ask a colleague for feedback"],
        "notes": ["Good week, made progress.", "A little behind because of holidays.",
                  "Talked to my manager about the goal.", "First part done."],
        "went_well": "I have kept up with my check-ins.",
        "to_improve": "Block more time for the goal in my calendar.",
    },
}  # fmt: skip


@dataclass(frozen=True)
class Written:
    """A seeded goal and the sentence it was written from (its language and metric)."""

    goal: Goal
    text: texts.GoalText
    day: date  # when it was written


@dataclass(frozen=True)
class Size:
    people: int
    goals: int  # per person
    checkins: int  # per goal

    def __str__(self) -> str:
        return f"{self.people} people × {self.goals} goals × {self.checkins} check-ins"


def seed(*, prefix: str, size: Size, today: date, rng: Random) -> None:
    """People ``prefix00000``… with the password ``people.PASSWORD`` and their plans."""
    password = make_password(PASSWORD)
    departments = [Department.objects.get_or_create(name=name)[0] for name in DEPARTMENTS]
    for start in range(0, size.people, PEOPLE_AT_ONCE):
        numbers = range(start, min(size.people, start + PEOPLE_AT_ONCE))
        with transaction.atomic():
            _people(numbers, prefix=prefix, size=size, today=today, rng=rng,
                    password=password, departments=departments)  # fmt: skip


def _people(numbers: range, *, prefix, size, today, rng, password, departments) -> None:
    User = get_user_model()
    joined = timezone.make_aware(datetime.combine(today - timedelta(days=400), time(9)))
    users = User.objects.bulk_create(
        [User(username=username(prefix, n), email=f"{username(prefix, n)}@example.org",
              password=password, date_joined=joined) for n in numbers],
        batch_size=BATCH,
    )  # fmt: skip
    by_number = dict(zip(numbers, users, strict=True))
    langs = {n: "sv" if rng.random() < SWEDISH_SHARE else "en" for n in numbers}
    profiles = [
        Profile(user=by_number[n], language=langs[n], manager=_manager(n, by_number),
                department=departments[(n // TEAM_SIZE) % len(departments)])
        for n in numbers
    ]  # fmt: skip
    Profile.objects.bulk_create(profiles, batch_size=BATCH)
    each = [_goals(by_number[n], langs[n], size=size, today=today, rng=rng) for n in numbers]
    goals = [written for theirs in each for written in theirs]
    # Long-term goals first: the short-term ones that serve them need their ids.
    for horizon in (Goal.Horizon.LONG, Goal.Horizon.SHORT):
        Goal.objects.bulk_create(
            [w.goal for w in goals if w.goal.horizon == horizon], batch_size=BATCH
        )
    _plans(goals, size=size, today=today, rng=rng)
    # Three reflections each, every four weeks, on the person's first goal.
    firsts = [theirs[0] for theirs in each]
    Reflection.objects.bulk_create(
        [_reflection(w, today, weeks, rng) for w in firsts for weeks in (4, 8, 12)],
        batch_size=BATCH,
    )


def _manager(number: int, by_number: dict):
    first = number - number % TEAM_SIZE
    return None if number == first else by_number[first]


def _created(rng: Random, size: Size, today: date, every: int) -> date:
    """Early enough for every check-in to fall before today, plus a few weeks."""
    return today - timedelta(days=every * (size.checkins + 1) + rng.randint(0, 45))


def _goal(owner, written: texts.GoalText, *, day: date, every: int, **fields) -> Goal:
    goal = Goal(owner=owner, text=written.text, checkin_every_days=every, **fields)
    goal_apply_analysis(goal, today=day)
    return goal


def _goals(owner, lang: str, *, size: Size, today: date, rng: Random) -> list[Written]:
    """Long-term goals first (a fifth), then short-term ones, some serving a long one;
    not saved yet."""
    longs: list[Written] = []
    shorts: list[Written] = []
    for priority in range(1, size.goals + 1):
        every = rng.choice((7, 7, 14))
        day = _created(rng, size, today, every)
        common = {"day": day, "every": every, "priority": priority,
                  "motivation": rng.randint(5, 10), "likelihood": rng.randint(4, 10),
                  "visibility": rng.choice(list(Goal.Visibility))}  # fmt: skip
        if priority <= size.goals // 5:
            written = texts.long_term(rng, lang, day)
            goal = _goal(owner, written, horizon=Goal.Horizon.LONG, **common)
            longs.append(Written(goal, written, day))
            continue
        status = SHORT_STATUSES[len(shorts) % len(SHORT_STATUSES)]
        written = texts.short_term(rng, lang, day)
        parent = rng.choice(longs).goal if longs and rng.random() < 0.5 else None
        goal = _goal(owner, written, horizon=Goal.Horizon.SHORT, status=status, parent=parent,
                     kind=rng.choice(list(Goal.Kind)), completed_at=_completed(status, today),
                     **common)  # fmt: skip
        shorts.append(Written(goal, written, day))
    return longs + shorts


def _completed(status: str, today: date) -> datetime | None:
    if status != Goal.Status.COMPLETED:
        return None
    return timezone.make_aware(datetime.combine(today - timedelta(days=10), time(16)))


def _plans(goals: list[Written], *, size: Size, today: date, rng: Random) -> None:
    """Metrics, check-ins, milestones and steps; created_at put back after the insert, which
    ``auto_now_add`` overwrote."""
    for w in goals:
        w.goal.created_at = _moment(w.day)
    Goal.objects.bulk_update([w.goal for w in goals], ["created_at"], batch_size=BATCH)
    Metric.objects.bulk_create(
        [Metric(goal=w.goal, name=m.name, unit=m.unit, baseline=m.baseline, target=m.target)
         for w in goals if (m := w.text.metric) is not None],
        batch_size=BATCH,
    )  # fmt: skip
    CheckIn.objects.bulk_create(
        [c for w in goals for c in _checkins(w, size.checkins, rng)], batch_size=BATCH
    )
    milestones = [(w, m) for w in goals for m in _milestones(w, today)]
    Milestone.objects.bulk_create([m for _, m in milestones], batch_size=BATCH)
    Step.objects.bulk_create(
        [s for w, m in milestones for s in _steps(w, m, today, rng)], batch_size=BATCH
    )


def _checkins(written: Written, count: int, rng: Random) -> list[CheckIn]:
    """Every ``checkin_every_days`` since the goal was written, moving toward its target."""
    goal, metric = written.goal, written.text.metric
    notes = WORDS[written.text.lang]["notes"]
    pace = 1.0 if goal.status == Goal.Status.COMPLETED else rng.uniform(0.3, 0.9)
    rows = []
    for k in range(1, count + 1):
        value = None
        if metric is not None:
            share = pace * k / count + rng.uniform(-0.05, 0.05)
            value = round(metric.baseline + share * (metric.target - metric.baseline), 1)
        note = rng.choice(notes) if value is None or k % 3 == 0 else ""
        day = written.day + timedelta(days=goal.checkin_every_days * k)
        rows.append(CheckIn(goal_id=goal.pk, day=day, value=value, note=note))
    return rows


def _milestones(written: Written, today: date) -> list[Milestone]:
    """Halfway to the deadline, and two weeks before it; reached when passed."""
    goal = written.goal
    if goal.deadline is None:
        return []
    start, titles = written.day, WORDS[written.text.lang]["milestones"]
    dues = [start + (goal.deadline - start) / 2, goal.deadline - timedelta(days=14)]
    return [
        Milestone(goal=goal, title=titles[(goal.pk + i) % len(titles)], due=due,
                  reached_at=_moment(due) if due < today else None)
        for i, due in enumerate(dues)
    ]  # fmt: skip


def _steps(written: Written, milestone: Milestone, today: date, rng: Random) -> list[Step]:
    """Toward each milestone: one step done, one due within a month (the overview's agenda)."""
    titles, goal = WORDS[written.text.lang]["steps"], written.goal
    done_day = written.day + timedelta(days=7)
    return [
        Step(goal=goal, milestone=milestone, title=rng.choice(titles), due=done_day,
             done_at=_moment(done_day)),
        Step(goal=goal, milestone=milestone, title=rng.choice(titles),
             due=today + timedelta(days=rng.randint(-5, 30))),
    ]  # fmt: skip


def _reflection(written: Written, today: date, weeks_ago: int, rng: Random) -> Reflection:
    words = WORDS[written.text.lang]
    return Reflection(
        owner=written.goal.owner, goal=written.goal, day=today - timedelta(weeks=weeks_ago),
        went_well=words["went_well"], to_improve=words["to_improve"],
        still_relevant=rng.random() < 0.9,
    )  # fmt: skip


def _moment(day: date) -> datetime:
    return timezone.make_aware(datetime.combine(day, time(15)))
