"""Follow-up on the goal page (measure, check-ins, chart, reflections) and the record page."""

from __future__ import annotations

import re
import xml.etree.ElementTree as ET
from datetime import date, datetime, timedelta

import pytest
from django.conf import settings
from django.test import Client
from django.urls import reverse
from django.utils import timezone

from smarta.planner.followup import selectors as selectors_followup
from smarta.planner.followup import services as services_followup
from smarta.planner.goals import services as services_goals
from smarta.planner.models import CheckIn, Goal, Metric, Milestone, Profile, Reflection, Step
from smarta.planner.plan import services as services_plan

HTMX = {"HTTP_HX_REQUEST": "true"}


@pytest.fixture
def owner_client(owner_client):
    owner_client.cookies[settings.LANGUAGE_COOKIE_NAME] = "en"
    return owner_client


@pytest.fixture
def stranger_client(stranger_client):
    stranger_client.cookies[settings.LANGUAGE_COOKIE_NAME] = "en"
    return stranger_client


@pytest.fixture
def goal(goal):
    goal.deadline = timezone.localdate() + timedelta(days=60)
    goal.save()
    return goal


@pytest.fixture
def metric(goal):
    return services_followup.metric_set(
        goal=goal, name="Interviews", unit="interviews", baseline=0, target=20
    )


@pytest.fixture
def checkin(goal, metric):
    day = timezone.localdate() - timedelta(days=7)
    return services_followup.checkin_record(goal=goal, day=day, value=3, note="Two calls booked")


def followup(client, goal, **headers) -> str:
    response = client.get(reverse("goal-followup", args=[goal.pk]), **headers)
    assert response.status_code == 200
    return response.content.decode()


# --- the follow-up section -------------------------------------------------------------


def test_the_goal_page_shows_the_follow_up_with_its_chart_at_once(owner_client, goal, checkin):
    html = owner_client.get(reverse("goal-detail", args=[goal.pk])).content.decode()
    assert 'hx-trigger="load"' not in html  # no second request for the chart
    assert "<svg" in html
    assert "Interviews" in html and "Two calls booked" in html


def test_the_follow_up_page_shows_the_chart_and_whether_the_goal_is_on_track(
    owner_client, goal, checkin
):
    services_followup.checkin_record(goal=goal, day=timezone.localdate(), value=4)
    html = followup(owner_client, goal)
    assert "<html" in html and 'aria-labelledby="chart-' in html
    svg = html[html.index("<svg") : html.index("</svg>") + len("</svg>")]
    assert ET.fromstring(svg).get("role") == "img"
    assert "Not on track: at this pace you reach about" in html  # 1 a week, 20 needed


def test_htmx_gets_the_section_alone_without_reloading_it(owner_client, goal, checkin):
    html = followup(owner_client, goal, **HTMX)
    assert html.startswith('<section id="followup"') and "<html" not in html
    assert "hx-trigger" not in html.split(">", 1)[0]


def test_no_chart_before_a_check_in_with_a_value(owner_client, goal, metric):
    html = followup(owner_client, goal)
    assert "<svg" not in html
    assert "The chart appears after your first check-in with a value." in html


def test_owner_sets_a_measure(owner_client, goal):
    url = reverse("metric-set", args=[goal.pk])
    data = {"name": "Interviews", "unit": "interviews", "baseline": "0", "target": "20"}
    response = owner_client.post(url, data)
    assert response.status_code == 302
    assert response["Location"] == reverse("goal-detail", args=[goal.pk]) + "#followup"
    metric = Metric.objects.get(goal=goal)
    assert (metric.name, metric.unit, metric.baseline, metric.target) == (
        "Interviews", "interviews", 0, 20,
    )  # fmt: skip


def test_owner_changes_the_measure_through_htmx(owner_client, goal, metric):
    url = reverse("metric-set", args=[goal.pk])
    data = {"name": "Interviews held", "unit": "", "baseline": "2", "target": "25.5"}
    html = owner_client.post(url, data, **HTMX).content.decode()
    metric.refresh_from_db()
    assert (metric.name, metric.baseline, metric.target) == ("Interviews held", 2, 25.5)
    assert "Interviews held" in html and "from 2 to 25.5" in html


@pytest.mark.parametrize("headers", [{}, HTMX], ids=["plain", "htmx"])
def test_an_invalid_measure_keeps_what_was_typed(owner_client, goal, headers):
    url = reverse("metric-set", args=[goal.pk])
    data = {"name": "Interviews", "unit": "st", "baseline": "20", "target": "20"}
    html = owner_client.post(url, data, **headers).content.decode()
    assert 'value="Interviews"' in html and 'value="st"' in html and 'value="20"' in html
    assert "The target must differ from the baseline." in html
    assert not Metric.objects.exists()


def test_owner_checks_in_and_sees_it_listed(owner_client, goal, metric):
    url = reverse("checkin-create", args=[goal.pk])
    data = {"day": "2026-02-03", "value": "5", "note": "Three calls this week"}
    assert owner_client.post(url, data).status_code == 302
    checkin = CheckIn.objects.get(goal=goal)
    assert (checkin.day, checkin.value, checkin.note) == (
        date(2026, 2, 3), 5, "Three calls this week",
    )  # fmt: skip
    html = followup(owner_client, goal)
    assert "Three calls this week" in html and "5 interviews" in html


def test_the_check_in_form_shows_the_previous_check_in(owner_client, goal, checkin):
    html = followup(owner_client, goal)
    previous = html[html.index('<aside class="previous"') : html.index("</aside>")]
    assert "Previous check-in" in previous
    assert "3 interviews" in previous and "Two calls booked" in previous


@pytest.mark.parametrize("headers", [{}, HTMX], ids=["plain", "htmx"])
def test_an_invalid_check_in_keeps_what_was_typed(owner_client, goal, metric, headers):
    url = reverse("checkin-create", args=[goal.pk])
    data = {"day": "2026-02-03", "value": "many", "note": "Lots of calls"}
    html = owner_client.post(url, data, **headers).content.decode()
    assert 'value="many"' in html and 'value="2026-02-03"' in html and "Lots of calls" in html
    assert "Enter a number." in html
    assert not CheckIn.objects.exists()


def test_an_empty_check_in_is_refused(owner_client, goal):
    url = reverse("checkin-create", args=[goal.pk])
    html = owner_client.post(url, {"day": "2026-02-03", "value": "", "note": " "}).content.decode()
    assert "Give a value or write a note." in html
    assert not CheckIn.objects.exists()


def test_owner_deletes_a_check_in(owner_client, checkin):
    html = owner_client.post(reverse("checkin-delete", args=[checkin.pk]), **HTMX).content.decode()
    assert not CheckIn.objects.filter(pk=checkin.pk).exists()
    assert "Two calls booked" not in html


# --- the latest check-ins on the goal page, all of them a click away ------------------------


@pytest.fixture
def many_checkins(goal, metric) -> list[CheckIn]:
    """Twelve weekly check-ins, the latest a week ago; two more than the page lists."""
    today = timezone.localdate()
    return [
        services_followup.checkin_record(
            goal=goal, day=today - timedelta(weeks=12 - i), value=i, note=f"Week {i:02} notes"
        )
        for i in range(12)
    ]


def listed_notes(html: str) -> list[str]:
    """The notes of the check-ins the table lists, in its order."""
    table = html[html.index('<table class="checkins"') : html.index("</table>")]
    return re.findall(r"Week \d\d notes", table)


def test_the_goal_page_lists_the_latest_check_ins_and_links_to_all(
    owner_client, goal, many_checkins
):
    assert selectors_followup.RECENT_CHECKINS == 10
    html = owner_client.get(reverse("goal-detail", args=[goal.pk])).content.decode()
    assert listed_notes(html) == [f"Week {i:02} notes" for i in range(11, 1, -1)]
    assert "The latest 10 of 12." in html
    all_url = reverse("checkin-list", args=[goal.pk])
    assert f'<a href="{all_url}" hx-get="{all_url}">Show all 12 check-ins</a>' in html
    # the previous check-in is the latest, and the chart still draws every one
    previous = html[html.index('<aside class="previous"') : html.index("</aside>")]
    assert "Week 11 notes" in previous and "11 interviews" in previous
    assert "12 check-ins from" in html


def test_a_goal_with_few_check_ins_lists_them_all_without_a_link(owner_client, goal, checkin):
    html = owner_client.get(reverse("goal-detail", args=[goal.pk])).content.decode()
    assert "Two calls booked" in html
    assert reverse("checkin-list", args=[goal.pk]) not in html and "The latest" not in html


def test_all_check_ins_are_a_page_of_their_own_without_javascript(
    owner_client, goal, many_checkins
):
    html = owner_client.get(reverse("checkin-list", args=[goal.pk])).content.decode()
    assert "<html" in html and reverse("goal-detail", args=[goal.pk]) in html  # the way back
    assert listed_notes(html) == [f"Week {i:02} notes" for i in range(11, -1, -1)]
    assert "Show all" not in html and "The latest" not in html
    assert "Show only the latest" in html
    assert '<h3 id="checkins-title" tabindex="-1" autofocus>' in html


def test_htmx_swaps_in_the_section_with_all_check_ins(owner_client, goal, many_checkins):
    html = owner_client.get(reverse("checkin-list", args=[goal.pk]), **HTMX).content.decode()
    assert html.startswith('<section id="followup"') and "<html" not in html
    assert len(listed_notes(html)) == 12
    fewer = reverse("goal-followup", args=[goal.pk])
    assert f'hx-get="{fewer}">Show only the latest</a>' in html
    # and back: the section with the latest ten
    assert len(listed_notes(followup(owner_client, goal, **HTMX))) == 10


def test_deleting_from_all_check_ins_keeps_listing_them_all(owner_client, goal, many_checkins):
    oldest = many_checkins[0]
    html = owner_client.get(reverse("checkin-list", args=[goal.pk]), **HTMX).content.decode()
    assert '<input type="hidden" name="checkins" value="all">' in html
    url = reverse("checkin-delete", args=[oldest.pk])
    html = owner_client.post(url, {"checkins": "all"}, **HTMX).content.decode()
    assert not CheckIn.objects.filter(pk=oldest.pk).exists()
    assert listed_notes(html) == [f"Week {i:02} notes" for i in range(11, 0, -1)]
    # without JavaScript, back to the page of all check-ins
    second = many_checkins[1]
    response = owner_client.post(reverse("checkin-delete", args=[second.pk]), {"checkins": "all"})
    assert response.status_code == 302
    assert response["Location"] == reverse("checkin-list", args=[goal.pk]) + "#checkins-title"


def test_deleting_from_the_goal_page_lists_the_latest_again(owner_client, goal, many_checkins):
    url = reverse("checkin-delete", args=[many_checkins[-1].pk])
    html = owner_client.post(url, **HTMX).content.decode()
    assert listed_notes(html) == [f"Week {i:02} notes" for i in range(10, 0, -1)]
    assert "Show all 11 check-ins" in html


def test_a_check_in_posted_from_the_page_is_listed_first(owner_client, goal, many_checkins):
    """What the load test checks: the swapped-in section shows the new check-in."""
    today = timezone.localdate().isoformat()
    data = {"day": today, "value": "12", "note": "Checked in from the page"}
    url = reverse("checkin-create", args=[goal.pk])
    html = owner_client.post(url, data, **HTMX).content.decode()
    table = html[html.index('<table class="checkins"') : html.index("</table>")]
    assert table.index("Checked in from the page") < table.index("Week 11 notes")
    assert "Week 02 notes" not in table and "Show all 13 check-ins" in html


@pytest.mark.parametrize("headers", [{}, HTMX], ids=["plain", "htmx"])
def test_only_the_owner_sees_all_check_ins(
    stranger_client, make_user, owner, goal, many_checkins, headers
):
    url = reverse("checkin-list", args=[goal.pk])
    assert stranger_client.get(url, **headers).status_code == 404
    # nor the owner's manager, for a shared goal: theirs is the team page of the goal
    boss = make_user("maria")
    Profile.objects.update_or_create(user=owner, defaults={"manager": boss})
    Goal.objects.filter(pk=goal.pk).update(visibility=Goal.Visibility.SHARED)
    manager_client = Client()
    manager_client.force_login(boss)
    assert manager_client.get(url, **headers).status_code == 404
    team_page = manager_client.get(reverse("team-goal", args=[goal.pk])).content.decode()
    assert "Week 00 notes" in team_page  # where the manager reads them all


def test_all_check_ins_is_read_only(owner_client, goal, many_checkins):
    url = reverse("checkin-list", args=[goal.pk])
    assert owner_client.post(url).status_code == 405
    assert CheckIn.objects.filter(goal=goal).count() == 12


def test_owner_writes_a_reflection_and_sees_it_among_earlier_ones(owner_client, owner, goal):
    url = reverse("reflection-create", args=[goal.pk])
    data = {
        "day": "2026-02-10", "went_well": "Booked eight calls", "to_improve": "Start earlier",
        "still_relevant": "true", "adjustment": "",
    }  # fmt: skip
    assert owner_client.post(url, data).status_code == 302
    reflection = Reflection.objects.get(goal=goal)
    assert reflection.owner == owner
    assert (reflection.went_well, reflection.still_relevant) == ("Booked eight calls", True)
    html = followup(owner_client, goal)
    earlier = html[html.index("Earlier reflections") :]
    assert "Booked eight calls" in earlier and "Start earlier" in earlier


@pytest.mark.parametrize("headers", [{}, HTMX], ids=["plain", "htmx"])
def test_an_empty_reflection_is_refused_and_keeps_the_date(owner_client, goal, headers):
    url = reverse("reflection-create", args=[goal.pk])
    data = {"day": "2026-02-10", "still_relevant": "unknown"}
    html = owner_client.post(url, data, **headers).content.decode()
    assert "Answer at least one of the questions." in html and 'value="2026-02-10"' in html
    assert 'reflection-edit add-form" open' in html
    assert not Reflection.objects.exists()


def test_an_invalid_reflection_keeps_the_answers(owner_client, goal):
    url = reverse("reflection-create", args=[goal.pk])
    data = {"day": "yesterday", "went_well": "Booked calls", "still_relevant": "false"}
    html = owner_client.post(url, data).content.decode()
    assert 'value="yesterday"' in html and "Booked calls</textarea>" in html
    assert '<option value="false" selected>' in html
    assert not Reflection.objects.exists()


def test_owner_chooses_how_often_to_reflect_and_sees_the_next_date(owner_client, owner, goal):
    services_followup.reflection_record(owner=owner, goal=goal, day=date(2026, 1, 5), went_well="x")
    url = reverse("reflection-schedule", args=[goal.pk])
    html = owner_client.post(url, {"every_weeks": "2"}, **HTMX).content.decode()
    assert Profile.objects.get(user=owner).reflection_every_weeks == 2
    assert 'value="2"' in html
    assert 'Next reflection: <time datetime="2026-01-19">' in html


def test_an_invalid_rhythm_is_refused_and_kept(owner_client, owner, goal):
    url = reverse("reflection-schedule", args=[goal.pk])
    html = owner_client.post(url, {"every_weeks": "0"}).content.decode()
    assert 'value="0"' in html and "Give a number from 1 to 52." in html
    assert not Profile.objects.filter(user=owner, reflection_every_weeks=0).exists()


# --- who may do what -------------------------------------------------------------------


def owner_writes(goal, checkin):
    return [
        (reverse("metric-set", args=[goal.pk]), {"name": "X", "baseline": 0, "target": 1}),
        (reverse("checkin-create", args=[goal.pk]), {"day": "2026-02-03", "value": "9"}),
        (reverse("checkin-delete", args=[checkin.pk]), {}),
        (reverse("reflection-create", args=[goal.pk]), {"day": "2026-02-03", "went_well": "X"}),
        (reverse("reflection-schedule", args=[goal.pk]), {"every_weeks": "9"}),
    ]


def snapshot():
    return (
        list(Metric.objects.values_list("id", "name", "unit", "baseline", "target")),
        list(CheckIn.objects.values_list("id", "day", "value", "note")),
        list(Reflection.objects.values_list("id", "went_well")),
        list(Profile.objects.values_list("user_id", "reflection_every_weeks")),
    )


@pytest.mark.parametrize("headers", [{}, HTMX], ids=["plain", "htmx"])
def test_stranger_cannot_see_or_change_the_owners_follow_up(
    stranger_client, goal, checkin, headers
):
    before = snapshot()
    assert (
        stranger_client.get(reverse("goal-followup", args=[goal.pk]), **headers).status_code == 404
    )
    for url, data in owner_writes(goal, checkin):
        assert stranger_client.post(url, data, **headers).status_code == 404, url
    assert snapshot() == before


def test_follow_up_writes_are_post_only(owner_client, goal, checkin):
    for url, _data in owner_writes(goal, checkin):
        assert owner_client.get(url).status_code == 405, url


def test_follow_up_needs_a_login(client, goal, checkin):
    before = snapshot()
    urls = [
        (reverse("goal-followup", args=[goal.pk]), None),
        (reverse("checkin-list", args=[goal.pk]), None),
        *owner_writes(goal, checkin),
    ]
    for url, data in urls:
        response = client.get(url) if data is None else client.post(url, data)
        assert response.status_code == 302 and "/login/" in response["Location"], url
    assert snapshot() == before
    assert client.get(reverse("record")).status_code == 302


# --- my record -------------------------------------------------------------------------


def at(day: date) -> datetime:
    return timezone.make_aware(datetime.combine(day, datetime.min.time()).replace(hour=12))


@pytest.fixture
def achievements(owner, goal, metric):
    """Two of everything in 2025, and one of each from 2023 that falls outside."""
    done = services_goals.goal_create(owner=owner, text="Get the Scrum Master certificate by May")
    Goal.objects.filter(pk=done.pk).update(status="completed", completed_at=at(date(2025, 5, 20)))
    old = services_goals.goal_create(owner=owner, text="Finish the old course in 2023")
    Goal.objects.filter(pk=old.pk).update(status="completed", completed_at=at(date(2023, 5, 1)))
    for title, day in [("Ten calls", date(2025, 3, 1)), ("Fifteen calls", date(2025, 6, 1)),
                       ("Ancient", date(2023, 1, 1))]:  # fmt: skip
        m = services_plan.milestone_create(goal=goal, title=title, due=day)
        Milestone.objects.filter(pk=m.pk).update(reached_at=at(day))
    for title, day in [("Write the script", date(2025, 2, 1)), ("Call Ada", date(2025, 2, 2)),
                       ("Old step", date(2023, 2, 1))]:  # fmt: skip
        s = services_plan.step_create(goal=goal, title=title)
        Step.objects.filter(pk=s.pk).update(done_at=at(day))
    services_plan.step_create(goal=goal, title="Not done yet")
    for day, value in [(date(2023, 1, 1), 0), (date(2025, 1, 10), 2), (date(2025, 4, 1), 5),
                       (date(2025, 11, 30), 12)]:  # fmt: skip
        services_followup.checkin_record(goal=goal, day=day, value=value)
    return goal


def record(client, **params) -> str:
    response = client.get(reverse("record"), params)
    assert response.status_code == 200
    return response.content.decode()


def test_the_record_counts_what_was_achieved_in_the_period(owner_client, achievements):
    html = record(owner_client, **{"from": "2025-01-01", "to": "2025-12-31"})
    assert "1 January 2025 – 31 December 2025" in html
    assert "<strong>1</strong> goal completed" in html
    assert "<strong>2</strong> milestones reached" in html
    assert "<strong>2</strong> steps done" in html
    assert "<strong>1</strong> figure moved" in html
    assert "Get the Scrum Master certificate" in html
    assert "Ten calls" in html and "Fifteen calls" in html and "Call Ada" in html
    for older in ("Finish the old course", "Ancient", "Old step", "Not done yet"):
        assert older not in html


def test_the_record_shows_how_a_figure_moved_with_its_unit(owner_client, achievements):
    html = record(owner_client, **{"from": "2025-01-01", "to": "2025-12-31"})
    figures = html[html.index("Figures moved") :]
    assert "2 interviews" in figures and "12 interviews" in figures and "+10 interviews" in figures
    assert ">0 interviews" not in figures  # the 2023 check-in is outside the period


def test_the_record_defaults_to_the_last_twelve_months(owner_client, owner, goal):
    today = timezone.localdate()
    recent = services_plan.milestone_create(goal=goal, title="Recent win", due=today)
    services_plan.milestone_set_reached(milestone=recent, reached=True)
    old = services_plan.milestone_create(goal=goal, title="Long ago", due=today)
    Milestone.objects.filter(pk=old.pk).update(reached_at=timezone.now() - timedelta(days=400))
    html = record(owner_client)
    assert "Recent win" in html and "Long ago" not in html
    assert f'value="{today.isoformat()}"' in html


def test_the_record_refuses_a_backwards_period_and_keeps_it(owner_client, achievements):
    html = record(owner_client, **{"from": "2025-12-31", "to": "2025-01-01"})
    assert "The start date is after the end date." in html
    assert 'value="2025-12-31"' in html and 'value="2025-01-01"' in html


def test_the_record_keeps_a_mistyped_date(owner_client, achievements):
    html = record(owner_client, **{"from": "last spring"})
    assert 'value="last spring"' in html and "Enter a valid date." in html


@pytest.mark.parametrize("field", ["from", "to"])
@pytest.mark.parametrize("day", ["0001-01-01", "1969-12-31", "2201-01-01", "9999-12-31"])
def test_the_record_refuses_a_date_outside_the_years_it_knows(owner_client, field, day):
    html = record(owner_client, **{field: day})
    assert "Give a date from 1970-01-01 to 2200-12-31." in html
    assert f'value="{day}"' in html


def test_the_record_takes_the_first_and_the_last_day_it_knows(owner_client, achievements):
    html = record(owner_client, **{"from": "1970-01-01", "to": "2200-12-31"})
    assert "1 January 1970 – 31 December 2200" in html and "Give a date" not in html
    assert "<strong>3</strong> milestones reached" in html


def test_a_stranger_record_shows_nothing_of_the_owners(stranger_client, achievements):
    html = record(stranger_client, **{"from": "2020-01-01", "to": "2030-12-31"})
    assert "<strong>0</strong> milestones reached" in html
    for title in ("Ten calls", "Write the script", "Scrum Master", "Interviews"):
        assert title not in html


@pytest.mark.parametrize(
    ("language", "typed", "stored"),
    [
        ("sv", "72,5", 72.5), ("sv", "72.5", 72.5), ("sv", "1 500,25", 1500.25),
        ("sv", "1\u00a0500", 1500), ("sv", "\u22123,5", -3.5), ("sv", "1.500.000", 1_500_000),
        ("en", "72.5", 72.5), ("en", "1,500.5", 1500.5), ("en", "72,5", 72.5),
    ],
)  # fmt: skip
def test_a_number_is_read_as_a_person_writes_it(goal, metric, language, typed, stored):
    from tests.conftest import client_for

    url = reverse("checkin-create", args=[goal.pk])
    response = client_for(goal.owner, language).post(url, {"day": "2026-02-03", "value": typed})
    assert response.status_code == 302
    assert CheckIn.objects.get(goal=goal).value == stored


def test_a_number_input_keeps_the_decimal_comma_and_says_what_is_wrong(goal, metric):
    from tests.conftest import client_for

    client = client_for(goal.owner, "sv")
    url = reverse("checkin-create", args=[goal.pk])
    html = client.post(url, {"day": "2026-02-03", "value": "72,5 kg"}, HTTP_HX_REQUEST="true")
    body = html.content.decode()
    assert 'inputmode="decimal"' in body and 'value="72,5 kg"' in body
    assert "Fyll i ett tal." in body and not CheckIn.objects.exists()
    services_followup.checkin_record(goal=goal, day=date(2026, 2, 4), value=72.5)
    services_followup.metric_set(goal=goal, name="Vikt", unit="kg", baseline=80.5, target=70)
    page = client.get(reverse("goal-detail", args=[goal.pk])).content.decode()
    assert 'id="id_metric-baseline" value="80,5"' in page  # as a Swede writes it, not 80.5
    assert 'type="number" name="value"' not in page  # no browser turns "72,5" into 725
