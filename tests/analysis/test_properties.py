"""Properties that hold for every input: analyze never raises, deadlines are never past
unless the text names a past date, and then it says so."""

from __future__ import annotations

from datetime import date

from hypothesis import example, given, settings
from hypothesis import strategies as st

from smarta.analysis import analyze

WORDS = [
    "jag", "ska", "senast", "inom", "till", "innan", "i", "under", "vecka", "Q3", "mars",
    "maj", "påsk", "jul", "sommaren", "nästa", "år", "kvartalet", "tredje", "slutet", "av",
    "den", "15", "1/4", "2027", "2025-05-01", "tre", "veckor", "dagar", "varje", "per",
    "I", "will", "by", "within", "the", "end", "of", "next", "year", "quarter", "week", "40",
    "May", "15th", "Christmas", "summer", "in", "months", "6", "days", "every", "monthly",
    "from", "to", "at", "least", "%", ",", ".", "-", "halve", "öka", "med", "bättre", "mer",
    "H2", "mid", "v.", "den", "första", "sista", "måndag", "friday", "after", "next",
]  # fmt: skip
days = st.dates(min_value=date(2000, 1, 1), max_value=date(2090, 12, 31))
goal_like = st.lists(st.sampled_from(WORDS), max_size=14).map(" ".join)


@settings(max_examples=400, deadline=None)
@given(text=st.text(max_size=200), lang=st.sampled_from([None, "sv", "en"]), today=days)
def test_analyze_never_raises_on_any_string(text, lang, today):
    result = analyze(text, lang=lang, today=today)
    assert result.lang in ("sv", "en")
    result.to_dict()


@settings(max_examples=1500, deadline=None)
@given(text=goal_like, lang=st.sampled_from(["sv", "en"]), today=days)
def test_a_deadline_is_past_only_when_the_text_names_a_past_date(text, lang, today):
    result = analyze(text, lang=lang, today=today)
    passed = "deadline_passed" in [w.code for w in result.warnings]
    if result.deadline is None:
        assert not passed
        return
    if result.deadline.date < today:
        assert passed
        assert any(ch.isdigit() for ch in result.deadline.phrase.text), result.deadline
    else:
        assert not passed


DURATIONS = ["days", "weeks", "months", "years", "dagar", "veckor", "månader", "år"]


@settings(max_examples=300, deadline=None)
@given(
    marker=st.sampled_from(["within", "in", "inom", "om"]),
    count=st.integers(min_value=0, max_value=10**7),
    unit=st.sampled_from(DURATIONS),
    today=days,
)
@example(marker="in", count=9999, unit="years", today=date(2026, 11, 25))
def test_a_duration_past_the_calendars_end_is_no_deadline_and_no_error(marker, count, unit, today):
    result = analyze(f"{marker} {count} {unit}", today=today)
    result.to_dict()
    if result.deadline is not None and result.deadline.date < today:  # "in 1900 days": a year
        assert "deadline_passed" in [w.code for w in result.warnings]
