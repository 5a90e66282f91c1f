"""Turn a goal into canonical tokens with one language's data.

Each token has a kind (``MONTH``, ``WITHIN``, ``NUM``, ``U_WEEK``, ``W`` for a word the
language data does not know, …), a value and the character span it came from. The rest of
the engine only ever sees kinds and values, never the words themselves.

One regular expression per language does the work in a single pass: the language's whole
lexicon (words, multi-word phrases, prefix stems) is compiled into a trie so a phrase is
found in time proportional to its length, and numbers, dates and codes ("Q3", "v. 40")
have patterns of their own.

Most of a goal reads the same word by word, so the lexer remembers what each chunk of text
between two spaces reads as on its own, and runs the expression only over chunks that may
read differently beside their neighbours: two words that follow each other in one of the
lexicon's phrases ("by the end of"), digits beside digits ("10 000"), or a word that may
begin a code reaching past its space ("v. 40"). Everything else in the patterns looks at
most one character past a word, and a space reads as the text's edge does.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date
from functools import cache, lru_cache
from itertools import pairwise
from typing import Any, Final, NamedTuple

from .firstchars import guard
from .lang import Language, Spec, get_language


class Token:
    """One canonical token. A plain class with its own ``__init__``, not a named tuple or a
    dataclass (whose generated ``__init__`` stays Python): the compiled build makes one in
    a single allocation and reads its fields directly, and a goal's few dozen are made anew
    for each analysis. Never changed once made."""

    __slots__ = ("end", "kind", "start", "value")

    def __init__(self, kind: str, value: Any, start: int, end: int) -> None:
        self.kind = kind
        self.value = value
        self.start = start
        self.end = end

    def _fields(self) -> tuple[str, Any, int, int]:
        return (self.kind, self.value, self.start, self.end)

    def __eq__(self, other: object) -> bool:
        return isinstance(other, Token) and self._fields() == other._fields()

    def __hash__(self) -> int:
        return hash(self._fields())

    def __repr__(self) -> str:
        return f"Token{self._fields()!r}"


# Valued concepts whose token kind is not simply the concept in upper case.
_KIND: Final = {
    "number": "WNUM", "ordinal": "ORD", "percent": "PCT", "currency": "CUR", "multiplier": "MULT",
}  # fmt: skip


def kind_of(spec: Spec) -> str:
    concept, value = spec
    if concept == "unit":
        return f"U_{value.upper()}"
    return _KIND.get(concept, concept.upper())


_LETTER: Final = r"[^\W\d_]"
_WORD: Final = rf"{_LETTER}+(?:['’]{_LETTER}+)*"
_SPECIALS: Final = ("quarter", "half", "week", "level", "term")  # "term": where a language has it
_SPECIAL_KIND: Final = {"quarter": "QN", "half": "HN", "week": "WN", "level": "LEVEL"}
_SIMPLE: Final = {"pct": "PCT", "cur": "CUR", "comma": "COMMA", "stop": "STOP"}
_APOSTROPHES: Final = str.maketrans({"’": "'"})
_NOT_DIGITS: Final = ":abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ"  # "15th", "3:e"

TokenSpecs = tuple[tuple[str, Any], ...]
MEMO_SIZE = 50_000  # distinct words (or chunks) remembered per language and memo


class Abbreviations(NamedTuple):
    """A language's dotted abbreviations as one pattern, to try near each dot."""

    pattern: re.Pattern[str]  # the nearest abbreviation, in group 1
    reach: int  # the most characters an abbreviation has before its first dot


@dataclass(frozen=True, slots=True)
class Lexer:
    lang: Language
    regex: re.Pattern[str]  # matched against lower-cased text: faster than a case-blind one
    specials: dict[str, re.Pattern[str]]
    entries: dict[str, TokenSpecs]  # a word or phrase, lower case, single-spaced
    stems: dict[str, TokenSpecs]
    suffixes: dict[str, TokenSpecs]
    stem_lengths: tuple[int, ...]
    suffix_lengths: tuple[int, ...]
    thousands: re.Pattern[str]
    decimal: re.Pattern[str]
    pairs: frozenset[tuple[str, str]]  # words that follow each other in a phrase
    pair_firsts: frozenset[str]
    pair_seconds: frozenset[str]
    reaches: re.Pattern[str]  # where a code may begin that can span a space ("v. 40")
    # abbreviations written with dots ("t.o.m.", "approx."), read as the words they stand for
    abbreviations: Abbreviations | None
    # what a word or phrase (by its match group) and a number or code (by its group and
    # text) were found to mean: "other" is keyed by (group, text); "chunk" holds each
    # chunk between spaces as read on its own, "joined" chunks read together
    memo: dict[str, dict[Any, Any]]


def trie_pattern(entries: list[str]) -> str:
    """One regex for many words and phrases, longest first, each ending at a word end.

    An entry ending in ``*`` is a prefix ("certifi*" matches "certifierad"); a space in an
    entry matches any run of white space or a hyphen ("year end", "year-end").
    """
    trie: dict = {}
    for entry in entries:
        node = trie
        for ch in entry.rstrip("*"):
            node = node.setdefault(ch, {})
        node["*" if entry.endswith("*") else "$"] = True

    def emit(node: dict) -> str:
        alternatives = []
        for ch in sorted(k for k in node if k not in "$*"):
            piece = {" ": r"(?:\s+|-)", "'": "['’]"}.get(ch, re.escape(ch))
            alternatives.append(piece + emit(node[ch]))
        if "*" in node:
            alternatives.append(f"{_LETTER}*")
        if "$" in node:
            alternatives.append(f"(?!{_LETTER}|['’]{_LETTER})")
        if len(alternatives) == 1:
            return alternatives[0]
        return "(?:" + "|".join(alternatives) + ")"

    return emit(trie)


@cache
def lexer_for(code: str) -> Lexer:
    lang = get_language(code)
    p = lang.patterns
    number = (
        rf"\d{{1,3}}(?:(?:{p['thousands']})\d{{3}})+(?!\d)(?:(?:{p['decimal']})\d+)?"
        rf"|\d+(?:(?:{p['decimal']})\d+)?"
    )
    lexicon = trie_pattern(list(lang.phrases) + [f"{stem}*" for stem in lang.stems])
    codes = [k for k in _SPECIALS if k in p]
    specials = "|".join(rf"(?P<{k}>(?<!\w)(?:{p[k]})(?!\w))" for k in codes)
    words = [
        # most words cannot begin a special: one look-ahead turns them away
        f"{guard([p[k] for k in codes])}(?:{specials})",
        # a product or exam code such as "MO-200" or "AZ-104" is a name, not a number; the
        # look-ahead for its hyphen skips a word in one scan instead of a letter test a char
        r"(?=.{1,6}-)(?P<code>(?<![\w-])[^\W\d_]{1,6}+-(?!(?:19|20)\d\d\b)\d{1,5}(?![\w-]))",
        rf"(?P<lex>(?<!{_LETTER}){lexicon})",
        rf"(?P<word>(?>{_WORD}))",
    ]
    numbers = [
        r"(?P<iso>(?<!\d)\d{4}(?P<isep>[-/.])\d{1,2}(?P=isep)\d{1,2}(?!\d))",  # 2026/12/01
        r"(?P<dmy>(?<!\d)\d{1,2}(?P<sep>[/.-])\d{1,2}(?P=sep)(?:\d{4}|\d{2})(?!\d))",
        r"(?P<dm>(?<![\d/])\d{1,2}/\d{1,2}(?![\d/]))",
        rf"(?P<ord>(?<!\d)\d{{1,2}}(?:{p['ordinal_suffix']})(?!\w))",
        rf"(?P<num>{number})",
    ]
    others = [
        r"(?P<pct>%)",
        r"(?P<cur>[$€£])",
        r"(?P<dash>[-–—])",
        r"(?P<comma>,)",
        r"(?P<stop>[.!?;:])",
    ]
    # The look-aheads skip white space in one step, and send a letter to the word patterns
    # and a digit to the number patterns instead of trying every pattern on every token.
    pattern = (
        rf"(?=\S)(?:(?={_LETTER})(?:{'|'.join(words)})|(?=\d)(?:{'|'.join(numbers)})"
        rf"|{'|'.join(others)})"
    )
    pairs = frozenset(pair for entry in lang.phrases for pair in _pairs(entry))
    return Lexer(
        lang=lang,
        regex=re.compile(pattern),
        specials={k: re.compile(p[k], re.IGNORECASE) for k in codes},
        entries={k: _specs(v) for k, v in lang.phrases.items()},
        stems={k: _specs(v) for k, v in lang.stems.items()},
        suffixes={k: _specs(v) for k, v in lang.suffixes.items()},
        stem_lengths=tuple(sorted({len(s) for s in lang.stems}, reverse=True)),
        suffix_lengths=tuple(sorted({len(s) for s in lang.suffixes}, reverse=True)),
        thousands=re.compile(p["thousands"]),
        decimal=re.compile(p["decimal"]),
        pairs=pairs,
        pair_firsts=frozenset(a for a, _ in pairs),
        pair_seconds=frozenset(b for _, b in pairs),
        reaches=re.compile(rf"(?<!\w){guard([p[k] for k in codes])}"),
        abbreviations=_abbreviations(lang.abbreviations),
        memo={"lex": {}, "word": {}, "other": {}, "chunk": {}, "joined": {}},
    )


def _pairs(phrase: str) -> list[tuple[str, str]]:
    return list(pairwise(phrase.translate(_APOSTROPHES).split(" ")))


def _specs(specs: tuple[Spec, ...]) -> TokenSpecs:
    return tuple((kind_of(s), s[1]) for s in specs)


class Chunk(NamedTuple):
    """What a chunk of text between two spaces reads as on its own, and what decides whether
    it may read differently beside its neighbours."""

    tokens: tuple[tuple[str, Any, int, int], ...]  # kind, value, start, end in the chunk
    length: int
    first: str  # its first and last word ("" if none), for the lexicon's phrases
    last: str
    head_digit: bool  # begins with a digit: may end a number begun before the space
    tail_digit: bool
    reaches: bool  # a code may begin in it and go on past the space ("v. 40")
    opens: bool  # may join the chunk after it, if that one closes (a reaching one always may)
    closes: bool  # may join the chunk before it, if that one opens


AS_WRITTEN: Any = object()  # a token whose value is the goal's own text at its span


def tokenize(text: str, code: str) -> list[Token]:
    """Canonical tokens for ``text`` in language ``code``, in text order."""
    lex = lexer_for(code)
    out: list[Token] = []
    lowered = prepared(lex, text)
    memo = lex.memo["chunk"]
    # Two lists rather than one of (start, chunk) pairs: a pair holding a named tuple stays
    # tracked by the garbage collector, and a megabyte's worth made its full collections
    # cost a third of the analysis.
    starts: list[int] = []
    chunks: list[Chunk] = []
    pos = 0
    for piece in lowered.split(" "):
        if piece:
            chunk = memo.get(piece)
            if chunk is None:
                chunk = _remember(memo, piece, _chunk(lex, piece))
            starts.append(pos)
            chunks.append(chunk)
        pos += len(piece) + 1
    i, n = 0, len(chunks)
    while i < n:
        start, chunk = starts[i], chunks[i]
        j = i  # the last chunk that must be read together with this one
        while j + 1 < n and _joined(lex, chunks[j], chunks[j + 1]):
            j += 1
        if j == i:
            for kind, value, s, e in chunk.tokens:
                s += start
                e += start
                out.append(Token(kind, text[s:e] if value is AS_WRITTEN else value, s, e))
        else:
            _read_joined(lex, text, lowered, start, starts[j] + chunks[j].length, out)
        i = j + 1
    return compose(lex, text, out)


def _read_joined(
    lex: Lexer, text: str, lowered: str, start: int, stop: int, out: list[Token]
) -> None:
    """Append the tokens of chunks read together ("by the end of", "10 000"), remembered as
    a chunk is: the same few phrases recur from goal to goal, and no token reaches past
    their ends, so they read the same anywhere. The key holds the lower-cased text too,
    which a character such as "İ" elsewhere in the goal may change (see lower)."""
    key = (text[start:stop], lowered[start:stop])
    read: tuple[tuple[str, Any, int, int], ...] | None = lex.memo["joined"].get(key)
    if read is None:
        tokens: list[Token] = []
        _scan(lex, text, lowered, start, stop, tokens)
        if tokens and tokens[-1].end > stop:  # never so far: then it is read in place
            out += tokens
            return
        read = tuple((t.kind, t.value, t.start - start, t.end - start) for t in tokens)
        _remember(lex.memo["joined"], key, read)
    for kind, value, s, e in read:
        out.append(Token(kind, value, s + start, e + start))


# What a number written with a slash is when it cannot be a date ("50/50"), or is followed
# by 'of' or 'av' ("3/4 av kunderna"): a share. "24/7" is round the clock: a condition that
# holds or not, like an outcome, so vague wording beside it still leaves the goal unmeasured
# ("Ha koll på alla bilar 24/7"); it is no cadence.
_AROUND_THE_CLOCK: Final = "24/7"
_DATE_PARTS: Final = frozenset({"NUM", "ORD"})
_AFTER_MONTH: Final = frozenset({"NUM", "ORD", "YEAR"})
_SHARE_OF: Final = frozenset({"OF", "CONFIDENCE"})  # "3/4 of", "7/10 confidence"
# "to 9/10", "a 10/10", "my 4/5": a score out of a round scale after these, not a day
_SCORE_BEFORE: Final = frozenset({"TO", "A", "POSSESSIVE"})  # "my 4/5 rating"
_SCALES: Final = frozenset({5, 10, 100})
# What a period code ("Q2", "H1") takes its year after when the year is cut short: "Q2 -27",
# "Q2 '27"
_SHORT_YEAR_AFTER: Final = frozenset({"QN", "HN"})
_SHORT_YEAR_MARK: Final = re.compile(r"\s*[-–'’]\s*")
# Where a word cannot stand in a title: a capital there begins the goal or a sentence
_TITLE_BREAK: Final = frozenset({"STOP", "MODAL", "DONE"})
# Words that lose their meaning inside a title ("Veterinary Technician Specialist")
_TITLE_WORDS: Final = frozenset({"VAGUE", "COMPARATIVE", "DIRECTION", "CONFIDENCE"})


def compose(lex: Lexer, text: str, tokens: list[Token]) -> list[Token]:
    """Tokens that only their neighbours explain, read in one pass over the goal.

    - the dot of "16. nov." and "Nov. 16" belongs to the date, not the end of a sentence;
    - a slash number before "of" is a share, and one that is no date a ratio ("50/50");
    - number words in a row make one number ("twenty five", "three hundred"), and so do the
      parts of one compound word ("tjugofem", "trehundratusen", "tjugoförsta");
    - a year cut short after a period code is that year ("Q2 -27");
    - a vague word written with a capital inside a capitalised name is part of a title
      ("Veterinary Technician Specialist", "behörigheten Säker Vatten"), not vague wording.
    """
    out: list[Token] = []
    n = len(tokens)
    for i, tok in enumerate(tokens):
        kind = tok.kind
        if kind == "STOP" and 0 < i < n - 1 and _date_dot(lex, tokens[i - 1], tok, tokens[i + 1]):
            continue
        if (kind == "DATE" and isinstance(tok.value, tuple)) or (kind == "W" and tok.value is None):
            tok = _slashed(
                tok, out[-1] if out else None, tokens[i + 1] if i + 1 < n else None, text
            )
        elif kind == "W" and len(tok.value) > 5:
            tok = _number_word(lex, tok)
        elif kind == "WNUM" and _hyphened(text, tok, tokens[i + 1] if i + 1 < n else None):
            tok = Token("W", text[tok.start : tok.end], tok.start, tok.end)
        if kind == "NUM" and out and out[-1].kind == "YEAR" and _second_year(out[-1], tok, text):
            continue  # "2027/28": a span of two years, written as one
        if kind == "NUM" and _short_year(out, tok, text):
            if out[-1].kind == "DASH":
                out.pop()
            tok = Token("YEAR", 2000 + tok.value, tok.start, tok.end)
        elif kind in _TITLE_WORDS and _in_title(
            out, tok, tokens[i + 1] if i + 1 < n else None, text
        ):
            tok = Token("W", text[tok.start : tok.end], tok.start, tok.end)
        if tok.kind == "WNUM" and out and out[-1].kind == "WNUM":
            joined = _join_numbers(out[-1].value, tok.value)
            if joined is not None:
                out[-1] = Token("WNUM", joined, out[-1].start, tok.end)
                continue
        out.append(tok)
    return out


def _hyphened(text: str, tok: Token, following: Token | None) -> bool:
    """A number word joined to a word that is no number ("three-phase", "one-page", not
    "twenty-five"): part of a name."""
    end = tok.end
    joined = text[end : end + 1] == "-" and text[end + 1 : end + 2].isalpha()
    return joined and (following is None or following.kind != "WNUM")


def _short_year(out: list[Token], number: Token, text: str) -> bool:
    value = number.value
    if not (isinstance(value, int) and 20 <= value <= 99 and number.end - number.start == 2):
        return False
    code = out[-2] if len(out) > 1 and out[-1].kind == "DASH" else out[-1] if out else None
    return (
        code is not None
        and code.kind in _SHORT_YEAR_AFTER
        and _SHORT_YEAR_MARK.fullmatch(text, code.end, number.start) is not None
    )


def _in_title(out: list[Token], tok: Token, following: Token | None, text: str) -> bool:
    """After a capitalised word, or mid-sentence before one; a capital that opens the goal
    or a sentence names nothing."""
    if not out or not text[tok.start].isupper() or out[-1].kind in _TITLE_BREAK:
        return False
    before = out[-1]
    opened = len(out) == 1 or out[-2].kind in _TITLE_BREAK
    after_name = (
        before.kind in ("W", "ROLE")
        and text[before.start].isupper()
        and not opened
        and text[before.end : tok.start] == " "
    )
    before_name = (
        following is not None
        and following.kind == "W"
        and text[following.start].isupper()
        and text[tok.end : following.start] == " "
    )
    return after_name or before_name


def _second_year(year: Token, number: Token, text: str) -> bool:
    return text[year.end : number.start] == "/" and number.value == (year.value + 1) % 100


def _date_dot(lex: Lexer, before: Token, dot: Token, after: Token) -> bool:
    """The dot right after a day ("16. nov") or an abbreviated month ("Nov. 16", "nov. 2027")."""
    if before.end != dot.start or dot.end - dot.start != 1:
        return False
    if before.kind in _DATE_PARTS:
        return after.kind == "MONTH"
    return before.kind == "MONTH" and after.kind in _AFTER_MONTH and _abbreviated(lex, before)


def _abbreviated(lex: Lexer, month: Token) -> bool:
    """Whether a month was written short: its letters begin a longer name of that month."""
    return month.end - month.start < _full_names(lex.lang.code).get(month.value, 0)


@cache
def _full_names(code: str) -> dict[int, int]:
    """Each month's shortest full name's length: 'maj' is whole, 'jan' is short."""
    entries = lexer_for(code).entries
    names: dict[int, list[str]] = {}
    for word, specs in entries.items():
        if len(specs) == 1 and specs[0][0] == "MONTH":
            names.setdefault(specs[0][1], []).append(word)
    return {
        month: min(len(w) for w in words if not any(o != w and o.startswith(w) for o in words))
        for month, words in names.items()
    }


def _slashed(tok: Token, before: Token | None, following: Token | None, text: str) -> Token:
    raw = text[tok.start : tok.end]
    parts = raw.split("/")
    if len(parts) != 2 or not all(p.isdigit() for p in parts):
        return tok
    if raw == _AROUND_THE_CLOCK:
        return Token("OUTCOME", None, tok.start, tok.end)
    a, b = int(parts[0]), int(parts[1])
    rating = before is not None and before.kind == "CONFIDENCE"
    scored = before is not None and before.kind in _SCORE_BEFORE and b in _SCALES and a <= b
    if (
        rating
        or scored
        or tok.kind == "W"
        or (following is not None and following.kind in _SHARE_OF)
    ):
        return Token("NUM", a / b if b else float(a), tok.start, tok.end)
    return tok


def _number_word(lex: Lexer, tok: Token) -> Token:
    found = _compound_number(lex.lang.code, tok.value.lower())
    if found is None:
        return tok
    return Token(found[0], found[1], tok.start, tok.end)


@lru_cache(maxsize=MEMO_SIZE)  # bounded, as the lexer's memos are: text may be random
def _compound_number(code: str, word: str) -> tuple[str, int] | None:
    """A word made only of number words ("tjugofem" → 25), the last of which may be an
    ordinal ("tjugoförsta" → the 21st); None for any other word."""
    lex = lexer_for(code)
    parts: list[int] = []
    pos = 0
    while pos < len(word):
        for end in range(len(word), pos, -1):
            specs = lex.entries.get(word[pos:end])
            if specs and len(specs) == 1 and specs[0][0] in ("WNUM", "ORD"):
                break
        else:
            return None
        kind, value = specs[0]
        if kind == "ORD" and end != len(word):
            return None  # an ordinal only ends a compound
        parts.append(value)
        pos = end
    if len(parts) < 2 or not isinstance(parts[-1], int) or parts[-1] < 0:
        return None
    total = parts[0]
    for value in parts[1:]:
        joined = _join_numbers(total, value)
        if joined is None:
            return None
        total = joined
    return ("ORD" if kind == "ORD" else "WNUM", total)


def _join_numbers(left: Any, right: Any) -> int | None:
    """The number two number words in a row make, or None when they are two numbers:
    tens and a unit (twenty five), a count of hundreds or thousands (three hundred), or
    hundreds and the rest (three hundred fifty)."""
    if not (isinstance(left, int) and isinstance(right, int)) or left <= 0 or right <= 0:
        return None
    if right in (100, 1000, 1_000_000) and left < right:
        return left * right
    if left >= 20 and left % 10 == 0 and left < 100 and right < 10:
        return left + right
    if left >= 100 and right < 100 and left % 100 == 0 and left % 1000 != right:
        return left + right
    return None


def prepared(lex: Lexer, text: str) -> str:
    """The text as the lexer reads it: lower case, abbreviations without their dots, every
    character where it was."""
    lowered = lower(text)
    if lex.abbreviations is not None and "." in lowered:
        lowered = _undotted(lex.abbreviations, lowered)
    return lowered


def _abbreviations(abbreviations: tuple[str, ...]) -> Abbreviations | None:
    """A language's dotted abbreviations, each at a word's start and end, as one pattern
    matched from up to ``reach`` characters before a dot (see _undotted)."""
    if not abbreviations:
        return None
    alternatives = "|".join(re.escape(a) for a in sorted(abbreviations, key=len, reverse=True))
    reach = max(a.index(".") for a in abbreviations)
    pattern = re.compile(rf"(?s:.){{0,{reach}}}?((?<!\w)(?:{alternatives})(?!\w))")
    return Abbreviations(pattern, reach)


def _undotted(abbreviations: Abbreviations, lowered: str) -> str:
    """``lowered`` with each abbreviation's dots as spaces ("t.o.m." → "t o m "): the
    lexicon's words, and every character still where it was.

    Every abbreviation holds a dot, so the pattern is tried only where a dot is near, not
    at every character: a goal has a dot or two, and most end with one. From a dot's reach
    on, the pattern finds the leftmost abbreviation as a scan of the whole text would: one
    that began further back would hold a dot before this one, already tried."""
    pattern, reach = abbreviations
    pieces: list[str] = []
    done = pos = 0
    while (dot := lowered.find(".", pos)) >= 0:
        found = pattern.match(lowered, max(pos, dot - reach))
        if found is None:
            pos = dot + 1
            continue
        start, end = found.span(1)
        pieces.append(lowered[done:start])
        pieces.append(lowered[start:end].replace(".", " "))
        done = pos = end
    return "".join(pieces) + lowered[done:] if pieces else lowered


def lower(text: str) -> str:
    """``text`` in lower case, each character where it was."""
    lowered = text.lower()
    if len(lowered) != len(text):  # "İ" lower-cases to two characters: keep offsets aligned
        lowered = "".join(c if len(c.lower()) != 1 else c.lower() for c in text)
    return lowered


def _joined(lex: Lexer, left: Chunk, right: Chunk) -> bool:
    """Whether a token may span the space between two chunks, or a look-ahead read past it."""
    if left.reaches:
        return True
    if not (left.opens and right.closes):  # most chunks: no need to look further
        return False
    return (left.tail_digit and right.head_digit) or (left.last, right.first) in lex.pairs


_WORD_RE = re.compile(_WORD)


def _chunk(lex: Lexer, piece: str) -> Chunk:
    tokens: list[Token] = []
    _scan(lex, piece, piece, 0, len(piece), tokens)
    words = [w.translate(_APOSTROPHES) for w in _WORD_RE.findall(piece)]
    first, last = (words[0], words[-1]) if words else ("", "")
    head_digit, tail_digit = piece[0].isdigit(), piece[-1].isdigit()
    reaches = lex.reaches.search(piece + " ") is not None
    return Chunk(
        tuple(
            (t.kind, AS_WRITTEN if t.kind == "W" and t.value is not None else t.value, t.start,
             t.end)
            for t in tokens
        ),
        len(piece), first, last, head_digit, tail_digit, reaches,
        tail_digit or last in lex.pair_firsts,
        head_digit or first in lex.pair_seconds,
    )  # fmt: skip


def _scan(lex: Lexer, text: str, lowered: str, start: int, stop: int, out: list[Token]) -> None:
    """Append the tokens of ``lowered[start:stop]`` read in place, with the text around it."""
    append = out.append
    memo_lex, memo_word, memo_other = lex.memo["lex"], lex.memo["word"], lex.memo["other"]
    for m in lex.regex.finditer(lowered, start):
        s, e = m.span()
        if s >= stop:
            break
        group = m.lastgroup
        if group == "word" or group == "lex":
            found = m.group()
            specs = (memo_word if group == "word" else memo_lex).get(found)
            if specs is None:
                specs = _learn(lex, group, found)
            if specs:
                for kind, value in specs:
                    append(Token(kind, value, s, e))
            else:
                append(Token("W", text[s:e], s, e))
        elif group in _SIMPLE:
            append(Token(_SIMPLE[group], None, s, e))
        elif group == "code":
            append(Token("W", text[s:e], s, e))
        elif group == "dash":
            if not (s > 0 and e < len(text) and text[s - 1].isalpha() and text[e].isalpha()):
                append(Token("DASH", None, s, e))
        else:
            raw = text[s:e]
            spec = memo_other.get((group, raw))
            if spec is None:
                spec = _remember(memo_other, (group, raw), _read(lex, group or "", raw))
            append(Token(spec[0], spec[1], s, e))


def _learn(lex: Lexer, group: str, found: str) -> TokenSpecs:
    """What a word or phrase means, remembered: a goal's words are mostly everyday ones, so
    the stem and suffix searches run once per distinct word, not once per occurrence."""
    looked_up = _lookup(lex, found) if group == "lex" else None
    return _remember(lex.memo[group], found, looked_up or _suffix(lex, found) or ())


def _remember(memo: dict, key: Any, meaning: Any) -> Any:
    if len(memo) < MEMO_SIZE:  # bounded: a stream of random text must not grow it forever
        memo[key] = meaning
    return meaning


def _lookup(lex: Lexer, found: str) -> TokenSpecs | None:
    """The tokens of a lexicon match: a word or phrase, or a word a prefix stem covers."""
    specs = lex.entries.get(found)
    if specs is not None:
        return specs
    key = " ".join(found.translate(_APOSTROPHES).replace("-", " ").split())
    specs = lex.entries.get(key)
    if specs is not None:
        return specs
    for k in lex.stem_lengths:
        if (specs := lex.stems.get(found[:k])) is not None:
            return specs
    return None  # case folding the regex allows but lower() spells otherwise ("İ")


def _suffix(lex: Lexer, word: str) -> TokenSpecs | None:
    """The entry whose ending ("*rapport") fits: the head of a compound decides."""
    n = len(word)
    for k in lex.suffix_lengths:
        if n > k and (specs := lex.suffixes.get(word[-k:])):
            return specs
    return None


def _read(lex: Lexer, group: str, raw: str) -> tuple[str, Any]:
    """The kind and value of a number, date, ordinal or code such as "Q3" or "v. 40"."""
    if group == "num":
        value = _number(lex, raw)
        is_year = isinstance(value, int) and len(raw) == 4 and 1900 <= value <= 2199
        return ("YEAR" if is_year else "NUM", value)
    if group == "ord":
        return ("ORD", int(raw.rstrip(_NOT_DIGITS)))
    if group == "iso":
        y, mo, d = (int(x) for x in re.split(r"[-/.]", raw))
        return _date(y, mo, d)
    if group == "dmy":
        parts = re.split(r"[/.-]", raw)
        year = int(parts[2]) + (2000 if len(parts[2]) == 2 else 0)
        return _numeric_date(lex, parts, year)
    if group == "dm":
        return _numeric_date(lex, raw.split("/"), None)
    if group == "level":
        return ("LEVEL", raw.lower())
    special = lex.specials[group].fullmatch(raw)
    assert special is not None  # the same pattern matched inside the lexer regex
    if group == "term":  # "VT28", "HT 2027": a school term and its year
        specs = lex.entries.get(special.group(1).lower(), ())
        key = next((value for kind, value in specs if kind == "TERM"), None)
        year = int(special.group(2))
        return ("TERM", (key, year + 2000 if year < 100 else year))
    return (_SPECIAL_KIND[group], int(special.group(1)))


def _number(lex: Lexer, raw: str) -> float | int:
    if len(raw) > 3 and lex.thousands.search(raw):
        raw = lex.thousands.sub("", raw)
    if lex.decimal.search(raw):
        return float(lex.decimal.sub(".", raw))
    try:
        return int(raw)
    except ValueError:  # more digits than Python converts (sys.get_int_max_str_digits)
        return float(raw)  # infinite: a number still, and never a year, day or date


def _numeric_date(lex: Lexer, parts: list[str], year: int | None) -> tuple[str, Any]:
    a, b = int(parts[0]), int(parts[1])
    day, month = (a, b) if lex.lang.numeric_date_order == "dmy" else (b, a)
    if month > 12 >= day:  # 30/6 in a month-first language
        day, month = month, day
    if not (1 <= month <= 12 and 1 <= day <= 31):
        return ("W", None)
    return _date(year, month, day)


def _date(y: int | None, mo: int, d: int) -> tuple[str, Any]:
    if y is None:
        return ("DATE", (mo, d))
    try:
        return ("DATE", date(y, mo, d))
    except ValueError:
        return ("W", None)
