"""The progress chart: on-track verdicts both ways, accessible SVG, no chart without data."""

from __future__ import annotations

import xml.etree.ElementTree as ET
from datetime import date, timedelta

import pytest
from django.utils import translation

from smarta.planner.followup import services as services_followup
from smarta.planner.followup.charts import (
    Outlook,
    Point,
    assess,
    chart_for_goal,
    fit_trend,
    progress_chart,
)
from smarta.planner.followup.charts import number as chart_number
from smarta.planner.goals import services as services_goals

pytestmark = pytest.mark.usefixtures("english")  # the assertions read the source texts


SVG = "{http://www.w3.org/2000/svg}"
START = date(2026, 1, 5)


def series(*values: float, every: int = 10) -> list[Point]:
    """Check-ins ``every`` days apart from START."""
    return [Point(START + timedelta(days=i * every), v) for i, v in enumerate(values)]


def day(n: int) -> date:
    return START + timedelta(days=n)


def test_trend_is_the_least_squares_line():
    trend = fit_trend(series(10, 12, 14))
    assert trend.slope == pytest.approx(0.2)
    assert trend.at(day(60)) == pytest.approx(22)


def test_trend_of_scattered_points_goes_through_their_mean():
    trend = fit_trend([Point(day(0), 1), Point(day(1), 3), Point(day(2), 2)])
    assert trend.slope == pytest.approx(0.5)
    assert trend.at(day(1)) == pytest.approx(2)


def test_increasing_goal_on_pace_is_on_track():
    outlook, projected = assess(series(10, 12, 14), baseline=10, target=20, deadline=day(60))
    assert outlook is Outlook.ON_TRACK
    assert projected == pytest.approx(22)


def test_increasing_goal_too_slow_is_not_on_track():
    outlook, projected = assess(series(10, 12, 14), baseline=10, target=20, deadline=day(30))
    assert outlook is Outlook.OFF_TRACK
    assert projected == pytest.approx(16)


def test_decreasing_goal_on_pace_is_on_track():
    outlook, projected = assess(series(30, 27, 24), baseline=30, target=10, deadline=day(90))
    assert outlook is Outlook.ON_TRACK
    assert projected == pytest.approx(3)


def test_decreasing_goal_too_slow_is_not_on_track():
    outlook, _ = assess(series(30, 27, 24), baseline=30, target=10, deadline=day(40))
    assert outlook is Outlook.OFF_TRACK


def test_decreasing_goal_moving_the_wrong_way_is_not_on_track():
    outlook, _ = assess(series(30, 31, 33), baseline=30, target=10, deadline=day(400))
    assert outlook is Outlook.OFF_TRACK


def test_a_latest_value_past_the_target_counts_as_reached():
    assert assess(series(10, 21), baseline=10, target=20, deadline=day(5))[0] is Outlook.REACHED
    assert assess(series(30, 9), baseline=30, target=10, deadline=None)[0] is Outlook.REACHED


def test_one_check_in_gives_no_trend_and_no_verdict():
    outlook, projected = assess(series(10), baseline=10, target=20, deadline=day(60))
    assert outlook is Outlook.NO_TREND
    assert projected is None


def test_without_a_deadline_there_is_no_verdict():
    assert assess(series(10, 12), baseline=10, target=20, deadline=None)[0] is Outlook.NO_DEADLINE


def test_the_sentence_says_whether_the_goal_is_on_track():
    on = progress_chart(series(10, 12, 14), baseline=10, target=20, unit="h", deadline=day(60))
    off = progress_chart(series(10, 12, 14), baseline=10, target=20, unit="h", deadline=day(30))
    assert on.sentence.startswith("On track")
    assert "22 h" in on.sentence and "20 h" in on.sentence
    assert off.sentence.startswith("Not on track")
    assert "16 h" in off.sentence


def test_no_chart_without_check_ins():
    assert progress_chart([], baseline=10, target=20, deadline=day(60)) is None


def parse(chart) -> ET.Element:
    return ET.fromstring(str(chart.svg))


def test_the_chart_is_well_formed_accessible_svg():
    chart = progress_chart(
        series(10, 12, 14), baseline=10, target=20, unit="customers", deadline=day(60),
        title="Progress: customers", chart_id="chart-7",
    )  # fmt: skip
    root = parse(chart)
    assert root.tag == f"{SVG}svg"
    assert root.get("role") == "img"
    assert root.get("aria-labelledby") == "chart-7-title chart-7-desc"
    assert root.find(f"{SVG}title").get("id") == "chart-7-title"
    assert root.find(f"{SVG}title").text == "Progress: customers"
    desc = root.find(f"{SVG}desc")
    assert desc.get("id") == "chart-7-desc"
    assert "3 check-ins" in desc.text and chart.sentence in desc.text


def test_the_chart_draws_points_levels_trend_and_deadline():
    root = parse(progress_chart(series(10, 12, 14), baseline=10, target=20, deadline=day(60)))
    texts = [t.text for t in root.iter(f"{SVG}text")]
    assert "Target: 20" in texts and "Baseline: 10" in texts and "Deadline" in texts
    line = root.find(f".//{SVG}polyline[@class='chart-line']")
    assert len(line.get("points").split()) == 3
    assert len(root.findall(f"{SVG}circle")) == 3  # one per check-in
    projection = root.find(f"{SVG}path[@class='chart-projection']")
    assert projection.find(f"{SVG}title").text == "Projected at the deadline: 22"
    assert root.find(f".//{SVG}line[@class='chart-trend']") is not None


def test_the_chart_runs_to_the_deadline_or_past_the_last_check_in():
    with_deadline = parse(progress_chart(series(10, 12), baseline=10, target=20, deadline=day(90)))
    labels = [t.text for t in with_deadline.iter(f"{SVG}text")]
    assert "5 Apr" in labels  # START + 90 days, the last tick
    without = parse(progress_chart(series(10, 12), baseline=10, target=20))
    assert "Deadline" not in [t.text for t in without.iter(f"{SVG}text")]


def test_text_in_the_chart_is_escaped():
    chart = progress_chart(series(1, 2), unit="<b>&co", title='"Q&A" <script>')
    root = parse(chart)
    assert root.find(f"{SVG}title").text == '"Q&A" <script>'
    assert "<script>" not in str(chart.svg)


def test_a_single_value_chart_still_parses():
    assert parse(progress_chart(series(5)))


def test_numbers_follow_the_language():
    with translation.override("sv"):
        assert chart_number(2.5) == "2,5"
    assert chart_number(2.5) == "2.5"
    assert chart_number(12.0) == "12"


@pytest.mark.django_db
def test_a_goal_gets_a_chart_from_its_metric_and_measured_check_ins(owner):
    goal = services_goals.goal_create(owner=owner, text="Hold 20 customer interviews by June 2026")
    goal.deadline = day(60)
    goal.save()
    assert chart_for_goal(goal) is None
    services_followup.checkin_record(goal=goal, day=day(0), value=None, note="started")
    assert chart_for_goal(goal) is None  # a note alone is no data for a chart
    services_followup.metric_set(
        goal=goal, name="Interviews", unit="interviews", baseline=0, target=20
    )
    services_followup.checkin_record(goal=goal, day=day(10), value=4)
    services_followup.checkin_record(goal=goal, day=day(20), value=8)
    goal.refresh_from_db()
    chart = chart_for_goal(goal)
    assert chart.outlook is Outlook.ON_TRACK
    assert parse(chart).find(f"{SVG}title").text == "Progress: Interviews"
