"""What one simulated person does: a seeded person at their browser, with a script of theirs
that uses the API.

Each user logs in as a different seeded person through the login form (with its CSRF token)
and takes an API token with the same password (POST /api/v1/token). Then, after a think time
between visits, it draws the next visit from a shuffled deck, so every kind of visit comes
round in every eleven:

- 3 × the overview (``/``), which also tells it the person's active goals;
- 3 × a goal page;
- 1 × a check-in written on a goal page: the page, a think, then the form posted the way
  the page's htmx posts it (form fields with the CSRF token, ``HX-Request``), answered with
  the re-rendered follow-up section;
- 1 × a check-in written through the API (POST /api/v1/goals/{id}/checkins);
- 2 × an analysis of a goal sentence (POST /api/v1/analyze).

``loadtest/drive.py`` sets the host, who the people are and the think time, and runs it.
"""

from __future__ import annotations

import random
import re
from collections.abc import Callable, Iterator
from datetime import date

from locust import between, constant, task
from locust.contrib.fasthttp import FastHttpUser

from . import texts
from .people import PASSWORD, username

CSRF = re.compile(r'name="csrfmiddlewaretoken" value="([^"]+)"')
GOAL_LINK = re.compile(r'href="/goals/(\d+)/"')
# Request names: one row each in the figures.
OVERVIEW, GOAL_PAGE = "GET / (overview)", "GET /goals/[id]/ (goal page)"
CHECKIN_FORM = "POST /goals/[id]/checkins/ (form, htmx)"
CHECKIN_API = "POST /api/v1/goals/[id]/checkins"
ANALYZE = "POST /api/v1/analyze"
LOGIN_PAGE, LOGIN, TOKEN = "GET /login/", "POST /login/", "POST /api/v1/token"
MIX = (OVERVIEW, GOAL_PAGE, CHECKIN_FORM, CHECKIN_API, ANALYZE)


class Person(FastHttpUser):
    # Set by configure() before the run.
    prefix = ""
    numbers: Iterator[int] = iter(())
    logins_ended = 0  # users whose login has ended, well or not

    @classmethod
    def configure(
        cls, *, host: str, prefix: str, people: int, users: int, think: tuple[float, float]
    ) -> None:
        """Who logs in (``users`` different people drawn from ``people``) and the think
        time between visits, uniform in seconds (``(0, 0)`` for none)."""
        if users > people:
            raise ValueError(f"{users} users need as many seeded people, not {people}")
        cls.host, cls.prefix = host, prefix
        cls.numbers = iter(random.sample(range(people), users))
        cls.wait_time = constant(0) if think == (0, 0) else between(*think)
        cls.logins_ended = 0

    def on_start(self) -> None:
        self.username = username(self.prefix, next(self.numbers))
        self.api: dict[str, str] = {}
        self.goals: list[int] = []
        self.csrf = ""
        self.deck: list[Callable[[Person], None]] = []
        self.rng = random.Random()
        try:
            self._log_in()
            self._take_token()
            self.overview()
        finally:
            Person.logins_ended += 1

    def _log_in(self) -> None:
        with self.client.get("/login/", name=LOGIN_PAGE, catch_response=True) as page:
            self.csrf = self._csrf_from(page)
        form = {"username": self.username, "password": PASSWORD, "csrfmiddlewaretoken": self.csrf}
        with self.client.post("/login/", data=form, name=LOGIN, allow_redirects=False,
                              catch_response=True) as response:  # fmt: skip
            if response.status_code != 302 or response.headers.get("Location") != "/":
                response.failure(f"{self.username} was not logged in ({response.status_code})")

    def _take_token(self) -> None:
        body = {"username": self.username, "password": PASSWORD, "name": "load test"}
        with self.client.post("/api/v1/token", json=body, name=TOKEN,
                              catch_response=True) as response:  # fmt: skip
            if response.status_code != 201:
                response.failure(f"no token for {self.username} ({response.status_code})")
                return
            self.api = {"Authorization": f"Bearer {response.json()['token']}"}

    def _csrf_from(self, response) -> str:
        found = CSRF.search(response.text or "")
        if found is None:
            response.failure("no CSRF token in the page")
            return ""
        return found.group(1)

    @task
    def next_visit(self) -> None:
        if not self.deck:
            self.deck = [visit for visit, times in VISITS.items() for _ in range(times)]
            self.rng.shuffle(self.deck)
        self.deck.pop()(self)

    def overview(self) -> None:
        with self.client.get("/", name=OVERVIEW, catch_response=True) as response:
            goals = sorted({int(pk) for pk in GOAL_LINK.findall(response.text or "")})
            if response.status_code == 200 and not goals:
                response.failure(f"no active goals on {self.username}'s overview")
            self.goals = goals or self.goals

    def goal_page(self) -> int:
        goal = self.rng.choice(self.goals)
        with self.client.get(f"/goals/{goal}/", name=GOAL_PAGE, catch_response=True) as response:
            if response.status_code == 200:
                if 'id="followup"' not in response.text:
                    response.failure("the goal page has no follow-up section")
                self.csrf = self._csrf_from(response)
        return goal

    def check_in_on_the_page(self) -> None:
        goal = self.goal_page()
        self.wait()  # the person types the check-in
        note = f"Checked in from the page, {self.rng.randrange(10**9)}"
        form = {"day": date.today().isoformat(), "value": str(self.rng.randint(0, 100)),
                "note": note, "csrfmiddlewaretoken": self.csrf}  # fmt: skip
        headers = {"HX-Request": "true", "HX-Target": "followup",
                   "HX-Current-URL": f"{self.host}/goals/{goal}/"}  # fmt: skip
        with self.client.post(f"/goals/{goal}/checkins/", data=form, headers=headers,
                              name=CHECKIN_FORM, catch_response=True) as response:  # fmt: skip
            if response.status_code == 200 and note not in response.text:
                response.failure("the follow-up section does not show the new check-in")

    def check_in_by_api(self) -> None:
        goal = self.rng.choice(self.goals)
        body = {"day": date.today().isoformat(), "value": self.rng.randint(0, 100),
                "note": f"Checked in by the API, {self.rng.randrange(10**9)}"}  # fmt: skip
        with self.client.post(f"/api/v1/goals/{goal}/checkins", json=body, headers=self.api,
                              name=CHECKIN_API, catch_response=True) as response:  # fmt: skip
            if response.status_code != 201:
                response.failure(f"answered {response.status_code}, not 201")
            elif response.json().get("goal") != goal:
                response.failure("the check-in came back on another goal")

    def analyze(self) -> None:
        lang = self.rng.choice(texts.LANGS)
        body = {"text": texts.short_term(self.rng, lang, date.today()).text}
        with self.client.post("/api/v1/analyze", json=body, headers=self.api, name=ANALYZE,
                              catch_response=True) as response:  # fmt: skip
            if response.status_code == 200 and response.json().get("lang") != lang:
                response.failure("the analysis names another language")


VISITS: dict[Callable[[Person], None], int] = {
    Person.overview: 3,
    Person.goal_page: 3,
    Person.check_in_on_the_page: 1,
    Person.check_in_by_api: 1,
    Person.analyze: 2,
}
