"""Feedback on one goal: the owner invites, the giver answers through a single-use link."""

from __future__ import annotations

import re
from datetime import date, timedelta

import pytest
from django.conf import settings
from django.core import mail
from django.test import Client
from django.urls import reverse
from django.utils import formats, timezone, translation

from smarta import limits
from smarta.planner.followup import services as services_followup
from smarta.planner.goals import services as services_goals
from smarta.planner.models import FeedbackRequest
from smarta.planner.plan import services as services_plan

HTMX = {"HTTP_HX_REQUEST": "true"}
LINK = re.compile(r"https?://\S+/feedback/([\w-]+)/")
ANSWER = {
    "going_well": "You prepare every study session.",
    "could_be_better": "Book the exam date.",
    "example": "Last week you finished two modules.",
}


def in_english(client: Client) -> Client:
    client.cookies[settings.LANGUAGE_COOKIE_NAME] = "en"
    return client


@pytest.fixture
def owner_client(owner_client):
    return in_english(owner_client)


@pytest.fixture
def stranger_client(stranger_client):
    return in_english(stranger_client)


@pytest.fixture
def anonymous():
    return in_english(Client())


@pytest.fixture
def goal(goal):
    services_plan.milestone_create(goal=goal, title="Finish the video course", due=date(2026, 3, 1))
    return goal


@pytest.fixture
def other_goal(owner):
    return services_goals.goal_create(owner=owner, text="Run a half marathon in under two hours")


def invite(client, goal, who="mentor@example.com", role="mentor", message="Be honest!"):
    url = reverse("feedback-invite", args=[goal.pk])
    return client.post(url, {"who": who, "role": role, "message": message})


def link_in_last_mail() -> str:
    return LINK.search(mail.outbox[-1].body).group(0)


@pytest.fixture
def link(owner_client, goal) -> str:
    response = invite(owner_client, goal)
    assert response.status_code == 302
    return link_in_last_mail()


# --- inviting ------------------------------------------------------------------------------


def test_owner_invites_by_email_and_one_mail_with_a_link_is_sent(owner_client, goal):
    response = invite(owner_client, goal)

    assert response["Location"] == reverse("goal-detail", args=[goal.pk]) + "#feedback"
    assert len(mail.outbox) == 1
    sent = mail.outbox[0]
    assert sent.to == ["mentor@example.com"]
    assert "olivia asks for your feedback" in sent.subject
    assert goal.text in sent.body and "Be honest!" in sent.body
    request = FeedbackRequest.objects.get(goal=goal)
    assert (request.email, request.role, request.giver) == ("mentor@example.com", "mentor", None)
    assert request.expires_at - timezone.now() > timedelta(days=13)


@pytest.mark.parametrize("language", ["sv", "en"])
def test_the_mail_is_in_the_owners_language(client, owner, goal, language):
    client.force_login(owner)
    client.cookies[settings.LANGUAGE_COOKIE_NAME] = language
    invite(client, goal)
    expires = timezone.localtime(FeedbackRequest.objects.get().expires_at)
    with translation.override(language):
        day = formats.date_format(expires, "j F Y")
    assert day in mail.outbox[0].body
    assert LINK.search(mail.outbox[0].body)


def test_only_the_hash_of_the_secret_is_stored(link):
    secret = LINK.search(link).group(1)
    request = FeedbackRequest.objects.get()
    assert secret not in request.token_hash
    for field in request._meta.concrete_fields:
        assert secret not in str(field.value_from_object(request))
    assert len(request.token_hash) == 64


@pytest.mark.parametrize(
    "who", ["two words", "a@example.com\nBcc: b@example.com", "a\r\nb", "<script>"]
)
def test_what_no_user_name_or_address_can_be_is_refused_with_an_error(owner_client, goal, who):
    response = invite(owner_client, goal, who=who)
    assert response.status_code == 200
    assert "Give a user name or an e-mail address." in response.content.decode()
    assert not FeedbackRequest.objects.exists()
    assert mail.outbox == []


@pytest.mark.parametrize("headers", [{}, HTMX], ids=["page", "htmx"])
def test_a_name_no_one_has_is_answered_as_a_sent_invitation_and_nothing_is_sent(
    owner_client, goal, mentor, headers
):
    url = reverse("feedback-invite", args=[goal.pk])
    form = {"role": "mentor", "message": "Be honest!"}
    to_someone = owner_client.post(url, {**form, "who": "maria"}, **headers)
    to_no_one = owner_client.post(url, {**form, "who": "mario"}, **headers)

    assert to_no_one.status_code == to_someone.status_code
    assert to_no_one.get("Location") == to_someone.get("Location")
    if headers:
        for response in (to_someone, to_no_one):
            html = response.content.decode()
            assert "The invitation is on its way." in html and 'class="error"' not in html
    assert [r.giver for r in FeedbackRequest.objects.all()] == [mentor]
    assert [m.to for m in mail.outbox] == [[mentor.email]]


def test_an_inactive_user_is_answered_as_a_name_no_one_has(owner_client, goal, mentor):
    mentor.is_active = False
    mentor.save()
    response = invite(owner_client, goal, who="maria")
    assert response.status_code == 302
    assert not FeedbackRequest.objects.exists() and mail.outbox == []


def test_the_subject_is_plain_text_not_html(client, make_user):
    owner = make_user("olle", first_name="<Olle>", last_name="& Co")
    client.force_login(owner)
    goal = services_goals.goal_create(owner=owner, text="Run a half marathon in under two hours")
    invite(in_english(client), goal)
    assert mail.outbox[0].subject == "<Olle> & Co asks for your feedback on a goal"


def test_a_line_break_in_the_owners_name_stays_out_of_the_subject(client, make_user):
    owner = make_user("olle", first_name="Olle\nBcc: evil@example.com")
    client.force_login(owner)
    goal = services_goals.goal_create(owner=owner, text="Run a half marathon in under two hours")
    assert invite(in_english(client), goal).status_code == 302
    assert mail.outbox[0].subject == "Olle Bcc: evil@example.com asks for your feedback on a goal"
    assert mail.outbox[0].to == ["mentor@example.com"]


def test_a_user_whose_stored_address_has_a_line_break_gets_a_form_error(owner_client, goal, mentor):
    mentor.email = "maria@example.org\nBcc: evil@example.com"
    mentor.save()
    response = invite(owner_client, goal, who="maria")
    assert response.status_code == 200
    assert "An invitation cannot be sent to that address." in response.content.decode()
    assert not FeedbackRequest.objects.exists() and mail.outbox == []


def test_the_message_may_be_as_long_as_limits_long_text(owner_client, goal):
    assert invite(owner_client, goal, message="x" * limits.LONG_TEXT).status_code == 302
    assert len(FeedbackRequest.objects.get().message) == limits.LONG_TEXT
    response = invite(owner_client, goal, who="b@example.com", message="x" * (limits.LONG_TEXT + 1))
    assert response.status_code == 200 and 'class="error"' in response.content.decode()
    assert FeedbackRequest.objects.count() == 1
    assert f'maxlength="{limits.LONG_TEXT}"' in response.content.decode()


# --- how many a day --------------------------------------------------------------------------

LIMIT_REACHED = "You can send at most 2 invitations a day, and you have reached that limit."


@pytest.fixture
def two_a_day(settings):
    settings.SMARTA_INVITATIONS_PER_DAY = 2


def test_the_default_limit_is_the_one_in_limits():
    assert settings.SMARTA_INVITATIONS_PER_DAY == limits.INVITATIONS_PER_DAY


def test_over_the_daily_limit_the_form_comes_back_with_what_was_typed(
    owner_client, goal, other_goal, two_a_day
):
    assert invite(owner_client, goal, who="a@example.com").status_code == 302
    assert invite(owner_client, other_goal, who="b@example.com").status_code == 302
    # Another session (another browser, another app process): the count is in the database.
    elsewhere = in_english(Client())
    elsewhere.force_login(goal.owner)
    response = invite(elsewhere, goal, who="c@example.com", message="Third time lucky")

    assert response.status_code == 200
    html = response.content.decode()
    assert LIMIT_REACHED in html and "Nothing was sent" in html
    assert 'value="c@example.com"' in html and "Third time lucky" in html
    assert FeedbackRequest.objects.count() == 2 and len(mail.outbox) == 2


def test_the_limit_message_is_in_swedish_too(client, owner, goal, two_a_day):
    client.force_login(owner)
    for who in ("a@example.com", "b@example.com"):
        invite(client, goal, who=who)
    html = invite(client, goal, who="c@example.com").content.decode()
    assert "Du kan skicka högst 2 inbjudningar per dygn och har nått gränsen." in html


def test_over_the_limit_a_name_no_one_has_gets_the_same_answer(
    owner_client, goal, mentor, two_a_day
):
    for who in ("a@example.com", "b@example.com"):
        invite(owner_client, goal, who=who)
    to_someone = invite(owner_client, goal, who="maria")
    to_no_one = invite(owner_client, goal, who="mario")
    for response in (to_someone, to_no_one):
        assert response.status_code == 200 and LIMIT_REACHED in response.content.decode()
    assert FeedbackRequest.objects.count() == 2


def test_revoked_invitations_count_and_those_older_than_a_day_do_not(owner_client, goal, two_a_day):
    invite(owner_client, goal, who="a@example.com")
    invite(owner_client, goal, who="b@example.com")
    first = FeedbackRequest.objects.get(email="a@example.com")
    owner_client.post(reverse("feedback-revoke", args=[first.pk]))
    assert LIMIT_REACHED in invite(owner_client, goal, who="c@example.com").content.decode()

    FeedbackRequest.objects.filter(pk=first.pk).update(
        created_at=timezone.now() - timedelta(hours=24, seconds=1)
    )
    assert invite(owner_client, goal, who="c@example.com").status_code == 302
    assert FeedbackRequest.objects.count() == 3


def test_one_persons_invitations_do_not_count_against_another(
    owner_client, goal, mentor, mentor_client, two_a_day
):
    invite(owner_client, goal, who="a@example.com")
    invite(owner_client, goal, who="b@example.com")
    theirs = services_goals.goal_create(
        owner=mentor, text="Lead the team retrospective every sprint"
    )
    assert invite(mentor_client, theirs, who="c@example.com").status_code == 302


def test_owner_cannot_ask_themselves(owner_client, goal, owner):
    response = invite(owner_client, goal, who=owner.username)
    assert "you cannot give yourself feedback" in response.content.decode()
    assert not FeedbackRequest.objects.exists()


def test_invite_through_htmx_answers_with_the_section(owner_client, goal):
    url = reverse("feedback-invite", args=[goal.pk])
    response = owner_client.post(url, {"who": "a@example.com", "role": "colleague"}, **HTMX)
    html = response.content.decode()
    assert 'id="feedback"' in html and "a@example.com" in html and "waiting" in html
    assert "<html" not in html


def test_goal_page_loads_the_feedback_section(owner_client, goal):
    html = owner_client.get(reverse("goal-detail", args=[goal.pk])).content.decode()
    assert reverse("feedback-invite", args=[goal.pk]) in html


# --- answering through the link ------------------------------------------------------------


def test_the_link_shows_the_goal_and_only_that_goal(anonymous, link, goal, other_goal):
    services_followup.checkin_record(
        goal=goal, value=None, note="Secret check-in note", day=date.today()
    )
    response = anonymous.get(link)

    assert response.status_code == 200
    html = response.content.decode()
    assert goal.text in html
    assert "Finish the video course" in html
    assert "What is going well?" in html
    assert other_goal.text not in html
    assert "Secret check-in note" not in html
    assert reverse("goal-detail", args=[goal.pk]) not in html


def test_answering_once_works_and_a_second_answer_is_refused(anonymous, link, goal):
    response = anonymous.post(link, ANSWER)
    assert response.status_code == 302
    request = FeedbackRequest.objects.get()
    assert request.going_well == ANSWER["going_well"]
    assert request.answered_at is not None and request.used_at is not None

    again = anonymous.post(link, {**ANSWER, "going_well": "Changed my mind"})
    assert again.status_code == 409
    request.refresh_from_db()
    assert request.going_well == ANSWER["going_well"]
    thanks = anonymous.get(link).content.decode()
    assert "Thank you" in thanks and goal.text not in thanks


def test_an_empty_answer_is_not_stored(anonymous, link):
    response = anonymous.post(link, {"going_well": " ", "could_be_better": "", "example": ""})
    assert response.status_code == 200
    assert "Answer at least one" in response.content.decode()
    assert FeedbackRequest.objects.get().answered_at is None


def test_an_expired_link_is_not_found(anonymous, link):
    FeedbackRequest.objects.update(expires_at=timezone.now() - timedelta(seconds=1))
    assert anonymous.get(link).status_code == 404
    assert anonymous.post(link, ANSWER).status_code == 404
    assert FeedbackRequest.objects.get().answered_at is None


def test_a_revoked_link_is_not_found(owner_client, anonymous, link):
    request = FeedbackRequest.objects.get()
    response = owner_client.post(reverse("feedback-revoke", args=[request.pk]))
    assert response.status_code == 302
    request.refresh_from_db()
    assert request.revoked_at is not None
    assert anonymous.get(link).status_code == 404
    assert anonymous.post(link, ANSWER).status_code == 404


def test_an_unknown_link_is_not_found(anonymous, link):
    assert anonymous.get(reverse("feedback-answer", args=["not-a-real-secret"])).status_code == 404


def test_the_link_gives_no_session_to_the_rest_of_the_planner(anonymous, link, goal):
    anonymous.post(link, ANSWER)
    for url in (
        reverse("goal-detail", args=[goal.pk]),
        reverse("goal-list"),
        reverse("feedback-invite", args=[goal.pk]),
        reverse("feedback-inbox"),
    ):
        response = anonymous.get(url)
        assert response.status_code == 302 and response["Location"].startswith("/login/")


# --- what the owner sees -------------------------------------------------------------------


def test_owner_sees_status_and_answers(owner_client, anonymous, goal, link):
    anonymous.post(link, ANSWER)
    invite(owner_client, goal, who="late@example.com")
    invite(owner_client, goal, who="gone@example.com")
    gone = FeedbackRequest.objects.get(email="gone@example.com")
    owner_client.post(reverse("feedback-revoke", args=[gone.pk]))
    FeedbackRequest.objects.create(
        goal=goal, email="old@example.com", token_hash="x" * 64,
        expires_at=timezone.now() - timedelta(days=1),
    )  # fmt: skip

    html = owner_client.get(reverse("feedback-invite", args=[goal.pk]), **HTMX).content.decode()
    for status in ("answered", "waiting", "revoked", "expired"):
        assert f"status-{status}" in html
    assert ANSWER["going_well"] in html and ANSWER["example"] in html


# --- a stranger ----------------------------------------------------------------------------


def test_stranger_cannot_invite_on_revoke_or_see_the_owners_requests(stranger_client, goal, link):
    request = FeedbackRequest.objects.get()
    assert invite(stranger_client, goal).status_code == 404
    assert stranger_client.get(reverse("feedback-invite", args=[goal.pk])).status_code == 404
    assert stranger_client.post(reverse("feedback-revoke", args=[request.pk])).status_code == 404
    assert stranger_client.get(reverse("feedback-give", args=[request.pk])).status_code == 404
    request.refresh_from_db()
    assert request.revoked_at is None
    assert FeedbackRequest.objects.count() == 1
    assert len(mail.outbox) == 1


def test_revoke_is_post_only(owner_client, link):
    request = FeedbackRequest.objects.get()
    assert owner_client.get(reverse("feedback-revoke", args=[request.pk])).status_code == 405


# --- an invited user -----------------------------------------------------------------------


@pytest.fixture
def mentor(make_user):
    return make_user("maria")


@pytest.fixture
def mentor_client(mentor):
    client = in_english(Client())
    client.force_login(mentor)
    return client


@pytest.mark.parametrize("who", ["maria", "MARIA@example.org"])
def test_invite_to_a_user_by_name_or_email_reaches_their_inbox(owner_client, goal, mentor, who):
    invite(owner_client, goal, who=who)
    request = FeedbackRequest.objects.get()
    assert request.giver == mentor and request.email == ""
    assert mail.outbox[0].to == [mentor.email]


def test_invited_user_answers_from_the_inbox_but_cannot_open_the_goal(
    owner_client, mentor_client, goal, other_goal
):
    invite(owner_client, goal, who="maria")
    request = FeedbackRequest.objects.get()

    inbox = mentor_client.get(reverse("feedback-inbox")).content.decode()
    give = reverse("feedback-give", args=[request.pk])
    assert goal.heading in inbox and give in inbox
    assert other_goal.text not in mentor_client.get(give).content.decode()

    assert mentor_client.post(give, ANSWER).status_code == 302
    request.refresh_from_db()
    assert request.answered_at is not None
    assert mentor_client.post(give, ANSWER).status_code == 409
    assert give not in mentor_client.get(reverse("feedback-inbox")).content.decode()

    assert mentor_client.get(reverse("goal-detail", args=[goal.pk])).status_code == 404
    assert mentor_client.get(reverse("goal-detail", args=[other_goal.pk])).status_code == 404
    assert mentor_client.get(reverse("feedback-invite", args=[goal.pk])).status_code == 404


def test_invited_user_can_also_use_the_mailed_link(owner_client, mentor_client, goal):
    invite(owner_client, goal, who="maria")
    assert mentor_client.post(link_in_last_mail(), ANSWER).status_code == 302
    assert FeedbackRequest.objects.get().answered_at is not None
