"""Guess a goal's language from its function words, its letters and the lexicons."""

from __future__ import annotations

import re

from .lang import AVAILABLE, get_language

_WORDS = re.compile(r"[^\W\d_]+")


def detect_language(text: str) -> str:
    """The code of the language the text is most likely in (the first one on a tie)."""
    words = [w.lower() for w in _WORDS.findall(text)]
    lowered = text.lower()
    best, best_score = AVAILABLE[0], -1
    for code in AVAILABLE:
        lang = get_language(code)
        score = sum(w in lang.detect_words or w in lang.phrases for w in words)
        score += 3 * sum(lowered.count(ch) for ch in lang.detect_letters)
        if score > best_score:
            best, best_score = code, score
    return best
