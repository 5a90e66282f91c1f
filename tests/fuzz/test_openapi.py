"""Schemathesis against the production server (gunicorn) and its own OpenAPI document, a
bounded run on every ``make test`` (SQLite, then PostgreSQL): every check schemathesis has,
among them no 5xx and every response as documented (status code, content type, headers,
body), on generated requests and on chains of them (create, then read, change, delete).

``make fuzz`` (scripts/fuzz.py) runs the same with 200 examples and the coverage phase too,
whose systematic edge cases alone take 20 s to a minute here."""

from __future__ import annotations

from .target import running_target

EXAMPLES = 10  # per operation: 40 to 60 s in all on this shared 2-core machine
PHASES = "fuzzing,stateful"


def test_the_api_answers_every_generated_request_as_its_document_says():
    with running_target() as target:
        result = target.fuzz(
            "--max-examples", str(EXAMPLES), "--phases", PHASES,
            capture_output=True, text=True, timeout=600,
        )  # fmt: skip
        report = f"{result.stdout}\n{result.stderr}\n--- the server's output ---\n"
        assert result.returncode == 0, report + target.log_tail()
