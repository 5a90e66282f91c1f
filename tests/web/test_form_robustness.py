"""No form input gives a 5xx or takes over 2 s: junk, oversized, out-of-range, wrong-typed and
missing fields posted to every URL of the web app that takes a POST (what
tests/api/test_robustness.py does for the API).

The routes come from the URLconf, the fields and their ordinary values from the forms on the
app's own pages, so a new route or a new field is covered without a change here; routes with
ids get objects the person owns (or, for a manager's routes, may reach)."""

from __future__ import annotations

import time
from collections import defaultdict
from dataclasses import dataclass, field
from datetime import timedelta
from html.parser import HTMLParser
from urllib.parse import urlsplit

import pytest
from django.contrib.auth import get_user_model
from django.core.files.uploadedfile import SimpleUploadedFile
from django.db import transaction
from django.test import Client
from django.urls import URLPattern, URLResolver, get_resolver, resolve
from django.urls.exceptions import Resolver404
from django.utils import timezone

from smarta.planner.calendar import services as services_calendar
from smarta.planner.feedback import services as services_feedback
from smarta.planner.followup import services as services_followup
from smarta.planner.goals import services as services_goals
from smarta.planner.models import Goal, Notification, Profile
from smarta.planner.plan import services as services_plan
from smarta.planner.profile import services as services_profile
from smarta.planner.talks import services as services_talks
from smarta.planner.teamgoals import services as services_teamgoals

pytestmark = pytest.mark.django_db

# CPU seconds of this process: more than this for one request is a failure (a pathological
# input, such as a regular expression that backtracks on a megabyte). CPU time, not wall time,
# so a busy machine running other jobs does not fail it.
SLOW = 2.0
# What a person, a script or a broken client may type or send into any field.
JUNK = [
    "", "   ", "x" * 1_000_000, "-1", "0", "1.5", "5000000000000000", "1e17", "-1.7e308",
    "1e400", "nan", "-inf", "9" * 5000, "99999999999999999999", "9999-12-31", "0001-01-01",
    "2026-02-30", "2026-13-45T25:61", "9999-12-31T23:59", "0001-01-01T00:00", "nul \x00 byte",
    "٣", "<script>alert(1)</script>", "//evil.example/", "http://evil.example/",
    "../../../etc/passwd", "7,1,0" * 1000, "true",
]  # fmt: skip
OVERSIZED = "x" * 1_000_000
# Not this app's routes, or tested elsewhere: the admin site and the API (tests/api).
SKIPPED = ("admin/", "api/")


def _world(make_user, owner) -> dict[str, str]:
    """What the person owns and may reach, so every route with an id has something to act on:
    by the start of the routes it fills in (``goals/`` for ``goals/<id:pk>/edit/``)."""
    owner = get_user_model().objects.get(pk=owner.pk)  # no profile cached from a rolled-back try
    report, colleague = make_user("rune"), make_user("cilla")
    services_profile.profile_update(user=report, manager=owner)
    goal = services_goals.goal_create(
        owner=owner, text="Hålla 20 kundintervjuer före juni 2027",
        visibility=Goal.Visibility.SHARED,
    )  # fmt: skip
    milestone = services_plan.milestone_create(goal=goal, title="Tio klara", due=goal_day(60))
    step = services_plan.step_create(goal=goal, title="Boka fem", milestone=milestone)
    services_followup.metric_set(goal=goal, name="Intervjuer", unit="st", baseline=0, target=20)
    checkin = services_followup.checkin_record(goal=goal, day=goal_day(-1), value=3, note="bra")
    services_followup.reflection_record(owner=owner, goal=goal, day=goal_day(-1), went_well="x")
    area = services_profile.area_create(
        owner=owner, name="Presentera", kind="strength", confidence=3
    )
    services_calendar.calendar_token_renew(user=owner)
    shared = services_goals.goal_create(
        owner=report, text="Ta ITIL 4 Foundation senast den 15 maj 2027",
        visibility=Goal.Visibility.SHARED,
    )  # fmt: skip
    talk = services_talks.talk_book(
        manager=owner, report=report, scheduled_for=timezone.now() + timedelta(days=7)
    )
    secrets: list[str] = []
    invite = services_feedback.feedback_request_create(
        goal=goal, role="colleague", email="vän@example.org", link_for=secrets.append,
        language="en",
    )  # fmt: skip
    asked = services_feedback.feedback_request_create(
        goal=services_goals.goal_create(owner=colleague, text="Läsa 3 böcker före juni 2027"),
        role="colleague", giver=owner, link_for=lambda secret: "", language="en",
    )  # fmt: skip
    # the colleague's invitation told the owner in the inbox
    told = Notification.objects.get(recipient=owner)
    team_goal = services_teamgoals.team_goal_create(
        owner=owner, text="Vi ska nå 95 % nöjda kunder före juni 2027"
    )
    # a proposal to the owner (the service leaves checking who may propose to the view)
    proposal = services_teamgoals.proposal_create(
        manager=colleague, person=owner, text="Lär dig SQL före maj"
    )
    return {
        "goals/": str(goal.pk), "milestones/": str(milestone.pk), "steps/": str(step.pk),
        "checkins/": str(checkin.pk), "stand/areas/": str(area.pk), "talks/": str(talk.pk),
        "team/goals/": str(shared.pk), "feedback/requests/": str(asked.pk),
        "feedback/<id:pk>/revoke/": str(invite.pk), "feedback/<str:secret>/": secrets[0],
        "calendar/<str:token>": Profile.objects.get(user=owner).calendar_token,
        "calendar/items/": str(step.pk), "password/reset/": "x",
        "inbox/": str(told.pk),
        "hr/people/": str(report.pk),
        "team/people/": str(report.pk),
        "team-goals/": str(team_goal.pk), "proposals/": str(proposal.pk), "leaving/": "x",
    }  # fmt: skip


def goal_day(days: int):
    return timezone.localdate() + timedelta(days=days)


# --- the routes ---------------------------------------------------------------------------


def _routes(patterns=None, prefix: str = "") -> list[str]:
    """Every route of the URLconf, as written (``goals/<id:pk>/edit/``)."""
    found = []
    for pattern in get_resolver().url_patterns if patterns is None else patterns:
        route = prefix + str(pattern.pattern)
        if route.startswith(SKIPPED):
            continue
        if isinstance(pattern, URLResolver):
            found += _routes(pattern.url_patterns, route)
        elif isinstance(pattern, URLPattern):
            found.append(route)
    return found


def _path(route: str, world: dict[str, str]) -> str | None:
    """The route with its parameters filled in from ``world``, or None if nothing fits."""
    if "<" not in route:
        return "/" + route
    matches = [start for start in world if route.startswith(start)]
    if not matches:
        return None
    value = world[max(matches, key=len)]
    path, rest = "/", route
    while "<" in rest:
        before, _, rest = rest.partition("<")
        converter, _, rest = rest.partition(">")
        path += before + ("step" if converter == "slug:kind" else value)
    return path + rest


# --- the forms on the pages ---------------------------------------------------------------


class _Forms(HTMLParser):
    """Each POST form on a page: its action and its fields with their ordinary values; and
    the elements htmx posts by themselves (``hx-post``)."""

    def __init__(self, page: str) -> None:
        super().__init__()
        self.page, self.found, self.files = page, [], set()
        self._form: tuple[str, dict] | None = None
        self._textarea: str | None = None
        self._select: str | None = None
        self._chosen: set[str] = set()  # the selects with an option marked selected

    def handle_starttag(self, tag: str, attrs: list) -> None:
        a = dict(attrs)
        name = a.get("name")
        if tag == "form" and (a.get("method") or "").lower() == "post":
            self._form = (a.get("action") or self.page, {})
            self.found.append(self._form)
        if a.get("hx-post") and tag != "form":
            self.found.append((a["hx-post"], {name: [""]} if name else {}))
        if self._form is None:
            return
        fields = self._form[1]
        if tag == "option" and self._select and a.get("value"):
            # the real option chosen, else the first: an empty choice tests little
            if self._select not in self._chosen and ("selected" in a or not fields[self._select]):
                fields[self._select] = [a["value"]]
            if "selected" in a:
                self._chosen.add(self._select)
        if not name:
            return
        if tag == "input" and a.get("type") == "file":
            self.files.add(name)
            fields.setdefault(name, [])
        elif tag == "input" and a.get("type") in ("checkbox", "radio"):
            fields.setdefault(name, [])
            if "checked" in a:
                fields[name].append(a.get("value") or "on")
        elif tag in ("input", "button"):
            fields.setdefault(name, []).append(a.get("value") or "")
        elif tag == "textarea":
            self._textarea = name
            fields.setdefault(name, [""])
        elif tag == "select":
            self._select = name
            fields.setdefault(name, [])

    def handle_data(self, data: str) -> None:
        if self._form is not None and self._textarea:
            self._form[1][self._textarea] = [self._form[1][self._textarea][0] + data]

    def handle_endtag(self, tag: str) -> None:
        if tag == "form":
            self._form = None
        elif tag == "textarea":
            self._textarea = None
        elif tag == "select":
            self._select = None


@dataclass
class Found:
    """The forms on the app's pages, by the name of the route they post to."""

    forms: dict[str, list[dict[str, list[str]]]] = field(default_factory=lambda: defaultdict(list))
    files: set[str] = field(default_factory=set)  # the names of file inputs


def _crawl(world: dict[str, str], clients: list[Client], routes: list[str]) -> Found:
    found = Found()
    for route in routes:
        path = _path(route, world)
        if path is None or "." in path.rsplit("/", 1)[-1]:  # a file: .pdf, .ics, .json
            continue
        for client in clients:
            response = client.get(path, headers={"accept-language": "en"})
            if "text/html" not in response.get("Content-Type", ""):
                continue
            parser = _Forms(path)
            parser.feed(response.content.decode())
            found.files |= parser.files
            for action, fields in parser.found:
                try:
                    name = resolve(urlsplit(action).path).url_name
                except Resolver404:
                    continue
                if set(fields) not in [set(known) for known in found.forms[name]]:
                    found.forms[name].append(fields)  # each page has the language switch
    return found


# --- what is posted -----------------------------------------------------------------------

EVERY_FIELD = "*"
# Failures still expected, by (route name, field): none now; a gap named here must be fixed
# and taken out again (the test says so when it is).
KNOWN_GAPS: dict[tuple[str, str], str] = {}


@dataclass(frozen=True)
class Body:
    field: str  # the field it is about, or EVERY_FIELD
    what: str
    data: dict | bytes  # bytes are sent as they are, not encoded by the client


def _bodies(forms: list[dict[str, list[str]]], files: set[str]):
    """The bodies for one route: its forms as found, then each field missing, twice and with
    every junk value; every field oversized at once, or bytes that are no UTF-8; junk files."""
    for fields in forms or [{}]:
        base = {k: v for k, v in fields.items() if k != "csrfmiddlewaretoken"}
        yield Body(EVERY_FIELD, "as found", base)
        for name in base:
            others = {k: v for k, v in base.items() if k != name}
            yield Body(name, f"{name} missing", others)
            yield Body(name, f"{name} twice", {**base, name: ["1", "x"]})
            for value in JUNK:
                yield Body(name, f"{name}={value[:20]!r}", {**base, name: value})
        if base:
            yield Body(EVERY_FIELD, "every field oversized", dict.fromkeys(base, OVERSIZED))
            raw = "&".join(f"{name}=%ff%fe%00" for name in base).encode()
            yield Body(EVERY_FIELD, "undecodable bytes", raw)
        for name in files & set(base):
            for content in (b"\xff\xfe\x00junk", b"{" * 1_000_000, b""):
                upload = SimpleUploadedFile("plan.json", content, "application/json")
                yield Body(name, f"{name}: a file of {len(content)} bytes", {**base, name: upload})


def _failure(client: Client, path: str, body: Body) -> str:
    """What went wrong with posting ``body``, or ``""``."""
    start = time.process_time()
    with transaction.atomic():  # a 500 in a save spoils the transaction it happened in only
        if isinstance(body.data, bytes):
            kind = "application/x-www-form-urlencoded"
            response = client.post(path, body.data, content_type=kind)
        else:
            response = client.post(path, body.data)
    elapsed = time.process_time() - start
    if response.status_code >= 500:
        error = getattr(response, "exc_info", None)
        cause = f"{error[0].__name__}: {str(error[1])[:120]}" if error else ""
        return f"POST {path} {body.what}: {response.status_code} {cause}"
    if elapsed > SLOW:
        return f"POST {path} {body.what}: {elapsed:.1f} s"
    return ""


def _clients(*people) -> list[Client]:
    """A browser for each of ``people`` and one without a session; a 5xx answers, not raises."""
    clients = [Client(raise_request_exception=False) for _ in range(len(people) + 1)]
    for client, person in zip(clients, people, strict=False):
        client.force_login(person)
    return clients


@dataclass
class Outcome:
    requests: int = 0
    failures: list[str] = field(default_factory=list)
    gaps: dict[tuple[str, str], list[str]] = field(default_factory=lambda: defaultdict(list))


def _post_junk(route: str, world: dict[str, str], found: Found, people, outcome: Outcome):
    """Every body for ``route`` from the owner and without a session, and for a form with a
    file from the newcomer too."""
    path = _path(route, world)
    if path is None:
        outcome.failures.append(f"{route}: no object to fill its parameters with")
        return
    name = resolve(path).url_name
    forms = found.forms.get(name, [])
    owner, newcomer = people
    people = (owner, newcomer) if any(found.files & set(f) for f in forms) else (owner,)
    clients = _clients(*people)
    if clients[0].post(path).status_code == 405:
        return  # takes no POST
    for body in _bodies(forms, found.files):
        for client, person in zip(clients, people, strict=False):
            client.force_login(person)  # a POST to log out or to delete the account ends it
        for client in clients:
            outcome.requests += 1
            if failure := _failure(client, path, body):
                known = (name, body.field) in KNOWN_GAPS
                (outcome.gaps[name, body.field] if known else outcome.failures).append(failure)


def test_no_junk_in_any_form_gives_a_5xx_or_takes_over_two_seconds(make_user, owner, stranger):
    """As the owner of every object and without a session; a file also as someone with an
    empty account, who alone may import a plan."""
    people, routes, outcome = (owner, stranger), _routes(), Outcome()
    with transaction.atomic():
        found = _crawl(_world(make_user, owner), _clients(*people), routes)
        transaction.set_rollback(True)
    for route in routes:
        with transaction.atomic():  # each route on fresh objects: a POST may delete them
            _post_junk(route, _world(make_user, owner), found, people, outcome)
            transaction.set_rollback(True)
    assert outcome.requests > 5000
    fixed = [f"{gap}: fixed, take it out of KNOWN_GAPS" for gap in KNOWN_GAPS
             if gap not in outcome.gaps]  # fmt: skip
    problems = outcome.failures + fixed
    assert not problems, f"{len(problems)} failures:\n" + "\n".join(problems)


def test_the_routes_found_are_the_apps_and_have_their_forms(make_user, owner, stranger):
    """The discovery above is not empty-handed: the routes and forms it finds include those
    every part of the app posts to."""
    routes = _routes()
    with transaction.atomic():
        found = _crawl(_world(make_user, owner), _clients(owner, stranger), routes)
        transaction.set_rollback(True)
    assert {"goals/new/", "goals/<id:pk>/milestones/", "talks/<id:pk>/notes/", "calendar/",
            "feedback/<str:secret>/", "my-data/import/"} <= set(routes)  # fmt: skip
    fields = {name: set().union(*forms) for name, forms in found.forms.items()}
    assert {"text", "deadline", "checkin_every_days"} <= fields["goal-create"]
    assert {"baseline", "target"} <= fields["metric-set"]
    assert {"report", "scheduled_for"} <= fields["talks"]
    assert {"going_well"} <= fields["feedback-answer"] and "file" in found.files
