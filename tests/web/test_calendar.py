"""The calendar feed at a secret URL, its settings page and single-item .ics downloads."""

from __future__ import annotations

from datetime import date, datetime, timedelta

import pytest
from django.conf import settings
from django.urls import reverse
from django.utils import timezone
from icalendar import Calendar

from smarta.planner.calendar import services as services_calendar
from smarta.planner.calendar.feed import CalendarItem
from smarta.planner.followup import services as services_followup
from smarta.planner.goals import services as services_goals
from smarta.planner.models import Profile, Talk
from smarta.planner.plan import services as services_plan
from smarta.planner.profile import services as services_profile

HOST = "smarta.example.org"


@pytest.fixture(autouse=True)
def site_url(settings):
    settings.SMARTA_SITE_URL = f"https://{HOST}"


@pytest.fixture
def owner_client(owner_client):
    owner_client.cookies[settings.LANGUAGE_COOKIE_NAME] = "en"
    return owner_client


@pytest.fixture
def today() -> date:
    return timezone.localdate()


@pytest.fixture
def plan(owner, make_user, today):
    """An active goal with a milestone, a step and a talk; plus what must not show."""
    goal = services_goals.goal_create(owner=owner, text="Hold 20 customer interviews before June")
    services_followup.checkin_record(goal=goal, day=today - timedelta(days=2), value=3)
    manager = make_user("maria", first_name="Maria", last_name="Berg")
    done_goal = services_goals.goal_create(owner=owner, text="Finish the Python course")
    services_goals.goal_set_status(goal=done_goal, status="completed")
    reached = services_plan.milestone_create(goal=goal, title="Ten interviews", due=today)
    services_plan.milestone_set_reached(milestone=reached, reached=True)
    done = services_plan.step_create(goal=goal, title="Write the questions", due=today)
    services_plan.step_set_done(step=done, done=True)
    return {
        "goal": goal,
        "milestone": services_plan.milestone_create(
            goal=goal, title="Five interviews", due=today + timedelta(days=10)
        ),
        "step": services_plan.step_create(
            goal=goal, title="Book the first calls", due=today - timedelta(days=3)
        ),
        "talk": Talk.objects.create(
            manager=manager,
            report=owner,
            scheduled_for=timezone.make_aware(datetime(2030, 5, 6, 9, 30)),
        ),
        "done_goal": done_goal,
        "reached": reached,
        "done": done,
    }


def feed_url(user) -> str:
    token = services_calendar.calendar_token_renew(user=user).calendar_token
    return reverse("calendar-feed", args=[token])


def events(client, url: str) -> dict[str, object]:
    response = client.get(url)
    assert response.status_code == 200
    assert response["Content-Type"].startswith("text/calendar")
    calendar = Calendar.from_ical(response.content)
    return {str(e["UID"]): e for e in calendar.walk("VEVENT")}


def test_the_feed_holds_the_persons_upcoming_and_overdue_items(client, owner, plan, today):
    services_profile.profile_update(user=owner, language="en")
    found = events(client, feed_url(owner))
    goal, milestone, step, talk = plan["goal"], plan["milestone"], plan["step"], plan["talk"]
    assert set(found) == {
        f"deadline-{goal.pk}@{HOST}",
        f"checkin-{goal.pk}@{HOST}",
        f"milestone-{milestone.pk}@{HOST}",
        f"step-{step.pk}@{HOST}",
        f"reflection-{owner.pk}@{HOST}",
        f"talk-{talk.pk}@{HOST}",
    }
    assert found[f"milestone-{milestone.pk}@{HOST}"].decoded("DTSTART") == milestone.due
    assert str(found[f"milestone-{milestone.pk}@{HOST}"]["SUMMARY"]) == "Milestone: Five interviews"
    assert found[f"step-{step.pk}@{HOST}"].decoded("DTSTART") == today - timedelta(days=3)
    assert found[f"checkin-{goal.pk}@{HOST}"].decoded("DTSTART") == today + timedelta(days=5)
    deadline = found[f"deadline-{goal.pk}@{HOST}"]  # the goal's own deadline, to its page
    assert deadline.decoded("DTSTART") == goal.deadline
    assert str(deadline["SUMMARY"]) == f"Goal due: {goal.heading}"
    assert str(deadline["URL"]) == f"http://testserver/goals/{goal.pk}/"
    start = found[f"talk-{talk.pk}@{HOST}"].decoded("DTSTART")
    assert start == talk.scheduled_for
    assert found[f"talk-{talk.pk}@{HOST}"].decoded("DTEND") - start == timedelta(hours=1)
    assert str(found[f"talk-{talk.pk}@{HOST}"]["SUMMARY"]) == "Development talk with Maria Berg"
    url = str(found[f"milestone-{milestone.pk}@{HOST}"]["URL"])
    assert url == f"http://testserver/goals/{goal.pk}/#plan"
    talk_url = str(found[f"talk-{talk.pk}@{HOST}"]["URL"])
    assert talk_url == f"http://testserver/talks/{talk.pk}/"
    assert all("DTSTAMP" in event for event in found.values())


def test_the_feed_speaks_the_persons_language_and_swedish_by_default(client, owner, plan):
    url = feed_url(owner)
    milestone = plan["milestone"]
    summary = str(events(client, url)[f"milestone-{milestone.pk}@{HOST}"]["SUMMARY"])
    services_profile.profile_update(user=owner, language="en")
    english = str(events(client, url)[f"milestone-{milestone.pk}@{HOST}"]["SUMMARY"])
    assert english == "Milestone: Five interviews"
    assert summary.endswith("Five interviews")


def test_uids_are_the_same_across_requests(client, owner, plan):
    url = feed_url(owner)
    assert set(events(client, url)) == set(events(client, url))


@pytest.mark.parametrize(
    ("site_url", "host"),
    [
        ("https://smarta.example.org", "smarta.example.org"),
        ("http://Smarta.Example.org:8000/", "smarta.example.org"),  # scheme and port aside
        ("smarta.example.org", "smarta.example.org"),
        ("https://goals.example.com", "goals.example.com"),
    ],
)
def test_a_uid_names_the_sites_host_so_two_smartas_never_share_one(settings, site_url, host):
    settings.SMARTA_SITE_URL = site_url
    item = CalendarItem("milestone", 12, date(2030, 5, 6), "Five interviews")
    assert item.uid == f"milestone-12@{host}"


def test_a_moved_milestone_moves_its_event_under_the_same_uid(client, owner, plan, today):
    url = feed_url(owner)
    milestone = plan["milestone"]
    uid = f"milestone-{milestone.pk}@{HOST}"
    assert events(client, url)[uid].decoded("DTSTART") == today + timedelta(days=10)
    milestone.due = today + timedelta(days=20)
    milestone.save()
    assert events(client, url)[uid].decoded("DTSTART") == today + timedelta(days=20)


def test_a_reached_milestone_leaves_the_feed(client, owner, plan):
    url = feed_url(owner)
    services_plan.milestone_set_reached(milestone=plan["milestone"], reached=True)
    assert f"milestone-{plan['milestone'].pk}@{HOST}" not in events(client, url)


def test_the_feed_never_holds_someone_elses_items(client, owner, stranger, plan):
    services_goals.goal_create(owner=stranger, text="Run a marathon in October")
    found = events(client, feed_url(stranger))
    assert f"milestone-{plan['milestone'].pk}@{HOST}" not in found
    assert all("interviews" not in str(e["SUMMARY"]) for e in found.values())


def test_a_renewed_link_makes_the_old_one_404(owner_client, owner, plan):
    owner_client.post(reverse("calendar"), {"action": "create"})
    old = Profile.objects.get(user=owner).calendar_token
    assert len(old) >= 43
    url = reverse("calendar-feed", args=[old])
    assert owner_client.get(url).status_code == 200
    response = owner_client.post(reverse("calendar"), {"action": "renew"})
    assert response.status_code == 302
    new = Profile.objects.get(user=owner).calendar_token
    assert new != old
    assert owner_client.get(url).status_code == 404
    assert owner_client.get(reverse("calendar-feed", args=[new])).status_code == 200


def test_a_turned_off_feed_404s(owner_client, owner, plan):
    url = feed_url(owner)
    owner_client.post(reverse("calendar"), {"action": "off"})
    assert Profile.objects.get(user=owner).calendar_token is None
    assert owner_client.get(url).status_code == 404


@pytest.mark.parametrize("token", ["x" * 43, "short", "None"])
def test_an_unknown_token_404s(client, owner, token):
    feed_url(owner)
    assert client.get(reverse("calendar-feed", args=[token])).status_code == 404


def test_the_settings_page_shows_the_absolute_feed_url_and_how_to_subscribe(owner_client, owner):
    page = owner_client.get(reverse("calendar")).content.decode()
    assert "The feed is off" in page
    owner_client.post(reverse("calendar"), {"action": "create"})
    token = Profile.objects.get(user=owner).calendar_token
    page = owner_client.get(reverse("calendar")).content.decode()
    assert f"http://testserver/calendar/{token}.ics" in page
    for app in ("Outlook", "Google", "Apple"):
        assert app in page


def test_the_settings_page_needs_a_login(client):
    response = client.get(reverse("calendar"))
    assert response.status_code == 302
    assert client.post(reverse("calendar"), {"action": "create"}).status_code == 302


def test_the_owner_downloads_one_item_as_ics(owner_client, plan):
    milestone = plan["milestone"]
    response = owner_client.get(reverse("item-ics", args=["milestone", milestone.pk]))
    assert response.status_code == 200
    assert "attachment" in response["Content-Disposition"]
    calendar = Calendar.from_ical(response.content)
    [event] = calendar.walk("VEVENT")
    assert str(event["UID"]) == f"milestone-{milestone.pk}@{HOST}"
    assert event.decoded("DTSTART") == milestone.due


@pytest.mark.parametrize("kind", ["milestone", "step", "checkin", "talk"])
def test_a_stranger_cannot_download_the_owners_item(stranger_client, plan, kind):
    pk = {"milestone": plan["milestone"], "step": plan["step"], "checkin": plan["goal"],
          "talk": plan["talk"]}[kind].pk  # fmt: skip
    assert stranger_client.get(reverse("item-ics", args=[kind, pk])).status_code == 404


def test_a_done_or_unknown_item_is_not_downloadable(owner_client, plan):
    assert owner_client.get(reverse("item-ics", args=["step", plan["done"].pk])).status_code == 404
    assert owner_client.get(reverse("item-ics", args=["goal", plan["goal"].pk])).status_code == 404


def test_a_person_chooses_the_days_reminders_come(owner_client, owner):
    response = owner_client.post(
        reverse("calendar"),
        {"action": "reminders", "reminder_days": "1, 14,0", "remind_weekly_when_overdue": ""},
    )
    assert response.status_code == 302
    owner.profile.refresh_from_db()
    assert owner.profile.reminder_days == "14,1,0"
    assert owner.profile.remind_weekly_when_overdue is False


def test_bad_reminder_days_keep_what_was_typed(owner_client, owner):
    response = owner_client.post(
        reverse("calendar"), {"action": "reminders", "reminder_days": "a week"}
    )
    assert response.status_code == 400 and 'value="a week"' in response.content.decode()
