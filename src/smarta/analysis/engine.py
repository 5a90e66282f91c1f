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
from .model import Analysis, Caution, Deadline, Evidence, Question, Rewrite, Verdict, new_record
from .rules import Hit, find

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
    cut = _context_end(tokens, text)
    goal = tokens[cut:] if cut else tokens  # the sentences that state the goal
    hits = find(goal, today, in_is_span=language.in_duration_is_span)
    evidence = criteria.collect(goal, hits)
    if label := _label_end(tokens, text):
        evidence = evidence._replace(vague=[t for t in evidence.vague if t.start >= label])
    deadline_hit = _pick_deadline(hits)
    deadline = _deadline(deadline_hit, goal, text, language) if deadline_hit else None
    specific = _specific(evidence, text, language)
    measurable = _measurable(evidence, text, language)
    time_bound = _time_bound(deadline, evidence, text, language)
    warnings = tuple(_warnings(goal, deadline, today, text, language))
    met = (specific.met, measurable.met, time_bound.met)
    if deadline_hit and cut:  # the rewrite reads the whole text, context and all
        first, last = deadline_hit.first_token + cut, deadline_hit.last_token + cut
        deadline_hit = deadline_hit._replace(first_token=first, last_token=last)
    rewrite = _rewrite(text, tokens, deadline_hit, met, language)
    return new_record(
        Analysis,
        (text, lang, today, specific, measurable, time_bound, deadline, warnings,
         _questions(lang), rewrite),
    )  # fmt: skip


def suggest_rewrite(
    text: str, lang: str, *, met: tuple[bool, bool, bool], today: date | None = None
) -> Rewrite | None:
    """The rewrite of ``text`` for a judgement of (specific, measurable, time-bound) given
    by someone else, such as a coach or a labelled example; ``analyze`` uses its own."""
    tokens, language = tokenize(text, lang), get_language(lang)
    hits = find(tokens, today or date.today(), in_is_span=language.in_duration_is_span)
    return _rewrite(text, tokens, _pick_deadline(hits), met, language)


@cache
def _questions(lang: str) -> tuple[Question, ...]:
    texts = get_language(lang).texts
    return tuple(Question(code, texts[f"question.{code}"], scale) for code, scale in QUESTIONS)


# A sentence that tells where the person stands opens with its subject ("Jag är …", "Our
# team grew …"); one that states the goal holds a modal ("Jag vill …", "I'd like to …").
SUBJECT_KINDS: Final = frozenset({"CLAUSE", "POSSESSIVE", "DONE"})
# where a sentence, or a clause before a comma, ends
CLAUSE_ENDS: Final = frozenset(".!?,")
# What a label before the goal is made of: who the person is ("Planarkitekt på kommunen:",
# "Wind turbine tech –"), never a time phrase ("Q3:", "Senast i juni:") or an action.
LABEL_KINDS: Final = frozenset(
    {"W", "ROLE", "POST", "OBJECT", "IN", "ON", "A", "THE", "VAGUE", "LABEL"}
)
LABEL_ENDS: Final = frozenset(":.–—-")
LONGEST_LABEL: Final = 6


def _context_end(tokens: list[Token], text: str) -> int:
    """Where the goal begins after sentences of background: "Jag är receptionist på ett
    hotell med 140 rum. Jag vill ta mer ansvar." The 140 rooms are no measure of the goal,
    nor is "this year" in "Our team grew from 6 to 11 people this year" its deadline. Only
    sentences (or clauses before a comma) that open with a subject and hold no modal, before
    one that holds a modal, are background; 0 when there are none."""
    cut, opens = 0, True  # opens: at the first token of a sentence
    for tok_index, tok in enumerate(tokens):
        if tok.kind == "MODAL":
            return cut
        if opens and tok.kind not in SUBJECT_KINDS:
            return 0  # a sentence that does not tell where one stands is the goal's
        opens = tok.kind in ("STOP", "COMMA") and text[tok.start : tok.start + 1] in CLAUSE_ENDS
        if opens:
            cut = tok_index + 1
    return 0


def _label_end(tokens: list[Token], text: str) -> int:
    """Where a label of who the person is ends ("Nursery room leader –", "Plutonchef:"),
    as an offset in the text; 0 when the goal has none. Its vague words (a leader) say who
    the person is, not what the goal leaves open."""
    for i, tok in enumerate(tokens[: LONGEST_LABEL + 1]):
        if tok.kind in ("STOP", "DASH") and text[tok.start : tok.start + 1] in LABEL_ENDS:
            return tok.end if i > 0 and len(tokens) - i > 2 else 0
        if tok.kind not in LABEL_KINDS:
            return 0
    return 0


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
        out.append(
            new_record(Evidence, (text[start:end], start, end, texts[REASON_TEXT[reason]], rule))
        )
    return tuple(out)


def _words(text: str, spans) -> str:
    return ", ".join(dict.fromkeys([text[s.start : s.end] for s in spans]))


def _deadline(hit: Hit, tokens: list[Token], text: str, language: Language) -> Deadline:
    start, end = tokens[hit.first_token].start, tokens[hit.last_token].end
    assert hit.deadline is not None  # only deadline hits are picked
    reason = language.texts[REASON_TEXT["deadline"]]
    phrase = new_record(Evidence, (text[start:end], start, end, reason, hit.rule.name))
    return new_record(Deadline, (hit.deadline, phrase))


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
        elif ev.open_ended:
            suggestion = language.texts["suggest.specific.indefinite"].format(
                words=_words(text, ev.open_ended)
            )
        else:
            suggestion = language.texts["suggest.specific"]
    return new_record(Verdict, (met, _evidence(text, spans, language), suggestion))


def _measurable(ev: criteria.Findings, text: str, language: Language) -> Verdict:
    met, spans = criteria.measurable(ev)
    suggestion = None
    if not met:
        comparatives = [t for t in ev.vague if t.kind == "COMPARATIVE"] + ev.unbounded
        suggestion = (
            language.texts["suggest.measurable.vague"].format(words=_words(text, comparatives))
            if comparatives
            else language.texts["suggest.measurable"]
        )
    return new_record(Verdict, (met, _evidence(text, spans, language), suggestion))


def _time_bound(
    deadline: Deadline | None, ev: criteria.Findings, text: str, language: Language
) -> Verdict:
    if deadline:  # its phrase is the evidence
        return new_record(Verdict, (True, (deadline.phrase,), None))
    schedules = ev.schedules
    if schedules:
        responding = any(s.reason == "response" for s in schedules)
        key = "suggest.time_bound.response" if responding else "suggest.time_bound.cadence"
        suggestion = language.texts[key].format(words=_words(text, schedules))
        return new_record(Verdict, (False, _evidence(text, schedules, language), suggestion))
    return new_record(Verdict, (False, (), language.texts["suggest.time_bound"]))


def _warnings(
    tokens: list[Token], deadline: Deadline | None, today: date, text: str, language: Language
) -> list[Caution]:
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
    text: str, tokens: list[Token], deadline_hit: Hit | None, met: tuple[bool, bool, bool],
    language: Language,
) -> Rewrite | None:  # fmt: skip
    """The goal with a placeholder for each criterion it misses, in the person's own words.

    - All of S, M and T met: no rewrite.
    - Nothing the person wrote moves or changes: the time phrase keeps its place and its own
      preposition ("under våren", "inom tre år"), a number its unit ("10-minute"), and the
      final punctuation stays.
    - Specific: the result's placeholder goes before a time phrase that ends the sentence,
      else at the end; the time frame's placeholder at the end.
    - Not specific: an action's placeholder comes first, "<action> to" + the person's words
      without their opening subject and modal ("I want to", "Jag vill") and with a small first
      letter (not for "SQL" or "LinkedIn"); a time phrase that opens the sentence stays first
      ("By the end of the year <action> to …"); the result's placeholder joins with “and”.
    """
    specific, measurable, time_bound = met
    if all(met):
        return None
    texts = language.texts
    body, ending = _without_final_punctuation(text)
    frame = _time_phrase(tokens, deadline_hit, len(body))
    leading = frame is not None and not text[: frame[0]].strip()
    final = frame is not None and not body[frame[1] :].strip()
    words = body
    if not specific:  # an action first; the person's words say what it is for
        head = body[: frame[1]] + " " if leading and frame else ""
        opening = _opening_end(tokens, len(head), len(body))
        template = texts["rewrite.action"]
        words = (head + template.format(words=_lowered_first(body[opening:]))).rstrip()
        if frame and not leading:  # where the time phrase is now
            shift = len(head) + template.index("{words}") - opening
            frame = (frame[0] + shift, frame[1] + shift)
        final = final and not leading  # a goal that is only its time phrase now opens with it
    if not measurable:
        key = "rewrite.result" if specific else "rewrite.result_after_action"
        insert = texts[key]
        if final and frame:
            words = words[: frame[0]].rstrip() + insert + " " + words[frame[0] :]
        else:
            words = words.rstrip() + insert
    if not time_bound:
        words = words.rstrip() + texts["rewrite.time_frame"]
    missing = tuple(c for c, ok in zip(criteria.CRITERIA, met, strict=True) if not ok)
    return new_record(Rewrite, (words + ending, missing))


def _without_final_punctuation(text: str) -> tuple[str, str]:
    body = text.rstrip()
    stripped = body.rstrip(".!?…")
    return stripped.rstrip(), body[len(stripped) :]


def _time_phrase(tokens: list[Token], hit: Hit | None, limit: int) -> tuple[int, int] | None:
    """Where the deadline's phrase is, with its own preposition ("senast den 15 maj")."""
    if hit is None:
        return None
    start, end = tokens[hit.first_token].start, tokens[hit.last_token].end
    return (start, min(end, limit)) if start < limit else None


def _opening_end(tokens: list[Token], start: int, limit: int) -> int:
    """Where the goal's words begin, from ``start``, after its subject and modal ("Jag vill",
    "I will") and any comma."""
    for token in tokens:
        if token.start >= start and token.kind not in OPENING_KINDS:
            return min(token.start, limit)
    return limit


def _lowered_first(words: str) -> str:
    """The first letter in lower case, unless the first word is an acronym or a name written
    with capitals inside it ("SQL", "LinkedIn")."""
    first = words.split(" ", 1)[0]
    if len(first) > 1 and any(c.isupper() or c.isdigit() for c in first[1:]):  # "Q2", "SQL"
        return words
    return words[:1].lower() + words[1:]
