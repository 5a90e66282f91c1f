"""Example goals: each one a whole SMART goal by the analyzer's own reading, on any day, and
the new-goal page that offers them."""

from __future__ import annotations

from datetime import date

import pytest
from django.urls import reverse

from smarta.analysis import LANGUAGES, analyze
from smarta.planner.goals import examples as goal_examples

DAYS = (date(2026, 12, 7), date(2027, 6, 20), date(2028, 2, 29), date(2031, 12, 31))
EVERY = [(e, day) for lang in LANGUAGES for e in goal_examples.examples(lang) for day in DAYS]


@pytest.mark.parametrize(("example", "today"), EVERY, ids=lambda v: getattr(v, "key", str(v)))
def test_every_example_is_specific_measurable_and_time_bound_on_any_day(example, today):
    result = analyze(example.text, lang=example.lang, today=today)
    assert (result.specific.met, result.measurable.met, result.time_bound.met) == (True,) * 3
    assert result.deadline.date > today, "a relative time frame: it never lies in the past"


@pytest.mark.parametrize("lang", LANGUAGES)
def test_each_language_has_at_least_40_examples_across_every_field(lang):
    found = goal_examples.examples(lang)
    assert len(found) >= 40
    assert {e.field for e in found} == set(goal_examples.FIELDS)
    assert {e.kind for e in found} == {"performance", "development"}
    assert {e.sphere for e in found} == {"professional", "personal"}


def test_an_unknown_example_key_is_none():
    for key in ("", "sv", "sv-0", "sv-999", "xx-1", "sv-1x", "sv-١"):
        assert goal_examples.example(key) is None
    assert goal_examples.example("sv-1") == goal_examples.examples("sv")[0]


@pytest.mark.django_db
def test_the_new_goal_page_offers_examples_in_its_language_filtered_by_field(owner_client):
    page = owner_client.get(reverse("goal-create")).content.decode()  # Swedish by default
    assert "Utgå från ett exempel" in page
    assert all(e.text in page for e in goal_examples.examples("sv"))
    page = owner_client.get(reverse("goal-create"), {"field": "trades"}).content.decode()
    shown = [e for e in goal_examples.examples("sv") if e.text in page]
    assert shown and {e.field for e in shown} == {"trades"}


@pytest.mark.django_db
def test_starting_from_an_example_fills_the_form_and_checks_it(owner_client):
    chosen = goal_examples.examples("sv")[20]
    page = owner_client.get(reverse("goal-create"), {"example": chosen.key}).content.decode()
    assert f">{chosen.text}</textarea>" in page
    assert page.count("mark-ok") >= 3  # the coach's check of the example, S, M and T met
    assert owner_client.get(reverse("goal-create"), {"example": "sv-999"}).status_code == 200
