"""Per-language data for the analyzer, and the registry that validates and loads it.

A language is a module in this package holding data only (see ``sv.py`` and ``en.py``):
word lists keyed by canonical concepts, a few regular expressions, and the texts a person
reads. The engine asks for concepts, never for words, so a third language is one new
module added to ``AVAILABLE``.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache
from importlib import import_module
from types import ModuleType
from typing import Any

AVAILABLE: tuple[str, ...] = ("sv", "en")

# Concepts every language must name with at least one word or phrase.
REQUIRED_CONCEPTS = frozenset(
    {
        "by", "before", "in", "during", "on", "within", "for", "from", "of", "the",
        "a", "this", "next", "after", "hence", "ago", "past", "end", "early", "mid", "half",
        "every", "per", "at_least", "at_most", "percent", "currency", "outcome", "role",
        "vague", "comparative", "direction", "all", "respond", "modal", "done", "clause",
        "label", "indefinite",
    }
)  # fmt: skip
UNIT_NAMES = frozenset(
    {"day", "business_day", "week", "fortnight", "month", "quarter", "tertial", "half_year", "year",
     "hour", "minute"}
)  # fmt: skip
SEASON_NAMES = frozenset(
    {"spring", "summer", "autumn", "winter", "christmas", "between_holidays", "sports_break"}
)
# School terms: the spring and the autumn term, a school year; None for "the term", "terminen".
TERM_NAMES = frozenset({"spring", "autumn", "school_year", None})
HOLIDAY_NAMES = frozenset(
    {"easter_sunday", "good_friday", "midsummer_eve", "christmas_eve", "christmas_day",
     "new_years_eve", "new_years_day", "epiphany", "walpurgis_night", "may_day",
     "national_day_se", "all_saints_day_se", "lucia", "valentines_day", "halloween",
     "ides_of_march", "independence_day_us", "black_friday", "easter_monday",
     "ascension_day", "pentecost", "midsummer_day", "boxing_day", "thanksgiving_us",
     "memorial_day_us", "labor_day_us", "advent_sunday", "st_patricks_day",
     "summer_bank_holiday_uk"}
)  # fmt: skip
# "quarter", "half", "week" and "level" are codes that begin with a letter ("Q3", "v. 40",
# "B2"): the lexer tries them only where a word begins. A language may also have "term", a
# school term with its year ("VT28"), whose first group is a word of its TERMS.
REQUIRED_PATTERNS = (
    "ordinal_suffix", "quarter", "half", "week", "thousands", "decimal", "level",
)  # fmt: skip
OPTIONAL_PATTERNS = ("term",)
# What the tokenizer can hand to the lexicon: words of letters (with inner apostrophes),
# separated by single spaces; a single word may end in "*" to match as a prefix.
_WORD = r"[^\W\d_]+(?:['’][^\W\d_]+)*"
ENTRY = re.compile(rf"{_WORD}(?: {_WORD})*|{_WORD}\*|\*{_WORD}")
REQUIRED_TEXTS = frozenset(
    {"criterion.specific", "criterion.measurable", "criterion.time_bound",
     "suggest.specific", "suggest.specific.vague", "suggest.specific.direction",
     "suggest.specific.indefinite",
     "suggest.measurable", "suggest.measurable.vague", "suggest.time_bound",
     "suggest.time_bound.cadence", "suggest.time_bound.response",
     "warn.deadline_passed", "warn.direction_without_action", "warn.short_time",
     "question.motivation", "question.likelihood", "question.risks", "question.minimum",
     "question.stretch", "question.helpers",
     "rewrite.action", "rewrite.result", "rewrite.result_after_action", "rewrite.time_frame",
     "evidence.quantity", "evidence.outcome", "evidence.named", "evidence.cadence",
     "evidence.response", "evidence.vague", "evidence.indefinite", "evidence.deadline"}
)  # fmt: skip

# A token spec: a concept name, or (concept, value) for valued concepts such as a month.
Spec = tuple[str, Any]


class LanguageDataError(ValueError):
    """A language module is incomplete or holds a pattern that does not compile."""


@dataclass(frozen=True, slots=True)
class Language:
    code: str
    name: str
    detect_words: frozenset[str]
    detect_letters: str
    numeric_date_order: str
    in_duration_is_span: bool  # "in <duration>" says how long (sv "i tre år"), not by when
    # phrase (lower case, words separated by one space) -> the tokens it stands for
    phrases: dict[str, tuple[Spec, ...]]
    # word prefix ("certifi") -> tokens, for entries written with a trailing "*"
    stems: dict[str, tuple[Spec, ...]]
    # word ending ("rapport") -> tokens, for entries written with a leading "*": the head of
    # a compound ("försäljningsrapport") decides what it is
    suffixes: dict[str, tuple[Spec, ...]]
    patterns: dict[str, str]
    texts: dict[str, str]
    abbreviations: tuple[str, ...]  # written with dots; the lexicon holds them without


def _valued(group: dict[str, Any], concept: str) -> dict[str, tuple[Spec, ...]]:
    return {word: ((concept, value),) for word, value in group.items()}


def _collect(mod: ModuleType) -> dict[str, tuple[Spec, ...]]:
    valued = {
        "month": mod.MONTHS, "weekday": mod.WEEKDAYS, "number": mod.NUMBERS,
        "ordinal": mod.ORDINALS, "unit": mod.UNITS, "holiday": mod.HOLIDAYS,
        "season": mod.SEASONS, "dayref": mod.DAYREFS, "multiplier": mod.MULTIPLIERS,
        "cadence": mod.CADENCES, "term": getattr(mod, "TERMS", {}),
    }  # fmt: skip
    groups = [_valued(group, concept) for concept, group in valued.items()]
    groups.extend(
        {word: ((concept, None),) for word in words} for concept, words in mod.CONCEPTS.items()
    )
    groups.append(
        {
            phrase: tuple(s if isinstance(s, tuple) else (s, None) for s in specs)
            for phrase, specs in mod.PHRASES.items()
        }
    )
    entries: dict[str, tuple[Spec, ...]] = {}
    for group in groups:
        for phrase, specs in group.items():
            if phrase in entries and entries[phrase] != specs:
                raise LanguageDataError(
                    f"{mod.CODE}: {phrase!r} means both {entries[phrase]} and {specs}"
                )
            entries[phrase] = specs
    # A concept listing the same word twice is harmless; two meanings are not.
    for typo, specs in _swapped(mod).items():
        entries.setdefault(typo, specs)  # a swap that spells a word of the data is that word
    return entries


def _swapped(mod: ModuleType) -> dict[str, tuple[Spec, ...]]:
    """A long month name with two neighbouring letters swapped ("jnauary", "setpember"): a
    slip people make when they type fast. Short names are left alone, where a swap is more
    often another word."""
    swaps: dict[str, tuple[Spec, ...]] = {}
    for name, month in mod.MONTHS.items():
        if len(name) < 6:
            continue
        for i in range(len(name) - 1):
            if name[i] != name[i + 1]:
                typo = name[:i] + name[i + 1] + name[i] + name[i + 2 :]
                swaps[typo] = (("month", month),)
    return swaps


def _validate(mod: ModuleType, entries: dict[str, tuple[Spec, ...]]) -> None:
    code = mod.CODE
    missing = REQUIRED_CONCEPTS - {c for c, words in mod.CONCEPTS.items() if words}
    if missing:
        raise LanguageDataError(f"{code}: no words for {sorted(missing)}")
    checks = (
        ("unit", set(mod.UNITS.values()) - UNIT_NAMES),
        ("season", set(mod.SEASONS.values()) - SEASON_NAMES),
        ("term", set(getattr(mod, "TERMS", {}).values()) - TERM_NAMES),
        ("holiday", set(mod.HOLIDAYS.values()) - HOLIDAY_NAMES),
        ("month", set(mod.MONTHS.values()) - set(range(1, 13))),
        ("weekday", set(mod.WEEKDAYS.values()) - set(range(7))),
    )
    for what, unknown in checks:
        if unknown:
            raise LanguageDataError(f"{code}: unknown {what} values {sorted(unknown)}")
    for key in REQUIRED_PATTERNS:
        if key not in mod.PATTERNS:
            raise LanguageDataError(f"{code}: pattern {key!r} missing")
        try:
            re.compile(mod.PATTERNS[key])
        except re.error as exc:
            raise LanguageDataError(f"{code}: pattern {key!r} does not compile: {exc}") from exc
    missing_texts = REQUIRED_TEXTS - set(mod.TEXTS)
    if missing_texts:
        raise LanguageDataError(f"{code}: texts missing {sorted(missing_texts)}")
    for phrase in entries:
        if phrase != phrase.lower() or not ENTRY.fullmatch(phrase):
            raise LanguageDataError(
                f"{code}: {phrase!r} is not lower-case words separated by single spaces"
            )
    if mod.IN_DURATION not in ("span", "deadline"):
        raise LanguageDataError(f"{code}: IN_DURATION must be 'span' or 'deadline'")
    if mod.NUMERIC_DATE_ORDER not in ("dmy", "mdy"):
        raise LanguageDataError(f"{code}: NUMERIC_DATE_ORDER must be 'dmy' or 'mdy'")


def build(mod: ModuleType) -> Language:
    """Validate a language data module and turn it into a :class:`Language`."""
    entries = _collect(mod)
    _validate(mod, entries)
    phrases = {k: v for k, v in entries.items() if "*" not in k}
    stems = {k[:-1]: v for k, v in entries.items() if k.endswith("*")}
    suffixes = {k[1:]: v for k, v in entries.items() if k.startswith("*")}
    return Language(
        code=mod.CODE,
        name=mod.NAME,
        detect_words=frozenset(mod.DETECT_WORDS),
        detect_letters=mod.DETECT_LETTERS,
        numeric_date_order=mod.NUMERIC_DATE_ORDER,
        in_duration_is_span=mod.IN_DURATION == "span",
        phrases=phrases,
        stems=stems,
        suffixes=suffixes,
        patterns=dict(mod.PATTERNS),
        texts=dict(mod.TEXTS),
        abbreviations=tuple(getattr(mod, "ABBREVIATIONS", ())),
    )


@cache
def get_language(code: str) -> Language:
    """The validated data for a language code; raises KeyError for an unknown one."""
    if code not in AVAILABLE:
        raise KeyError(code)
    return build(import_module(f"{__name__}.{code}"))
