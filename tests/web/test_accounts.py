"""Sign up, log in, log out, reset a password; Argon2 and login throttling."""

from __future__ import annotations

import pytest
from django.contrib.auth import get_user_model
from django.core import mail
from django.urls import reverse

from tests.conftest import PASSWORD

pytestmark = pytest.mark.django_db


def test_a_person_signs_up_and_lands_on_the_dashboard(client):
    response = client.post(
        reverse("signup"),
        {
            "username": "ada",
            "email": "ada@example.org",
            "password1": PASSWORD,
            "password2": PASSWORD,
        },
    )
    assert response.status_code == 302 and response.url == reverse("dashboard")
    user = get_user_model().objects.get(username="ada")
    assert user.password.startswith("argon2$")
    assert client.get(reverse("dashboard")).status_code == 200


def test_an_invalid_signup_keeps_what_was_typed(client):
    response = client.post(
        reverse("signup"),
        {"username": "ada", "email": "ada@example.org", "password1": "x", "password2": "y"},
    )
    assert response.status_code == 200
    assert 'value="ada@example.org"' in response.content.decode()


def test_log_in_and_out(client, owner):
    response = client.post(reverse("login"), {"username": "olivia", "password": PASSWORD})
    assert response.status_code == 302
    assert client.get(reverse("dashboard")).status_code == 200
    client.post(reverse("logout"))
    assert client.get(reverse("dashboard")).status_code == 302


def test_repeated_failed_logins_are_throttled(client, owner):
    for _ in range(5):
        client.post(reverse("login"), {"username": "olivia", "password": "wrong"})
    response = client.post(reverse("login"), {"username": "olivia", "password": PASSWORD})
    assert response.status_code == 429
    assert client.get(reverse("dashboard")).status_code == 302


def test_a_password_reset_link_is_mailed(client, owner):
    client.post(reverse("password_reset"), {"email": "olivia@example.org"})
    assert len(mail.outbox) == 1
    assert "/password/reset/" in mail.outbox[0].body
