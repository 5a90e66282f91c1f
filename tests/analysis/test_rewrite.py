"""The rewrite: the person's own sentence, a placeholder only for what is missing.

``tests/data/rewrites.jsonl`` is an example table written (2026-12-06) by someone who had not
read the analyzer, from the rules in the docstring of ``engine._rewrite``: each row is a goal,
a judgement of S, M and T, and the sentence the coach should offer for it (null: none). The
table is run against ``suggest_rewrite`` with the row's judgement, so it tests the rewrite
alone; the properties below run it on the analyzer's own verdicts.
"""

from __future__ import annotations

import json
import re
from datetime import date
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from smarta.analysis import analyze, suggest_rewrite
from smarta.analysis.lang import get_language

TODAY = date(2026, 12, 6)
TABLE = [
    json.loads(line)
    for line in (Path(__file__).parents[1] / "data" / "rewrites.jsonl").read_text().splitlines()
    if line.strip()
]
PLACEHOLDER = re.compile(r"<[^<>]+>")


@pytest.mark.parametrize("row", TABLE, ids=[row["id"] for row in TABLE])
def test_the_example_table(row):
    met = (row["specific"], row["measurable"], row["time_bound"])
    found = suggest_rewrite(row["text"], row["lang"], met=met, today=TODAY)
    assert (found.text if found else None) == row["rewrite"]


def test_the_table_covers_both_languages_and_every_case():
    cases = {(r["lang"], r["specific"], r["measurable"], r["time_bound"]) for r in TABLE}
    assert len(cases) == 16  # 2 languages × 8 combinations of S, M and T


@pytest.mark.parametrize(
    ("text", "lang", "expected"),
    [
        # the examples: the time phrase keeps its preposition, nothing is split
        ("Gå en kurs i Excel under våren", "sv", None),
        ("Ta truckkort inom tre år", "sv", None),
        ("Give three 10-minute talks at the team meeting by the end of March", "en", None),
        ("Jag vill bli bättre på Excel.", "sv",
         "<handling> för att bli bättre på Excel och uppnå <mätbart resultat> innan <tidsram>."),
        ("Improve my communication skills.", "en",
         "<action> to improve my communication skills and reach <measurable result>"
         " by <time frame>."),
        ("Take a Python course", "en", "Take a Python course by <time frame>"),
    ],
)  # fmt: skip
def test_the_analyzer_rewrites_only_what_is_missing(text, lang, expected):
    rewrite = analyze(text, lang=lang, today=TODAY).rewrite
    assert (rewrite.text if rewrite else None) == expected


words = st.sampled_from(
    ["Jag", "vill", "ska", "bli", "bättre", "på", "Excel", "klara", "provet", "minst", "B",
     "senast", "den", "15", "maj", "under", "våren", "inom", "tre", "år", "10-minuters",
     "I", "will", "pass", "the", "exam", "by", "March", "improve", "more", "at", "least", "3",
     "talks", "within", "two", "weeks", "Q2", ",", "."]
)  # fmt: skip
sentences = st.lists(words, min_size=1, max_size=14).map(" ".join)


@settings(max_examples=300, deadline=None)
@given(sentences, st.sampled_from(["sv", "en"]))
def test_a_rewrite_keeps_the_words_and_fills_only_what_is_missing(text, lang):
    result = analyze(text, lang=lang, today=TODAY)
    met = (result.specific.met, result.measurable.met, result.time_bound.met)
    rewrite = result.rewrite
    if all(met):
        assert rewrite is None
        return
    texts = get_language(lang).texts
    assert rewrite.missing == tuple(
        c for c, ok in zip(("specific", "measurable", "time_bound"), met, strict=True) if not ok
    )
    placeholders = PLACEHOLDER.findall(rewrite.text)
    keys = ("rewrite.action", "rewrite.result", "rewrite.time_frame")
    expected = [
        PLACEHOLDER.search(texts[key]).group() for key, ok in zip(keys, met, strict=True) if not ok
    ]
    assert sorted(placeholders) == sorted(expected)
    if result.deadline:  # the time phrase as written; a capital that opened the goal may go
        phrase = result.deadline.phrase.text
        assert phrase in rewrite.text or phrase[:1].lower() + phrase[1:] in rewrite.text
    # every word the person wrote is still there, in order; only an opening subject and modal
    # ("Jag vill", "I will") and commas may go
    kept = PLACEHOLDER.sub(" ", rewrite.text).lower().split()
    theirs = [w for w in text.lower().split() if w not in ".,"]
    phrases = get_language(lang).phrases.items()
    modal_words = {w for p, specs in phrases if specs == (("modal", None),) for w in p.split()}
    dropped = 0
    while not _in_order(kept, theirs[dropped:]):
        assert theirs[dropped] in modal_words, (theirs, rewrite.text)
        dropped += 1


def _in_order(haystack: list[str], needles: list[str]) -> bool:
    it = iter(w.strip(".,") for w in haystack)
    return all(any(n.strip(".,") == h for h in it) for n in needles)
