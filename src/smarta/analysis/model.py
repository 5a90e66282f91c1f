"""What the analyzer returns: plain, immutable records that serialise to JSON.

They are named tuples rather than frozen dataclasses because an analysis is built tens of
thousands of times a second and a frozen dataclass pays for every field it sets.
"""

from __future__ import annotations

from datetime import date
from typing import Any, NamedTuple

# Builds a record from a tuple of its fields without the Python-level ``__new__`` a
# NamedTuple has: an analysis builds dozens, on the analyzer's hot path.
new_record = tuple.__new__


class Evidence(NamedTuple):
    """Words in the goal that decided a verdict: their span, why (in the goal's language),
    and the rule that read them, if one did ("within <duration>")."""

    text: str
    start: int
    end: int
    reason: str
    rule: str | None = None

    def to_dict(self) -> dict[str, Any]:
        return {
            "text": self.text,
            "start": self.start,
            "end": self.end,
            "reason": self.reason,
            "rule": self.rule,
        }


class Verdict(NamedTuple):
    """One SMART criterion judged from the text: met or not, why, and how to fix it."""

    met: bool
    evidence: tuple[Evidence, ...]
    suggestion: str | None

    def to_dict(self) -> dict[str, Any]:
        return {
            "met": self.met,
            "evidence": [e.to_dict() for e in self.evidence],
            "suggestion": self.suggestion,
        }


class Deadline(NamedTuple):
    """The last day the goal names, and the phrase and rule it came from."""

    date: date
    phrase: Evidence

    def to_dict(self) -> dict[str, Any]:
        return {"date": self.date.isoformat(), **self.phrase.to_dict()}


class Caution(NamedTuple):
    """A warning about the goal: ``deadline_passed``, ``direction_without_action``, …"""

    code: str
    message: str

    def to_dict(self) -> dict[str, Any]:
        return {"code": self.code, "message": self.message}


class Question(NamedTuple):
    """A question for the Accepted and Realistic criteria, which only people can answer."""

    code: str
    text: str
    scale: tuple[int, int] | None = None

    def to_dict(self) -> dict[str, Any]:
        return {
            "code": self.code,
            "text": self.text,
            "scale": list(self.scale) if self.scale else None,
        }


class Rewrite(NamedTuple):
    """The goal as a SMART sentence: the person's own words, their time phrase where they
    wrote it, and a placeholder only for each criterion that is missing.

    ``missing`` names those criteria ("specific", "measurable", "time_bound") in that order.
    """

    text: str
    missing: tuple[str, ...]

    def to_dict(self) -> dict[str, Any]:
        return {"text": self.text, "missing": list(self.missing)}


class Analysis(NamedTuple):
    """The SMART analysis of one goal sentence. See :func:`smarta.analysis.analyze`."""

    text: str
    lang: str
    today: date
    specific: Verdict
    measurable: Verdict
    time_bound: Verdict
    deadline: Deadline | None
    warnings: tuple[Caution, ...]
    questions: tuple[Question, ...]
    rewrite: Rewrite | None  # None when the goal meets S, M and T as written

    def to_dict(self) -> dict[str, Any]:
        """The flat form the CLI and the API write: verdicts first, details after."""
        return {
            "lang": self.lang,
            "specific": self.specific.met,
            "measurable": self.measurable.met,
            "time_bound": self.time_bound.met,
            "deadline": self.deadline.date.isoformat() if self.deadline else None,
            "today": self.today.isoformat(),
            "text": self.text,
            "criteria": {
                "specific": self.specific.to_dict(),
                "measurable": self.measurable.to_dict(),
                "time_bound": self.time_bound.to_dict(),
            },
            "deadline_phrase": self.deadline.to_dict() if self.deadline else None,
            "warnings": [w.to_dict() for w in self.warnings],
            "questions": [q.to_dict() for q in self.questions],
            "rewrite": self.rewrite.to_dict() if self.rewrite else None,
        }
