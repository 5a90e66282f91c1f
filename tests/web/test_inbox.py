"""Being told when something happens: the inbox (the bell), its mails, and "Waiting for me"."""

from __future__ import annotations

import socket
from datetime import timedelta

import pytest
from django.core import mail
from django.urls import reverse
from django.utils import timezone

from smarta.planner.feedback import services as services_feedback
from smarta.planner.inbox import services as services_inbox
from smarta.planner.inbox.kinds import Kind
from smarta.planner.inbox.selectors import inbox_for, unread_count
from smarta.planner.models import Goal, Notification
from smarta.planner.profile import services as services_profile
from smarta.planner.talks import services as services_talks
from smarta.planner.team import services as services_team
from tests.conftest import client_for


def _kinds(user) -> list[str]:
    return [n.kind for n in Notification.objects.filter(recipient=user).order_by("id")]


def test_sharing_tells_the_manager_in_the_inbox_and_by_mail_in_their_language(
    owner, manager, goal, django_capture_on_commit_callbacks
):
    services_profile.profile_update(user=manager, language="en")
    with django_capture_on_commit_callbacks(execute=True):
        services_team.goal_set_visibility(goal=goal, visibility=Goal.Visibility.SHARED)
    assert _kinds(manager) == [Kind.GOAL_SHARED]
    (message,) = mail.outbox
    assert message.to == [manager.email]
    assert "olivia shared the goal “Take the AWS Solutions Architect exam” with you" in (
        message.body
    )
    assert f"/team/goals/{goal.pk}/" in message.body
    page = client_for(manager, "sv").get(reverse("dashboard")).content.decode()
    assert '<span class="count">1</span>' in page  # the bell


def test_the_mail_waits_for_the_commit(owner, manager, goal, django_capture_on_commit_callbacks):
    with django_capture_on_commit_callbacks(execute=False) as callbacks:
        services_team.goal_set_visibility(goal=goal, visibility=Goal.Visibility.SHARED)
    assert mail.outbox == [] and len(callbacks) == 1


def test_approval_changes_and_comments_reach_the_other_side(owner, manager, goal):
    services_team.goal_set_visibility(goal=goal, visibility=Goal.Visibility.SHARED)
    services_team.goal_request_changes(goal=goal, manager=manager, comment="Add a date")
    services_team.goal_approve(goal=goal, manager=manager)
    services_team.goal_comment_add(goal=goal, author=manager, body="Good")
    services_team.goal_comment_add(goal=goal, author=owner, body="Thanks")
    assert _kinds(owner) == [Kind.CHANGES_REQUESTED, Kind.GOAL_APPROVED, Kind.COMMENT]
    assert _kinds(manager) == [Kind.GOAL_SHARED, Kind.COMMENT]


def test_the_owners_bell_counts_up_and_opening_one_reads_it(owner, manager, goal):
    services_team.goal_set_visibility(goal=goal, visibility=Goal.Visibility.SHARED)
    services_team.goal_approve(goal=goal, manager=manager)
    assert unread_count(owner) == 1
    client = client_for(owner, "sv")
    (entry,) = inbox_for(owner)
    response = client.get(reverse("inbox-open", args=[entry.notification.pk]))
    assert response.status_code == 302 and response["Location"] == reverse(
        "goal-detail", args=[goal.pk]
    )
    assert unread_count(owner) == 0


def test_a_goal_made_private_since_is_not_named_to_the_manager(owner, manager, goal):
    services_team.goal_set_visibility(goal=goal, visibility=Goal.Visibility.SHARED)
    services_team.goal_set_visibility(goal=goal, visibility=Goal.Visibility.PRIVATE)
    page = client_for(manager, "en").get(reverse("inbox")).content.decode()
    assert "olivia shared the goal “a goal” with you" in page
    assert goal.heading not in page
    (entry,) = inbox_for(manager)
    assert entry.url is None


def test_one_persons_notification_is_anothers_404(owner, stranger, manager, goal):
    services_team.goal_set_visibility(goal=goal, visibility=Goal.Visibility.SHARED)
    notification = Notification.objects.get(recipient=manager)
    response = client_for(stranger).get(reverse("inbox-open", args=[notification.pk]))
    assert response.status_code == 404
    assert Notification.objects.get(pk=notification.pk).read_at is None
    assert "Take the AWS" not in client_for(stranger).get(reverse("inbox")).content.decode()


def test_feedback_asked_and_answered(owner, stranger, goal):
    request = services_feedback.feedback_request_create(
        goal=goal, role="colleague", giver=stranger, link_for=lambda s: f"/f/{s}/", language="en"
    )
    assert _kinds(stranger) == [Kind.FEEDBACK_INVITED]
    assert len(mail.outbox) == 1  # the invitation itself; no second mail from the inbox
    (entry,) = inbox_for(stranger)
    assert entry.url == reverse("feedback-give", args=[request.pk])
    services_feedback.feedback_answer(
        feedback_request=request, going_well="a", could_be_better="b", example="c"
    )
    assert _kinds(owner) == [Kind.FEEDBACK_ANSWERED]


def test_a_talk_booked_prepared_held_and_called_off_is_told(owner, manager):
    when = timezone.now() + timedelta(days=3)
    talk = services_talks.talk_book(manager=manager, report=owner, scheduled_for=when)
    services_talks.talk_set_agenda(talk=talk, user=manager, text="Your goals")
    services_talks.talk_set_agenda(talk=talk, user=manager, text="Your goals, and more")
    services_talks.talk_set_held(talk=talk, manager=manager)
    other = services_talks.talk_book(manager=manager, report=owner, scheduled_for=when)
    services_talks.talk_cancel(talk=other, manager=manager)
    # the booking of the talk called off goes with it: only "called off" is left of it
    assert _kinds(owner) == [
        Kind.TALK_BOOKED, Kind.AGENDA_READY, Kind.RECORD_READY, Kind.TALK_CANCELLED,
    ]  # fmt: skip
    texts = [e.text for e in inbox_for(owner)]
    assert texts[0].startswith("Maja Chef har ställt in utvecklingssamtalet ")


def test_each_person_chooses_how_they_are_told(owner, manager, goal):
    client = client_for(manager, "en")
    choices = {kind.value: "both" for kind in Kind} | {"goal_shared": "off", "comment": "email"}
    assert client.post(reverse("inbox-settings"), choices).status_code == 302
    services_team.goal_set_visibility(goal=goal, visibility=Goal.Visibility.SHARED)
    assert _kinds(manager) == []
    services_team.goal_comment_add(goal=goal, author=owner, body="Look")
    (told,) = Notification.objects.filter(recipient=manager)
    assert told.read_at is not None and told.email_wanted  # by e-mail only: nothing unread
    page = client.get(reverse("inbox-settings")).content.decode()
    assert '<option value="off" selected>' in page


def _closed_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def test_a_mail_server_that_is_down_loses_nothing(
    owner, manager, goal, settings, django_capture_on_commit_callbacks
):
    settings.EMAIL_BACKEND = "django.core.mail.backends.smtp.EmailBackend"
    settings.EMAIL_HOST, settings.EMAIL_PORT, settings.EMAIL_TIMEOUT = (
        "127.0.0.1",
        _closed_port(),
        2,
    )
    client = client_for(owner, "en")
    with django_capture_on_commit_callbacks(execute=True):
        response = client.post(reverse("goal-visibility", args=[goal.pk]), {"visibility": "shared"})
    assert response.status_code == 302  # the share is saved; the mail waits
    assert Goal.objects.get(pk=goal.pk).visibility == Goal.Visibility.SHARED
    told = Notification.objects.get(recipient=manager)
    assert told.email_wanted and told.emailed_at is None
    settings.EMAIL_BACKEND = "django.core.mail.backends.locmem.EmailBackend"
    assert services_inbox.send_pending_mails() == (1, 0)
    assert Notification.objects.get(pk=told.pk).emailed_at is not None and len(mail.outbox) == 1


def test_a_missed_check_in_is_told_once(owner, goal):
    Goal.objects.filter(pk=goal.pk).update(created_at=timezone.now() - timedelta(days=10))
    today = timezone.localdate()
    assert services_inbox.checkins_missed(today) == 1
    assert services_inbox.checkins_missed(today) == 0
    assert _kinds(owner) == [Kind.CHECKIN_MISSED]


# --- Waiting for me ----------------------------------------------------------------------


def test_waiting_for_me_gathers_what_others_wait_on(owner, manager, goal, stranger):
    services_team.goal_set_visibility(goal=goal, visibility=Goal.Visibility.SHARED)
    Goal.objects.filter(pk=goal.pk).update(created_at=timezone.now() - timedelta(days=20))
    services_team.goal_comment_add(goal=goal, author=owner, body="What do you think?")
    services_talks.talk_book(
        manager=manager, report=owner, scheduled_for=timezone.now() + timedelta(days=2)
    )
    services_feedback.feedback_request_create(
        goal=goal, role="manager", giver=manager, link_for=lambda s: "", language="en"
    )
    page = client_for(manager, "en").get(reverse("waiting")).content.decode()
    for heading in ("Goals to approve", "Comments to answer", "Talks to prepare",
                    "Feedback I was asked for", "Reports with missed check-ins"):  # fmt: skip
        assert heading in page, heading
    assert page.count("Take the AWS Solutions Architect exam") == 4
    stranger_page = client_for(stranger, "en").get(reverse("waiting")).content.decode()
    assert "Nothing waits for you" in stranger_page and "Take the AWS" not in stranger_page


@pytest.mark.parametrize("language", ["sv", "en"])
def test_the_header_has_at_most_six_items(owner, manager, language):
    page = client_for(manager, language).get(reverse("dashboard")).content.decode()
    nav = page[page.index('<ul class="nav-main">') : page.index("</nav>")]
    top = nav.count("\n        <li")  # the top-level items, each on a line of its own
    assert top == 5, top  # Overview, Goals, My development, Talks, Team; + the person's menu


def test_a_person_sets_the_name_others_see(owner, manager, goal):
    client = client_for(owner, "en")
    response = client.post(reverse("account-name"), {"first_name": "Olivia", "last_name": "Ek"})
    assert response.status_code == 302
    services_team.goal_set_visibility(goal=goal, visibility=Goal.Visibility.SHARED)
    (entry,) = inbox_for(manager)
    assert entry.text.startswith("Olivia Ek shared the goal")
    too_long = client.post(reverse("account-name"), {"first_name": "x" * 200, "last_name": "Ek"})
    assert too_long.status_code == 200 and 'value="' + "x" * 200 + '"' in too_long.content.decode()
