"""The development talk: booking, both sides' agendas, agreeing on goals, and its PDF record."""

from __future__ import annotations

import subprocess
from datetime import timedelta

import pytest
from django.urls import reverse
from django.utils import timezone

from smarta.planner.goals import services as services_goals
from smarta.planner.models import FeedbackRequest, Goal, Reflection, Talk
from smarta.planner.profile import services as services_profile
from smarta.planner.talks import services as services_talks
from tests.conftest import client_for

pytestmark = pytest.mark.django_db

SHARED = "Ta certifieringen ITIL 4 Foundation senast den 15 maj 2027."
PRIVATE = "Söka tjänsten som staff engineer på ett annat företag före årsskiftet."
ANSWER = "Hon förklarade incidentprocessen tydligt för hela teamet."
PRIVATE_THOUGHT = "Jag funderar på att byta jobb i hemlighet."
SHARED_THOUGHT = "Kursen går bra, två moduler kvar."


@pytest.fixture
def manager_client(manager):
    return client_for(manager)


@pytest.fixture
def other_manager(make_user, stranger):
    """Someone's manager, but not the owner's."""
    boss = make_user("otto")
    profile = services_profile.profile_for(stranger)
    profile.manager = boss
    profile.save()
    return boss


@pytest.fixture
def goals(owner):
    shared = services_goals.goal_create(owner=owner, text=SHARED)
    shared.visibility = Goal.Visibility.SHARED
    shared.save()
    private = services_goals.goal_create(owner=owner, text=PRIVATE)
    return shared, private


@pytest.fixture
def talk(manager, owner, goals):
    shared, private = goals
    Reflection.objects.create(owner=owner, goal=private, went_well=PRIVATE_THOUGHT)
    Reflection.objects.create(owner=owner, goal=shared, went_well=SHARED_THOUGHT)
    FeedbackRequest.objects.create(
        goal=shared, email="kollega@example.org", token_hash="a" * 64,
        expires_at=timezone.now() + timedelta(days=7), going_well=ANSWER,
        answered_at=timezone.now(),
    )  # fmt: skip
    return services_talks.talk_book(
        manager=manager, report=owner, scheduled_for=timezone.now() + timedelta(days=3)
    )


def test_a_manager_books_a_talk_with_a_report(manager_client, manager, owner):
    response = manager_client.post(
        reverse("talks"), {"report": owner.pk, "scheduled_for": "2026-11-05T10:00"}
    )
    talk = Talk.objects.get()
    assert response.status_code == 302 and response.url == reverse("talk", args=[talk.pk])
    assert (talk.manager, talk.report) == (manager, owner)
    assert timezone.localtime(talk.scheduled_for).strftime("%Y-%m-%d %H:%M") == "2026-11-05 10:00"
    page = manager_client.get(reverse("talks")).content.decode()
    assert "olivia" in page and reverse("talk", args=[talk.pk]) in page


def test_a_manager_cannot_book_a_talk_with_someone_who_is_not_their_report(
    manager_client, manager, stranger
):
    response = manager_client.post(
        reverse("talks"), {"report": stranger.pk, "scheduled_for": "2026-11-05T10:00"}
    )
    assert response.status_code == 400
    assert 'class="error"' in response.content.decode()
    assert not Talk.objects.exists()


@pytest.mark.parametrize("when", ["0001-01-01T00:00", "1969-12-31T23:59", "9999-12-31T23:59"])
def test_a_talk_cannot_be_booked_outside_the_years_smarta_knows(manager_client, owner, when):
    response = manager_client.post(reverse("talks"), {"report": owner.pk, "scheduled_for": when})
    assert response.status_code == 400
    html = response.content.decode()
    assert "Ange ett datum från 1970-01-01 till 2200-12-31." in html
    assert f'value="{when}"' in html
    assert not Talk.objects.exists()


def test_a_person_sees_the_talks_with_their_manager(owner_client, talk):
    page = owner_client.get(reverse("talks")).content.decode()
    assert reverse("talk", args=[talk.pk]) in page and "Maja Chef" in page


def test_the_manager_sees_shared_goals_and_never_a_private_one(manager_client, talk):
    page = manager_client.get(reverse("talk", args=[talk.pk])).content.decode()
    assert SHARED in page and ANSWER in page and SHARED_THOUGHT in page
    assert Goal.objects.get(text=PRIVATE).heading not in page and PRIVATE_THOUGHT not in page


def test_the_report_sees_all_their_goals_and_reflections(owner_client, talk):
    page = owner_client.get(reverse("talk", args=[talk.pk])).content.decode()
    assert SHARED in page and PRIVATE in page and ANSWER in page
    assert PRIVATE_THOUGHT in page and SHARED_THOUGHT in page


def test_the_agenda_covers_only_what_is_new_since_the_last_held_talk(
    manager, owner, goals, owner_client
):
    _shared, private = goals
    earlier = services_talks.talk_book(
        manager=manager, report=owner, scheduled_for=timezone.now() - timedelta(days=90)
    )
    services_talks.talk_set_held(talk=earlier, manager=manager)
    services_goals.goal_set_status(goal=private, status=Goal.Status.DROPPED)
    Goal.objects.filter(pk=private.pk).update(updated_at=timezone.now() - timedelta(days=100))
    Talk.objects.filter(pk=earlier.pk).update(held_at=timezone.now() - timedelta(days=90))
    talk = services_talks.talk_book(manager=manager, report=owner, scheduled_for=timezone.now())
    page = owner_client.get(reverse("talk", args=[talk.pk])).content.decode()
    assert SHARED in page and Goal.objects.get(text=PRIVATE).heading not in page


@pytest.mark.parametrize(
    ("name", "method", "data"),
    [
        ("talk", "get", None),
        ("talk-pdf", "get", None),
        ("talk-agenda", "post", {"text": "hijack"}),
        ("talk-notes", "post", {"notes": "hijack", "proposals": "hijack"}),
        ("talk-agree", "post", {"goals": []}),
        ("talk-held", "post", {"held": "yes"}),
        ("talk-cancel", "post", {}),
    ],
)
def test_another_manager_and_a_stranger_get_404(
    talk, other_manager, stranger_client, name, method, data
):
    for client in (client_for(other_manager), stranger_client):
        response = getattr(client, method)(reverse(name, args=[talk.pk]), data or {})
        assert response.status_code == 404
    talk.refresh_from_db()
    assert "hijack" not in (talk.manager_agenda + talk.report_agenda + talk.notes)
    assert talk.held_at is None
    assert Talk.objects.filter(pk=talk.pk).exists()


def test_writes_are_post_only(manager_client, talk):
    for name in ("talk-agenda", "talk-notes", "talk-agree", "talk-held", "talk-cancel"):
        assert manager_client.get(reverse(name, args=[talk.pk])).status_code == 405


def test_each_side_edits_their_own_agenda_and_both_take_notes(manager_client, owner_client, talk):
    manager_client.post(reverse("talk-agenda", args=[talk.pk]), {"text": "Lönesamtal"})
    owner_client.post(reverse("talk-agenda", args=[talk.pk]), {"text": "Kursbudget"})
    owner_client.post(
        reverse("talk-notes", args=[talk.pk]),
        {"notes": "Vi pratade om kursen.", "proposals": "Utvecklingsmål: mentorskap", "version": 1},
    )
    talk.refresh_from_db()
    assert (talk.manager_agenda, talk.report_agenda) == ("Lönesamtal", "Kursbudget")
    assert talk.notes == "Vi pratade om kursen." and talk.proposals.startswith("Utvecklingsmål")


def test_agreeing_on_goals_approves_them(manager_client, manager, talk, goals):
    shared, private = goals
    before = timezone.now()
    response = manager_client.post(
        reverse("talk-agree", args=[talk.pk]), {"goals": [shared.pk, private.pk]}
    )
    assert response.status_code == 302
    shared.refresh_from_db()
    private.refresh_from_db()
    assert shared.approved_by == manager and shared.approved_at >= before
    assert private.approved_by is None and private.approved_at is None
    assert list(talk.agreed_goals.all()) == [shared]


@pytest.mark.parametrize("junk", ["9" * 30, str(2**63), "²", "0", "-1", ""])
def test_an_agreed_goal_id_that_names_no_row_is_ignored(manager_client, talk, goals, junk):
    shared, _ = goals
    response = manager_client.post(
        reverse("talk-agree", args=[talk.pk]), {"goals": [junk, shared.pk]}
    )
    assert response.status_code == 302
    assert list(talk.agreed_goals.all()) == [shared]


def test_only_the_manager_agrees_on_goals_and_marks_the_talk_held(owner_client, talk, goals):
    shared, _ = goals
    assert (
        owner_client.post(reverse("talk-agree", args=[talk.pk]), {"goals": [shared.pk]}).status_code
        == 403
    )
    assert owner_client.post(reverse("talk-held", args=[talk.pk])).status_code == 403
    shared.refresh_from_db()
    talk.refresh_from_db()
    assert shared.approved_at is None and talk.held_at is None


def test_the_manager_marks_the_talk_as_held_and_the_agendas_are_then_closed(manager_client, talk):
    manager_client.post(reverse("talk-held", args=[talk.pk]), {"held": "yes"})
    talk.refresh_from_db()
    assert talk.held_at is not None
    page = manager_client.get(reverse("talk", args=[talk.pk])).content.decode()
    assert reverse("talk-agenda", args=[talk.pk]) not in page
    response = manager_client.post(reverse("talk-agenda", args=[talk.pk]), {"text": "late"})
    talk.refresh_from_db()
    assert response.status_code == 403 and talk.manager_agenda == ""


def _pdf_text(content: bytes) -> str:
    result = subprocess.run(
        ["pdftotext", "-layout", "-", "-"], input=content, capture_output=True, check=True
    )
    return " ".join(result.stdout.decode().split())


@pytest.mark.parametrize(
    ("lang", "heading", "other"), [("sv", "Mål", "Goals"), ("en", "Goals", "Mål")]
)
def test_the_record_is_a_pdf_in_the_language_asked_for(owner_client, talk, lang, heading, other):
    response = owner_client.get(reverse("talk-pdf", args=[talk.pk]), {"lang": lang})
    assert response.status_code == 200 and response["Content-Type"] == "application/pdf"
    assert response.content.startswith(b"%PDF")
    text = _pdf_text(response.content)
    assert SHARED in text and ANSWER in text
    assert heading in text.split() and other not in text.split()


def test_the_managers_record_leaves_out_private_goals(manager_client, talk):
    response = manager_client.get(reverse("talk-pdf", args=[talk.pk]), {"lang": "en"})
    text = _pdf_text(response.content)
    assert SHARED in text and ANSWER in text and PRIVATE not in text


def test_an_unknown_language_is_refused(owner_client, talk):
    response = owner_client.get(reverse("talk-pdf", args=[talk.pk]), {"lang": "de"})
    assert response.status_code == 400


def test_the_manager_cancels_a_booked_talk(manager_client, owner_client, talk):
    page = manager_client.get(reverse("talk", args=[talk.pk])).content.decode()
    assert reverse("talk-cancel", args=[talk.pk]) in page
    response = manager_client.post(reverse("talk-cancel", args=[talk.pk]), follow=True)
    assert response.redirect_chain == [(reverse("talks"), 302)]
    assert "Samtalet är inställt." in response.content.decode()  # the default language
    assert not Talk.objects.filter(pk=talk.pk).exists()
    assert owner_client.get(reverse("talk", args=[talk.pk])).status_code == 404


def test_the_report_cannot_cancel_and_sees_no_button(owner_client, talk):
    page = owner_client.get(reverse("talk", args=[talk.pk])).content.decode()
    assert reverse("talk-cancel", args=[talk.pk]) not in page
    assert owner_client.post(reverse("talk-cancel", args=[talk.pk])).status_code == 403
    assert Talk.objects.filter(pk=talk.pk).exists()


def test_a_held_talk_cannot_be_cancelled(manager_client, talk):
    manager_client.post(reverse("talk-held", args=[talk.pk]), {"held": "yes"})
    page = manager_client.get(reverse("talk", args=[talk.pk])).content.decode()
    assert reverse("talk-cancel", args=[talk.pk]) not in page
    assert manager_client.post(reverse("talk-cancel", args=[talk.pk])).status_code == 403
    assert Talk.objects.filter(pk=talk.pk).exists()
