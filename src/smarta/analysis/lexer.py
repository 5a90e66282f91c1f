"""Turn a goal into canonical tokens with one language's data.

Each token has a kind (``MONTH``, ``WITHIN``, ``NUM``, ``U_WEEK``, ``W`` for a word the
language data does not know, …), a value and the character span it came from. The rest of
the engine only ever sees kinds and values, never the words themselves.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date
from functools import cache
from typing import Any, NamedTuple

from .lang import Language, Spec, get_language


class Token(NamedTuple):
    kind: str
    value: Any
    start: int
    end: int


# Valued concepts whose token kind is not simply the concept in upper case.
_KIND = {
    "number": "WNUM", "ordinal": "ORD", "percent": "PCT", "currency": "CUR", "multiplier": "MULT",
}  # fmt: skip


def kind_of(spec: Spec) -> str:
    concept, value = spec
    if concept == "unit":
        return f"U_{value.upper()}"
    return _KIND.get(concept, concept.upper())


_WORD = r"[^\W\d_]+(?:['’][^\W\d_]+)*"


@dataclass(frozen=True, slots=True)
class Lexer:
    lang: Language
    regex: re.Pattern[str]
    specials: dict[str, re.Pattern[str]]
    # first word of a phrase -> [(words, tokens)], longest phrase first
    phrases: dict[str, list[tuple[tuple[str, ...], tuple[tuple[str, Any], ...]]]]
    stem_lengths: tuple[int, ...]
    suffix_lengths: tuple[int, ...]
    thousands: re.Pattern[str]
    decimal: re.Pattern[str]


@cache
def lexer_for(code: str) -> Lexer:
    lang = get_language(code)
    p = lang.patterns
    number = (
        rf"\d{{1,3}}(?:(?:{p['thousands']})\d{{3}})+(?!\d)(?:(?:{p['decimal']})\d+)?"
        rf"|\d+(?:(?:{p['decimal']})\d+)?"
    )
    special = {k: p[k] for k in ("quarter", "half", "week", "level")}
    alternatives = [
        r"(?P<iso>(?<!\d)\d{4}-\d{1,2}-\d{1,2}(?!\d))",
        r"(?P<dmy>(?<!\d)\d{1,2}(?P<sep>[/.-])\d{1,2}(?P=sep)(?:\d{4}|\d{2})(?!\d))",
        r"(?P<dm>(?<![\d/])\d{1,2}/\d{1,2}(?![\d/]))",
        *(rf"(?P<{k}>(?<!\w)(?:{v})(?!\w))" for k, v in special.items()),
        rf"(?P<ord>(?<!\d)\d{{1,2}}(?:{p['ordinal_suffix']})(?!\w))",
        rf"(?P<num>{number})",
        rf"(?P<word>{_WORD})",
        r"(?P<pct>%)",
        r"(?P<cur>[$€£])",
        r"(?P<dash>[-–—])",
        r"(?P<comma>,)",
        r"(?P<stop>[.!?;:])",
    ]
    phrases: dict[str, list] = {}
    for phrase, specs in lang.phrases.items():
        words = tuple(phrase.split(" "))
        tokens = tuple((kind_of(s), s[1]) for s in specs)
        phrases.setdefault(words[0], []).append((words, tokens))
    for entries in phrases.values():
        entries.sort(key=lambda e: -len(e[0]))
    return Lexer(
        lang=lang,
        regex=re.compile("|".join(alternatives), re.IGNORECASE),
        specials={k: re.compile(v, re.IGNORECASE) for k, v in special.items()},
        phrases=phrases,
        stem_lengths=tuple(sorted({len(s) for s in lang.stems}, reverse=True)),
        suffix_lengths=tuple(sorted({len(s) for s in lang.suffixes}, reverse=True)),
        thousands=re.compile(p["thousands"]),
        decimal=re.compile(p["decimal"]),
    )


def _number(lex: Lexer, raw: str) -> float | int:
    raw = lex.thousands.sub("", raw) if len(raw) > 3 and lex.thousands.search(raw) else raw
    if lex.decimal.search(raw):
        return float(lex.decimal.sub(".", raw))
    return int(raw)


def _numeric_date(lex: Lexer, parts: list[str], year: int | None) -> Token | None:
    a, b = int(parts[0]), int(parts[1])
    day, month = (a, b) if lex.lang.numeric_date_order == "dmy" else (b, a)
    if month > 12 and day <= 12:  # 30/6 in a month-first language
        day, month = month, day
    if not (1 <= month <= 12 and 1 <= day <= 31):
        return None
    return (year, month, day)  # type: ignore[return-value]


def _raw_tokens(lex: Lexer, text: str) -> list[Token]:
    """Tokens before phrase lookup: words stay as ("word", lower-case form)."""
    out: list[Token] = []
    for m in lex.regex.finditer(text):
        group, s, e = m.lastgroup, m.start(), m.end()
        raw = m.group()
        if group == "word":
            out.append(Token("word", raw.lower(), s, e))
        elif group == "num":
            value = _number(lex, raw)
            is_year = isinstance(value, int) and len(raw) == 4 and 1900 <= value <= 2199
            out.append(Token("YEAR" if is_year else "NUM", value, s, e))
        elif group == "ord":
            out.append(Token("ORD", int(re.match(r"\d+", raw).group()), s, e))
        elif group == "iso":
            y, mo, d = (int(x) for x in raw.split("-"))
            out.append(_date_token(y, mo, d, s, e))
        elif group == "dmy":
            parts = re.split(r"[/.-]", raw)
            year = int(parts[2]) + (2000 if len(parts[2]) == 2 else 0)
            ymd = _numeric_date(lex, parts, year)
            out.append(_date_token(*ymd, s, e) if ymd else Token("W", raw, s, e))
        elif group == "dm":
            ymd = _numeric_date(lex, raw.split("/"), None)
            out.append(_date_token(*ymd, s, e) if ymd else Token("W", raw, s, e))
        elif group in ("quarter", "half", "week"):
            number = lex.specials[group].fullmatch(raw).group(1)
            kind = {"quarter": "QN", "half": "HN", "week": "WN"}[group]
            out.append(Token(kind, int(number), s, e))
        elif group == "level":
            out.append(Token("LEVEL", raw.lower(), s, e))
        elif group == "dash":
            between_letters = (
                s > 0 and e < len(text) and text[s - 1].isalpha() and text[e].isalpha()
            )
            if not between_letters:
                out.append(Token("DASH", None, s, e))
        else:
            out.append(Token(group.upper(), None, s, e))
    return out


def _date_token(y: int | None, mo: int, d: int, s: int, e: int) -> Token:
    if y is not None:
        try:
            return Token("DATE", date(y, mo, d), s, e)
        except ValueError:
            return Token("W", None, s, e)
    return Token("DATE", (mo, d), s, e)


def tokenize(text: str, code: str) -> list[Token]:
    """Canonical tokens for ``text`` in language ``code``, in text order."""
    lex = lexer_for(code)
    raw = _raw_tokens(lex, text)
    out: list[Token] = []
    i, n = 0, len(raw)
    while i < n:
        tok = raw[i]
        if tok.kind != "word":
            out.append(tok)
            i += 1
            continue
        matched = _match_phrase(lex, text, raw, i)
        if matched:
            length, specs = matched
            s, e = tok.start, raw[i + length - 1].end
            out.extend(Token(k, v, s, e) for k, v in specs)
            i += length
            continue
        specs = _affix(lex, tok.value)
        if specs:
            out.extend(Token(kind_of(sp), sp[1], tok.start, tok.end) for sp in specs)
        else:
            out.append(Token("W", text[tok.start : tok.end], tok.start, tok.end))
        i += 1
    return out


def _affix(lex: Lexer, word: str) -> tuple[Spec, ...] | None:
    """The entry whose prefix ("certifi*") or, failing that, suffix ("*rapport") fits."""
    n = len(word)
    for k in lex.stem_lengths:
        if n >= k and (specs := lex.lang.stems.get(word[:k])):
            return specs
    for k in lex.suffix_lengths:
        if n > k and (specs := lex.lang.suffixes.get(word[-k:])):
            return specs
    return None


def _match_phrase(
    lex: Lexer, text: str, raw: list[Token], i: int
) -> tuple[int, tuple[tuple[str, Any], ...]] | None:
    candidates = lex.phrases.get(raw[i].value)
    if not candidates:
        return None
    for words, specs in candidates:
        n = len(words)
        if i + n > len(raw):
            continue
        ok = True
        for j in range(1, n):
            prev, cur = raw[i + j - 1], raw[i + j]
            gap = text[prev.end : cur.start]
            if cur.kind != "word" or cur.value != words[j] or not (gap.isspace() or gap == "-"):
                ok = False
                break
        if ok:
            return n, specs
    return None
