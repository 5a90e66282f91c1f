"""HR's page for people: list and search, move to another manager, let someone leave, a CSV
import previewed line by line before it is saved, and a CSV export that imports back."""

from __future__ import annotations

import pytest
from django.contrib.auth import get_user_model
from django.core import mail
from django.core.files.uploadedfile import SimpleUploadedFile
from django.urls import reverse

from smarta.planner.goals import services as services_goals
from smarta.planner.models import AuditEvent, Goal, Profile
from smarta.planner.profile import services as services_profile
from smarta.planner.team import access
from tests.conftest import client_for

pytestmark = pytest.mark.usefixtures("english")

FILE = (
    "email,name,department,manager_email\n"
    "eva@example.org,Eva Lund,Vård,hr@example.org\n"
    "not-an-address,Bad Row,Vård,\n"
)


@pytest.fixture
def hr(make_user):
    return make_user("hr@example.org", is_staff=True, first_name="Hanna", last_name="Rask")


def test_hr_previews_a_file_line_by_line_then_imports_it(hr, django_capture_on_commit_callbacks):
    client = client_for(hr, "en")
    upload = SimpleUploadedFile("people.csv", FILE.encode(), content_type="text/csv")
    preview = client.post(reverse("people-import"), {"file": upload}).content.decode()
    assert "1 people created" in preview and "line 3: not an e-mail address" in preview
    assert not get_user_model().objects.filter(email="eva@example.org").exists()  # not yet
    with django_capture_on_commit_callbacks(execute=True):
        done = client.post(reverse("people-import"), {"content": FILE, "name": "people.csv"})
    assert done.status_code == 302
    eva = get_user_model().objects.get(email="eva@example.org")
    assert eva.profile.manager == hr and [m.to for m in mail.outbox] == [["eva@example.org"]]
    assert AuditEvent.objects.filter(action="import_run", actor=hr).exists()


def test_hr_searches_and_exports_a_file_that_imports_back(hr, owner, manager):
    client = client_for(hr, "en")
    page = client.get(reverse("people"), {"q": "chef"}).content.decode()
    found = page.split("<table")[1].split("</table>")[0]  # the list, not the add form's choices
    assert "Maja Chef" in found and "olivia@example.org" not in found
    exported = client.get(reverse("people-export")).content.decode()
    assert "olivia@example.org,,,maja@example.org" in exported
    upload = SimpleUploadedFile("back.csv", exported.encode(), content_type="text/csv")
    preview = client.post(reverse("people-import"), {"file": upload}).content.decode()
    assert "0 people created, 0 updated" in preview


def test_moving_a_person_moves_who_sees_their_shared_goals(hr, owner, manager, make_user):
    goal = services_goals.goal_create(
        owner=owner, text="Take the AWS exam by June", visibility=Goal.Visibility.SHARED
    )
    new_boss = make_user("nina")
    response = client_for(hr, "en").post(reverse("person", args=[owner.pk]), {
        "first_name": "Olivia", "last_name": "Ek", "department": "IT",
        "manager": new_boss.pk, "active": "on",
    })  # fmt: skip
    assert response.status_code == 302
    assert access.shared_goals_for_manager(new_boss).filter(pk=goal.pk).exists()
    assert not access.shared_goals_for_manager(manager).filter(pk=goal.pk).exists()
    moved = AuditEvent.objects.get(action="manager_changed", person=owner)
    assert moved.actor == hr and moved.detail == {
        "before": "maja@example.org",
        "after": "nina@example.org",
    }


def test_a_person_who_left_cannot_sign_in_and_it_is_in_the_trail(hr, owner, client):
    client_for(hr, "en").post(reverse("person", args=[owner.pk]), {"first_name": "Olivia"})
    owner.refresh_from_db()
    assert not owner.is_active
    assert AuditEvent.objects.filter(action="deactivated", person=owner, actor=hr).exists()
    response = client.post(reverse("login"), {"username": "olivia", "password": "x"})
    assert response.status_code == 200  # refused


def test_a_manager_who_reports_to_the_person_is_refused(hr, owner, manager):
    response = client_for(hr, "en").post(reverse("person", args=[manager.pk]), {
        "manager": owner.pk, "active": "on",
    })  # fmt: skip
    assert response.status_code == 200 and "go round in a circle" in response.content.decode()
    assert Profile.objects.filter(user=manager, manager=owner).count() == 0


def test_hr_sends_the_invitation_again(hr, owner):
    client_for(hr, "en").post(reverse("person-invite", args=[owner.pk]))
    (invitation,) = mail.outbox
    assert invitation.to == ["olivia@example.org"] and "/password/reset/" in invitation.body


def test_only_hr_reaches_the_people_page(owner, manager):
    for user in (owner, manager):
        assert client_for(user).get(reverse("people")).status_code == 404
    services_profile.profile_update(user=owner, manager=manager)


def test_hr_adds_one_person_who_is_mailed_and_gets_their_manager(
    hr, manager, django_capture_on_commit_callbacks
):
    client = client_for(hr, "en")
    data = {"email": "Nils@Example.org", "name": "Nils Berg", "department": "Lager"}
    with django_capture_on_commit_callbacks(execute=True):
        response = client.post(reverse("person-add"), {**data, "manager": manager.pk})
    nils = get_user_model().objects.get(email__iexact="nils@example.org")
    assert response.status_code == 302 and response["Location"].endswith(f"/{nils.pk}/")
    assert nils.profile.manager == manager and nils.profile.department.name == "Lager"
    (welcome,) = mail.outbox
    assert welcome.to == [nils.email] and "/password/reset/" in welcome.body
    assert AuditEvent.objects.filter(action="person_imported", person=nils, actor=hr).exists()
    # the same address again, in other case: that account is updated, not a second one made
    with django_capture_on_commit_callbacks(execute=True):
        client.post(reverse("person-add"), {"email": "NILS@example.org", "name": "Nils B"})
    assert get_user_model().objects.filter(email__iexact="nils@example.org").count() == 1
    assert len(mail.outbox) == 1


def test_a_person_with_a_bad_address_is_refused_with_what_was_typed_kept(hr):
    response = client_for(hr, "en").post(
        reverse("person-add"), {"email": "nils at example", "name": "Nils Berg"}
    )
    body = response.content.decode()
    assert response.status_code == 400 and "Enter a valid email address." in body
    assert 'value="Nils Berg"' in body and 'value="nils at example"' in body
