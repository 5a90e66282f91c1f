"""What a regular expression's matches can begin with, read from its parse tree.

The lexer tries a language's rare codes ("Q3", "v. 40", "B2") at every word; a look-ahead
for their first two characters turns almost every word away in one step. The parse tree
comes from ``re._parser``, the standard library's own (private, but unchanged in shape
from 3.11 to 3.13): a pattern this reader does not follow gets no guard, never a wrong one.
"""

from __future__ import annotations

import re
from re import _constants as c  # type: ignore[attr-defined]
from re import _parser  # type: ignore[attr-defined]
from typing import Any

DEPTH = 2  # characters of look-ahead
_ZERO_WIDTH = (c.ASSERT, c.ASSERT_NOT, c.AT)
_REPEATS = tuple(
    op for op in (c.MAX_REPEAT, c.MIN_REPEAT, getattr(c, "POSSESSIVE_REPEAT", None)) if op
)
_CATEGORIES = {c.CATEGORY_DIGIT: r"\d", c.CATEGORY_SPACE: r"\s", c.CATEGORY_WORD: r"\w"}

Prefixes = set[tuple[str, ...]]  # each a sequence of one-character regex pieces


def guard(patterns: list[str]) -> str:
    """A look-ahead that holds wherever one of ``patterns`` can match ("" if unknown)."""
    found: Prefixes = set()
    for pattern in patterns:
        parsed = _parser.parse(pattern)
        prefixes = None if parsed.state.flags & re.IGNORECASE else _prefixes(parsed.data)
        if prefixes is None or () in prefixes:
            return ""  # unreadable, or a match could begin with anything
        found |= prefixes
    shortest = {p for p in found if not any(p[:i] in found for i in range(1, len(p)))}
    return "(?=" + "|".join(sorted("".join(p) for p in shortest)) + ")"


def _then(heads: Prefixes, tails: Prefixes) -> Prefixes:
    return {(h + t)[:DEPTH] if len(h) < DEPTH else h for h in heads for t in tails}


def _prefixes(items: Any) -> Prefixes | None:  # a SubPattern, a list of (op, arg)
    """The first DEPTH characters of the sequence's matches as regex pieces; a shorter
    prefix where a match can end sooner or a character is not a known set. None: unknown."""
    found: Prefixes = {()}
    for op, av in items:
        if all(len(p) >= DEPTH for p in found):
            break
        if op in _ZERO_WIDTH:
            continue  # a look-around or anchor consumes nothing
        if op is c.LITERAL:
            heads: Prefixes | None = {(re.escape(chr(av)),)}
        elif op is c.IN:
            piece = _piece(av)
            heads = {(piece,)} if piece else None
        elif op is c.BRANCH:
            heads = _union([_prefixes(alternative) for alternative in av[1]])
        elif op is c.SUBPATTERN:
            heads = None if av[1] & re.IGNORECASE else _prefixes(av[3])
        elif op in _REPEATS:
            once = _prefixes(av[2])  # counted as once or more: a superset is still right
            heads = None if once is None else _then(once, once | {()})
            if heads is not None and av[0] == 0:
                heads.add(())
        else:
            heads = None
        if heads is None:  # unreadable: what was read so far still holds as a shorter prefix
            return None if () in found else found
        found = _then(found, heads)
    return found


def _union(alternatives: list[Prefixes | None]) -> Prefixes | None:
    if any(a is None for a in alternatives):
        return None
    return set().union(*alternatives)  # type: ignore[arg-type]


def _piece(items: Any) -> str | None:
    """A character set as one regex class, or None for a negated or unknown one."""
    parts = []
    for op, av in items:
        if op is c.LITERAL:
            parts.append(re.escape(chr(av)))
        elif op is c.RANGE:
            parts.append(f"{re.escape(chr(av[0]))}-{re.escape(chr(av[1]))}")
        elif op is c.CATEGORY and av in _CATEGORIES:
            parts.append(_CATEGORIES[av])
        else:
            return None
    return "[" + "".join(parts) + "]"
