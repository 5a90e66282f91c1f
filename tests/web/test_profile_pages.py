"""Where I stand, the vision and the goal tree, for their owner and for anyone else."""

from __future__ import annotations

from datetime import date

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse

from smarta.planner.goals import services as services_goals
from smarta.planner.models import Area, Assessment, Goal, Vision
from smarta.planner.plan import services as services_plan
from smarta.planner.profile import services as services_profile

# the assertions read the source texts
pytestmark = [pytest.mark.django_db, pytest.mark.usefixtures("english")]


ASSESSMENT = {
    "tasks": "Jag leder supporten för tre produkter.",
    "values": "Lärande och tid med familjen.",
    "hard_values": "Specialist snarare än generalist; produkter före tjänster.",
    "soft_values": "Jag trivs när jag löser svåra problem i ett litet team.",
}
VISION = {
    "one_year": "Ansvarig för kundupplevelsen i teamet.",
    "three_years": "Supportchef för hela produktområdet.",
    "five_years": "Leder en egen avdelning.",
    "broad_goals": "Leda andra; bli expert på kundupplevelse.",
}


def long_goal(owner, text="Become head of customer support before the end of 2030."):
    return services_goals.goal_create(owner=owner, text=text, horizon=Goal.Horizon.LONG)


def short_goal(owner, text="Take the ITIL 4 Foundation exam before 1 June 2027.", parent=None):
    return services_goals.goal_create(
        owner=owner, text=text, horizon=Goal.Horizon.SHORT, parent=parent
    )


# ------------------------------------------------------------------ where I stand


def test_the_owner_writes_where_they_stand_and_sees_it_again(owner_client, owner):
    response = owner_client.post(reverse("stand"), ASSESSMENT)
    assert response.status_code == 302 and response.url == reverse("stand")
    assessment = Assessment.objects.get(owner=owner)
    assert assessment.tasks == ASSESSMENT["tasks"]
    assert assessment.hard_values == ASSESSMENT["hard_values"]
    body = owner_client.get(reverse("stand")).content.decode()
    assert ASSESSMENT["soft_values"] in body and "Saved." in body


def test_the_stand_page_explains_each_field(owner_client):
    body = owner_client.get(reverse("stand")).content.decode()
    assert "Where I stand" in body
    assert "What fills your working week today" in body
    assert "specialist or generalist" in body
    assert "1 is a guess, 5 is something others have confirmed" in body
    assert 'aria-describedby="id_tasks_helptext"' in body and 'id="id_tasks_helptext"' in body


def test_reading_the_stand_page_creates_nothing(owner_client, owner):
    assert owner_client.get(reverse("stand")).status_code == 200
    assert not Assessment.objects.filter(owner=owner).exists()


def test_the_owner_adds_a_strength_and_removes_it(owner_client, owner):
    response = owner_client.post(
        reverse("area-create"),
        {"name": "Presenting", "kind": "strength", "confidence": 4, "note": "Praised at Q2 demo"},
    )
    assert response.status_code == 302
    area = Area.objects.get(owner=owner)
    assert (area.name, area.kind, area.confidence) == ("Presenting", "strength", 4)
    body = owner_client.get(reverse("stand")).content.decode()
    assert "Presenting" in body and "confidence 4 of 5" in body and "Praised at Q2 demo" in body

    assert owner_client.post(reverse("area-delete", args=[area.pk])).status_code == 302
    assert not Area.objects.filter(owner=owner).exists()


def test_an_invalid_area_keeps_what_was_typed(owner_client, owner):
    response = owner_client.post(
        reverse("area-create"),
        {"name": "Budgeting", "kind": "weakness", "confidence": 9, "note": "Never done one"},
    )
    body = response.content.decode()
    assert response.status_code == 200
    assert "Give a number from 1 to 5." in body
    assert "1 is a guess" in body and 'aria-invalid="true"' in body
    assert 'value="Budgeting"' in body and 'value="9"' in body and 'value="Never done one"' in body
    assert not Area.objects.filter(owner=owner).exists()


def test_a_stranger_sees_only_their_own_stand_page(owner, stranger_client):
    services_profile.assessment_update(owner=owner, **ASSESSMENT)
    services_profile.area_create(owner=owner, name="Negotiation", kind="weakness", confidence=2)
    body = stranger_client.get(reverse("stand")).content.decode()
    assert ASSESSMENT["tasks"] not in body and "Negotiation" not in body


def test_a_stranger_cannot_remove_the_owners_area(owner, stranger_client):
    area = services_profile.area_create(
        owner=owner, name="Negotiation", kind="weakness", confidence=2
    )
    response = stranger_client.post(reverse("area-delete", args=[area.pk]))
    assert response.status_code == 404
    assert Area.objects.filter(pk=area.pk).exists()


def test_a_strangers_save_changes_only_their_own_assessment(owner, stranger, stranger_client):
    services_profile.assessment_update(owner=owner, **ASSESSMENT)
    stranger_client.post(reverse("stand"), {**ASSESSMENT, "tasks": "Sam's tasks"})
    assert Assessment.objects.get(owner=owner).tasks == ASSESSMENT["tasks"]
    assert Assessment.objects.get(owner=stranger).tasks == "Sam's tasks"


# ------------------------------------------------------------------ vision


def test_the_owner_writes_a_vision_and_sees_it_again(owner_client, owner):
    response = owner_client.post(reverse("vision"), VISION)
    assert response.status_code == 302 and response.url == reverse("vision")
    vision = Vision.objects.get(owner=owner)
    assert vision.three_years == VISION["three_years"]
    body = owner_client.get(reverse("vision")).content.decode()
    assert VISION["five_years"] in body
    assert "Directions rather than targets" in body
    assert reverse("goal-create") + "?horizon=long" in body


def test_a_stranger_never_sees_the_owners_vision(owner, stranger, stranger_client):
    services_profile.vision_update(owner=owner, **VISION)
    assert VISION["one_year"] not in stranger_client.get(reverse("vision")).content.decode()
    assert VISION["one_year"] not in stranger_client.get(reverse("goal-tree")).content.decode()
    stranger_client.post(reverse("vision"), {**VISION, "one_year": "Sam's year"})
    assert Vision.objects.get(owner=owner).one_year == VISION["one_year"]


# ------------------------------------------------------------------ goal tree


def test_the_tree_puts_short_term_goals_under_the_long_term_goal_they_serve(owner_client, owner):
    services_profile.vision_update(owner=owner, **VISION)
    parent = long_goal(owner)
    child = short_goal(owner, parent=parent)
    services_plan.milestone_create(goal=child, title="Book the exam", due=date(2027, 3, 1))
    body = owner_client.get(reverse("goal-tree")).content.decode()
    add_under_parent = f"{reverse('goal-create')}?parent={parent.pk}&amp;horizon=short"
    assert body.index(VISION["three_years"]) < body.index(parent.heading)
    assert body.index(parent.heading) < body.index(child.heading) < body.index("Book the exam")
    assert body.index("Book the exam") < body.index(add_under_parent)
    assert reverse("goal-detail", args=[child.pk]) in body
    assert 'class="marks"' in body
    assert reverse("goal-create") + "?horizon=long" in body


def test_goals_without_a_parent_appear_under_their_horizon(owner_client, owner):
    loose = short_goal(owner, text="Hold three customer interviews a week until 1 March 2027.")
    lone_long = long_goal(owner, text="Change to the energy industry within five years.")
    body = owner_client.get(reverse("goal-tree")).content.decode()
    loose_section = body.index("Short-term goals not tied to a long-term goal")
    assert body.index(lone_long.heading) < loose_section < body.index(loose.heading)


def test_every_goal_appears_once_even_when_parents_loop(owner_client, owner):
    first = short_goal(owner, text="Write the onboarding guide by 1 May 2027.")
    second = short_goal(owner, text="Run two onboarding sessions by 1 June 2027.", parent=first)
    Goal.objects.filter(pk=first.pk).update(parent=second)
    body = owner_client.get(reverse("goal-tree")).content.decode()
    assert body.count(f'href="{reverse("goal-detail", args=[first.pk])}" class="goal-title"') == 1
    assert body.count(f'href="{reverse("goal-detail", args=[second.pk])}" class="goal-title"') == 1


def test_the_tree_never_shows_a_strangers_goals(owner, stranger_client):
    goal = long_goal(owner)
    body = stranger_client.get(reverse("goal-tree")).content.decode()
    assert goal.text not in body and reverse("goal-detail", args=[goal.pk]) not in body


def test_the_tree_takes_the_same_number_of_queries_for_1_and_20_goals(owner_client, owner):
    services_profile.vision_update(owner=owner, **VISION)
    parent = long_goal(owner)
    with CaptureQueriesContext(connection) as one:
        assert owner_client.get(reverse("goal-tree")).status_code == 200
    for number in range(19):
        goal = (
            short_goal(owner, text=f"Finish course {number} by 1 May 2027.", parent=parent)
            if number % 2
            else long_goal(owner, text=f"Lead team {number} within four years.")
        )
        services_plan.milestone_create(goal=goal, title=f"Step {number}", due=date(2027, 1, 1))
    with CaptureQueriesContext(connection) as twenty:
        body = owner_client.get(reverse("goal-tree")).content.decode()
    assert Goal.objects.filter(owner=owner).count() == 20
    assert "Step 18" in body
    assert len(twenty.captured_queries) == len(one.captured_queries)


# ------------------------------------------------------------------ access


@pytest.mark.parametrize("name", ["stand", "vision", "goal-tree"])
def test_the_pages_ask_a_visitor_to_log_in(client, name):
    response = client.get(reverse(name))
    assert response.status_code == 302 and response.url.startswith(reverse("login"))


def test_removing_an_area_is_post_only(owner_client, owner):
    area = services_profile.area_create(owner=owner, name="Python", kind="strength", confidence=5)
    assert owner_client.get(reverse("area-delete", args=[area.pk])).status_code == 405
    assert owner_client.get(reverse("area-create")).status_code == 405
    assert Area.objects.filter(pk=area.pk).exists()
