"""The authorization matrix: every page and action × every kind of visitor.

One table (CASES) names, for each URL of the app, what each role gets: the page (OK), a
404 that reveals nothing, or a redirect to log in. A test checks the table covers every URL
the app routes, so a new view cannot be left out.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, timedelta

import pytest
from django.contrib.auth import get_user_model
from django.test import Client
from django.urls import URLResolver, get_resolver, reverse
from django.utils import timezone

from smarta.planner.calendar import services as services_calendar
from smarta.planner.data import leaving
from smarta.planner.feedback import services as services_feedback
from smarta.planner.goals import services as services_goals
from smarta.planner.inbox import services as services_inbox
from smarta.planner.inbox.kinds import Kind
from smarta.planner.models import Area, CheckIn, Goal, Talk
from smarta.planner.plan import services as services_plan
from smarta.planner.profile import services as services_profile
from smarta.planner.teamgoals import services as services_teamgoals

ROLES = ("owner", "manager", "other_manager", "giver", "stranger", "anonymous", "admin")
OK, NOT_FOUND, LOGIN = "ok", "404", "login"

# Routes that are not about anyone's data: authentication and the language switch.
PUBLIC = {
    "login", "logout", "signup", "password_reset", "password_reset_done",
    "password_reset_confirm", "password_reset_complete", "set_language",
    "oidc_authentication_init", "oidc_authentication_callback",  # tests/web/test_oidc.py
}  # fmt: skip


def everyone_their_own(anonymous: str = LOGIN) -> dict[str, str]:
    """A page every signed-in person has for their own data."""
    return {role: (anonymous if role == "anonymous" else OK) for role in ROLES}


def owner_only() -> dict[str, str]:
    return {role: OK if role == "owner" else LOGIN if role == "anonymous" else NOT_FOUND
            for role in ROLES}  # fmt: skip


def only(*roles: str, others: str = NOT_FOUND) -> dict[str, str]:
    """OK for ``roles``; a login redirect for the anonymous; ``others`` for the rest."""
    return {r: OK if r in roles else LOGIN if r == "anonymous" else others for r in ROLES}


@dataclass(frozen=True)
class Case:
    name: str
    method: str = "get"
    target: str | None = None  # which object of the world the URL names
    data: dict = field(default_factory=dict)
    expect: dict[str, str] = field(default_factory=owner_only)
    args: tuple = ()  # URL arguments other than an object's id, read from the world


# "version": the one a freshly loaded form carries (see test_lost_updates.py).
GOAL_FORM = {"text": "Jag ska hålla tre workshops i mars.", "horizon": "short",
             "kind": "development", "sphere": "professional", "checkin_every_days": 7,
             "version": 1}  # fmt: skip

CASES = [
    Case("dashboard", expect=everyone_their_own()),
    Case("goal-list", expect=everyone_their_own()),
    Case("goal-create", expect=everyone_their_own()),
    Case("goal-check", "post", data={"text": "Bli bättre"}, expect=everyone_their_own()),
    Case("goal-tree", expect=everyone_their_own()),
    Case("record", expect=everyone_their_own()),
    Case("stand", expect=everyone_their_own()),
    Case("vision", expect=everyone_their_own()),
    Case("my-data", expect=everyone_their_own()),
    Case("export-json", expect=everyone_their_own()),
    Case("export-markdown", expect=everyone_their_own()),
    Case("export-pdf", expect=everyone_their_own()),
    Case("goal-detail", target="private_goal"),
    Case("goal-detail", target="shared_goal"),
    Case("goal-edit", target="private_goal"),
    Case("goal-edit", "post", target="shared_goal", data=GOAL_FORM),
    Case("goal-move", "post", target="private_goal", data={"direction": "up"}),
    Case("goal-status", "post", target="shared_goal", data={"status": "completed"}),
    Case("goal-delete", "post", target="private_goal"),
    Case("goal-followup", target="shared_goal"),
    # all check-ins, as on the goal page: the owner's, even of a goal shared with the manager
    Case("checkin-list", target="private_goal"),
    Case("checkin-list", target="shared_goal"),
    Case(
        "milestone-create",
        "post",
        target="shared_goal",
        data={"title": "Klart", "due": "2027-02-01"},
    ),
    Case("milestone-reached", "post", target="milestone", data={"reached": "1"}),
    Case("milestone-delete", "post", target="milestone"),
    Case("step-create", "post", target="shared_goal", data={"title": "Boka", "due": "2027-01-05"}),
    Case("step-done", "post", target="step", data={"done": "1"}),
    Case("step-delete", "post", target="step"),
    Case(
        "metric-set",
        "post",
        target="shared_goal",
        data={"name": "Workshops", "unit": "st", "baseline": "0", "target": "3"},
    ),
    Case(
        "checkin-create",
        "post",
        target="shared_goal",
        data={"day": "2026-11-20", "value": "1", "note": "En klar"},
    ),
    Case("checkin-delete", "post", target="checkin"),
    Case(
        "reflection-create",
        "post",
        target="shared_goal",
        data={"day": "2026-11-20", "went_well": "Bra"},
    ),
    Case("reflection-schedule", "post", target="shared_goal", data={"reflection_every_weeks": "2"}),
    Case(
        "area-create",
        "post",
        data={"name": "Excel", "kind": "strength", "confidence": "4"},
        expect=everyone_their_own(),
    ),
    Case("area-delete", "post", target="area"),
    Case(
        "import-plan",
        "post",
        expect={**everyone_their_own(), **{r: "4xx" for r in ROLES if r != "anonymous"}},
    ),
    # a wrong password: the form answers with its error, for each person's own account
    Case("account-delete", "post", data={"password": "wrong"}, expect=everyone_their_own()),
    # working with others: the manager, sharing and approval
    Case("team", expect=everyone_their_own()),
    Case("team-goal", target="shared_goal", expect=only("manager")),
    Case("team-goal", target="private_goal", expect=only()),
    Case("team-goal-approve", "post", target="shared_goal", expect=only("manager")),
    Case("team-goal-approve", "post", target="private_goal", expect=only()),
    Case(
        "team-goal-changes",
        "post",
        target="shared_goal",
        data={"comment": "Lägg till ett datum"},
        expect=only("manager"),
    ),
    Case(
        "goal-comment",
        "post",
        target="shared_goal",
        data={"body": "Bra!"},
        expect=only("owner", "manager"),
    ),
    Case("goal-comment", "post", target="private_goal", data={"body": "Bra!"}),
    Case("goal-visibility", "post", target="private_goal", data={"visibility": "shared"}),
    Case("hr", expect=only("admin")),
    # goals that go down: the manager's goal for the team, a goal proposed to a report
    # (the manager who wrote the team goal is sent to its own page: a redirect, not a 404)
    Case("team-goal-page", target="team_goal", expect=only("owner", "manager")),
    Case("goal-propose", target="owner_person", expect=only("manager")),
    Case(
        "goal-propose",
        "post",
        target="owner_person",
        data={"text": "Lär dig Python före juni."},
        expect=only("manager"),
    ),
    Case("proposal", target="proposal", expect=only("owner")),
    Case(
        "proposal-accept",
        "post",
        target="proposal",
        data={"text": "Jag ska lära mig Python före juni.", "share": "on"},
        expect=only("owner"),
    ),
    Case("proposal-decline", "post", target="proposal", expect=only("owner")),
    Case("proposal-withdraw", "post", target="proposal", expect=only("manager")),
    # development talks: the manager and the report, nobody else
    Case("talks", expect=everyone_their_own()),
    Case("talk", target="talk", expect=only("owner", "manager")),
    Case(
        "talk-agenda",
        "post",
        target="talk",
        data={"text": "Min kurs"},
        expect=only("owner", "manager"),
    ),
    Case(
        "talk-notes",
        "post",
        target="talk",
        data={"notes": "Bra samtal", "proposals": "", "version": 1},
        expect=only("owner", "manager"),
    ),
    Case("talk-agree", "post", target="talk", expect={**only("manager"), "owner": "4xx"}),
    Case("talk-held", "post", target="talk", expect={**only("manager"), "owner": "4xx"}),
    Case("talk-cancel", "post", target="talk", expect={**only("manager"), "owner": "4xx"}),
    Case("talk-pdf", target="talk", expect=only("owner", "manager")),
    # feedback on one goal
    Case("feedback-invite", target="shared_goal"),
    Case(
        "feedback-invite",
        "post",
        target="shared_goal",
        data={"role": "colleague", "email": "kim@example.org"},
    ),
    Case("feedback-revoke", "post", target="feedback"),
    Case("feedback-inbox", expect=everyone_their_own()),
    Case("feedback-give", target="feedback", expect=only("giver")),
    # the secret link needs no account: anyone holding it may answer, once
    Case("feedback-answer", args=("feedback_secret",), expect={r: OK for r in ROLES}),
    # the calendar
    Case("calendar", expect=everyone_their_own()),
    Case("calendar", "post", data={"action": "renew"}, expect=everyone_their_own()),
    Case("item-ics", args=("milestone_kind", "milestone_pk")),
    # the feed's secret URL is the key: no account needed
    Case("calendar-feed", args=("calendar_token",), expect={r: OK for r in ROLES}),
    # the inbox: each person's own notifications; one of someone else's is a 404
    Case("inbox", expect=everyone_their_own()),
    Case("inbox-open", target="notification"),
    Case("inbox-read-all", "post", expect=everyone_their_own()),
    Case("inbox-settings", expect=everyone_their_own()),
    Case("inbox-settings", "post", data={"comment": "off"}, expect=everyone_their_own()),
    Case("waiting", expect=everyone_their_own()),
    Case("account-name", "post", data={"first_name": "A"}, expect=everyone_their_own()),
    # HR's page for people: staff only, a 404 for everyone else
    Case("people", expect=only("admin")),
    Case("people-export", expect=only("admin")),
    Case(
        "people-import",
        "post",
        data={"content": "email,name,department,manager_email\n"},
        expect=only("admin"),
    ),
    Case("person", target="someone", expect=only("admin")),
    Case(
        "person",
        "post",
        target="someone",
        data={"first_name": "S", "active": "on"},
        expect=only("admin"),
    ),
    Case("person-invite", "post", target="someone", expect=only("admin")),
    Case("person-add", "post", data={"email": "new@example.org"}, expect=only("admin")),
    Case("person-leaver-link", "post", target="leaver", expect=only("admin")),
    # someone marked as left: the mailed link is the key, for that one plan
    Case("leaver-export", args=("leaver_token",), expect={r: OK for r in ROLES}),
    Case("leaver-export-file", args=("leaver_token", "json"), expect={r: OK for r in ROLES}),
    # the first run
    Case("welcome", expect=everyone_their_own()),
    Case("checklist-dismiss", "post", expect=everyone_their_own()),
]


@pytest.fixture
def world(db):
    """The owner with a manager, a private and a shared goal and their plan, and everyone else."""
    users = {role: get_user_model().objects.create(username=role, email=f"{role}@example.org")
             for role in ROLES if role != "anonymous"}  # fmt: skip
    users["admin"].is_staff = users["admin"].is_superuser = True
    users["admin"].save()
    owner = users["owner"]
    profile = services_profile.profile_for(owner)
    profile.manager = users["manager"]
    profile.save()
    services_profile.profile_for(users["stranger"]).save()
    private = services_goals.goal_create(owner=owner, text="Jag ska klara provet i mars.")
    shared = services_goals.goal_create(owner=owner, text="Jag ska hålla två kurser i maj.")
    Goal.objects.filter(pk=shared.pk).update(visibility=Goal.Visibility.SHARED)
    talk = Talk.objects.create(
        manager=users["manager"], report=owner, scheduled_for=timezone.now() + timedelta(days=7)
    )
    feedback = services_feedback.feedback_request_create(
        goal=shared, role="colleague", giver=users["giver"], link_for=_keep_secret,
        language="sv",
    )  # fmt: skip
    milestone = services_plan.milestone_create(goal=shared, title="Halvvägs", due=date(2027, 3, 1))
    leaver = get_user_model().objects.create(username="left", is_active=False)
    objects = {
        "talk": talk,
        "feedback": feedback,
        "feedback_secret": SECRETS[-1],
        "calendar_token": services_calendar.calendar_token_renew(user=owner).calendar_token,
        "milestone_kind": "milestone",
        "milestone_pk": milestone.pk,
        "private_goal": private,
        "shared_goal": shared,
        "milestone": milestone,
        "step": services_plan.step_create(goal=shared, title="Boka lokal", due=date(2027, 1, 10)),
        "checkin": CheckIn.objects.create(goal=shared, day=date(2026, 11, 1), value=1),
        "area": Area.objects.create(owner=owner, name="Excel", kind="strength", confidence=3),
        "someone": users["stranger"],
        "owner_person": owner,
        "leaver": leaver,
        "leaver_token": leaving.leaver_token(leaver),
        "json": "json",
        "team_goal": services_teamgoals.team_goal_create(
            owner=users["manager"], text="Vi ska halvera ledtiden till 5 dagar före juni 2027."
        ),
        "proposal": services_teamgoals.proposal_create(
            manager=users["manager"], person=owner, text="Lär dig Python före juni."
        ),
        "notification": services_inbox.notify(
            recipient=owner, kind=Kind.COMMENT, actor=users["manager"], goal=shared
        ),
    }
    return users, objects


SECRETS: list[str] = []


def _keep_secret(secret: str) -> str:
    """The link an invitation mails; the test keeps the secret to open it."""
    SECRETS.append(secret)
    return f"http://testserver/feedback/{secret}/"


def _outcome(response) -> str:
    if response.status_code == 404:
        return NOT_FOUND
    if response.status_code in (301, 302) and reverse("login") in response.get("Location", ""):
        return LOGIN
    if 400 <= response.status_code < 500:
        return "4xx"
    assert response.status_code < 500, response.status_code
    return OK


@pytest.mark.parametrize("role", ROLES)
@pytest.mark.parametrize("case", CASES, ids=lambda c: f"{c.method}-{c.name}-{c.target or ''}")
def test_each_role_gets_what_the_table_says(world, case, role):
    users, objects = world
    client = Client()
    if role != "anonymous":
        client.force_login(users[role])
    args = [objects[case.target].pk] if case.target else [objects[a] for a in case.args]
    url = reverse(case.name, args=args)
    response = getattr(client, case.method)(url, case.data)
    assert _outcome(response) == case.expect[role], f"{role} {case.method.upper()} {url}"


def _route_names(patterns) -> set[str]:
    names = set()
    for pattern in patterns:
        if isinstance(pattern, URLResolver):
            # the admin is Django's; the API has its own matrix in tests/api
            if str(pattern.pattern).startswith(("admin/", "api/")):
                continue
            names |= _route_names(pattern.url_patterns)
        elif pattern.name:
            names.add(pattern.name)
    return names


def test_the_table_covers_every_route():
    routed = _route_names(get_resolver().url_patterns) - PUBLIC
    assert routed == {case.name for case in CASES}
