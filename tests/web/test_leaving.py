"""A person who leaves takes their plan with them: HR marks them as left, they are mailed a
link that downloads their plan for limits.LEAVER_EXPORT_DAYS, and nobody else's (issue 18)."""

from __future__ import annotations

import json
import re
import time

import pytest
from django.core import mail
from django.test import Client
from django.urls import reverse

from smarta import limits
from smarta.planner.data import leaving
from smarta.planner.goals import services as services_goals
from tests.conftest import client_for

pytestmark = [pytest.mark.django_db, pytest.mark.usefixtures("english")]

PRIVATE = "Söka en tjänst som projektledare på ett annat företag före juni 2027."


@pytest.fixture
def hr(make_user):
    return make_user("hanna", is_staff=True)


@pytest.fixture
def left(hr, owner, django_capture_on_commit_callbacks):
    """The owner, marked as left by HR on their page; the path of their link; the mail."""
    services_goals.goal_create(owner=owner, text=PRIVATE)
    with django_capture_on_commit_callbacks(execute=True):
        client_for(hr, "en").post(reverse("person", args=[owner.pk]), {"first_name": "Olivia"})
    (message,) = [m for m in mail.outbox if m.to == [owner.email]]
    path = re.search(r"https?://[^/\s]+(/leaving/\S+/)", message.body).group(1)
    owner.refresh_from_db()
    return owner, path, message


def test_the_person_who_left_is_mailed_a_link_that_downloads_their_plan(left):
    owner, path, message = left
    assert not owner.is_active
    assert "Nobody else can open your private goals." in message.body
    page = Client().get(path)
    assert page.status_code == 200 and "Take your plan with you" in page.content.decode()
    download = Client().get(path + "smarta-plan.json")
    plan = json.loads(download.content)
    assert download["Content-Type"] == "application/json"
    assert [g["text"] for g in plan["goals"]] == [PRIVATE]
    assert Client().get(path + "smarta-plan.md")["Content-Type"].startswith("text/markdown")
    assert Client().get(path + "smarta-plan.pdf").content.startswith(b"%PDF")
    assert Client().get(path + "smarta-plan.exe").status_code == 404


def test_the_link_ends_after_its_days_and_when_the_account_opens_again(left, monkeypatch, hr):
    owner, path, _message = left
    later = time.time() + (limits.LEAVER_EXPORT_DAYS + 1) * 86400
    with monkeypatch.context() as m:
        m.setattr(time, "time", lambda: later)
        expired = Client().get(path)
    assert expired.status_code == 404 and "does not work (any more)" in expired.content.decode()
    # the day before it ends, it still works
    with monkeypatch.context() as m:
        m.setattr(time, "time", lambda: later - 2 * 86400)
        assert Client().get(path).status_code == 200
    owner.is_active = True
    owner.save()
    assert Client().get(path).status_code == 404


def test_a_changed_link_opens_nothing(left, stranger):
    _owner, path, _message = left
    token = path.split("/")[2]
    forged = token.replace(token.split(":")[0], str(stranger.pk), 1)
    assert Client().get(f"/leaving/{forged}/").status_code == 404
    assert Client().get("/leaving/nonsense/smarta-plan.json").status_code == 404


def test_hr_sends_the_link_again_to_someone_who_left(left, hr, django_capture_on_commit_callbacks):
    owner, _path, _message = left
    mail.outbox.clear()
    with django_capture_on_commit_callbacks(execute=True):
        response = client_for(hr, "en").post(reverse("person-leaver-link", args=[owner.pk]))
    assert response.status_code == 302
    (again,) = mail.outbox
    assert again.to == [owner.email] and "/leaving/" in again.body
    assert leaving.leaver_for_token(leaving.leaver_token(owner)) == owner


def test_hr_sends_the_link_to_a_private_address_and_refuses_none(
    left, hr, django_capture_on_commit_callbacks
):
    owner, _path, _message = left
    mail.outbox.clear()
    url = reverse("person-leaver-link", args=[owner.pk])
    with django_capture_on_commit_callbacks(execute=True):
        client_for(hr, "en").post(url, {"email": "olivia.private@example.net"})
    (sent,) = mail.outbox
    assert sent.to == ["olivia.private@example.net"] and "/leaving/" in sent.body
    owner.email = ""
    owner.save()
    response = client_for(hr, "en").post(url, {"email": ""}, follow=True)
    assert "Give an e-mail address to send the link to." in response.content.decode()
    assert len(mail.outbox) == 1
