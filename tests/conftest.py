"""Shared test setup: the cast of people every test module draws on, and how they log in.

- ``owner`` (olivia) is the person whose plan a test is about; ``stranger`` (sam) must never
  see or change it; ``manager`` (Maja Chef) is the owner's manager; ``goal`` is one of the
  owner's goals (a module that needs more of it extends it: ``def goal(goal): …``).
- ``client_for(user, language)`` is a browser session of that person; ``english`` shows the
  pages in English, so assertions read the source texts (the app's default is Swedish).
"""

from __future__ import annotations

import pytest

PASSWORD = "correct horse battery staple 42"


@pytest.fixture(scope="session", autouse=True)
def fast_password_hashes():
    """A fast hasher for the many people tests create: Argon2, as the site runs, cost about
    70 s of each database pass. Tests about the hash itself ask for ``argon2``."""
    from django.conf import settings
    from django.contrib.auth import hashers

    settings.PASSWORD_HASHERS = ["django.contrib.auth.hashers.MD5PasswordHasher"]
    hashers.get_hashers.cache_clear()
    hashers.get_hashers_by_algorithm.cache_clear()


@pytest.fixture
def argon2(settings):
    """The site's own password hashers (Argon2 first), for a test that checks the hash."""
    from smarta.web import settings as site

    settings.PASSWORD_HASHERS = site.PASSWORD_HASHERS


@pytest.fixture
def make_user(db, django_user_model):
    def make(username: str, **extra):
        # a user name that is an address is the address too (as an import makes them)
        email = username if "@" in username else f"{username}@example.org"
        return django_user_model.objects.create_user(
            username=username, email=email, password=PASSWORD, **extra
        )

    return make


@pytest.fixture
def owner(make_user):
    """The person whose plan a test is about."""
    return make_user("olivia")


@pytest.fixture
def stranger(make_user):
    """Another person, who must never see or change the owner's data."""
    return make_user("sam")


@pytest.fixture
def manager(make_user, owner):
    """The owner's manager: sees what the owner shares, approves and comments."""
    from smarta.planner.profile import services as services_profile

    boss = make_user("maja", first_name="Maja", last_name="Chef")
    services_profile.profile_update(user=owner, manager=boss)
    return boss


@pytest.fixture
def goal(owner):
    """A goal of the owner's, private, with nothing planned yet."""
    from smarta.planner.goals import services as services_goals

    return services_goals.goal_create(
        owner=owner, text="Take the AWS Solutions Architect exam by June"
    )


@pytest.fixture
def english(settings):
    """Pages and texts in English (use it with ``pytest.mark.usefixtures`` for a module)."""
    from django.utils import translation

    settings.LANGUAGE_CODE = "en"
    with translation.override("en"):
        yield


def client_for(user, language: str | None = None):
    """A logged-in session of ``user``, in ``language`` when given (by its cookie)."""
    from django.conf import settings
    from django.test import Client

    client = Client()
    client.force_login(user)
    if language:
        client.cookies[settings.LANGUAGE_COOKIE_NAME] = language
    return client


@pytest.fixture
def owner_client(client, owner):
    client.force_login(owner)
    return client


@pytest.fixture
def stranger_client(stranger):
    from django.test import Client

    c = Client()
    c.force_login(stranger)
    return c
