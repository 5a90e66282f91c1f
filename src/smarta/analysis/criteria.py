"""Specific and Measurable, judged from tokens and rule hits (see domain.md).

The judgement is a small decision over evidence classes:

- an *amount* (a free number, a measure rule such as "from X to Y", a level, halve/double),
- a *schedule* (a cadence or a response-time promise): measurable, but no amount,
- an *outcome* (a done/not-done result, a named role) or a *named* thing (Excel, ITIL, or a
  thing such as a report or an app: concrete, but done or not done only by what is done to it),
- *vague* wording (better, more, improve, increase…) that only an amount pins down.

Some words change what their neighbours are: a role followed by a relative word (that, som)
describes a kind of person rather than a role to reach; a number beside a confidence word rates
the goal (its R), it does not measure it; "give 110 %" is effort, not an amount; "at least B"
is a threshold on a grade.
"""

from __future__ import annotations

from typing import Final, NamedTuple

from .lexer import Token
from .model import new_record
from .rules import Hit

AMOUNT_KINDS: Final = frozenset({"LEVEL", "MULT"})
OUTCOME_KINDS: Final = frozenset({"OUTCOME", "ROLE", "POST", "RESPOND", "DONE"})
# What a confidence rating beside its word is written with: "80 %", "7/10", "4 out of 10".
RATING_KINDS: Final = frozenset({"NUM", "WNUM", "PCT", "OF", "DASH"})
# Grades a threshold may name by a single letter ("minst B", "at least a C").
GRADE_LETTERS: Final = frozenset("ABCDEF")
OPENING_KINDS: Final = frozenset({"STOP", "MODAL", "DONE"})
# A threshold word with no number after it ("mer än förra året") is a comparative.
VAGUE_KINDS: Final = frozenset({"VAGUE", "COMPARATIVE", "DIRECTION", "AT_LEAST", "AT_MOST"})
NUMBER_KINDS: Final = frozenset({"NUM", "WNUM"})
# What a counted amount ends with ("50", "50 %"): what a vague quality after it is of.
COUNT_ENDS: Final = NUMBER_KINDS | {"PCT"}
# What an indefinite word leaves open: a thing to take, get or do ("some kind of course").
THINGS: Final = frozenset({"OUTCOME", "OBJECT", "ROLE", "POST"})
# The kinds that can be evidence at all; a goal's other tokens are skipped at once.
CLASSIFIED: Final = (
    AMOUNT_KINDS
    | OUTCOME_KINDS
    | VAGUE_KINDS
    | NUMBER_KINDS
    | {"W", "OBJECT", "CONFIDENCE", "INDEFINITE", "THING", "FREQUENCY", "FEW", "ONGOING"}
    | {"ACTIVITY", "SPECIALIST", "BEGIN", "GRADE"}
)


# The criteria read from the text, in the order a person reads them.
CRITERIA: Final = ("specific", "measurable", "time_bound")
# Why words are evidence: a span's class, or the deadline's phrase.
REASONS: Final = (
    "quantity",
    "outcome",
    "named",
    "cadence",
    "response",
    "vague",
    "indefinite",
    "deadline",
)


class Span(NamedTuple):
    start: int
    end: int
    reason: str  # one of REASONS
    rule: str | None = None
    first_token: int = -1  # its tokens' indices, for a span read from tokens
    last_token: int = -1


class Findings(NamedTuple):
    amounts: list[Span]
    schedules: list[Span]
    outcomes: list[Span]
    named: list[Span]
    vague: list[Token]
    open_ended: list[Token]  # "some kind of course": which one is left open (not Specific)
    # "now and then", "a few", "carry on …": an activity with no number or end (concrete, not
    # Measurable)
    unbounded: list[Token]
    # "50 % mer effektiv", "30% more productive": an amount of a vague quality, which the
    # amount does not pin down (not Specific)
    unpinned: list[Token]


def _is_label(tokens: list[Token], i: int) -> bool:
    """A number that is part of a name: "ITIL 4", "Python 3", "linje 4", "route 12", and the
    second of a range of them ("grad 3–4")."""
    if tokens[i].kind != "NUM":
        return False
    if _glued_capitals(tokens, i) or _plural(tokens, i):
        return True
    if i == 0:
        return False
    before = tokens[i - 1]
    if before.kind == "DASH" and i >= 2:
        return _is_label(tokens, i - 2)
    # "läsåret 26/27": the number names the school year
    named = before.kind == "W" and _is_named(tokens, i - 1)
    return before.kind in ("LABEL", "TERM") or named


def _plural(tokens: list[Token], i: int) -> bool:
    """ "the over-65s", "the 1990s": a number with a plural ending names a group or a
    decade; it counts nothing."""
    after = tokens[i + 1] if i + 1 < len(tokens) else None
    return after is not None and after.value == "s" and after.start == tokens[i].end


def _glued_capitals(tokens: list[Token], i: int) -> bool:
    """ "5G", "3D", "4K": a number written together with capitals is a name."""
    if i + 1 >= len(tokens):
        return False
    after = tokens[i + 1]
    word = after.value if after.kind == "W" else None
    return after.start == tokens[i].end and isinstance(word, str) and word.isupper()


def _background(tokens: list[Token]) -> set[int]:
    """The numbers of a duration told as background after a perfect tense ("I've been a
    paralegal for about four years", "har jobbat i fem år"): how long so far, not an amount."""
    perfect = next((i for i, t in enumerate(tokens) if t.kind == "PERFECT"), None)
    if perfect is None:
        return set()
    found = set()
    for i in range(perfect + 1, len(tokens) - 1):
        if tokens[i].kind in NUMBER_KINDS and tokens[i + 1].kind.startswith("U_"):
            j = i - 1
            while j > perfect and tokens[j].kind == "FILLER":
                j -= 1
            if tokens[j].kind in ("FOR", "IN"):
                found.add(i)
    return found


def _described_count(tokens: list[Token], i: int) -> bool:
    """A count that may say who or what there is rather than how much to reach: "Vara en
    tydligare chef för mina 8 medarbetare", "a more visible leader for my team of 12". Beside
    vague wording it is that; alone it is the amount ("Clear my backlog of 40 reviews")."""
    before = tokens[i - 1].kind if i else ""
    if before == "POSSESSIVE":
        return True
    return before == "OF" and i >= 3 and tokens[i - 3].kind == "POSSESSIVE"


def _compound_head(tokens: list[Token], i: int) -> bool:
    """A direction or vague word between two nouns is part of a compound ("the crane lift
    plan", "a football coaching badge")."""
    return (
        0 < i < len(tokens) - 1
        and tokens[i - 1].kind == "W"
        and tokens[i + 1].kind in ("OBJECT", "OUTCOME")
    )


def _is_named(tokens: list[Token], i: int) -> bool:
    word = tokens[i].value or ""  # an unknown word as written (None: a malformed date)
    if len(word) > 1 and word.isupper():
        return True  # an acronym: SQL, GDPR, AWS
    starts_sentence = i == 0 or tokens[i - 1].kind in OPENING_KINDS
    return word[:1].isupper() and not starts_sentence


def _rated(tokens: list[Token]) -> set[int]:
    """The numbers right beside a confidence word ("80 % confident", "confidence 7/10",
    "confidence level 4 out of 10"): a rating of the goal, not a measure of it."""
    rated: set[int] = set()
    for i, tok in enumerate(tokens):
        if tok.kind == "CONFIDENCE":
            for step in (-1, 1):
                j = i + step
                while 0 <= j < len(tokens) and tokens[j].kind in RATING_KINDS:
                    rated.add(j)
                    j += step
    return rated


def _rates(tokens: list[Token], i: int) -> bool:
    near = tokens[max(0, i - 1) : i + 2]
    return any(t.kind in RATING_KINDS for t in near)


def _is_effort(tokens: list[Token], first: int) -> bool:
    """ "give 110 %": a percentage over a hundred after an effort verb."""
    value = tokens[first].value
    return (
        first > 0
        and tokens[first - 1].kind == "EFFORT"
        and isinstance(value, (int, float))
        and value > 100
    )


def _is_grade_threshold(tokens: list[Token], i: int) -> bool:
    """ "minst B", "at least a C": a threshold followed by a grade's letter."""
    j = i + 1 + (i + 1 < len(tokens) and tokens[i + 1].kind == "A")
    if j >= len(tokens) or tokens[j].kind != "W":
        return False
    word = tokens[j].value or ""
    return len(word) == 1 and word in GRADE_LETTERS


def _described(tokens: list[Token]) -> list[Token]:
    """ "Vara mäklaren som alla rekommenderar", "Be the first call for anyone": a goal that
    begins with be/become and goes on to a relative clause describes a kind of person."""
    first = next((t for t in tokens if t.kind not in OPENING_KINDS), None)
    if first is None or first.kind != "BE":
        return []
    # after an outcome the word is "as" ("Bli antagen som ledamot", "anställd som"), and
    # after a comma it tells more of a thing already named ("i omgången, som är i oktober")
    relative = [
        t
        for i, t in enumerate(tokens)
        if t.kind == "RELATIVE" and (i == 0 or tokens[i - 1].kind not in AS_KINDS)
    ]
    return relative[:1]


# After these a relative word is "as" ("antagen som ledamot", "tjänst som gruppchef") or
# tells more of a thing already named (", som är i oktober").
AS_KINDS: Final = frozenset({"OUTCOME", "POST", "COMMA"})


def _obtained(tokens: list[Token], i: int) -> bool:
    """ "Get my CCRN", "få mitt CCNA": an acronym right after getting it."""
    word = tokens[i].value or ""
    return i > 0 and tokens[i - 1].kind == "OBTAIN" and len(word) > 1 and word.isupper()


def _owned(tokens: list[Token], i: int) -> bool:
    """A role after a possessive, perhaps with a word between ("our nurses", "våra
    nyexaminerade lärare"): people one has or works with, not a role to reach."""
    before = [t.kind for t in tokens[max(i - 2, 0) : i]]
    return bool(before) and (before[-1] == "POSSESSIVE" or before == ["POSSESSIVE", "W"])


def _describes(tokens: list[Token], i: int) -> bool:
    """A role followed by a relative word (that, som): the kind of person, not a role to reach."""
    return i + 1 < len(tokens) and tokens[i + 1].kind == "RELATIVE"


def collect(tokens: list[Token], hits: list[Hit]) -> Findings:
    """Sort the goal's tokens and rule hits into evidence classes."""
    used: set[int] = set()
    amounts: list[Span] = []
    schedules: list[Span] = []
    vague: list[Token] = []
    counts: list[Span] = []  # see _described_count
    open_ended: list[Token] = []
    unbounded: list[Token] = []
    rated = _rated(tokens) if any(t.kind == "CONFIDENCE" for t in tokens) else set()
    rated |= _background(tokens)  # neither is a measure of the goal
    effort = False  # a "give 110 %" seen: the cadences after it say how often one gives it
    for hit in hits:
        first, last = hit.first_token, hit.last_token
        used.update(range(first, last + 1))
        kind = hit.found.kind
        if kind == "measure":
            if first in rated:
                continue
            if _is_effort(tokens, first):
                vague.append(tokens[first])
                effort = True
                continue
            kind = "quantity"
        elif kind == "cadence" and effort:
            continue  # "ge 110 % på jobbet varje dag": how often one gives it, still no measure
        elif kind != "cadence" and kind != "response":
            continue
        span = new_record(
            Span, (tokens[first].start, tokens[last].end, kind, hit.rule.name, first, last)
        )
        (amounts if kind == "quantity" else schedules).append(span)
    outcomes: list[Span] = []
    named: list[Span] = []
    for i, tok in enumerate(tokens):
        kind = tok.kind
        if kind not in CLASSIFIED or i in used:
            continue
        if kind == "W":  # most are lower case, and only a capital can begin a name
            if tok.value and tok.value[0].isupper() and _is_named(tokens, i):
                named.append(new_record(Span, (tok.start, tok.end, "named", None, i, i)))
                if _obtained(tokens, i):
                    outcomes.append(new_record(Span, (tok.start, tok.end, "outcome", None, i, i)))
        elif kind == "OBJECT":
            named.append(new_record(Span, (tok.start, tok.end, "named", None, i, i)))
        elif kind in AMOUNT_KINDS or (kind in NUMBER_KINDS and not _is_label(tokens, i)):
            if i not in rated:
                span = new_record(Span, (tok.start, tok.end, "quantity", None, i, i))
                described = kind in NUMBER_KINDS and _described_count(tokens, i)
                (counts if described else amounts).append(span)
        elif kind == "ROLE" and _describes(tokens, i):
            vague.append(tok)
        elif kind == "ROLE" and _owned(tokens, i):  # "mentor för våra nya lärare": people
            named.append(new_record(Span, (tok.start, tok.end, "named", None, i, i)))
        elif kind in OUTCOME_KINDS:
            outcomes.append(new_record(Span, (tok.start, tok.end, "outcome", None, i, i)))
        elif kind in VAGUE_KINDS:
            if kind in ("DIRECTION", "VAGUE") and _compound_head(tokens, i):
                continue
            if kind == "AT_LEAST" and _is_grade_threshold(tokens, i):
                amounts.append(
                    new_record(Span, (tok.start, tokens[i + 1].end, "quantity", None, i, i))
                )
            else:
                vague.append(tok)
        elif kind == "INDEFINITE":
            if _leaves_open(tokens, i):  # not "när något händer": there it is something
                open_ended.append(tok)
        elif kind == "THING":
            open_ended.append(tok)
        elif kind == "FREQUENCY" or kind == "FEW":
            unbounded.append(tok)
        elif kind == "GRADE":
            if _graded(tokens, i):  # "IPMA nivå C", "Level 3": a level, reached or not
                span = new_record(Span, (tok.start, tokens[i + 1].end, "quantity", None, i, i + 1))
                amounts.append(span)
                used.add(i + 1)
        elif kind == "BEGIN":  # "börja använda X": endless; "börja utbildningen": done or not
            following = tokens[i + 1].kind if i + 1 < len(tokens) else ""
            if following not in OUTCOME_KINDS and not _second_part(tokens, i, outcomes):
                unbounded.append(tok)
        elif kind == "ONGOING" or kind == "ACTIVITY":
            if kind == "ACTIVITY":  # "skugga en upphandlare", "ansvara för X": concrete
                named.append(new_record(Span, (tok.start, tok.end, "named", None, i, i)))
            if not _second_part(tokens, i, outcomes):  # never done, unless a first part is
                unbounded.append(tok)
        elif kind == "SPECIALIST":  # a named role once its field is named, else a broad one
            if _field_named(tokens, i):
                outcomes.append(new_record(Span, (tok.start, tok.end, "outcome", None, i, i)))
            else:
                vague.append(tok)
        elif kind == "CONFIDENCE" and not _rates(tokens, i):
            vague.append(tok)  # "gain confidence", "bli säker": a feeling, not a rating
    vague += _described(tokens)
    role = _named_role(tokens)
    if role is not None and not vague:
        tok = tokens[role]
        outcomes.append(new_record(Span, (tok.start, tok.end, "outcome", None, role, role)))
    if counts and not vague:
        amounts = sorted(amounts + counts)
    means = next((i for i, t in enumerate(tokens) if t.kind == "MEANS"), None)
    if means is not None and any(s.first_token > means for s in amounts + outcomes):
        # "bli bättre på Excel genom att gå en kurs": the aim is vague, the means concrete
        vague = [t for t in vague if t.start > tokens[means].start]
    unpinned = _unpinned(tokens, amounts)
    return new_record(
        Findings, (amounts, schedules, outcomes, named, vague, open_ended, unbounded, unpinned)
    )


def _unpinned(tokens: list[Token], amounts: list[Span]) -> list[Token]:
    """The vague word an amount is of: "Bli 50 % mer effektiv", "Be 30% more productive"."""
    found: list[Token] = []
    for span in amounts:
        if span.last_token < 0 or tokens[span.last_token].kind not in COUNT_ENDS:
            continue  # "från tekniker till projektledare": a step, of no quality
        j = span.last_token + 1
        if j < len(tokens) and tokens[j].kind == "PCT":
            j += 1
        if j < len(tokens) and tokens[j].kind == "COMPARATIVE":
            j += 1
        if j < len(tokens) and tokens[j].kind == "VAGUE":
            found.append(tokens[j])
    return found


# What may follow the one noun of "Become a dispatcher": the goal's end, its time phrase or
# "one day".
ROLE_ENDS: Final = frozenset({"STOP", "COMMA", "BY", "BEFORE", "WITHIN", "SOMETIME"})


def _named_role(tokens: list[Token]) -> int | None:
    """ "Become a dispatcher (by June)": to be one of a kind named by a single noun is a
    role to reach, done or not done, whether or not the lexicon knows the noun."""
    first = next((i for i, t in enumerate(tokens) if t.kind not in OPENING_KINDS), None)
    if first is None or tokens[first].kind != "BE" or first + 1 >= len(tokens):
        return None
    noun = first + 2 if tokens[first + 1].kind == "A" else first + 1  # "Bli KAM": no article
    if noun >= len(tokens) or tokens[noun].kind != "W":
        return None
    word = tokens[noun].value or ""
    after = tokens[noun + 1].kind if noun + 1 < len(tokens) else "STOP"
    kind_named = word.islower() if noun == first + 2 else len(word) > 1 and word.isupper()
    return noun if kind_named and after in ROLE_ENDS else None


def _graded(tokens: list[Token], i: int) -> bool:
    """A grade's word before a number or a grade's letter: "nivå C", "Level 3"."""
    if i + 1 >= len(tokens):
        return False
    after = tokens[i + 1]
    word = after.value if after.kind == "W" else None
    letter = isinstance(word, str) and len(word) == 1 and word.upper() in GRADE_LETTERS
    return after.kind in NUMBER_KINDS or letter


def _second_part(tokens: list[Token], i: int, outcomes: list[Span]) -> bool:
    """An activity with no end that only follows a goal's first part: "Gå en kurs i
    herrklippning och börja ta emot herrkunder": the course is done or not done."""
    first = next((s.first_token for s in outcomes if s.first_token < i), None)
    return first is not None and any(t.kind in ("AND", "CLAUSE") for t in tokens[first + 1 : i])


def _leaves_open(tokens: list[Token], i: int) -> bool:
    """An indefinite word next to a thing, or one word before it ("någon ny kurs", "a
    certification of some kind"); elsewhere it is a pronoun ("när någon är sjuk")."""
    near = tokens[max(i - 1, 0) : i] + tokens[i + 1 : i + 3]
    return any(t.kind in THINGS for t in near)


def _field_named(tokens: list[Token], i: int) -> bool:
    """A specialist's field, named before ("pharmacotherapy specialist") or after
    ("specialist i allmänmedicin", "specialist in oncology"): a specialty, where "specialist
    inom upphandling" names only an area."""
    before = i > 0 and tokens[i - 1].kind in ("W", "ROLE", "OBJECT")
    after = i + 2 < len(tokens) and tokens[i + 1].kind == "IN"  # not WITHIN: a broad area
    return before or (after and tokens[i + 2].kind in ("W", "OUTCOME", "OBJECT"))


def _scheduled(ev: Findings) -> bool:
    """A schedule measures what is concrete, or a habit's change; not vague wording alone."""
    concrete = bool(ev.outcomes or ev.named)
    return concrete or not ev.vague or any(t.kind == "DIRECTION" for t in ev.vague)


def specific(ev: Findings) -> tuple[bool, list[Span]]:
    """Specific: something concrete, and no vague wording left without an amount."""
    if ev.unpinned or (ev.vague and not ev.amounts):
        words = ev.unpinned or ev.vague
        return False, [new_record(Span, (t.start, t.end, "vague", None, -1, -1)) for t in words]
    if ev.open_ended and (not ev.amounts or any(t.kind == "THING" for t in ev.open_ended)):
        return False, [
            new_record(Span, (t.start, t.end, "indefinite", None, -1, -1)) for t in ev.open_ended
        ]
    concrete = ev.amounts + ev.outcomes + ev.named + ev.schedules
    return bool(concrete), concrete


def measurable(ev: Findings) -> tuple[bool, list[Span]]:
    """Measurable: an amount, or a schedule of something concrete or of a habit's change
    ("reduce snacks to once a week"; "every day, try to learn something new" says how often,
    not what), or a done/not-done outcome stated plainly."""
    if ev.amounts or (ev.schedules and _scheduled(ev)):
        return True, ev.amounts + ev.schedules
    if ev.outcomes and not ev.vague and not ev.unbounded:
        return True, ev.outcomes
    unmeasured = ev.vague + ev.unbounded
    return False, [new_record(Span, (t.start, t.end, "vague", None, -1, -1)) for t in unmeasured]
