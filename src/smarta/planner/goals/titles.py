"""A goal's short title, proposed from its SMART sentence.

Lists, the team page, the talk agenda and the calendar show the title; the goal page shows the
sentence under it. The proposal is the goal's own words: its longest sentence without the
phrase that names the deadline (the deadline is shown beside the title anyway) and without
an opening "I will" (the language's modal phrases, from the analyzer's data), cut at a clause
or a word."""

from __future__ import annotations

import re
from functools import cache

from smarta import limits
from smarta.analysis import Analysis
from smarta.analysis.lang import get_language

# Leftovers once the deadline phrase is out: a comma or dash at either end, doubled spaces, a
# space before a comma.
_EDGES = re.compile(r"^[\s,;:–—-]+|[\s,;:–—-]+$")
_SPACES = re.compile(r"\s{2,}")
_BEFORE_COMMA = re.compile(r"\s+(?=[,;:])")
_SENTENCE_END = re.compile(r"(?<=[.!?])\s+(?=\S)")
# A first clause at least this long makes a title of its own ("Öka försäljningen med 15 %").
_SHORTEST_CLAUSE = 20


@cache
def _openings(lang: str) -> re.Pattern[str]:
    """The language's modal phrases ("jag ska", "I will") as an opening to drop."""
    phrases = get_language(lang).phrases.items()
    modal = [p for p, specs in phrases if any(spec[0] == "modal" for spec in specs)]
    words = "|".join(re.escape(p) for p in sorted(modal, key=len, reverse=True))
    return re.compile(rf"^(?:{words})\s+", re.IGNORECASE)


def propose_title(analysis: Analysis) -> str:
    """At most ``limits.GOAL_TITLE`` characters of the analysed goal's own words."""
    text = analysis.text
    deadline = analysis.deadline.phrase if analysis.deadline else None
    if deadline is not None:
        text = text[: deadline.start] + " " + text[deadline.end :]
    text = _tidy(text)
    sentences = [s for s in _SENTENCE_END.split(text) if s.strip()]
    # Context and then the goal ("I have been a nurse since 2019. I want to …"): the goal is
    # most often the longest sentence.
    text = _tidy(max(sentences, key=len, default=text).rstrip(".!? "))
    text = _openings(analysis.lang).sub("", text, count=1) or text
    text = _shortened(text) or analysis.text.strip()[: limits.GOAL_TITLE]
    return text[:1].upper() + text[1:]


def _tidy(text: str) -> str:
    return _EDGES.sub("", _BEFORE_COMMA.sub("", _SPACES.sub(" ", text.strip())))


def _shortened(text: str) -> str:
    """The text within the limit: its first clause when that is long enough, else cut at a
    word with an ellipsis."""
    if len(text) <= limits.GOAL_TITLE:
        return text
    clause = re.split(r"[,;:–—]", text, maxsplit=1)[0].strip()
    if _SHORTEST_CLAUSE <= len(clause) <= limits.GOAL_TITLE:
        return clause
    cut = text[: limits.GOAL_TITLE - 1]
    return _EDGES.sub("", cut.rsplit(" ", 1)[0] if " " in cut else cut) + "…"
