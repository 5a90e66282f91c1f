from __future__ import annotations

import pytest
from django.test import Client

from smarta.planner.goals import services as services_goals
from smarta.planner.models import Goal, GoalVersion
from smarta.planner.team import services as services_team

RUN = "Jag ska springa 5 km på under 30 minuter senast den 1 juni 2027."


def test_the_owner_creates_a_goal_with_its_smart_analysis(owner_api, owner):
    response = owner_api.post("/goals", {"title": RUN, "horizon": "short", "motivation": 8})
    assert response.status_code == 201
    body = response.json()
    assert body["id"] and body["version"] == 1 and body["title"] == RUN
    assert (body["specific"], body["measurable"], body["time_bound"]) == (True, True, True)
    assert body["deadline"] == "2027-06-01"
    assert body["analysis"]["time_bound"] is True
    goal = Goal.objects.get(pk=body["id"])
    assert goal.owner == owner and goal.motivation == 8


def test_a_goal_without_title_is_422_naming_title(owner_api):
    response = owner_api.post("/goals", {"horizon": "long"})
    assert response.status_code == 422
    assert response.json() == {
        "detail": [{"field": "title", "message": "Field required"}],
    }


def test_wrong_values_name_their_fields(owner_api):
    response = owner_api.post(
        "/goals", {"title": RUN, "motivation": 11, "horizon": "forever", "colour": "red"}
    )
    assert response.status_code == 422
    fields = {e["field"] for e in response.json()["detail"]}
    assert fields == {"motivation", "horizon", "colour"}
    assert not Goal.objects.exists()


def test_the_parent_must_be_another_of_your_goals(owner_api, stranger):
    theirs = services_goals.goal_create(owner=stranger, text="Bli bättre på svenska")
    response = owner_api.post("/goals", {"title": RUN, "parent": theirs.pk})
    assert response.status_code == 422
    assert response.json()["detail"][0]["field"] == "parent"


def test_the_list_is_paginated_and_filtered(owner_api, owner):
    for n in range(5):
        services_goals.goal_create(owner=owner, text=f"Läsa {n + 1} böcker i år")
    done = services_goals.goal_create(owner=owner, text="Klart mål")
    services_goals.goal_set_status(goal=done, status="completed")
    page = owner_api.get("/goals", data={"limit": 2, "offset": 1}).json()
    assert page["count"] == 6 and len(page["items"]) == 2
    assert page["items"][0]["title"] == "Läsa 2 böcker i år"
    completed = owner_api.get("/goals", data={"status": "completed"}).json()
    assert completed["count"] == 1 and completed["items"][0]["id"] == done.pk


def test_a_bad_filter_is_422_naming_it(owner_api):
    response = owner_api.get("/goals", data={"limit": 1000, "kind": "x"})
    assert response.status_code == 422
    assert {e["field"] for e in response.json()["detail"]} == {"limit", "kind"}


def test_the_owner_reads_patches_and_deletes(owner_api, goal):
    assert owner_api.get(f"/goals/{goal.pk}").json()["title"] == goal.text
    response = owner_api.patch(
        f"/goals/{goal.pk}",
        {"version": 1, "title": "Klara C1 senast 2028-06-01", "status": "completed"},
    )
    assert response.status_code == 200
    body = response.json()
    assert body["status"] == "completed" and body["title"] == "Klara C1 senast 2028-06-01"
    goal.refresh_from_db()
    assert goal.text == "Klara C1 senast 2028-06-01" and goal.version == body["version"] > 1
    assert GoalVersion.objects.filter(goal=goal, version=1).exists()
    assert owner_api.delete(f"/goals/{goal.pk}").status_code == 204
    assert not Goal.objects.filter(pk=goal.pk).exists()


def test_a_stale_version_is_409_and_changes_nothing(owner_api, goal):
    owner_api.patch(f"/goals/{goal.pk}", {"version": 1, "title": "Första ändringen"})
    response = owner_api.patch(
        f"/goals/{goal.pk}", {"version": 1, "title": "Andra ändringen", "priority": 9}
    )
    assert response.status_code == 422  # priority is not a field you set here
    response = owner_api.patch(
        f"/goals/{goal.pk}", {"version": 1, "title": "Andra ändringen", "status": "dropped"}
    )
    assert response.status_code == 409
    assert "version 2" in response.json()["detail"]
    goal.refresh_from_db()
    assert (goal.text, goal.version, goal.status) == ("Första ändringen", 2, "active")


def test_a_patch_without_version_is_422_naming_version(owner_api, goal):
    response = owner_api.patch(f"/goals/{goal.pk}", {"title": "Nytt"})
    assert response.status_code == 422
    assert response.json()["detail"][0]["field"] == "version"


def test_a_stranger_gets_404_for_every_goal_operation(stranger_api, goal):
    url = f"/goals/{goal.pk}"
    assert stranger_api.get(url).status_code == 404
    assert stranger_api.get(url).json() == {"detail": "Not Found"}
    assert stranger_api.patch(url, {"version": 1, "title": "Mitt"}).status_code == 404
    assert stranger_api.delete(url).status_code == 404
    assert stranger_api.get("/goals").json() == {"items": [], "count": 0}
    goal.refresh_from_db()
    assert goal.version == 1


def test_without_a_token_every_goal_operation_is_401(anon_api, goal):
    url = f"/goals/{goal.pk}"
    assert anon_api.get("/goals").status_code == 401
    assert anon_api.post("/goals", {"title": RUN}).status_code == 401
    assert anon_api.get(url).status_code == 401
    assert anon_api.patch(url, {"version": 1}).status_code == 401
    assert anon_api.delete(url).status_code == 401
    assert Goal.objects.filter(pk=goal.pk).exists()


def test_the_manager_reads_a_shared_goal_but_cannot_change_it(manager_api, goal):
    services_team.goal_set_visibility(goal=goal, visibility="shared")
    shared = Goal.objects.get(pk=goal.pk)
    response = manager_api.get(f"/goals/{goal.pk}")
    assert response.status_code == 200 and response.json()["owner"] == "olivia"
    listed = manager_api.get("/goals", data={"owner": "reports"}).json()
    assert [g["id"] for g in listed["items"]] == [goal.pk]
    assert manager_api.get("/goals").json()["count"] == 0  # their own goals
    change = {"version": shared.version, "title": "X"}
    assert manager_api.patch(f"/goals/{goal.pk}", change).status_code == 404
    assert manager_api.delete(f"/goals/{goal.pk}").status_code == 404
    assert manager_api.get(f"/goals/{goal.pk}/milestones").status_code == 404
    goal.refresh_from_db()
    assert (goal.text, goal.version) == (shared.text, shared.version)


def test_the_manager_cannot_see_a_private_goal(manager_api, goal):
    assert manager_api.get(f"/goals/{goal.pk}").status_code == 404
    assert manager_api.get("/goals", data={"owner": "reports"}).json()["count"] == 0


def test_the_owner_shares_a_goal_through_patch(owner_api, manager_api, goal):
    response = owner_api.patch(f"/goals/{goal.pk}", {"version": 1, "visibility": "shared"})
    assert response.status_code == 200 and response.json()["visibility"] == "shared"
    assert manager_api.get(f"/goals/{goal.pk}").status_code == 200


@pytest.fixture
def goal_in_an_unknown_language(goal):
    """A goal stored with a language the analyzer does not know (written before the plan
    import refused one, or by hand)."""
    Goal.objects.filter(pk=goal.pk).update(lang="xx")
    return goal


def test_a_goal_stored_in_an_unknown_language_is_read_with_its_language_detected(
    owner_api, goal_in_an_unknown_language
):
    response = owner_api.get(f"/goals/{goal_in_an_unknown_language.pk}")
    assert response.status_code == 200
    body = response.json()
    assert body["lang"] == "xx" and body["analysis"]["lang"] == "sv"
    assert body["analysis"]["time_bound"] is True


def test_a_goal_stored_in_an_unknown_language_can_be_changed(
    owner_api, goal_in_an_unknown_language
):
    response = owner_api.patch(f"/goals/{goal_in_an_unknown_language.pk}", {"version": 1})
    assert response.status_code == 200 and response.json()["analysis"]["lang"] == "sv"
    listed = owner_api.get("/goals").json()["items"]
    assert [item["id"] for item in listed] == [goal_in_an_unknown_language.pk]


def test_a_server_error_under_the_api_is_json_and_elsewhere_the_html_page(db):
    from smarta.web.urls import server_error

    client = Client()
    api = server_error(client.get("/api/v1/goals").wsgi_request)
    assert api.status_code == 500 and api["Content-Type"].startswith("application/json")
    assert api.content == b'{"detail": "Internal Server Error"}'
    page = server_error(client.get("/goals/").wsgi_request)
    assert page.status_code == 500 and page["Content-Type"].startswith("text/html")
