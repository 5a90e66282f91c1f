"""Sign up, log in, log out, reset a password; Argon2 and login throttling."""

from __future__ import annotations

import re

import pytest
from django.contrib.auth import get_user_model
from django.contrib.auth.tokens import default_token_generator
from django.core import mail
from django.urls import reverse
from django.utils.encoding import force_bytes
from django.utils.http import urlsafe_base64_encode

from smarta.api.models import ApiToken
from smarta.api.tokens import token_create
from tests.api.conftest import ApiClient
from tests.conftest import PASSWORD

pytestmark = pytest.mark.django_db


def test_a_person_signs_up_with_their_name_and_is_welcomed(client, argon2):
    response = client.post(
        reverse("signup"),
        {
            "first_name": "Ada",
            "last_name": "Lind",
            "username": "ada",
            "email": "ada@example.org",
            "password1": PASSWORD,
            "password2": PASSWORD,
        },
    )
    assert response.status_code == 302 and response.url == reverse("welcome")
    user = get_user_model().objects.get(username="ada")
    assert user.password.startswith("argon2$")
    welcome = client.get(reverse("welcome")).content.decode()
    assert "Ada Lind" in welcome and reverse("goal-create") in welcome
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


def test_a_password_reset_through_the_mailed_link_revokes_the_api_tokens(client, owner, stranger):
    _, secret = token_create(user=owner, name="HR sync")
    _, strangers = token_create(user=stranger, name="theirs")
    assert ApiClient(secret).get("/goals").status_code == 200
    client.post(reverse("password_reset"), {"email": "olivia@example.org"})
    link = re.search(r"https?://[^/\s]+(/password/reset/\S+/)", mail.outbox[0].body).group(1)
    form = client.get(link, follow=True)  # Django moves the token from the URL to the session
    new = "an entirely new passphrase 7"
    done = client.post(form.redirect_chain[-1][0], {"new_password1": new, "new_password2": new})
    assert done.status_code == 302 and done.url == reverse("password_reset_complete")
    owner.refresh_from_db()
    assert owner.check_password(new)
    response = ApiClient(secret).get("/goals")
    assert response.status_code == 401
    assert not ApiToken.objects.filter(user=owner).exists()
    assert ApiClient(strangers).get("/goals").status_code == 200  # no one else's


def test_a_described_field_points_at_its_description(client, owner):
    """The new-password form explains the password rules; the field must name them."""
    uid = urlsafe_base64_encode(force_bytes(owner.pk))
    token = default_token_generator.make_token(owner)
    url = reverse("password_reset_confirm", args=[uid, token])
    body = client.get(url, follow=True).content.decode()
    described = re.findall(r'aria-describedby="([^"]+)"', body)
    assert described, "the page has no described field to check"
    for id_ in " ".join(described).split():
        assert f'id="{id_}"' in body, id_


@pytest.mark.parametrize(
    "page", ["password_reset", "password_reset_done", "password_reset_complete"]
)
def test_the_password_reset_pages_are_ours_not_the_admins(client, page):
    title = client.get(reverse(page)).content.decode().split("</title>")[0]
    assert "Smarta" in title and "Django" not in title
