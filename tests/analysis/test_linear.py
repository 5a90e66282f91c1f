"""The analyzer's cost grows with the text's length and no faster: no input hangs it."""

from __future__ import annotations

import gc
import time
from datetime import date
from functools import cache

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from smarta.analysis import analyze, patterns, rules
from smarta.analysis.lexer import tokenize

TODAY = date(2026, 1, 15)
GOALS = {
    "sv": "Jag ska svara på kundärenden inom 2 dagar och öka försäljningen med 20 % till "
    "10 000 kr senast den 15 maj 2027, inom tre månader. ",
    "en": "I will pass the PMP exam by 31 October 2026 and grow revenue from 10 to 15 per "
    "cent within 3 months, by the end of next quarter. ",
}
KB = 1_000
# Ten times the text may cost this many times the time: linear is 10, quadratic 100. The
# margin is wide because the suite runs on every core at once (make test), and a timing
# beside another worker varies by more than half.
MAX_RATIO = 30


def repeated(sentence: str, size: int) -> str:
    return (sentence * (size // len(sentence) + 1))[:size]


def seconds(text: str, lang: str, runs: int = 3, *, collecting: bool = False) -> float:
    """The fastest of a few runs: the slower ones measure the machine's other work.

    The garbage collector is paused while timing, as timeit pauses it, unless ``collecting``:
    its full passes begin only once the heap has grown past what a 100 kB text leaves, and
    cost by the whole process's heap, so they would measure the process, not the analyzer.
    """
    analyze(text[:1000], lang=lang, today=TODAY)  # the language's data loaded before timing
    best = float("inf")
    for _ in range(runs):
        paused = not collecting and gc.isenabled()
        if paused:
            gc.disable()
        try:
            start = time.perf_counter()
            analyze(text, lang=lang, today=TODAY)
            best = min(best, time.perf_counter() - start)
        finally:
            if paused:
                gc.enable()
    return best


@cache
def goal_seconds(lang: str, size: int) -> float:
    return seconds(repeated(GOALS[lang], size), lang)


@pytest.mark.parametrize("lang", ["sv", "en"])
def test_ten_times_the_text_costs_far_less_than_a_hundred_times_the_time(lang):
    small, large = goal_seconds(lang, 100 * KB), goal_seconds(lang, 1000 * KB)
    assert large <= MAX_RATIO * small, f"100 kB: {small:.3f} s, 1 MB: {large:.3f} s"


@pytest.mark.parametrize(
    ("piece", "lang"),
    [("by ", "en"), ("senast i ", "sv"), ("by in on before during ", "en")],
)
def test_a_long_run_of_deadline_markers_costs_linear_time(piece, lang):
    # each place in the run once tried every rule to the run's end: 20 kB took 10 s
    # the small run is timed more often: at a few milliseconds, one busy moment is its size
    small = seconds(repeated(piece, 20 * KB) + " 45 May", lang, runs=7)
    large = seconds(repeated(piece, 200 * KB) + " 45 May", lang)
    assert large <= MAX_RATIO * small, f"20 kB: {small:.3f} s, 200 kB: {large:.3f} s"


def test_every_rule_that_can_begin_with_two_markers_begins_with_any_number_of_them():
    """What lets find() skip the places of a run of markers that read alike."""
    mark = ["(", *" | ".join(rules.RUN_KINDS).split(), ")", "*"]
    chars = [rules.CHAR[kind] for kind in rules.RUN_KINDS]
    candidates = {rules._candidates(a + b)[0] for a in chars for b in chars}
    assert len(candidates) == 1
    for index in candidates.pop():
        pieces = rules.PIECES[index]
        assert pieces[: len(mark)] == mark, rules.RULES[index].name
        rest = patterns.openings(pieces[len(mark) :])
        assert not any(opening[0] in rules.RUN_KINDS for opening in rest)


WORDS = {
    "en": ["by", "in", "on", "before", "during", "the", "end", "of", "May", "45", "15",
           "2027", "next", "week", "Q3", "3", "days", "respond", "spring", "Christmas", ",",
           "by in by", "on on"],
    "sv": ["senast", "innan", "i", "på", "under", "slutet", "av", "maj", "45", "15", "2027",
           "nästa", "vecka", "vår", "kvartal", "3", "dagar", "svara", "jul", ",",
           "i senast i", "på på"],
}  # fmt: skip


@settings(max_examples=400, deadline=None)
@given(data=st.data(), lang=st.sampled_from(["sv", "en"]))
def test_skipping_places_in_a_run_of_markers_finds_what_trying_each_finds(data, lang):
    words = data.draw(st.lists(st.sampled_from(WORDS[lang]), min_size=1, max_size=16))
    tokens = tokenize(" ".join(words), lang)
    skipping = rules.find(tokens, TODAY)
    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(rules, "_resumes", lambda code: {})  # every place tried in turn
        assert rules.find(tokens, TODAY) == skipping
