"""What a regular expression's matches can begin with, read from its parse tree.

The lexer tries a language's rare codes ("Q3", "v. 40", "B2") at every word; a look-ahead
for their first two characters turns almost every word away in one step. The parse tree
comes from ``re._parser``, the standard library's own (private, but unchanged in shape
from 3.11 to 3.13): a pattern this reader does not follow gets no guard, never a wrong one,
and where those internals are missing or shaped otherwise, no pattern gets one.
"""

from __future__ import annotations

import importlib
import re
from collections.abc import Callable
from typing import Any, Final, NamedTuple

DEPTH = 2  # characters of look-ahead

Prefixes = set[tuple[str, ...]]  # each a sequence of one-character regex pieces


class Internals(NamedTuple):
    """What this reader takes from the standard library's regex parser."""

    parse: Callable[[str], Any]
    c: Any  # the opcodes and categories, re._constants
    zero_width: tuple[Any, ...]
    repeats: tuple[Any, ...]
    categories: dict[Any, str]


def load(parser: str = "re._parser", constants: str = "re._constants") -> Internals | None:
    """The parser's internals, or None where they are missing or shaped otherwise: a
    private module may move or change in any release, and then the lexer goes unguarded."""
    try:
        parse = importlib.import_module(parser).parse
        c = importlib.import_module(constants)
        repeats = (c.MAX_REPEAT, c.MIN_REPEAT, getattr(c, "POSSESSIVE_REPEAT", None))
        return Internals(
            parse, c, (c.ASSERT, c.ASSERT_NOT, c.AT), tuple(op for op in repeats if op),
            {c.CATEGORY_DIGIT: r"\d", c.CATEGORY_SPACE: r"\s", c.CATEGORY_WORD: r"\w"},
        )  # fmt: skip
    except Exception:  # ImportError, AttributeError, or whatever a reshaped module raises
        return None


INTERNALS: Final = load()


def guard(patterns: list[str], internals: Internals | None = INTERNALS) -> str:
    """A look-ahead that holds wherever one of ``patterns`` can match ("" if unknown, or
    if the parser's internals are not what this reader knows)."""
    if internals is None:
        return ""
    try:
        return _guard(patterns, internals)
    except Exception:  # a parse tree of another shape: no guard, never a wrong one
        return ""


def _guard(patterns: list[str], i: Internals) -> str:
    found: Prefixes = set()
    for pattern in patterns:
        parsed = i.parse(pattern)
        prefixes = None if parsed.state.flags & re.IGNORECASE else _prefixes(parsed.data, i)
        if prefixes is None or () in prefixes:
            return ""  # unreadable, or a match could begin with anything
        found |= prefixes
    shortest = {p for p in found if not any(p[:n] in found for n in range(1, len(p)))}
    return "(?=" + "|".join(sorted("".join(p) for p in shortest)) + ")"


def _then(heads: Prefixes, tails: Prefixes) -> Prefixes:
    return {(h + t)[:DEPTH] if len(h) < DEPTH else h for h in heads for t in tails}


def _prefixes(items: Any, i: Internals) -> Prefixes | None:  # a SubPattern: (op, arg)s
    """The first DEPTH characters of the sequence's matches as regex pieces; a shorter
    prefix where a match can end sooner or a character is not a known set. None: unknown."""
    c = i.c
    found: Prefixes = {()}
    for op, av in items:
        if all(len(p) >= DEPTH for p in found):
            break
        if op in i.zero_width:
            continue  # a look-around or anchor consumes nothing
        if op is c.LITERAL:
            heads: Prefixes | None = {(re.escape(chr(av)),)}
        elif op is c.IN:
            piece = _piece(av, i)
            heads = {(piece,)} if piece else None
        elif op is c.BRANCH:
            heads = _union([_prefixes(alternative, i) for alternative in av[1]])
        elif op is c.SUBPATTERN:
            heads = None if av[1] & re.IGNORECASE else _prefixes(av[3], i)
        elif op in i.repeats:
            once = _prefixes(av[2], i)  # counted as once or more: a superset is still right
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


def _piece(items: Any, i: Internals) -> str | None:
    """A character set as one regex class, or None for a negated or unknown one."""
    c = i.c
    parts = []
    for op, av in items:
        if op is c.LITERAL:
            parts.append(re.escape(chr(av)))
        elif op is c.RANGE:
            parts.append(f"{re.escape(chr(av[0]))}-{re.escape(chr(av[1]))}")
        elif op is c.CATEGORY and av in i.categories:
            parts.append(i.categories[av])
        else:
            return None
    return "[" + "".join(parts) + "]"
