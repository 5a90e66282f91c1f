"""`make loadtest` at a tiny size, in the normal test run: the same seed, gunicorn server and
locust users, so a change that breaks the load test (or a page under load) fails here.

5 people × 2 goals × 3 check-ins, 2 simulated users without think time for a few seconds:
enough for each user to go through its whole deck of visits more than once.
"""

from __future__ import annotations

from loadtest.run import failed, parser, run

MIX = {
    "GET / (overview)",
    "GET /goals/[id]/ (goal page)",
    "POST /goals/[id]/checkins/ (form, htmx)",
    "POST /api/v1/goals/[id]/checkins",
    "POST /api/v1/analyze",
}
LOGINS = {"GET /login/", "POST /login/", "POST /api/v1/token"}
TINY = ["--people", "5", "--goals", "2", "--checkins", "3", "--users", "2", "--spawn-rate", "2",
        "--seconds", "5", "--think", "0", "0"]  # fmt: skip


def _counts(figures: dict) -> dict[str, int]:
    return {row["name"]: row["requests"] for row in figures["rows"]}


def test_a_tiny_load_test_exercises_every_request_without_errors():
    result = run(parser().parse_args(TINY))

    assert failed(result) == 0, (result["mix"]["errors"], result["logins"]["errors"],
                                 result["exceptions"], result["server_log"])  # fmt: skip
    assert result["logins_ended"] == 2
    logins = _counts(result["logins"])
    assert all(logins.get(name) == 2 for name in LOGINS), logins
    mix = _counts(result["mix"])
    assert all(mix.get(name, 0) > 0 for name in MIX), mix
    assert result["mix"]["total"]["requests"] == sum(mix.values())
    assert result["mix"]["total"]["rps"] > 0
