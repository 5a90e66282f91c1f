"""Throughput and deadline hit-rate of the analyzer against dateparser, in one process.

    make bench            # or: .venv/bin/python bench/bench.py [GOALS.jsonl]

The sentences are the shared development set when it is checked out beside the
repository (../shared/eval/dev.jsonl), else our own corpus. Both contenders get the same
sentences, language and reference day; the process is pinned to one core.
"""

from __future__ import annotations

import gc
import json
import os
import sys
import time
import warnings
from collections.abc import Callable
from datetime import date, datetime
from pathlib import Path

from smarta.analysis import COMPILED, analyze

ROOT = Path(__file__).resolve().parents[1]
DEV = ROOT.parent / "shared" / "eval" / "dev.jsonl"
OWN = ROOT / "tests" / "data" / "goals_sv.jsonl", ROOT / "tests" / "data" / "goals_en.jsonl"


def load(paths: list[Path]) -> list[dict]:
    goals = []
    for path in paths:
        with path.open(encoding="utf-8") as f:
            goals += [json.loads(line) for line in f if line.strip()]
    return goals


def ours(goal: dict) -> str | None:
    result = analyze(goal["text"], lang=goal["lang"], today=date.fromisoformat(goal["today"]))
    return result.deadline.date.isoformat() if result.deadline else None


def dateparser_deadline(goal: dict) -> str | None:
    """What a Python user would write: the last date search_dates finds, future preferred."""
    from dateparser.search import search_dates

    base = datetime.fromisoformat(goal["today"])
    settings = {"RELATIVE_BASE": base, "PREFER_DATES_FROM": "future"}
    found = search_dates(goal["text"], languages=[goal["lang"]], settings=settings)
    return found[-1][1].date().isoformat() if found else None


Contender = Callable[[dict], object]


def rates(goals: list[dict], contenders: list[Contender], seconds: float) -> list[float]:
    """Goals per second of each contender in its fastest pass, as timeit reports: the
    slower passes measure the machine's other work, not the code. The contenders take
    turns of a fifth of a second, so a busy spell on a shared machine slows both."""
    best = [0.0] * len(contenders)
    spent = 0.0
    while spent < seconds:
        for i, fn in enumerate(contenders):
            turn = 0.0
            while turn < 0.2:
                start = time.perf_counter()
                for goal in goals:
                    fn(goal)
                elapsed = time.perf_counter() - start
                best[i] = max(best[i], len(goals) / elapsed)
                turn += elapsed
            spent += turn
    return best


def hit_rate(goals: list[dict], fn: Callable[[dict], str | None]) -> float:
    """Share of goals whose deadline is right by the scorer's rules (range hit, or null)."""
    right = scored = 0
    for goal in goals:
        wanted, got = goal.get("deadline"), fn(goal)
        if wanted is None and goal.get("time_bound") is True:
            continue
        scored += 1
        right += (
            got is None if wanted is None else (got is not None and wanted[0] <= got <= wanted[1])
        )
    return right / scored


# One goal repeated into a long text: the analyzer's cost must grow with the length alone.
LONG_GOAL = (
    "I will pass the PMP exam by 31 October 2026 and grow revenue from 10 to 15 per cent "
    "within 3 months, by the end of next quarter. "
)


def long_text_seconds(size: int) -> float:
    """The fastest of three analyses of ``size`` characters, the collector paused as timeit
    pauses it: its full passes cost by the whole process's heap, not by the text."""
    text = (LONG_GOAL * (size // len(LONG_GOAL) + 1))[:size]
    best = float("inf")
    gc.disable()
    try:
        for _ in range(3):
            start = time.perf_counter()
            analyze(text, lang="en", today=date(2026, 1, 15))
            best = min(best, time.perf_counter() - start)
    finally:
        gc.enable()
    return best


def main(argv: list[str]) -> None:
    if hasattr(os, "sched_setaffinity"):
        os.sched_setaffinity(0, {min(os.sched_getaffinity(0))})
    warnings.filterwarnings("ignore")  # dateparser's deprecation noise
    paths = [Path(a) for a in argv] or ([DEV] if DEV.exists() else list(OWN))
    goals = load(paths)
    build = "compiled by mypyc" if COMPILED else "pure Python"
    print(f"{len(goals)} goals from {', '.join(p.name for p in paths)}; one core; {build}")
    dateparser_deadline(goals[0])  # load dateparser's language data before timing
    ours_rate, theirs_rate = rates(goals, [ours, dateparser_deadline], seconds=6.0)
    print(f"{'':24}{'goals/s':>12}{'µs/goal':>10}{'deadline hit-rate':>20}")
    for name, value, fn in (
        ("smarta analyze", ours_rate, ours),
        ("dateparser search_dates", theirs_rate, dateparser_deadline),
    ):
        print(f"{name:24}{value:>12,.0f}{1e6 / value:>10.1f}{hit_rate(goals, fn):>20.1%}")
    print(f"ratio: analyze is {ours_rate / theirs_rate:,.0f}× dateparser's throughput")
    small, large = long_text_seconds(100_000), long_text_seconds(1_000_000)
    print(f"one long text: 100 kB {small:.3f} s, 1 MB {large:.3f} s, ratio {large / small:.1f}")


if __name__ == "__main__":
    main(sys.argv[1:])
