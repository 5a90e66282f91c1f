"""Properties that hold for every input: analyze never raises, deadlines are never past
unless the text names a past date, and then it says so."""

from __future__ import annotations

from datetime import date

from hypothesis import given, settings
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
