"""Language modules are validated when loaded, so a broken data file fails loudly here."""

from __future__ import annotations

import copy
import re
from pathlib import Path
from types import ModuleType

import pytest

from smarta.analysis.lang import (
    AVAILABLE,
    HOLIDAY_NAMES,
    OPTIONAL_PATTERNS,
    REQUIRED_CONCEPTS,
    REQUIRED_PATTERNS,
    SEASON_NAMES,
    UNIT_NAMES,
    LanguageDataError,
    build,
    get_language,
)
from smarta.analysis.lang import en as english

ENGINE = Path(__file__).resolve().parents[2] / "src" / "smarta" / "analysis"


def _copy_of_english(**changes) -> ModuleType:
    mod = ModuleType("broken")
    for name in dir(english):
        if name.isupper():
            setattr(mod, name, copy.deepcopy(getattr(english, name)))
    for name, value in changes.items():
        setattr(mod, name, value)
    return mod


@pytest.mark.parametrize("code", AVAILABLE)
def test_every_language_loads(code):
    assert get_language(code).code == code


def test_a_missing_concept_fails_loudly():
    concepts = dict(english.CONCEPTS, within=[])
    with pytest.raises(LanguageDataError, match="within"):
        build(_copy_of_english(CONCEPTS=concepts))


def test_a_pattern_that_does_not_compile_fails_loudly():
    patterns = dict(english.PATTERNS, quarter="q([1-4]")
    with pytest.raises(LanguageDataError, match="quarter"):
        build(_copy_of_english(PATTERNS=patterns))


def test_a_word_with_two_meanings_fails_loudly():
    months = dict(english.MONTHS, within=1)
    with pytest.raises(LanguageDataError, match="within"):
        build(_copy_of_english(MONTHS=months))


def test_a_missing_text_fails_loudly():
    texts = {k: v for k, v in english.TEXTS.items() if k != "rewrite.action"}
    with pytest.raises(LanguageDataError, match=r"rewrite\.action"):
        build(_copy_of_english(TEXTS=texts))


def test_the_engine_holds_no_word_of_either_language():
    """The engine names canonical concepts and JSON keys; every surface word is data."""
    words = set()
    for code in AVAILABLE:
        words |= {w for w in get_language(code).phrases if " " not in w}
    engine_text = "".join(path.read_text(encoding="utf-8") for path in ENGINE.glob("*.py"))
    literals = set(re.findall(r"\"([a-zåäö']+)\"", engine_text))
    patterns = set(REQUIRED_PATTERNS + OPTIONAL_PATTERNS)  # their names, not words
    canonical = REQUIRED_CONCEPTS | UNIT_NAMES | SEASON_NAMES | HOLIDAY_NAMES | JSON_KEYS | patterns
    assert not (literals & words) - canonical


# Language codes, and keys of the analysis as JSON and of the Accepted/Realistic questions.
JSON_KEYS = {"sv", "en", "today", "start", "minimum", "percent"}
