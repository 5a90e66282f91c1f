"""A number longer than Python converts to int (4 300 digits) is read as a huge number."""

from __future__ import annotations

import sys
from datetime import date

import pytest

from smarta.analysis import analyze
from smarta.analysis.lexer import tokenize

TODAY = date(2026, 1, 15)
HUGE = "9" * (sys.int_info.default_max_str_digits + 1)


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        (HUGE, "en"),
        ("1" * 1_000_000, "sv"),
        (f"Sälj {HUGE} enheter senast den 15 maj 2026.", "sv"),
        (f"Grow sales from 1 to {HUGE} by 31 January 2026.", "en"),  # a large change, soon
        (f"Answer {HUGE} tickets within {HUGE} days, {HUGE} % of them by week {HUGE}.", "en"),
        (f"Spara {HUGE} {HUGE[:3]} kr och {HUGE},5 procent till {HUGE}/{HUGE}.", "sv"),
    ],
)
def test_a_huge_number_does_not_raise(text, lang):
    assert analyze(text, lang=lang, today=TODAY).to_dict()["text"] == text


def test_a_huge_number_is_a_measure_and_no_date():
    result = analyze(f"Sälj {HUGE} enheter senast den 15 maj 2026.", lang="sv", today=TODAY)
    assert result.measurable.met
    assert result.measurable.evidence[0].text == HUGE
    assert result.deadline is not None and result.deadline.date == date(2026, 5, 15)


def test_a_huge_number_reads_as_an_infinite_one():
    (token,) = tokenize(HUGE, "en")
    assert token.kind == "NUM" and token.value == float("inf")


def test_a_huge_number_is_never_a_deadline():
    assert analyze(f"Klart senast {HUGE}.", lang="sv", today=TODAY).deadline is None
