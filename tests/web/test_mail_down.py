"""When the mail server is down, every page that sends mail says so and loses nothing: no 500,
what was typed stays in the form, and what needs no mail (an import, a person leaving) is done.

The mail goes through Django's real SMTP backend to a port on 127.0.0.1 where nothing listens,
so the connection is refused as it would be by a server that is down."""

from __future__ import annotations

import socket

import pytest
from django.contrib.auth import get_user_model
from django.urls import reverse

from smarta.planner.models import FeedbackRequest
from tests.conftest import PASSWORD, client_for

pytestmark = [pytest.mark.django_db, pytest.mark.usefixtures("english")]
DOWN = "The mail could not be sent just now: the mail server did not answer."


@pytest.fixture
def server_down(settings):
    with socket.socket() as probe:  # a free port, closed again: nothing listens there
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    settings.EMAIL_BACKEND = "django.core.mail.backends.smtp.EmailBackend"
    settings.EMAIL_HOST, settings.EMAIL_PORT, settings.EMAIL_TIMEOUT = "127.0.0.1", port, 5


@pytest.fixture
def hr(make_user):
    return make_user("hr@example.org", is_staff=True)


def test_a_feedback_invitation_says_the_mail_is_down_and_keeps_the_message(
    owner, goal, server_down
):
    response = client_for(owner, "en").post(reverse("feedback-invite", args=[goal.pk]), {
        "who": "mentor@example.com", "role": "mentor", "message": "Be honest!",
    })  # fmt: skip
    html = response.content.decode()
    assert response.status_code == 200 and DOWN in html
    assert "Be honest!" in html and "mentor@example.com" in html
    assert not FeedbackRequest.objects.exists()  # nothing stored for a link no one received


def test_hr_sending_an_invitation_again_is_told_it_did_not_leave(hr, owner, server_down):
    response = client_for(hr, "en").post(reverse("person-invite", args=[owner.pk]), follow=True)
    html = response.content.decode()
    assert response.status_code == 200 and DOWN in html and "on its way" not in html


def test_signing_up_with_a_taken_address_keeps_what_was_typed(owner, client, server_down):
    response = client.post(reverse("signup"), {
        "username": "olle", "email": owner.email, "password1": PASSWORD, "password2": PASSWORD,
    })  # fmt: skip
    html = response.content.decode()
    assert response.status_code == 200 and DOWN in html
    assert 'value="olle"' in html and get_user_model().objects.count() == 1


def test_the_password_reset_form_answers_as_usual(owner, client, server_down):
    response = client.post(reverse("password_reset"), {"email": owner.email})
    assert response.status_code == 302  # Django's form logs the failure; the page tells nothing


def test_an_import_is_done_and_the_welcome_can_be_sent_later(
    hr, server_down, django_capture_on_commit_callbacks
):
    with django_capture_on_commit_callbacks(execute=True):
        response = client_for(hr, "en").post(reverse("people-import"), {
            "content": "email,name,department,manager_email\neva@example.org,Eva Lund,Vård,\n",
            "name": "people.csv",
        })  # fmt: skip
    assert response.status_code == 302
    assert get_user_model().objects.filter(email="eva@example.org").exists()


def test_a_person_marked_as_left_has_left_though_their_link_did_not_go(
    hr, owner, server_down, django_capture_on_commit_callbacks
):
    with django_capture_on_commit_callbacks(execute=True):
        response = client_for(hr, "en").post(
            reverse("person", args=[owner.pk]), {"first_name": "Olivia"}
        )
    owner.refresh_from_db()
    assert response.status_code == 302 and not owner.is_active
