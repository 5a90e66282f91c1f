"""The smarta command, run as a real process."""

from __future__ import annotations

import json
import subprocess
import sys

import pytest


def smarta(*args: str, stdin: str | None = None) -> subprocess.CompletedProcess:
    return subprocess.run(
        [sys.executable, "-m", "smarta.cli", *args],
        input=stdin, capture_output=True, text=True, encoding="utf-8", timeout=60,
    )  # fmt: skip


def test_check_prints_a_readable_report():
    run = smarta("check", "Bli bättre på Excel", "--today", "2026-11-25")
    assert run.returncode == 0
    assert "Specifikt" in run.stdout and "bättre" in run.stdout
    assert "<handling> för att bli bättre på Excel och uppnå <mätbart resultat>" in run.stdout


def test_check_json_holds_the_whole_analysis():
    run = smarta("check", "Pass the PMP exam by 31 October 2026.", "--lang", "en",
                 "--today", "2026-01-15", "--json")  # fmt: skip
    data = json.loads(run.stdout)
    assert data["deadline"] == "2026-10-31"
    assert data["specific"] and data["measurable"] and data["time_bound"]
    assert data["criteria"]["time_bound"]["evidence"][0]["text"] == "by 31 October 2026"
    assert len(data["questions"]) == 6


def test_check_rejects_a_bad_date_with_a_clear_message():
    run = smarta("check", "Klara provet i juni", "--today", "2026-13-01")
    assert run.returncode == 2
    assert "YYYY-MM-DD" in run.stderr


def test_analyze_jsonl_keeps_order_and_reports_bad_lines():
    lines = [
        json.dumps(
            {"id": "a", "text": "Jag ska klara provet senast vecka 12.", "today": "2026-01-15"}
        ),
        "this is not json",
        json.dumps({"id": "c", "lang": "fi", "text": "Tavoite"}),
        json.dumps({"id": "d", "text": "Pass the exam", "today": "15/01/2026"}),
        json.dumps({"id": "e"}),
        json.dumps({"id": "f", "text": "Grow revenue.", "lang": "en"}),
    ]
    run = smarta("analyze", "--jsonl", stdin="\n".join(lines) + "\n")
    out = [json.loads(line) for line in run.stdout.splitlines()]
    assert run.returncode == 1
    assert [o.get("id") for o in out] == ["a", None, "c", "d", "e", "f"]
    assert list(out[0])[:6] == ["id", "lang", "specific", "measurable", "time_bound", "deadline"]
    assert out[0]["deadline"] == "2026-03-22" and out[0]["time_bound"] is True
    assert "not JSON" in out[1]["error"] and out[1]["line"] == 2
    assert "unknown language" in out[2]["error"]
    assert "today" in out[3]["error"]
    assert "text" in out[4]["error"]
    assert out[5]["specific"] is False and "error" not in out[5]


def test_analyze_jsonl_reads_a_file(tmp_path):
    path = tmp_path / "goals.jsonl"
    path.write_text(json.dumps({"id": 1, "text": "Hire three engineers in Q3."}) + "\n")
    run = smarta("analyze", "--jsonl", str(path))
    assert run.returncode == 0
    assert json.loads(run.stdout)["id"] == 1


@pytest.mark.parametrize("args", [("analyze", "--jsonl", "/no/such/file.jsonl")])
def test_analyze_jsonl_says_when_a_file_cannot_be_read(args):
    run = smarta(*args)
    assert run.returncode == 2 and "cannot read" in run.stderr


HUGE = "9" * (sys.int_info.default_max_str_digits + 1)  # more digits than int() reads


@pytest.mark.parametrize("output", [(), ("--json",)])
def test_check_reads_a_number_longer_than_python_converts(output):
    run = smarta("check", f"Sälj {HUGE} enheter senast den 15 maj 2027.", "--lang", "sv",
                 "--today", "2026-01-15", *output)  # fmt: skip
    assert run.returncode == 0, run.stderr
    assert "2027-05-15" in run.stdout and "Traceback" not in run.stderr


def test_analyze_jsonl_reads_a_number_longer_than_python_converts():
    line = json.dumps({"id": "a", "text": f"Sell {HUGE} units by 15 May 2027.", "lang": "en",
                       "today": "2026-01-15"})  # fmt: skip
    run = smarta("analyze", "--jsonl", stdin=line + "\n")
    assert run.returncode == 0, run.stderr
    out = json.loads(run.stdout)
    assert out["deadline"] == "2027-05-15" and out["measurable"] is True


def test_analyze_jsonl_names_each_line_it_cannot_read_on_stderr_and_goes_on():
    lines = [
        json.dumps({"id": "a", "text": "Hire three engineers in Q3.", "today": "2026-01-15"}),
        f'{{"id": {HUGE}, "text": "Hire three engineers in Q3."}}',  # valid JSON int() refuses
        "this is not json",
        json.dumps({"id": "d", "text": "Pass the exam by 31 October 2026."}),
    ]
    run = smarta("analyze", "--jsonl", stdin="\n".join(lines) + "\n")
    out = [json.loads(line) for line in run.stdout.splitlines()]
    assert run.returncode == 1
    assert [o.get("id") for o in out] == ["a", None, None, "d"]
    assert [o.get("line") for o in out[1:3]] == [2, 3]
    assert "4300" in out[1]["error"] and "not JSON" in out[2]["error"]
    assert "error" not in out[0] and "error" not in out[3]
    errors = run.stderr.splitlines()
    assert len(errors) == 2 and "Traceback" not in run.stderr
    assert errors[0].startswith("smarta: line 2: ") and errors[1].startswith("smarta: line 3: ")
