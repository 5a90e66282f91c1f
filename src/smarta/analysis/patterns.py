"""The token-pattern language the rules are written in, compiled to regular expressions.

A pattern names token kinds ("MARK* END OF? THE? MONTH"), with macros for groups of kinds and
the regex operators ( ) | ? * +. Each kind becomes one character of a code string, one per
token, so a regex match over the code string is a match over tokens and its offsets are token
indices. ``rules.py`` holds the table written in this language; this module only reads it.
"""

from __future__ import annotations

import re
from typing import Final

# Macros of the pattern language: groups of token kinds.
MACROS: Final = {
    "UNIT": "(U_DAY|U_BUSINESS_DAY|U_WEEK|U_FORTNIGHT|U_MONTH|U_QUARTER|U_TERTIAL|U_HALF_YEAR"
    "|U_YEAR|U_HOUR|U_MINUTE)",
    "PERIOD": "(U_WEEK|U_MONTH|U_QUARTER|U_TERTIAL|U_HALF_YEAR|U_YEAR)",
    "MARK": "(BY|BEFORE|IN|DURING|ON)",
    "COUNT": "(NUM|WNUM|A)",
    "DAYNUM": "(NUM|ORD)",
    "JOIN": "(TO|BY|DASH|THROUGH)",
    "YEARSPEC": "(COMMA? OF? YEAR|OF? THE? (THIS|NEXT) U_YEAR)",
    "AMOUNT": "(NUM|WNUM|YEAR)",
}


# Every token kind is one character in the code string the rules are matched against, so a
# match's offsets are token indices. Kinds no rule names share one character.
_kinds: dict[str, str] = {}
OTHER: Final = "."


def char_of(kind: str) -> str:
    """The kind's one character in the code string, given on first use."""
    if kind not in _kinds:
        _kinds[kind] = chr(0x100 + len(_kinds))  # clear of ASCII regex syntax
    return _kinds[kind]


def pieces(pattern: str) -> list[str]:
    """A token pattern with its macros expanded, as kinds and the characters ( ) | ? * +."""
    for name, expansion in MACROS.items():
        pattern = re.sub(rf"\b{name}\b", expansion, pattern)
    return re.findall(r"[A-Z][A-Z_]*|\S", pattern)


def to_regex(parts: list[str]) -> str:
    """Token pattern to regex: each kind becomes its character in the code string."""
    return "".join(
        char_of(piece) if piece[0].isalpha() else "(?:" if piece == "(" else piece
        for piece in parts
    )


def openings(parts: list[str]) -> frozenset[tuple[str, ...]]:
    """The first two kinds a match of the pattern can begin with; a single kind where the
    match can end after it. Computed as a grammar's FIRST sets are, for two symbols."""
    pos = 0

    def then(heads: set[tuple[str, ...]], tails: set[tuple[str, ...]]) -> set[tuple[str, ...]]:
        return {(h + t)[:2] if len(h) < 2 else h for h in heads for t in tails}

    def alternatives() -> set[tuple[str, ...]]:
        nonlocal pos
        found = sequence()
        while pos < len(parts) and parts[pos] == "|":
            pos += 1
            found |= sequence()
        return found

    def sequence() -> set[tuple[str, ...]]:
        found: set[tuple[str, ...]] = {()}
        while pos < len(parts) and parts[pos] not in ("|", ")"):
            found = then(found, item())
        return found

    def item() -> set[tuple[str, ...]]:
        nonlocal pos
        if parts[pos] == "(":
            pos += 1
            once = alternatives()
        else:
            once = {(parts[pos],)}
        pos += 1  # the kind, or the closing ")"
        if pos == len(parts) or parts[pos] not in ("?", "*", "+"):
            return once
        suffix, pos = parts[pos], pos + 1
        repeated = then(once, once | {()}) if suffix != "?" else once
        return repeated | ({()} if suffix != "+" else set())

    found = alternatives()
    assert () not in found, "a rule must match at least one token"
    return frozenset(found)
