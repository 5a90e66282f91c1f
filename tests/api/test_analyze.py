from __future__ import annotations

import json

from smarta.cli import analyze_line

GOAL = "Jag ska klara B2-provet i franska senast den 15 maj 2027."


def test_it_answers_what_the_cli_writes(owner_api):
    response = owner_api.post("/analyze", {"text": GOAL, "lang": "sv", "today": "2026-09-01"})
    assert response.status_code == 200
    line = json.dumps({"text": GOAL, "lang": "sv", "today": "2026-09-01"})
    expected = analyze_line(line, 1)
    del expected["id"]
    assert response.json() == expected
    assert list(response.json())[:5] == ["lang", "specific", "measurable", "time_bound", "deadline"]
    assert response.json()["deadline"] == "2027-05-15"


def test_it_detects_the_language_when_left_out(owner_api):
    response = owner_api.post("/analyze", {"text": "Run 5 km in under 30 minutes by June 2027"})
    assert response.status_code == 200
    assert response.json()["lang"] == "en"


def test_a_bad_language_is_422_naming_lang(owner_api):
    response = owner_api.post("/analyze", {"text": GOAL, "lang": "xx"})
    assert response.status_code == 422
    assert [e["field"] for e in response.json()["detail"]] == ["lang"]


def test_a_bad_today_is_422_naming_today(owner_api):
    for today in ("2026-13-01", "tomorrow", 5, "9999-12-31"):
        response = owner_api.post("/analyze", {"text": GOAL, "today": today})
        assert response.status_code == 422, today
        assert [e["field"] for e in response.json()["detail"]] == ["today"]


def test_an_empty_text_is_422_naming_text(owner_api):
    response = owner_api.post("/analyze", {"text": "   "})
    assert response.status_code == 422
    assert response.json()["detail"][0]["field"] == "text"


def test_analyze_needs_a_token(anon_api):
    assert anon_api.post("/analyze", {"text": GOAL}).status_code == 401
