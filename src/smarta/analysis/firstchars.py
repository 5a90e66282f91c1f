"""The characters a regular expression's matches can begin with, read from its parse tree.

The lexer tries a language's rare codes ("Q3", "v. 40", "B2") at every word; a look-ahead
for their first characters turns most words away in one step. The parse tree comes from
``re._parser``, the standard library's own (private, but unchanged in shape from 3.11
to 3.13): a pattern this reader does not follow gets no guard, never a wrong one.
"""

from __future__ import annotations

import re
from re import _constants as c  # type: ignore[attr-defined]
from re import _parser  # type: ignore[attr-defined]

_ZERO_WIDTH = (c.ASSERT, c.ASSERT_NOT, c.AT)
_REPEATS = tuple(
    op for op in (c.MAX_REPEAT, c.MIN_REPEAT, getattr(c, "POSSESSIVE_REPEAT", None)) if op
)


def first_chars(pattern: str) -> frozenset[str] | None:
    """Every character a match of ``pattern`` can start with, or None when that is not
    a small known set (a class such as ``\\w``, a negated set, a case-blind part, or a
    pattern that can match the empty string)."""
    parsed = _parser.parse(pattern)
    if parsed.state.flags & re.IGNORECASE:
        return None
    found = _first(parsed.data)
    if found is None or found[1]:
        return None
    return frozenset(found[0])


def guard(patterns: list[str]) -> str:
    """A look-ahead that holds only where one of ``patterns`` can begin ("" if unknown)."""
    chars: set[str] = set()
    for pattern in patterns:
        found = first_chars(pattern)
        if found is None:
            return ""
        chars |= found
    return "(?=[" + "".join(re.escape(ch) for ch in sorted(chars)) + "])"


def _first(items: list) -> tuple[set[str], bool] | None:
    """(first characters, whether the sequence can match nothing), or None if unknown."""
    chars: set[str] = set()
    for op, av in items:
        if op in _ZERO_WIDTH:
            continue  # a look-around or anchor consumes nothing: the next item decides
        if op is c.LITERAL:
            chars.add(chr(av))
            return chars, False
        if op is c.IN:
            members = _members(av)
            if members is None:
                return None
            return chars | members, False
        if op is c.BRANCH:
            alternatives = av[1]
        elif op is c.SUBPATTERN:
            if av[1] & re.IGNORECASE:
                return None
            alternatives = [av[3]]
        elif op in _REPEATS:
            alternatives = [av[2]] if av[0] > 0 else [av[2], []]
        else:
            return None
        optional = False
        for alternative in alternatives:
            found = _first(alternative)
            if found is None:
                return None
            chars |= found[0]
            optional = optional or found[1]
        if not optional:
            return chars, False
    return chars, True


def _members(items: list) -> set[str] | None:
    out: set[str] = set()
    for op, av in items:
        if op is c.LITERAL:
            out.add(chr(av))
        elif op is c.RANGE and av[1] - av[0] < 256:
            out.update(chr(x) for x in range(av[0], av[1] + 1))
        else:
            return None  # a category, a negation or a wide range
    return out
