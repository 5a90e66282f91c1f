from __future__ import annotations

from datetime import timedelta

from django.contrib.auth.hashers import make_password
from django.urls import reverse
from django.utils import timezone

from smarta.api.models import ApiToken
from smarta.api.tokens import token_create
from tests.conftest import PASSWORD

from .conftest import ApiClient


def test_a_password_gets_a_token_that_works(owner, anon_api):
    response = anon_api.post("/token", {"username": "olivia", "password": PASSWORD, "name": "hr"})
    assert response.status_code == 201
    secret = response.json()["token"]
    assert len(secret) >= 40
    assert ApiClient(secret).get("/goals").status_code == 200
    token = ApiToken.objects.get(user=owner)
    assert secret not in token.token_hash and len(token.token_hash) == 64
    assert token.last_used_at is not None
    assert (token.expires_at - timezone.now()).days in (29, 30)


def test_a_wrong_password_gets_401_as_json(owner, anon_api):
    response = anon_api.post("/token", {"username": "olivia", "password": "nope"})
    assert response.status_code == 401
    assert response.json() == {"detail": "wrong username or password"}
    assert not ApiToken.objects.exists()


def test_a_token_request_without_password_names_the_field(anon_api):
    response = anon_api.post("/token", {"username": "olivia"})
    assert response.status_code == 422
    assert response.json()["detail"][0]["field"] == "password"


def test_repeated_wrong_passwords_lock_out_even_the_right_one_with_json(owner, anon_api, settings):
    for _ in range(settings.AXES_FAILURE_LIMIT - 1):
        assert (
            anon_api.post("/token", {"username": "olivia", "password": "nope"}).status_code == 401
        )
    response = anon_api.post("/token", {"username": "olivia", "password": "nope"})
    assert response.status_code == 429
    assert response["Content-Type"] == "application/json"
    assert response.json() == {"detail": "too many failed attempts; try again later"}
    response = anon_api.post("/token", {"username": "olivia", "password": PASSWORD})
    assert response.status_code == 429
    assert response.json() == {"detail": "too many failed attempts; try again later"}
    assert not ApiToken.objects.exists()


def test_the_web_login_keeps_its_lockout_page(owner, client, settings):
    for _ in range(settings.AXES_FAILURE_LIMIT):
        client.post(reverse("login"), {"username": "olivia", "password": "nope"})
    response = client.post(
        reverse("login"), {"username": "olivia", "password": PASSWORD}, HTTP_ACCEPT_LANGUAGE="en"
    )
    assert response.status_code == 429
    assert response["Content-Type"].startswith("text/html")
    assert "Too many failed logins for this account" in response.content.decode()
    assert client.get(reverse("dashboard")).status_code == 302  # not logged in


def test_a_lockout_on_the_web_also_locks_the_api(owner, client, anon_api, settings):
    for _ in range(settings.AXES_FAILURE_LIMIT):
        client.post(reverse("login"), {"username": "olivia", "password": "nope"})
    response = anon_api.post("/token", {"username": "olivia", "password": PASSWORD})
    assert response.status_code == 429 and "detail" in response.json()


def test_no_token_or_a_bad_one_is_401(anon_api, db):
    assert anon_api.get("/goals").status_code == 401
    assert anon_api.get("/goals").json() == {"detail": "Unauthorized"}
    assert ApiClient("not-a-token").get("/goals").status_code == 401


def test_an_expired_token_is_401(owner_api, owner):
    ApiToken.objects.filter(user=owner).update(expires_at=timezone.now() - timedelta(seconds=1))
    assert owner_api.get("/goals").status_code == 401


def test_an_inactive_users_token_is_401(owner_api, owner):
    owner.is_active = False
    owner.save()
    assert owner_api.get("/goals").status_code == 401


def test_tokens_are_listed_without_secrets(owner_api, owner):
    response = owner_api.get("/tokens")
    assert response.status_code == 200
    [token] = response.json()
    assert set(token) == {"id", "name", "created_at", "expires_at", "last_used_at"}
    assert token["name"] == "test"


def test_a_revoked_token_stops_working(owner_api, owner):
    token = ApiToken.objects.get(user=owner)
    assert owner_api.delete(f"/tokens/{token.pk}").status_code == 204
    assert owner_api.get("/goals").status_code == 401


def test_another_persons_token_cannot_be_seen_or_revoked(owner_api, stranger_api, stranger):
    theirs = ApiToken.objects.get(user=stranger)
    assert [t["id"] for t in owner_api.get("/tokens").json()] != [theirs.pk]
    assert owner_api.delete(f"/tokens/{theirs.pk}").status_code == 404
    assert stranger_api.get("/goals").status_code == 200


def test_a_password_the_hasher_cannot_encode_is_422(owner, anon_api):
    for password in ("\ud800", "a\x00b"):
        response = anon_api.post("/token", {"username": "olivia", "password": password})
        assert response.status_code == 422
        assert response.json()["detail"][0]["field"] == "password"


def test_a_password_set_anywhere_revokes_every_token_of_that_person(owner, owner_api):
    """The admin's password form and `manage changepassword` both call set_password, then
    save: the one path every password change takes (the web reset: tests/web/test_accounts)."""
    token_create(user=owner, name="second")
    owner.set_password("an entirely new passphrase 7")
    owner.save()
    assert owner_api.get("/goals").status_code == 401
    assert not ApiToken.objects.filter(user=owner).exists()


def test_saving_a_person_without_a_new_password_keeps_their_tokens(owner, owner_api):
    owner.first_name = "Olivia"
    owner.save()
    assert owner_api.get("/goals").status_code == 200


def test_a_password_hash_upgraded_at_login_keeps_the_tokens(argon2, owner, client):
    """Logging in re-hashes an old PBKDF2 hash with Argon2: the password is the same."""
    owner.password = make_password(PASSWORD, hasher="pbkdf2_sha256")
    owner.save(update_fields=["password"])
    _, secret = token_create(user=owner, name="hr")
    client.post(reverse("login"), {"username": "olivia", "password": PASSWORD})
    owner.refresh_from_db()
    assert owner.password.startswith("argon2$")
    assert ApiClient(secret).get("/goals").status_code == 200
