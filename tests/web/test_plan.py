"""The goal page's plan: milestones and action steps, as plain forms and through htmx."""

from __future__ import annotations

from datetime import date, timedelta

import pytest
from django.conf import settings
from django.urls import reverse
from django.utils import timezone

from smarta.planner.goals import services as services_goals
from smarta.planner.models import Milestone, Step
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
def milestone(goal):
    return services_plan.milestone_create(
        goal=goal, title="Finish the video course", due=date(2026, 3, 1)
    )


@pytest.fixture
def step(goal, milestone):
    return services_plan.step_create(goal=goal, title="Book the exam", milestone=milestone)


def goal_page(client, goal) -> str:
    return client.get(reverse("goal-detail", args=[goal.pk])).content.decode()


# --- milestones ------------------------------------------------------------------------


def test_owner_adds_a_milestone_and_is_sent_back_to_the_plan(owner_client, goal):
    url = reverse("milestone-create", args=[goal.pk])
    response = owner_client.post(url, {"title": "Pass a practice test", "due": "2026-04-15"})
    assert response.status_code == 302
    assert response["Location"] == reverse("goal-detail", args=[goal.pk]) + "#plan"
    milestone = Milestone.objects.get(goal=goal)
    assert (milestone.title, milestone.due) == ("Pass a practice test", date(2026, 4, 15))
    assert "Pass a practice test" in goal_page(owner_client, goal)


def test_htmx_adding_a_milestone_answers_with_the_plan_section(owner_client, goal):
    url = reverse("milestone-create", args=[goal.pk])
    response = owner_client.post(
        url, {"title": "Pass a practice test", "due": "2026-04-15"}, **HTMX
    )
    html = response.content.decode()
    assert response.status_code == 200
    assert html.startswith('<section id="plan"') and "<html" not in html
    assert "Pass a practice test" in html
    assert Milestone.objects.filter(goal=goal).count() == 1


@pytest.mark.parametrize("headers", [{}, HTMX], ids=["plain", "htmx"])
def test_an_invalid_milestone_keeps_what_was_typed(owner_client, goal, headers):
    url = reverse("milestone-create", args=[goal.pk])
    response = owner_client.post(url, {"title": "Pass a practice test", "due": "soon"}, **headers)
    html = response.content.decode()
    assert response.status_code == 200
    assert 'value="Pass a practice test"' in html and 'value="soon"' in html
    assert "Enter a valid date." in html
    assert not Milestone.objects.exists()


def test_a_milestone_without_a_title_is_refused(owner_client, goal):
    url = reverse("milestone-create", args=[goal.pk])
    response = owner_client.post(url, {"title": "", "due": "2026-04-15"})
    assert "This field is required." in response.content.decode()
    assert 'value="2026-04-15"' in response.content.decode()
    assert not Milestone.objects.exists()


def test_reaching_a_milestone_is_celebrated_on_the_next_page(owner_client, milestone):
    url = reverse("milestone-reached", args=[milestone.pk])
    response = owner_client.post(url, {"reached": "1"}, follow=True)
    milestone.refresh_from_db()
    assert milestone.reached_at is not None
    html = response.content.decode()
    assert "🎉 Milestone reached: Finish the video course" in html
    assert 'class="message celebrate success"' in html


def test_reaching_a_milestone_through_htmx_celebrates_in_the_section(owner_client, milestone):
    url = reverse("milestone-reached", args=[milestone.pk])
    response = owner_client.post(url, {"reached": "1"}, **HTMX)
    assert '<p class="celebrate" role="status">' in response.content.decode()
    assert "Milestone reached: Finish the video course" in response.content.decode()
    milestone.refresh_from_db()
    assert milestone.reached_at is not None


def test_a_reached_milestone_can_be_unreached_without_a_celebration(owner_client, milestone):
    services_plan.milestone_set_reached(milestone=milestone, reached=True)
    url = reverse("milestone-reached", args=[milestone.pk])
    response = owner_client.post(url, {"reached": "0"}, follow=True)
    milestone.refresh_from_db()
    assert milestone.reached_at is None
    assert "Milestone reached" not in response.content.decode()


def test_reaching_a_reached_milestone_again_keeps_its_date(owner_client, milestone):
    services_plan.milestone_set_reached(milestone=milestone, reached=True)
    Milestone.objects.filter(pk=milestone.pk).update(reached_at=timezone.now() - timedelta(days=3))
    before = Milestone.objects.get(pk=milestone.pk).reached_at
    owner_client.post(reverse("milestone-reached", args=[milestone.pk]), {"reached": "1"})
    assert Milestone.objects.get(pk=milestone.pk).reached_at == before


def test_owner_deletes_a_milestone_and_its_steps_stay(owner_client, milestone, step):
    response = owner_client.post(reverse("milestone-delete", args=[milestone.pk]))
    assert response.status_code == 302
    assert not Milestone.objects.filter(pk=milestone.pk).exists()
    step.refresh_from_db()
    assert step.milestone is None


def test_the_goal_page_shows_milestones_overdue_and_reached(owner_client, goal, milestone):
    services_plan.milestone_create(goal=goal, title="Schedule the exam", due=date(2000, 1, 1))
    services_plan.milestone_set_reached(milestone=milestone, reached=True)
    html = goal_page(owner_client, goal)
    assert "Finish the video course" in html and "Schedule the exam" in html
    assert "Overdue" in html and "Reached " in html


# --- steps -----------------------------------------------------------------------------


def test_owner_adds_a_step_for_a_milestone(owner_client, goal, milestone):
    url = reverse("step-create", args=[goal.pk])
    data = {"title": "Watch chapter 1", "due": "2026-02-01", "milestone": milestone.pk}
    response = owner_client.post(url, data)
    assert response.status_code == 302
    step = Step.objects.get(goal=goal)
    assert (step.title, step.due, step.milestone) == (
        "Watch chapter 1", date(2026, 2, 1), milestone,
    )  # fmt: skip
    html = goal_page(owner_client, goal)
    assert "Watch chapter 1" in html and "For: Finish the video course" in html


def test_a_step_needs_no_due_date_nor_milestone(owner_client, goal):
    owner_client.post(reverse("step-create", args=[goal.pk]), {"title": "Ask Kim for notes"})
    step = Step.objects.get(goal=goal)
    assert (step.due, step.milestone) == (None, None)


@pytest.mark.parametrize("headers", [{}, HTMX], ids=["plain", "htmx"])
def test_an_invalid_step_keeps_what_was_typed(owner_client, goal, milestone, headers):
    url = reverse("step-create", args=[goal.pk])
    data = {"title": "Watch chapter 1", "due": "2026-13-45", "milestone": milestone.pk}
    html = owner_client.post(url, data, **headers).content.decode()
    assert 'value="Watch chapter 1"' in html and 'value="2026-13-45"' in html
    assert f'<option value="{milestone.pk}" selected>' in html
    assert "Enter a valid date." in html
    assert not Step.objects.exists()


def test_a_step_cannot_hang_on_another_persons_milestone(owner_client, goal, stranger):
    theirs = services_goals.goal_create(owner=stranger, text="Run a marathon in 2027")
    their_milestone = services_plan.milestone_create(
        goal=theirs, title="10 km", due=date(2026, 5, 1)
    )
    url = reverse("step-create", args=[goal.pk])
    html = owner_client.post(url, {"title": "Sneak", "milestone": their_milestone.pk})
    assert "Select a valid choice" in html.content.decode()
    assert not Step.objects.filter(title="Sneak").exists()


def test_owner_marks_a_step_done_and_undone(owner_client, step):
    url = reverse("step-done", args=[step.pk])
    assert owner_client.post(url, {"done": "1"}).status_code == 302
    step.refresh_from_db()
    assert step.done_at is not None
    html = owner_client.post(url, {"done": "0"}, **HTMX).content.decode()
    step.refresh_from_db()
    assert step.done_at is None
    assert 'aria-pressed="false"' in html and "Book the exam" in html


def test_owner_deletes_a_step(owner_client, step):
    response = owner_client.post(reverse("step-delete", args=[step.pk]), **HTMX)
    assert response.status_code == 200
    assert "Book the exam" not in response.content.decode()
    assert not Step.objects.filter(pk=step.pk).exists()


# --- who may do what -------------------------------------------------------------------


def owner_writes(goal, milestone, step):
    return [
        (reverse("milestone-create", args=[goal.pk]), {"title": "X", "due": "2026-04-01"}),
        (reverse("milestone-reached", args=[milestone.pk]), {"reached": "1"}),
        (reverse("milestone-delete", args=[milestone.pk]), {}),
        (reverse("step-create", args=[goal.pk]), {"title": "X"}),
        (reverse("step-done", args=[step.pk]), {"done": "1"}),
        (reverse("step-delete", args=[step.pk]), {}),
    ]


def snapshot():
    return (
        list(Milestone.objects.values_list("id", "title", "due", "reached_at")),
        list(Step.objects.values_list("id", "title", "due", "done_at", "milestone_id")),
    )


@pytest.mark.parametrize("headers", [{}, HTMX], ids=["plain", "htmx"])
def test_stranger_cannot_change_the_owners_plan(stranger_client, goal, milestone, step, headers):
    before = snapshot()
    for url, data in owner_writes(goal, milestone, step):
        assert stranger_client.post(url, data, **headers).status_code == 404, url
    assert snapshot() == before


def test_plan_writes_are_post_only(owner_client, goal, milestone, step):
    for url, _data in owner_writes(goal, milestone, step):
        assert owner_client.get(url).status_code == 405, url


def test_plan_writes_need_a_login(client, goal, milestone, step):
    before = snapshot()
    for url, data in owner_writes(goal, milestone, step):
        response = client.post(url, data)
        assert response.status_code == 302 and "/login/" in response["Location"], url
    assert snapshot() == before
