"""SMARTA_SIGNUP and SMARTA_PASSWORD_LOGIN: which pages are there, which passwords sign in.

The organisation's sign-in itself is tests/web/test_oidc.py; here the issuer is only set, and
nothing asks the provider anything."""

from __future__ import annotations

import pytest
from django.contrib.auth import get_user_model
from django.core import mail
from django.urls import reverse

from smarta.planner.profile.accounts import send_password_link
from tests.api.conftest import ApiClient
from tests.conftest import PASSWORD

pytestmark = [pytest.mark.django_db, pytest.mark.usefixtures("english")]
RESET_PAGES = ["password_reset", "password_reset_done", "password_reset_complete"]


@pytest.fixture
def organisation(settings):
    """The organisation's sign-in on (an issuer set), as a deployment with it would be."""
    settings.SMARTA_OIDC_ISSUER = "http://127.0.0.1:9/o"
    settings.OIDC_RP_CLIENT_ID, settings.OIDC_RP_CLIENT_SECRET = "smarta", "secret"
    settings.SMARTA_OIDC_NAME = "Microsoft"


@pytest.fixture
def passwords_off(settings, organisation):
    settings.SMARTA_PASSWORD_LOGIN = False


def test_without_an_issuer_the_login_page_is_as_it_was(client):
    page = client.get(reverse("login")).content.decode()
    assert 'name="password"' in page and "Create an account" in page
    assert "Sign in with" not in page
    assert client.get(reverse("oidc_authentication_init")).status_code == 404
    assert client.get(reverse("oidc_authentication_callback")).status_code == 404


def test_with_an_issuer_the_login_page_has_the_organisations_button(client, organisation):
    page = client.get(reverse("login")).content.decode()
    assert "Sign in with Microsoft" in page and 'name="password"' in page


def test_the_button_is_in_swedish_too(client, organisation, settings):
    settings.LANGUAGE_CODE = "sv"
    page = client.get(reverse("login"), HTTP_ACCEPT_LANGUAGE="sv").content.decode()
    assert "Logga in med Microsoft" in page


@pytest.mark.parametrize(("mode", "status"), [("open", 200), ("invite", 404), ("closed", 404)])
def test_the_sign_up_page_is_there_only_while_sign_up_is_open(client, settings, mode, status):
    settings.SMARTA_SIGNUP = mode
    assert client.get(reverse("signup")).status_code == status
    assert ("Create an account" in client.get(reverse("login")).content.decode()) is (status == 200)


def test_a_sign_up_post_is_refused_when_sign_up_is_not_open(client, settings):
    settings.SMARTA_SIGNUP = "invite"
    form = {"username": "ada", "email": "ada@example.org", "password1": PASSWORD,
            "password2": PASSWORD}  # fmt: skip
    assert client.post(reverse("signup"), form).status_code == 404
    assert not get_user_model().objects.filter(username="ada").exists()


def test_with_passwords_off_the_login_page_shows_only_the_organisations_button(
    client, passwords_off
):
    page = client.get(reverse("login")).content.decode()
    assert "Sign in with Microsoft" in page
    assert 'name="password"' not in page and "Forgot your password?" not in page
    assert "Create an account" not in page
    assert client.get(reverse("signup")).status_code == 404


def test_with_passwords_off_a_password_signs_no_one_in(client, owner, passwords_off):
    answer = client.post(reverse("login"), {"username": "olivia", "password": PASSWORD})
    assert answer.status_code == 405
    assert client.get(reverse("dashboard")).status_code == 302
    admin = client.post(
        reverse("admin:login"), {"username": "olivia", "password": PASSWORD}
    )  # the admin's page goes through the same backends
    assert admin.status_code == 200 and client.get(reverse("dashboard")).status_code == 302
    token = ApiClient(None).post("/token", {"username": "olivia", "password": PASSWORD})
    assert token.status_code == 401


def test_with_passwords_on_the_same_password_signs_in(client, owner, organisation):
    answer = client.post(reverse("login"), {"username": "olivia", "password": PASSWORD})
    assert answer.status_code == 302 and client.get(reverse("dashboard")).status_code == 200


@pytest.mark.parametrize("page", RESET_PAGES)
def test_with_passwords_off_the_password_reset_pages_are_gone(client, passwords_off, page):
    assert client.get(reverse(page)).status_code == 404


def test_with_passwords_off_the_welcome_mail_points_at_the_login_page(owner, passwords_off):
    send_password_link(owner, purpose="welcome")
    body = mail.outbox[0].body
    assert "/login/" in body and "/password/reset/" not in body
    assert "Sign in here with your organisation's account:" in body
    assert mail.outbox[0].subject == "Welcome to Smarta"
