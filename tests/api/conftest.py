"""API test setup: a bearer token for each named person and a client that sends JSON."""

from __future__ import annotations

import json
from datetime import date

import pytest
from django.test import Client

from smarta.api.tokens import token_create
from smarta.planner.followup import services as services_followup
from smarta.planner.goals import services as services_goals
from smarta.planner.plan import services as services_plan


class ApiClient:
    """``django.test.Client`` speaking JSON to /api/v1 with an optional bearer token."""

    def __init__(self, secret: str | None = None) -> None:
        self.client = Client()
        self.headers = {"Authorization": f"Bearer {secret}"} if secret else {}

    def call(self, method: str, path: str, body=None, **extra):
        data = body if isinstance(body, str | bytes) or body is None else json.dumps(body)
        return self.client.generic(
            method, f"/api/v1{path}", data=data or "", content_type="application/json",
            headers=self.headers, **extra,
        )  # fmt: skip

    def get(self, path: str, **extra):
        return self.client.get(f"/api/v1{path}", headers=self.headers, **extra)

    def post(self, path: str, body=None):
        return self.call("POST", path, body)

    def patch(self, path: str, body=None):
        return self.call("PATCH", path, body)

    def delete(self, path: str):
        return self.call("DELETE", path)


def api_for(user) -> ApiClient:
    return ApiClient(token_create(user=user, name="test")[1])


@pytest.fixture
def anon_api(db) -> ApiClient:
    return ApiClient()


@pytest.fixture
def owner_api(owner) -> ApiClient:
    return api_for(owner)


@pytest.fixture
def stranger_api(stranger) -> ApiClient:
    return api_for(stranger)


@pytest.fixture
def manager_api(manager) -> ApiClient:
    return api_for(manager)


@pytest.fixture
def goal(owner):
    return services_goals.goal_create(
        owner=owner, text="Jag ska klara B2-provet i franska senast den 15 maj 2027."
    )


@pytest.fixture
def milestone(goal):
    return services_plan.milestone_create(
        goal=goal, title="Grammatikkurs klar", due=date(2027, 1, 31)
    )


@pytest.fixture
def step(goal, milestone):
    return services_plan.step_create(goal=goal, title="Anmäl mig", milestone=milestone)


@pytest.fixture
def checkin(goal):
    return services_followup.checkin_record(goal=goal, day=date(2026, 11, 1), value=3.0, note="bra")


@pytest.fixture
def reflection(goal, owner):
    return services_followup.reflection_record(
        owner=owner, goal=goal, day=date(2026, 11, 2), went_well="x"
    )
