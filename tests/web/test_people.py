"""People come in without duplicates: one account per e-mail address, an import that matches
by address and can be tried first, and a welcome mail with a link to choose a password."""

from __future__ import annotations

import re

import pytest
from django.contrib.auth import get_user_model
from django.core import mail
from django.db import IntegrityError, transaction
from django.urls import reverse

from smarta.planner.models import Profile
from smarta.planner.team.services import people_import

PASSWORD = "ett långt lösenord 2027"
pytestmark = pytest.mark.django_db


def _import(rows, **kwargs):
    header = ("email", "name", "department", "manager_email")
    return people_import(
        rows=[(n, dict(zip(header, row, strict=True))) for n, row in enumerate(rows, 2)], **kwargs
    )


def _sign_up(client, username: str, email: str):
    return client.post(reverse("signup"), {
        "username": username, "email": email, "password1": PASSWORD, "password2": PASSWORD,
    })  # fmt: skip


FILE = [
    ("anna@example.org", "Anna Ek", "Sälj", "bo@example.org"),
    ("bo@example.org", "Bo Berg", "Sälj", ""),
    ("cleo@example.org", "Cleo Lind", "Sälj", "bo@example.org"),
]


def test_an_import_matches_people_by_address_in_any_case_and_twice_changes_nothing(
    client, django_capture_on_commit_callbacks
):
    _sign_up(client, "anna", "anna@example.org")  # she signed up before HR imported her
    with django_capture_on_commit_callbacks(execute=True):
        first = _import(FILE)
    second = _import(FILE)
    shouting = _import([(e.upper(), n, d, m.upper()) for e, n, d, m in FILE])
    User = get_user_model()
    assert User.objects.count() == 3  # was 4 for 3 people: a second, empty "anna"
    anna = User.objects.get(username="anna")
    assert Profile.objects.get(user=anna).manager.email == "bo@example.org"
    assert (first.created, first.updated) == (2, 1)
    assert (second.created, second.updated, second.unchanged) == (0, 0, 3)
    assert (shouting.created, shouting.updated) == (0, 0)
    # each person created is sent a link to choose a password (was: no mail at all)
    assert sorted(m.to[0] for m in mail.outbox) == ["bo@example.org", "cleo@example.org"]


def test_the_welcome_link_lets_an_imported_person_in(client, django_capture_on_commit_callbacks):
    with django_capture_on_commit_callbacks(execute=True):
        _import(FILE[1:2])
    (welcome,) = mail.outbox
    link = re.search(r"https?://\S+/password/reset/\S+/", welcome.body).group()
    path = link.split("//", 1)[1].split("/", 1)[1]
    form = client.get("/" + path, follow=True)
    response = client.post(
        form.redirect_chain[-1][0], {"new_password1": PASSWORD, "new_password2": PASSWORD}
    )
    assert response.status_code == 302
    login = client.post(reverse("login"), {"username": "bo@example.org", "password": PASSWORD})
    assert login.status_code == 302 and login["Location"] == reverse("dashboard")


def test_a_dry_run_says_what_would_change_and_saves_and_sends_nothing(
    django_capture_on_commit_callbacks,
):
    with django_capture_on_commit_callbacks(execute=True):
        result = _import(FILE, dry_run=True)
    assert (result.created, result.dry_run) == (3, True)
    assert get_user_model().objects.count() == 0 and mail.outbox == []


def test_the_reset_form_sends_a_link_to_an_imported_account(client):
    _import(FILE[1:2])
    client.post(reverse("password_reset"), {"email": "BO@example.org"})
    assert [m.to for m in mail.outbox] == [["bo@example.org"]]  # Django's own form sent none


def test_signing_up_with_an_address_that_has_an_account_sends_a_link_instead(client):
    _import(FILE[1:2])
    response = _sign_up(client, "bosse", "Bo@Example.org")
    assert response.status_code == 200 and "redan ett konto" in response.content.decode()
    assert get_user_model().objects.count() == 1
    (claim,) = mail.outbox
    assert claim.to == ["bo@example.org"] and "/password/reset/" in claim.body


@pytest.mark.django_db(transaction=True)
def test_the_database_holds_one_account_per_address():
    User = get_user_model()
    User.objects.create_user("a", "anna@example.org", PASSWORD)
    with pytest.raises(IntegrityError), transaction.atomic():
        User.objects.create_user("b", "ANNA@example.org", PASSWORD)
    User.objects.create_user("c", "", PASSWORD)
    User.objects.create_user("d", "", PASSWORD)  # no address: no conflict


def test_the_audit_trail_records_who_did_what_and_cannot_be_changed(make_user):
    from smarta.planner.goals import services as services_goals
    from smarta.planner.models import AuditEvent
    from smarta.planner.team import services as services_team
    from tests.conftest import client_for

    _import(FILE)
    _import([("anna@example.org", "Anna Ek", "Sälj", "cleo@example.org")], source="move.csv")
    anna, bo = (
        get_user_model().objects.get(email=e) for e in ("anna@example.org", "bo@example.org")
    )
    goal = services_goals.goal_create(owner=anna, text="Take the AWS exam by June")
    services_team.goal_request_changes(goal=goal, manager=bo, comment="A date, please")
    services_team.goal_approve(goal=goal, manager=bo)
    actions = list(AuditEvent.objects.order_by("id").values_list("action", flat=True))
    assert actions.count("person_imported") == 3 and actions.count("import_run") == 2
    moved = AuditEvent.objects.get(action="manager_changed", detail__after="cleo@example.org")
    assert moved.person == anna and moved.detail["before"] == "bo@example.org"
    assert actions[-2:] == ["changes_requested", "goal_approved"]
    with pytest.raises(ValueError):
        moved.delete()
    moved.detail = {}
    with pytest.raises(ValueError):
        moved.save()
    hr = make_user("hr", is_staff=True)
    page = client_for(hr, "en").get(reverse("hr")).content.decode()
    assert "bo@example.org → cleo@example.org" in page and "move.csv" in page
    assert "Take the AWS" not in page  # HR sees whose goal, never what it says
