"""No input gives a 500: junk, oversized and wrong-typed bodies to every endpoint in the
OpenAPI document answer 4xx with a JSON body."""

from __future__ import annotations

import json
import re

import pytest

from .conftest import ApiClient

JUNK_VALUES = [
    None, True, -1, 0, 2**70, 1e308, "", "x" * 100_000, "\ud800", "\x00", "9999-12-31",
    "2026-02-30", [], [1, "a"], {}, {"a": {"b": []}},
]  # fmt: skip
JUNK_BODIES = ["{", "null", "[]", '"text"', "12", "\xff\xfe", '{"a": NaN}', json.dumps(JUNK_VALUES)]
# A valid body per operation, so each junk field is checked past the schema's other fields.
VALID = {
    ("POST", "/analyze"): {"text": "Läsa 3 böcker"},
    ("POST", "/goals"): {"title": "Läsa 3 böcker"},
    ("PATCH", "/goals/{goal_id}"): {"version": 1},
    ("POST", "/goals/{goal_id}/milestones"): {"title": "Halvvägs", "due": "2027-01-01"},
    ("PATCH", "/goals/{goal_id}/milestones/{milestone_id}"): {"reached": True},
    ("POST", "/goals/{goal_id}/steps"): {"title": "Börja"},
    ("PATCH", "/goals/{goal_id}/steps/{step_id}"): {"done": True},
    ("POST", "/goals/{goal_id}/checkins"): {"day": "2026-11-01"},
    ("POST", "/goals/{goal_id}/reflections"): {"day": "2026-11-01"},
}
OVERSIZED = json.dumps({"title": "x" * 3_000_000, "text": "x"})


@pytest.fixture
def document(anon_api):
    return anon_api.get("/openapi.json").json()


@pytest.fixture
def operations(document, goal, milestone, step, checkin, reflection, owner):
    """(method, concrete path, body properties, template) for every operation."""
    from smarta.api.models import ApiToken

    ids = {
        "goal_id": goal.pk, "milestone_id": milestone.pk, "step_id": step.pk,
        "checkin_id": checkin.pk, "reflection_id": reflection.pk,
        "token_id": ApiToken.objects.filter(user=owner).first().pk,
    }  # fmt: skip
    found = []
    for template, methods in document["paths"].items():
        path = re.sub(r"\{(\w+)\}", lambda m: str(ids[m.group(1)]), template)
        for method, operation in methods.items():
            properties = _properties(document, operation)
            template = template.removeprefix("/api/v1")
            found.append((method.upper(), path.removeprefix("/api/v1"), properties, template))
    return found


def _properties(document: dict, operation: dict) -> list[str]:
    content = operation.get("requestBody", {}).get("content", {})
    schema = content.get("application/json", {}).get("schema", {})
    if "$ref" in schema:
        schema = document["components"]["schemas"][schema["$ref"].rsplit("/", 1)[-1]]
    return list(schema.get("properties", {}))


def _assert_json_4xx(response, what) -> None:
    assert response.status_code < 500, what
    if response.status_code not in (200, 201, 204):
        assert 400 <= response.status_code < 500, what
        assert "detail" in response.json(), what


def test_the_openapi_document_lists_every_path(document):
    paths = set(document["paths"])
    assert {
        "/api/v1/token", "/api/v1/tokens", "/api/v1/tokens/{token_id}", "/api/v1/analyze",
        "/api/v1/goals", "/api/v1/goals/{goal_id}",
        "/api/v1/goals/{goal_id}/milestones", "/api/v1/goals/{goal_id}/milestones/{milestone_id}",
        "/api/v1/goals/{goal_id}/steps", "/api/v1/goals/{goal_id}/steps/{step_id}",
        "/api/v1/goals/{goal_id}/checkins", "/api/v1/goals/{goal_id}/checkins/{checkin_id}",
        "/api/v1/goals/{goal_id}/reflections",
        "/api/v1/goals/{goal_id}/reflections/{reflection_id}",
    } <= paths  # fmt: skip
    assert document["components"]["securitySchemes"]["BearerToken"]["scheme"] == "bearer"


def test_junk_bodies_never_give_a_500(owner_api, operations):
    for method, path, _properties, _template in operations:
        if method in ("POST", "PATCH"):
            for body in JUNK_BODIES:
                _assert_json_4xx(owner_api.call(method, path, body), (method, path, body))


def test_wrong_typed_fields_never_give_a_500(owner_api, operations):
    checked = 0
    for method, path, properties, template in operations:
        if method not in ("POST", "PATCH"):
            continue
        for name in properties:
            for value in JUNK_VALUES:
                body = {**VALID.get((method, template), {}), name: value}
                response = owner_api.call(method, path, body)
                checked += 1
                _assert_json_4xx(response, (method, path, name, value))
    assert checked > 500


def test_oversized_bodies_are_413(owner_api, operations):
    for method, path, _properties, _template in operations:
        if method in ("POST", "PATCH"):
            response = owner_api.call(method, path, OVERSIZED)
            assert response.status_code == 413, (method, path)
            assert response.json() == {"detail": "request body too large"}


@pytest.mark.parametrize("goal_id", ["0", "-1", "abc", "99999999999999999999999", "1.5"])
def test_odd_ids_never_give_a_500(owner_api, goal_id):
    for path in (f"/goals/{goal_id}", f"/goals/{goal_id}/steps", f"/tokens/{goal_id}"):
        for method in ("GET", "PATCH", "DELETE"):
            _assert_json_4xx(owner_api.call(method, path, {"version": 1}), (method, path))


def test_an_id_beyond_64_bits_anywhere_in_a_path_is_a_json_4xx(owner_api, document, goal):
    checked = 0
    for template, methods in document["paths"].items():
        names = re.findall(r"\{(\w+)\}", template)
        for huge in names:
            path = template
            for name in names:
                path = path.replace(f"{{{name}}}", "9" * 30 if name == huge else str(goal.pk))
            for method in (*methods, "put"):
                response = owner_api.call(method.upper(), path.removeprefix("/api/v1"), {})
                assert 400 <= response.status_code < 500, (method, path)
                assert response.json()["detail"], (method, path)
                checked += 1
    assert checked > 30


def test_odd_query_parameters_never_give_a_500(owner_api, db):
    for query in ("limit=abc", "offset=-1", "limit=10000000000000000000000", "status=%00",
                  "owner=everyone", "offset=99999999999", "kind=", "limit=1&limit=2"):  # fmt: skip
        _assert_json_4xx(owner_api.get(f"/goals?{query}"), query)


def test_odd_authorization_headers_are_401(db):
    for header in (
        "Bearer",
        "Bearer ",
        "Basic abc",
        "Bearer \u00e5\u00e4\u00f6",
        "Bearer " + "x" * 10_000,
    ):
        client = ApiClient()
        client.headers = {"Authorization": header}
        response = client.get("/goals")
        assert response.status_code == 401, header
        assert response.json() == {"detail": "Unauthorized"}


def test_unknown_paths_and_methods_answer_json(owner_api, goal):
    assert owner_api.get("/nothing/here").json() == {"detail": "Not Found"}
    response = owner_api.call("PUT", f"/goals/{goal.pk}", {"version": 1})
    assert response.status_code == 405 and response.json() == {"detail": "Method Not Allowed"}


def test_text_the_database_cannot_store_is_422(owner_api, db):
    for title in ("\ud800", "nul \x00 byte"):
        response = owner_api.post("/goals", {"title": title})
        assert response.status_code == 422
        assert response.json()["detail"][0]["field"] == "title"


@pytest.mark.parametrize(
    ("kind", "body", "field"),
    [("checkins", {"day": "2026-11-01", "value": False}, "value"),
     ("checkins", {"day": "2026-11-01", "value": "3"}, "value"),
     ("reflections", {"day": "2026-11-01", "still_relevant": 0}, "still_relevant"),
     ("steps", {"title": "Börja", "milestone": "1"}, "milestone"),
     ("steps", {"title": "Börja", "milestone": 1.5}, "milestone"),
     ("milestones", {"title": 7, "due": "2027-01-01"}, "title")],
)  # fmt: skip
def test_values_must_be_the_json_types_the_document_names(owner_api, goal, kind, body, field):
    response = owner_api.post(f"/goals/{goal.pk}/{kind}", body)
    assert response.status_code == 422
    assert [e["field"] for e in response.json()["detail"]] == [field]


def test_a_whole_number_written_with_a_fraction_is_an_integer(owner_api, db):
    """JSON Schema counts 8.0 as an integer, so the API does too."""
    response = owner_api.post("/goals", {"title": "Läsa 3 böcker", "motivation": 8.0})
    assert response.status_code == 201 and response.json()["motivation"] == 8
    response = owner_api.post("/goals", {"title": "Läsa 3 böcker", "motivation": True})
    assert response.status_code == 422


@pytest.mark.parametrize("title", ["   ", "\x1c", "\u3000\n"])
def test_a_title_of_only_spaces_is_422(owner_api, title):
    response = owner_api.post("/goals", {"title": title})
    assert response.status_code == 422
    assert response.json()["detail"] == [{"field": "title", "message": "text that is only spaces"}]


def test_the_document_declares_every_error_an_operation_gives(document):
    """401 without a token, 404 for an id in the path, 400/413 for a body, 422 for input."""
    for path, methods in document["paths"].items():
        for method, operation in methods.items():
            declared = {int(status) for status in operation["responses"]}
            expected = {422}
            if path != "/api/v1/token":
                expected.add(401)
            if "{" in path:
                expected.add(404)
            if "requestBody" in operation:
                expected |= {400, 413}
            assert expected <= declared, (method, path, sorted(declared))
            error = operation["responses"].get("404", operation["responses"]["422"])
            assert "application/json" in error["content"], (method, path)
