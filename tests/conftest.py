"""Shared test setup: a throwaway data folder, and named people for permission tests."""

from __future__ import annotations

import pytest

PASSWORD = "correct horse battery staple 42"


@pytest.fixture
def make_user(db, django_user_model):
    def make(username: str, **extra):
        return django_user_model.objects.create_user(
            username=username, email=f"{username}@example.org", password=PASSWORD, **extra
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
def owner_client(client, owner):
    client.force_login(owner)
    return client


@pytest.fixture
def stranger_client(stranger):
    from django.test import Client

    c = Client()
    c.force_login(stranger)
    return c
