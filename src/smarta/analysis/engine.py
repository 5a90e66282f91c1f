"""``analyze``: one goal sentence in, an explained SMART analysis out."""

from __future__ import annotations

from datetime import date
from functools import cache
from operator import itemgetter
from typing import Final

from . import criteria
from .criteria import Span
from .detect import detect_language
from .lang import AVAILABLE, Language, get_language
from .lexer import Token, tokenize
from .model import Analysis, Caution, Deadline, Evidence, Question, Rewrite, Verdict
from .model import new_record as _new
from .rules import MARKERS, Hit, find

QUESTIONS: Final = (
    ("motivation", (1, 10)),
    ("likelihood", (1, 10)),
    ("risks", None),
    ("minimum", None),
    ("stretch", None),
    ("helpers", None),
)
# A change this large in this little time earns the "short time" warning.
LARGE_PERCENT: Final = 30
LARGE_RATIO: Final = 1.5
SHORT_DAYS: Final = 30
# What may come before a goal's first word of content, and what counts as its action.
OPENING_KINDS: Final = frozenset({"MODAL", "STOP", "COMMA"})
ACTION_KINDS: Final = frozenset({"OUTCOME", "RESPOND"})
# What may follow an amount and belongs to its result: a unit ("from 10 to 5 days"), a per
# cent or currency sign. Nouns stay in the action, where the sentence needs them.
COUNTED_KINDS: Final = frozenset({"PCT", "CUR"})
COUNTED_WORDS: Final = 2
VERB_AMOUNTS: Final = frozenset({"MULT"})  # 'halve', 'double': the action itself


_START: Final = itemgetter(0)  # a Span's start
# Each evidence class's text in the language data.
REASON_TEXT: Final = {reason: f"evidence.{reason}" for reason in criteria.REASONS}


class UnknownLanguageError(ValueError):
    """The requested language has no data module."""


def analyze(text: str, lang: str | None = None, today: date | None = None) -> Analysis:
    """Judge a goal against the SMART criteria that can be read from its text.

    ``lang`` is ``"sv"`` or ``"en"`` (detected when None); ``today`` is the day the goal
    was written, from which relative frames count (the current date when None).
    Specific, Measurable and Time-bound come with the words that decided them and, when
    not met, a suggestion in the goal's language; Accepted and Realistic come as the
    questions only people can answer. Never raises for any ``text``.
    """
    if lang is None:
        lang = detect_language(text)
    elif lang not in AVAILABLE:
        raise UnknownLanguageError(f"unknown language {lang!r}; known: {', '.join(AVAILABLE)}")
    today = today or date.today()
    language = get_language(lang)
    tokens = tokenize(text, lang)
    hits = find(tokens, today)
    evidence = criteria.collect(tokens, hits)
    deadline_hit = _pick_deadline(hits)
    deadline = _deadline(deadline_hit, tokens, text, language) if deadline_hit else None
    specific = _specific(evidence, text, language)
    measurable = _measurable(evidence, text, language)
    time_bound = _time_bound(deadline, evidence, text, language)
    warnings = tuple(_warnings(tokens, hits, deadline, today, text, language))
    rewrite = _rewrite(text, tokens, deadline_hit, specific, measurable, evidence, language)
    return _new(
        Analysis,
        (text, lang, today, specific, measurable, time_bound, deadline, warnings,
         _questions(lang), rewrite),
    )  # fmt: skip


@cache
def _questions(lang: str) -> tuple[Question, ...]:
    texts = get_language(lang).texts
    return tuple(Question(code, texts[f"question.{code}"], scale) for code, scale in QUESTIONS)


def _pick_deadline(hits: list[Hit]) -> Hit | None:
    """A phrase with a deadline marker or a full date beats a bare one; then the latest."""
    best = None
    for hit in hits:
        if hit.deadline and (
            best is None or (hit.marked, hit.deadline) > (best.marked, best.deadline)
        ):
            best = hit
    return best


def _evidence(text: str, spans: list[Span], language: Language) -> tuple[Evidence, ...]:
    texts = language.texts
    if len(spans) > 1:
        spans = sorted(spans, key=_START)
    out = []
    for start, end, reason, rule, _, _ in spans:
        out.append(_new(Evidence, (text[start:end], start, end, texts[REASON_TEXT[reason]], rule)))
    return tuple(out)


def _words(text: str, spans) -> str:
    return ", ".join(dict.fromkeys([text[s.start : s.end] for s in spans]))


def _deadline(hit: Hit, tokens: list[Token], text: str, language: Language) -> Deadline:
    start, end = tokens[hit.first_token].start, tokens[hit.last_token].end
    assert hit.deadline is not None  # only deadline hits are picked
    reason = language.texts[REASON_TEXT["deadline"]]
    phrase = _new(Evidence, (text[start:end], start, end, reason, hit.rule.name))
    return _new(Deadline, (hit.deadline, phrase))


def _specific(ev: criteria.Findings, text: str, language: Language) -> Verdict:
    met, spans = criteria.specific(ev)
    suggestion = None
    if not met:
        directions = [t for t in ev.vague if t.kind == "DIRECTION"]
        if directions and not ev.amounts:
            suggestion = language.texts["suggest.specific.direction"].format(
                words=_words(text, directions)
            )
        elif ev.vague:
            suggestion = language.texts["suggest.specific.vague"].format(
                words=_words(text, ev.vague)
            )
        else:
            suggestion = language.texts["suggest.specific"]
    return _new(Verdict, (met, _evidence(text, spans, language), suggestion))


def _measurable(ev: criteria.Findings, text: str, language: Language) -> Verdict:
    met, spans = criteria.measurable(ev)
    suggestion = None
    if not met:
        comparatives = [t for t in ev.vague if t.kind == "COMPARATIVE"]
        suggestion = (
            language.texts["suggest.measurable.vague"].format(words=_words(text, comparatives))
            if comparatives
            else language.texts["suggest.measurable"]
        )
    return _new(Verdict, (met, _evidence(text, spans, language), suggestion))


def _time_bound(
    deadline: Deadline | None, ev: criteria.Findings, text: str, language: Language
) -> Verdict:
    if deadline:  # its phrase is the evidence
        return _new(Verdict, (True, (deadline.phrase,), None))
    schedules = ev.schedules
    if schedules:
        responding = any(s.reason == "response" for s in schedules)
        key = "suggest.time_bound.response" if responding else "suggest.time_bound.cadence"
        suggestion = language.texts[key].format(words=_words(text, schedules))
        return _new(Verdict, (False, _evidence(text, schedules, language), suggestion))
    return _new(Verdict, (False, (), language.texts["suggest.time_bound"]))


def _warnings(
    tokens: list[Token], hits: list[Hit], deadline: Deadline | None, today: date, text: str,
    language: Language,
) -> list[Caution]:  # fmt: skip
    texts, out = language.texts, []
    if deadline and deadline.date < today:
        out.append(
            Caution("deadline_passed", texts["warn.deadline_passed"].format(date=deadline.date))
        )
    opening = None
    for token in tokens:
        if token.kind not in OPENING_KINDS:
            opening = token
            break
    if (
        opening is not None
        and opening.kind == "DIRECTION"
        and not any(t.kind in ACTION_KINDS for t in tokens)
    ):
        word = text[opening.start : opening.end]
        out.append(
            Caution(
                "direction_without_action",
                texts["warn.direction_without_action"].format(words=word),
            )
        )
    if deadline and 0 <= (deadline.date - today).days <= SHORT_DAYS and _large_change(tokens):
        days = (deadline.date - today).days
        out.append(Caution("short_time", texts["warn.short_time"].format(days=days)))
    return out


def _large_change(tokens: list[Token]) -> bool:
    """Halve/double, a big percentage, or "from X to Y" with a large ratio."""
    numbers = []
    for i, tok in enumerate(tokens):
        if tok.kind == "MULT":
            return True
        if tok.kind in ("NUM", "WNUM"):
            following = tokens[i + 1].kind if i + 1 < len(tokens) else None
            if following == "PCT" and tok.value >= LARGE_PERCENT:
                return True
            numbers.append(tok.value)
    has_range = any(t.kind == "FROM" for t in tokens)
    if has_range and len(numbers) >= 2 and min(numbers[:2]) > 0:
        a, b = numbers[:2]
        return max(a, b) / min(a, b) >= LARGE_RATIO
    return False


def _rewrite(
    text: str, tokens: list[Token], deadline_hit: Hit | None, specific: Verdict,
    measurable: Verdict, ev: criteria.Findings, language: Language,
) -> Rewrite:  # fmt: skip
    texts = language.texts
    time_frame = None
    removed: list[tuple[int, int]] = []
    if deadline_hit:
        first = deadline_hit.first_token
        while first < deadline_hit.last_token and tokens[first].kind in MARKERS:
            first += 1  # the template says "by" itself
        time_frame = text[tokens[first].start : tokens[deadline_hit.last_token].end]
        removed.append(
            (tokens[deadline_hit.first_token].start, tokens[deadline_hit.last_token].end)
        )
    result = None
    quantities = _quantities(tokens, ev.amounts) if measurable.met else []
    if quantities:
        result = _words(text, quantities)
        removed += [(s.start, s.end) for s in quantities]
    action = _action(text, tokens, removed) if specific.met else None
    filled = texts["rewrite.template"].format(
        action=action or texts["rewrite.action"],
        result=result or texts["rewrite.result"],
        time_frame=time_frame or texts["rewrite.time_frame"],
    )
    return _new(Rewrite, (filled, action, result, time_frame))


def _quantities(tokens: list[Token], amounts: list[Span]) -> list[Span]:
    """The amounts as results, each with its unit ("from 10 to 5 days", not "from 10 to 5"
    and a stray unit word in the action). A verb that is an amount ('halve') stays in the action."""
    out = []
    for amount in sorted(amounts, key=_START) if len(amounts) > 1 else amounts:
        if tokens[amount.first_token].kind in VERB_AMOUNTS:
            continue
        last = amount.last_token
        taken = 0
        while last + 1 < len(tokens) and taken < COUNTED_WORDS and _counted(tokens[last + 1]):
            last, taken = last + 1, taken + 1
        if taken:  # NamedTuple._replace would cost more than the rest of this loop
            start, _, reason, rule, first, _ = amount
            amount = _new(Span, (start, tokens[last].end, reason, rule, first, last))
        out.append(amount)
    return out


def _counted(token: Token) -> bool:
    return token.kind in COUNTED_KINDS or token.kind.startswith("U_")


def _action(text: str, tokens: list[Token], removed: list[tuple[int, int]]) -> str | None:
    """The goal's own words without the modal opening, the deadline and the result."""
    pos = 0
    for token in tokens:
        if token.kind != "MODAL":
            pos = token.start
            break
    pieces = []
    for s, e in sorted(removed) if len(removed) > 1 else removed:
        if s > pos:
            pieces.append(text[pos:s])
        pos = max(pos, e)
    pieces.append(text[pos:])
    action = " ".join(" ".join(pieces).split()).strip(" .,;:!?")
    return action[:1].upper() + action[1:] if action else None
