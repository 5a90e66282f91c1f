"""``send_reminders``: the e-mail digest on the chosen days, weekly while overdue, never twice."""

from __future__ import annotations

from datetime import date, timedelta
from io import StringIO

import pytest
from django.core import mail
from django.core.management import call_command
from django.core.management.base import CommandError

from smarta.planner.calendar.reminders import is_manager_alert_day, is_reminder_day
from smarta.planner.followup import services as services_followup
from smarta.planner.goals import services as services_goals
from smarta.planner.models import Goal, ReminderSent
from smarta.planner.plan import services as services_plan
from smarta.planner.profile import services as services_profile

TODAY = date(2026, 3, 2)


def run(today: date = TODAY) -> str:
    out = StringIO()
    call_command("send_reminders", "--today", today.isoformat(), stdout=out)
    return out.getvalue()


def goal_for(user, text: str, *, checkin_due: date, **fields) -> Goal:
    """An active goal whose next check-in (every 7 days) falls on ``checkin_due``."""
    goal = services_goals.goal_create(owner=user, text=text)
    for name, value in fields.items():
        setattr(goal, name, value)
    goal.save()
    services_followup.checkin_record(goal=goal, day=checkin_due - timedelta(days=7), value=None)
    return goal


def milestone_for(user, *, days_left: int, title: str = "Five interviews"):
    # The check-in is 3 days away: never a reminder day with the default 7, 1, 0.
    goal = goal_for(user, "Hold 20 interviews by June", checkin_due=TODAY + timedelta(days=3))
    return services_plan.milestone_create(
        goal=goal, title=title, due=TODAY + timedelta(days=days_left)
    )


def mails_to(user) -> list:
    return [m for m in mail.outbox if m.to == [user.email]]


@pytest.mark.parametrize(
    ("days_left", "chosen", "weekly", "expected"),
    [
        (7, {7, 1, 0}, True, True),
        (1, {7, 1, 0}, True, True),
        (0, {7, 1, 0}, True, True),
        (2, {7, 1, 0}, True, False),
        (6, {7, 1, 0}, True, False),
        (3, {3}, True, True),
        (7, {3}, True, False),
        (-1, {7, 1, 0}, True, False),
        (-7, {7, 1, 0}, True, True),
        (-14, {7, 1, 0}, True, True),
        (-13, {7, 1, 0}, True, False),
        (-7, {7, 1, 0}, False, False),
    ],
)
def test_it_reminds_on_the_chosen_days_and_weekly_while_overdue(
    days_left, chosen, weekly, expected
):
    assert is_reminder_day(days_left, chosen, weekly) is expected


@pytest.mark.parametrize(("days_late", "expected"), [(7, False), (8, True), (9, False), (15, True)])
def test_the_manager_hears_once_a_week_after_a_week_late(days_late, expected):
    assert is_manager_alert_day(days_late) is expected


def test_a_second_run_on_the_same_day_sends_nothing(owner, stranger, make_user):
    milestone_for(owner, days_left=7)
    goal = goal_for(stranger, "Run a marathon in October", checkin_due=TODAY + timedelta(days=3))
    services_plan.step_create(goal=goal, title="Buy shoes", due=TODAY)
    make_user("nils")  # nothing due: no mail
    assert "2 reminder" in run()
    assert len(mail.outbox) == 2
    assert "Five interviews" in mails_to(owner)[0].body
    assert "Buy shoes" in mails_to(stranger)[0].body
    assert ReminderSent.objects.filter(day=TODAY).count() == 2
    assert "0 reminder" in run()
    assert len(mail.outbox) == 2
    assert ReminderSent.objects.filter(day=TODAY).count() == 2


def test_a_later_day_reminds_again(owner):
    milestone_for(owner, days_left=7)
    run()
    run(TODAY + timedelta(days=1))  # 6 days left: not a chosen day
    run(TODAY + timedelta(days=6))  # 1 day left
    assert len(mails_to(owner)) == 2


def test_a_new_item_on_the_same_day_is_sent_alone(owner):
    milestone_for(owner, days_left=1, title="Five interviews")
    run()
    milestone_for(owner, days_left=0, title="Ten interviews")
    run()
    _first, second = mails_to(owner)
    assert "Ten interviews" in second.body
    assert "Five interviews" not in second.body


@pytest.mark.parametrize(("days_left", "sent"), [(7, 1), (1, 1), (0, 1), (3, 0), (-1, 0), (-14, 1)])
def test_the_default_days_are_7_1_and_0_then_weekly_overdue(owner, days_left, sent):
    milestone_for(owner, days_left=days_left)
    run()
    assert len(mails_to(owner)) == sent


def test_the_person_chooses_the_days(owner):
    services_profile.profile_update(user=owner, reminder_days="2", remind_weekly_when_overdue=False)
    milestone_for(owner, days_left=7, title="A week away")
    milestone_for(owner, days_left=2, title="Two days away")
    milestone_for(owner, days_left=-7, title="A week late")
    run()
    [message] = mails_to(owner)
    assert "Two days away" in message.body
    assert "A week away" not in message.body and "A week late" not in message.body


def test_done_steps_and_other_statuses_are_not_reminded(owner):
    goal = goal_for(owner, "Hold 20 interviews by June", checkin_due=TODAY + timedelta(days=3))
    step = services_plan.step_create(goal=goal, title="Buy shoes", due=TODAY)
    services_plan.step_set_done(step=step, done=True)
    dropped = goal_for(owner, "Learn Go", checkin_due=TODAY)
    services_goals.goal_set_status(goal=dropped, status=Goal.Status.DROPPED)
    run()
    assert mails_to(owner) == []


def test_the_digest_is_in_the_recipients_language(owner, stranger):
    services_profile.profile_update(user=owner, language="en")
    milestone_for(owner, days_left=1)
    milestone_for(stranger, days_left=1)
    run()
    english, swedish = mails_to(owner)[0], mails_to(stranger)[0]
    assert "Milestone: Five interviews" in english.body
    assert "March 3, 2026" in english.body
    assert "3 mars 2026" in swedish.body  # Swedish by default


def test_the_manager_hears_of_a_shared_goal_whose_checkin_is_over_a_week_late(owner, manager):
    late = TODAY - timedelta(days=8)
    goal_for(owner, "Ship the onboarding guide by May", checkin_due=late, visibility="shared")
    goal_for(owner, "Find a new job in secret", checkin_due=late)  # private
    run()
    [message] = mails_to(manager)
    assert "olivia" in message.body
    assert "Ship the onboarding guide" in message.body
    assert "Find a new job in secret" not in message.body
    assert "new job" not in message.subject


def test_the_manager_never_hears_of_a_private_goal(owner, manager):
    goal_for(owner, "Find a new job in secret", checkin_due=TODAY - timedelta(days=8))
    run()
    assert mails_to(manager) == []


def test_a_checkin_a_week_late_is_not_yet_the_managers_business(owner, manager):
    goal_for(
        owner, "Ship the guide by May", checkin_due=TODAY - timedelta(days=7), visibility="shared"
    )
    run()
    assert mails_to(manager) == []
    assert len(mails_to(owner)) == 1  # the owner hears it on the week
    run()
    assert len(mail.outbox) == 1


def test_a_manager_of_someone_else_does_not_hear(owner, make_user, manager):
    other = make_user("otto")
    goal_for(
        owner, "Ship the guide by May", checkin_due=TODAY - timedelta(days=8), visibility="shared"
    )
    run()
    assert mails_to(other) == []
    assert len(mails_to(manager)) == 1


def test_one_broken_person_among_ten_costs_only_their_own_mail(make_user, caplog):
    """Issue 13: one person's data once stopped the run for everyone after them."""
    people = [make_user(f"person{i}") for i in range(10)]
    for person in people:
        milestone_for(person, days_left=0)
    broken = people[3]
    # an address stored before it was validated: the mail library refuses it
    type(broken).objects.filter(pk=broken.pk).update(email="broken\n@example.org")
    with pytest.raises(CommandError, match=rf"1 digest\(s\) failed, for user id\(s\) {broken.pk}"):
        run()
    assert sorted(m.to[0] for m in mail.outbox) == sorted(
        p.email for p in people if p is not broken
    )
    assert f"reminder digest failed for user id {broken.pk}" in caplog.text
    assert not ReminderSent.objects.filter(user=broken).exists()  # tried again tomorrow


def test_dates_at_the_end_of_the_calendar_do_not_stop_the_run(owner, stranger):
    """A check-in dated 9999-12-31 and a cadence of 32 767 days (all a PostgreSQL smallint
    holds; SQLite once took 3 000 000), stored before the
    forms were bounded: the run goes on and both people hear about their milestones."""
    goal = milestone_for(owner, days_left=0).goal
    services_followup.checkin_record(goal=goal, day=date(9999, 12, 31), value=1.0)
    Goal.objects.filter(pk=goal.pk).update(checkin_every_days=32_767)
    services_followup.reflection_record(owner=owner, day=date(9999, 12, 31))
    milestone_for(stranger, days_left=0)
    assert "2 reminder" in run()
