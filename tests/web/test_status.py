"""One status per goal (done, overdue, behind, on track), its title, and the horizon its
deadline proposes: the same on every page that lists goals."""

from __future__ import annotations

from datetime import date, timedelta

import pytest
from django.urls import reverse
from django.utils import timezone

from smarta.analysis import analyze
from smarta.planner.followup import services as services_followup
from smarta.planner.goals import selectors as selectors_goals
from smarta.planner.goals import services as services_goals
from smarta.planner.goals import status
from smarta.planner.goals.status import Standing
from smarta.planner.goals.titles import propose_title
from smarta.planner.models import Goal
from smarta.planner.plan import services as services_plan
from smarta.planner.team import services as services_team

pytestmark = pytest.mark.usefixtures("english")

TODAY = date(2026, 12, 7)


def _goal(owner, *, days_old: int = 0, deadline: date | None = None, text: str = "Read ten books"):
    goal = services_goals.goal_create(owner=owner, text=text, deadline=deadline)
    Goal.objects.filter(pk=goal.pk).update(created_at=timezone.now() - timedelta(days=days_old))
    return goal


def _standing(goal: Goal, today: date = TODAY) -> Standing | None:
    annotated = selectors_goals.goals_for_owner(goal.owner).get(pk=goal.pk)
    return status.attach_standing([annotated], today)[0].standing


def test_a_fresh_goal_is_on_track(owner):
    assert _standing(_goal(owner, deadline=TODAY + timedelta(days=180))) == Standing.ON_TRACK


def test_a_goal_past_its_deadline_and_not_reached_is_overdue(owner):
    assert _standing(_goal(owner, days_old=90, deadline=TODAY - timedelta(days=1))) == (
        Standing.OVERDUE
    )


def test_a_goal_marked_reached_is_done_even_after_its_deadline(owner):
    goal = _goal(owner, days_old=90, deadline=TODAY - timedelta(days=10))
    services_goals.goal_set_status(goal=goal, status=Goal.Status.COMPLETED)
    assert _standing(goal) == Standing.DONE


def test_a_dropped_goal_has_no_status(owner):
    goal = _goal(owner)
    services_goals.goal_set_status(goal=goal, status=Goal.Status.DROPPED)
    assert _standing(goal) is None


def test_without_a_metric_milestones_done_are_held_against_the_time_gone(owner):
    goal = _goal(owner, days_old=60, deadline=TODAY + timedelta(days=60))  # half the time gone
    first = services_plan.milestone_create(goal=goal, title="One", due=TODAY)
    services_plan.milestone_create(goal=goal, title="Two", due=TODAY + timedelta(days=30))
    assert _standing(goal) == Standing.BEHIND  # nothing reached, half the time gone
    services_plan.milestone_set_reached(milestone=first, reached=True)
    assert _standing(goal) == Standing.ON_TRACK  # one of two reached


def test_with_a_metric_the_trend_decides(owner):
    goal = _goal(owner, days_old=30, deadline=TODAY + timedelta(days=30))
    services_followup.metric_set(goal=goal, name="Books", unit="", baseline=0, target=10)
    services_followup.checkin_record(goal=goal, day=TODAY - timedelta(days=20), value=1)
    services_followup.checkin_record(goal=goal, day=TODAY, value=2)
    assert _standing(goal) == Standing.BEHIND  # one a fortnight: about 4 by the deadline
    services_followup.checkin_record(goal=goal, day=TODAY + timedelta(days=1), value=10)
    assert _standing(goal, TODAY + timedelta(days=1)) == Standing.ON_TRACK


def test_a_goal_without_a_deadline_is_never_behind(owner):
    assert _standing(_goal(owner, days_old=400)) == Standing.ON_TRACK


def test_the_overview_puts_what_is_overdue_first_and_says_so(owner, owner_client):
    _goal(owner, text="Write the onboarding guide", deadline=date.today() + timedelta(days=200))
    _goal(owner, text="Late goal", days_old=100, deadline=date.today() - timedelta(days=3))
    html = owner_client.get(reverse("dashboard")).content.decode()
    assert html.index("Late goal") < html.index("Write the onboarding guide")
    assert 'class="standing standing-overdue">Overdue<' in html
    assert 'class="standing standing-on_track">On track<' in html


@pytest.mark.parametrize("page", ["goal-list", "dashboard"])
def test_the_lists_show_the_status(owner, owner_client, page):
    _goal(owner, days_old=100, deadline=date.today() - timedelta(days=3))
    assert "standing-overdue" in owner_client.get(reverse(page)).content.decode()


def test_the_goal_page_and_the_team_page_show_the_same_status(owner, owner_client, manager):
    goal = _goal(owner, days_old=100, deadline=date.today() - timedelta(days=3))
    services_team.goal_set_visibility(goal=goal, visibility=Goal.Visibility.SHARED)
    page = owner_client.get(reverse("goal-detail", args=[goal.pk])).content.decode()
    from tests.conftest import client_for

    team = client_for(manager).get(reverse("team")).content.decode()
    assert "standing-overdue" in page and "standing-overdue" in team


# --- the horizon proposed from the deadline ---------------------------------------------


def test_a_deadline_more_than_a_year_away_proposes_long_term(owner_client):
    far = (date.today() + timedelta(days=3 * 365)).isoformat()
    near = (date.today() + timedelta(days=100)).isoformat()
    for text, deadline in (("Become a chartered accountant", far), ("Pass the B2 exam", near)):
        owner_client.post(reverse("goal-create"), {"text": text, "deadline": deadline,
                                                   "horizon": "", "kind": "development",
                                                   "sphere": "professional",
                                                   "checkin_every_days": 7})  # fmt: skip
    assert Goal.objects.get(text="Become a chartered accountant").horizon == Goal.Horizon.LONG
    assert Goal.objects.get(text="Pass the B2 exam").horizon == Goal.Horizon.SHORT


def test_the_horizon_the_person_chose_stays(owner):
    far = date.today() + timedelta(days=3 * 365)
    goal = services_goals.goal_create(
        owner=owner, text="Lead a team", deadline=far, horizon=Goal.Horizon.SHORT
    )
    assert goal.horizon == Goal.Horizon.SHORT


# --- the title ---------------------------------------------------------------------------

TITLES = [
    ("Take the AWS Solutions Architect exam by June", "Take the AWS Solutions Architect exam"),
    ("I will run a half marathon in under two hours by September 2027",
     "Run a half marathon in under two hours"),
    ("By the end of March, give three 10-minute talks at the team meeting.",
     "Give three 10-minute talks at the team meeting"),
    ("Jag ska ta certifieringen ITIL 4 Foundation senast den 15 maj 2027.",
     "Ta certifieringen ITIL 4 Foundation"),
    ("Jag jobbar som sjuksköterska sedan 2019. Jag vill bli specialistsjuksköterska inom "
     "anestesi före sommaren 2028.", "Bli specialistsjuksköterska inom anestesi"),
    ("Öka försäljningen i region Syd med 15 % till 31 december 2027, genom att ringa fem nya "
     "kunder i veckan och följa upp varje offert inom två dagar.",
     "Öka försäljningen i region Syd med 15 %"),
    ("Gå en kurs i Excel under våren", "Gå en kurs i Excel"),
    ("Lära mig Excel", "Lära mig Excel"),
]  # fmt: skip


@pytest.mark.parametrize(("text", "title"), TITLES)
def test_the_proposed_title_is_the_goals_own_words_without_the_deadline(text, title):
    assert propose_title(analyze(text, today=TODAY)) == title


def test_a_title_is_never_longer_than_the_limit():
    long = "Dokumentera " + " ".join(["rutinerna"] * 40)
    title = propose_title(analyze(long, today=TODAY))
    assert len(title) <= 60 and title.endswith("…") and title.startswith("Dokumentera rutinerna")


def test_a_proposed_title_follows_the_text_and_a_written_one_stays(owner):
    goal = services_goals.goal_create(owner=owner, text="Take the AWS exam by June")
    assert goal.title == "Take the AWS exam"
    goal = services_goals.goal_update(goal=goal, text="Pass the CKA exam by June")
    assert goal.title == "Pass the CKA exam"
    goal = services_goals.goal_update(goal=goal, text=goal.text, title="Kubernetes")
    goal = services_goals.goal_update(goal=goal, text="Pass the CKA and CKAD exams by June")
    assert goal.title == "Kubernetes"


def test_lists_show_the_title_and_the_goal_page_the_sentence_too(owner, owner_client):
    goal = services_goals.goal_create(
        owner=owner, text="Take the AWS exam by June", title="Cloud certificate"
    )
    listing = owner_client.get(reverse("goal-list")).content.decode()
    assert "Cloud certificate" in listing and "Take the AWS exam by June" not in listing
    page = owner_client.get(reverse("goal-detail", args=[goal.pk])).content.decode()
    assert "<h1>Cloud certificate</h1>" in page and "Take the AWS exam by June" in page


def test_the_api_takes_and_gives_the_short_title(owner):
    from smarta.api.endpoints.goals import goal_out

    goal = services_goals.goal_create(owner=owner, text="Take the AWS exam by June")
    out = goal_out(goal)
    assert out["title"] == "Take the AWS exam by June" and out["short_title"] == "Take the AWS exam"
