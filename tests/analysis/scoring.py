"""Scores analyses against a labelled goal set, by the rules of ../shared/eval/score.py.

Gold lines hold specific, measurable, time_bound (true, false, or null for "either is
fine") and deadline ([earliest, latest], or null). A null deadline on a time-bound goal
is not scored; on any other goal the prediction must be null too.
"""

from __future__ import annotations

import json
from collections import defaultdict
from datetime import date
from pathlib import Path

from smarta.analysis import analyze

CRITERIA = ("specific", "measurable", "time_bound", "deadline")


def load(path: Path) -> list[dict]:
    with path.open(encoding="utf-8") as f:
        return [json.loads(line) for line in f if line.strip()]


def _deadline_ok(gold: dict, predicted: str | None) -> bool | None:
    wanted = gold.get("deadline")
    if wanted is None:
        return None if gold.get("time_bound") is True else predicted is None
    return predicted is not None and wanted[0] <= predicted <= wanted[1]


def score(gold: list[dict]) -> tuple[dict[tuple[str, str], float], list[tuple]]:
    """Accuracy per (criterion, language), and the misses."""
    counts: dict[tuple[str, str], list[int]] = defaultdict(lambda: [0, 0])
    misses = []
    for g in gold:
        result = analyze(g["text"], lang=g.get("lang"), today=date.fromisoformat(g["today"]))
        predicted = result.to_dict()
        for criterion in CRITERIA:
            if criterion == "deadline":
                ok = _deadline_ok(g, predicted["deadline"])
            else:
                ok = None if g[criterion] is None else predicted[criterion] is g[criterion]
            if ok is None:
                continue
            counts[(criterion, g["lang"])][0] += ok
            counts[(criterion, g["lang"])][1] += 1
            if not ok:
                misses.append((g["id"], criterion, g[criterion], predicted[criterion], g["text"]))
    return {key: right / total for key, (right, total) in counts.items()}, misses
