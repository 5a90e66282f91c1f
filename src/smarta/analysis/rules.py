"""The language-independent rules that find deadlines, cadences and measures in tokens.

Each rule is a named pattern over token kinds (see ``lexer.py``; ``patterns.py`` compiles the
pattern language) and a resolver that turns the matched tokens into a :class:`Found`. The
rule's name is what a person sees as the reason: ``"within <duration>"``, ``"end of
<period>"``. Rules are tried in table order at each position, leftmost first, so a longer,
more specific rule comes before a shorter one.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date, timedelta
from itertools import pairwise
from typing import Any, Final, NamedTuple

from . import periods as p
from .lexer import Token
from .model import new_record
from .patterns import MACROS, OTHER, char_of, openings, pieces, to_regex

UNIT_OF: Final = {
    "U_DAY": "day", "U_BUSINESS_DAY": "business_day", "U_WEEK": "week",
    "U_FORTNIGHT": "fortnight", "U_MONTH": "month", "U_QUARTER": "quarter", "U_TERTIAL": "tertial",
    "U_HALF_YEAR": "half_year", "U_YEAR": "year", "U_HOUR": "hour", "U_MINUTE": "minute",
}  # fmt: skip
MARKERS: Final = frozenset({"BY", "BEFORE", "IN", "DURING", "ON", "WITHIN"})
# Markers that set a frame ('senast', 'by', 'before', 'within') outrank those that may only
# place a background event ("i juli", "during the audit"): see Hit.marked.
FRAME_MARKERS: Final = frozenset({"BY", "BEFORE", "WITHIN"})
# Units too short for a goal's deadline: "within 4 hours" promises a response time.
RESPONSE_UNITS: Final = frozenset({"hour", "minute", "business_day"})
# Units that are a response time when the goal is about responding ("svara inom 2 dagar"),
# up to how many of them: "handle every case within 90 days" is a deadline again.
SHORT_UNITS: Final = {"day": 14, "week": 2}


# What a period before a word names: a thing ("month-end close", "the Q1 review").
NOUN_KINDS: Final = frozenset({"W", "OUTCOME", "OBJECT"})


class Found(NamedTuple):
    """What a rule found: a deadline span, or a cadence, response time, measure or aside."""

    kind: str  # "deadline" | "cadence" | "response" | "measure" | "ignore"
    first: date | None = None  # first day of the named period, for "before <period>"
    last: date | None = None  # last day of the named period: the deadline
    point: bool = False  # a single day that "before" does not move (holidays)


IGNORE: Final = Found("ignore")
MEASURE: Final = Found("measure")
CADENCE: Final = Found("cadence")


class Match:
    """The tokens a rule matched, with what resolvers need around them."""

    __slots__ = ("heads", "in_is_span", "kindset", "next_token", "responding", "today", "tokens")

    def __init__(
        self, tokens: list[Token], today: date, next_token: Token | None, responding: bool,
        in_is_span: bool = False, heads: bool = False,
    ) -> None:  # fmt: skip
        self.tokens, self.today, self.next_token = tokens, today, next_token
        self.heads = heads  # the phrase opens the goal or a sentence of it
        self.responding = responding  # the goal is about responding ("svara inom 2 dagar")
        self.in_is_span = in_is_span  # the language's "in <duration>" is how long it lasts
        self.kindset = {token.kind for token in tokens}

    def has(self, *kinds: str) -> bool:
        return not self.kindset.isdisjoint(kinds)

    def first(self, kind: str) -> Any:
        for token in self.tokens:
            if token.kind == kind:
                return token.value
        return None

    def last(self, kind: str) -> Any:
        for i in range(len(self.tokens) - 1, -1, -1):
            if self.tokens[i].kind == kind:
                return self.tokens[i].value
        return None

    def closes(self) -> bool:
        """The phrase ends the goal or a sentence of it."""
        return self.next_token is None or self.next_token.kind == "STOP"

    def followed_by(self, *kinds: str) -> bool:
        """The token after the phrase is one of ``kinds`` (never, at the goal's end)."""
        return self.next_token is not None and self.next_token.kind in kinds

    def kinds(self) -> list[str]:
        return [t.kind for t in self.tokens]

    def unit(self) -> str:
        """The unit of a duration or period; rules that call this match one."""
        for i in range(len(self.tokens) - 1, -1, -1):
            unit = UNIT_OF.get(self.tokens[i].kind)
            if unit is not None:
                return unit
        raise ValueError("a rule without a unit asked for one")

    def arriving(self) -> bool:
        """ "Before May": the deadline is when the period starts, so it must lie ahead."""
        return "BEFORE" in self.kindset and "END" not in self.kindset

    def count(self) -> float:
        for token in self.tokens:
            if token.kind == "NUM" or token.kind == "WNUM":
                return token.value
        return 1

    def year(self) -> int | None:
        """The year the tokens name: an explicit year, or this/next year."""
        if "YEAR" in self.kindset:
            return self.last("YEAR")
        if "U_YEAR" not in self.kindset:
            return None
        kinds = self.kinds()
        for i, kind in enumerate(kinds[:-1]):
            if kinds[i + 1] == "U_YEAR" and kind in ("THIS", "NEXT"):
                return self.today.year + (kind == "NEXT")
        return None


Resolver = Callable[[Match], Found | None]


@dataclass(frozen=True, slots=True)
class Rule:
    name: str
    pattern: str
    resolve: Resolver


def span(first: date, last: date) -> Found:
    return new_record(Found, ("deadline", first, last, False))


def day(d: date | None, *, point: bool = False) -> Found | None:
    return new_record(Found, ("deadline", d, d, point)) if d else None


# --- resolvers -------------------------------------------------------------------------


def duration(m: Match) -> Found | None:
    if m.in_is_span and m.has("IN") and not m.has("WITHIN"):
        return IGNORE  # "jobbat i sju år", "i tre månader": how long, not by when
    unit = m.unit()
    after_event = m.followed_by("AFTER", "FROM", "OF")
    short = m.responding and m.count() <= SHORT_UNITS.get(unit, 0)
    if unit in RESPONSE_UNITS or after_event or short:
        return Found("response")  # "within 4 hours", "inom tre dagar efter att …"
    try:
        end = p.shift(m.today, unit, m.count())
    except (ValueError, OverflowError):  # "in 9999 years": past the calendar's last day
        return None
    return Found("deadline", m.today, end)


def duration_range(m: Match) -> Found | None:
    """ "within 2 to 3 years", "inom 2 till 3 år": by the end of the longer span."""
    if m.in_is_span and m.has("IN") and not m.has("WITHIN"):
        return IGNORE
    counts = [t.value for t in m.tokens if t.kind in ("NUM", "WNUM")]
    if len(counts) != 2 or not counts[0] < counts[1]:
        return None
    try:
        end = p.shift(m.today, m.unit(), counts[1])
    except (ValueError, OverflowError):
        return None
    return Found("deadline", p.shift(m.today, m.unit(), counts[0]), end)


def this_or_next_period(m: Match) -> Found | None:
    if m.has("END") and m.followed_by(*NOUN_KINDS):
        return None  # "month-end close", "year-end review": a name, not a deadline
    if (
        m.next_token is not None
        and m.next_token.kind in ("NUM", "YEAR")
        and not m.has("THIS", "NEXT")
    ):
        return None  # "slutet av kvartal 1 2027", "EOY 2027": a named period, for rules below
    unit = m.unit()
    steps = 2 if m.has("AFTER_NEXT") else 1 if m.has("NEXT") else 0
    start = p.shift(m.today, unit, steps) if steps else m.today
    end = p.period_end(unit, start)
    first = p.period_end(unit, p.shift(end, unit, -1)) + timedelta(days=1)
    return span(first, end)


def period_over(m: Match) -> Found | None:
    """ "before the quarter ends", "innan kvartalet är slut": by the last day of this one."""
    if not m.has(*MARKERS):
        return None  # "the month ends with a review": no frame
    found = this_or_next_period(m)
    return day(found.last, point=True) if found else None


def fiscal_year(m: Match) -> Found | None:
    """ "FY27", "räkenskapsåret 2027", "the next financial year": its calendar year."""
    y = m.last("YEAR") or m.first("NUM")
    number = m.tokens[-1]
    if number.kind == "NUM" and number.start - m.tokens[-2].end > 1:
        return None  # "the fiscal year (30 June)": a date follows, not the year's number
    if y is None:
        if not m.has("THIS", "NEXT", "END", *MARKERS):
            return None  # "the fiscal year" as a topic
        y = m.today.year + m.has("NEXT")  # "by end of FY", "under verksamhetsåret": this one
    elif y < 100:
        y += 2000
    if not m.today.year - 1 <= y <= m.today.year + 50:
        return None
    return span(date(y, 1, 1), date(y, 12, 31))


def midyear(m: Match) -> Found | None:
    """The turn of the half-year: the next 30 June, or the one of a year named after it."""
    named = m.year()
    if named is not None:
        return day(date(named, 6, 30), point=True)
    year = m.today.year if m.today <= date(m.today.year, 6, 30) else m.today.year + 1
    return day(date(year, 6, 30), point=True)


def upcoming(
    m: Match, bounds: Callable[[int], tuple[date, date] | None], *, not_started: bool = False
) -> Found | None:
    """The period in the year the text names, else the next one that has not ended (or,
    for "next …" and "before …", not begun)."""
    year = m.year()
    if year is not None:
        found = bounds(year)
        return span(*found) if found else None
    later = not_started or m.arriving()
    for y in range(m.today.year, m.today.year + 3):
        found = bounds(y)
        if found and (found[0] > m.today if later else found[1] >= m.today):
            return span(*found)
    return None


def _day_month(m: Match, month: int, dom: int) -> date | None:
    year = m.year()
    if year is None:
        after = m.today + timedelta(days=1) if m.arriving() else m.today
        return p.day_occurrence(after, month, dom, weekday=m.first("WEEKDAY"))
    try:
        return date(year, month, dom)
    except ValueError:
        return None


# An explicit date is a point: "före 1 mars" is due on 1 March, as a calendar shows it, where
# "before March" ends on the last day of February.
def numeric_date(m: Match) -> Found | None:
    value = m.last("DATE")
    if isinstance(value, date):
        return day(value, point=True)
    return day(_day_month(m, *value), point=True)  # "30/6", "30/6 2027"


def explicit_date(m: Match) -> Found | None:
    month = m.last("MONTH")
    numbers = [t for t in m.tokens if t.kind in ("NUM", "ORD")]
    dom = numbers[-1].value if numbers else None
    if dom == -1 and len(numbers) == 1:  # "sista augusti": the month's last day
        return day(_day_month(m, month, p.month_end(2001, month).day), point=True)  # (28 Feb)
    if not isinstance(dom, int) or not 1 <= dom <= 31:
        return None
    loose_number = numbers[-1].kind == "NUM" and m.tokens[-1] is numbers[-1]
    kinds = m.kinds()
    # "the April 15 deadline": a date that names what follows it
    attributive = "THE" in kinds and kinds[kinds.index("THE") + 1] == "MONTH"
    if (
        loose_number
        and not attributive
        and m.next_token
        and m.next_token.kind not in ("STOP", "COMMA", "YEAR")
    ):
        return None  # "in March 3 times": a count, not a day
    return day(_day_month(m, month, dom), point=True)


def day_of_month(m: Match) -> Found | None:
    dom = m.last("NUM") if m.last("NUM") is not None else m.last("ORD")
    if not isinstance(dom, int) or not 1 <= dom <= 31:
        return None
    if m.next_token and m.next_token.kind not in ("STOP", "COMMA"):
        return None  # "by 15 new deals"
    return day(p.day_of_month_occurrence(m.today, dom, m.first("WEEKDAY")), point=True)


def nth_weekday_of_month(m: Match) -> Found | None:
    month, year = m.first("MONTH"), m.year()
    year = year or p.month_occurrence(m.today, month).year
    return day(p.nth_weekday(year, month, m.first("WEEKDAY"), m.first("ORD")))


def nth_day_of_month(m: Match) -> Found | None:
    month, n = m.first("MONTH"), m.first("ORD")
    end = p.month_end(m.year() or p.month_occurrence(m.today, month).year, month)
    if n == -1:
        return day(end)
    return day(end.replace(day=n)) if n <= end.day else None


def nth_week_of_month(m: Match) -> Found | None:
    month, n = m.first("MONTH"), m.first("ORD")
    year = m.year() or p.month_occurrence(m.today, month).year
    if n == -1:  # the last week that ends inside the month
        sunday = p.nth_weekday(year, month, p.SUNDAY, -1)
    else:  # weeks that start inside the month
        monday = p.nth_weekday(year, month, p.MONDAY, n)
        sunday = monday + timedelta(days=6) if monday else None
    return day(sunday)


def day_of_relative_month(m: Match) -> Found | None:
    """ "den 20 nästa månad", "the 15th of this month"."""
    dom = m.first("NUM") if m.first("NUM") is not None else m.first("ORD")
    if not isinstance(dom, int) or not 1 <= dom <= 31:
        return None
    start = p.shift(m.today, "month", 1) if m.has("NEXT") else m.today
    end = p.period_end("month", start)
    return day(end.replace(day=dom)) if dom <= end.day else None


def nth_weekday_of_relative_month(m: Match) -> Found | None:
    """ "första fredagen i nästa månad", "the last Monday of this month"."""
    start = p.shift(m.today, "month", 1) if m.has("NEXT") else m.today
    return day(p.nth_weekday(start.year, start.month, m.first("WEEKDAY"), m.first("ORD")))


def week_of_date(m: Match) -> Found | None:
    found = explicit_date(m)
    return day(p.week_sunday(found.last)) if found and found.last else None


def part_of_month(m: Match) -> Found | None:
    if m.tokens[-1].kind == "MONTH" and m.followed_by("NUM"):
        return None  # "the fiscal year ends January 31, 2028": the day says when
    month, named_year = m.first("MONTH"), m.year()
    year = named_year or p.month_occurrence(m.today, month).year
    if (by_start := _day_before_start(m, date(year, month, 1))) is not None:
        return by_start
    if not m.has("EARLY", "MID", "START"):
        return day(p.month_end(year, month))
    # the month's first and middle thirds end on the 10th and the 20th (as Duckling reads them)
    found = date(year, month, 20 if m.has("MID") else 10)
    if named_year is None and found < m.today:  # "mid July" said on 25 July: next year's
        found = date(year + 1, month, found.day)
    return day(found)


def month(m: Match) -> Found | None:
    month_, year = m.first("MONTH"), m.year()
    if year is None and not m.has(*MARKERS, "THIS", "NEXT") and not _names_event(m):
        return None  # a bare month name is too often another word (English May, March)
    if year is not None and year < m.today.year and not m.has(*FRAME_MARKERS):
        return IGNORE  # "having joined in March 2025": the past, background
    found = upcoming(m, lambda y: (date(y, month_, 1), p.month_end(y, month_)),
                     not_started=m.has("NEXT"))  # fmt: skip
    if found and found.last and _names_event(m):  # "before the January release": in January
        return day(found.last, point=True)
    if found and found.last and m.has("AFTER_NEXT"):
        return span(date(found.last.year + 1, month_, 1), p.month_end(found.last.year + 1, month_))
    return found


def _names_event(m: Match) -> bool:
    """ "the Feb exam window", "at its July meeting": a month between an article and an
    event (an outcome or a thing) says when the event is; "the March figures" is a topic."""
    if m.has("BEFORE") and m.followed_by(*NOUN_KINDS):
        return True  # "before May half-term", "ahead of the September intake": in that month
    kinds = m.kinds()
    return (
        len(kinds) >= 2
        and kinds[-2] in ("THE", "POSSESSIVE")
        and m.followed_by("OUTCOME", "OBJECT")
    )


def month_range(m: Match) -> Found | None:
    """ "from Jan to June", "från oktober till mars", "in January and February": to the end
    of the second month, of the first such range that has not ended (one under way counts)."""
    first, last = m.first("MONTH"), m.last("MONTH")
    wraps = last < first
    found = upcoming(m, lambda y: (date(y - wraps, first, 1), p.month_end(y, last)))
    return span(found.first, found.last) if found and found.first and found.last else None


def month_pair(m: Match) -> Found | None:
    """ "in January and February", "between April and October": by the end of the second;
    without a marker two months are a topic ("the July and August reconciliations")."""
    return month_range(m) if m.has(*MARKERS, "BETWEEN") else None


def through_month(m: Match) -> Found | None:
    """ "through January": to the end of it."""
    found = upcoming(m, lambda y: (date(y, m.first("MONTH"), 1), p.month_end(y, m.first("MONTH"))))
    return day(found.last) if found else None


def anchored(m: Match) -> bool:
    """A marker, this/next, a year or 'for': a period name alone is often a topic ("Q3
    results"), but "quota for Q1" is the period the goal is for; so is one that heads the
    goal as its title ("Mellandagarna: ta tag i inkorgen")."""
    titled = m.heads and m.followed_by("STOP", "DASH")
    return titled or m.has(*MARKERS, "THIS", "NEXT", "YEAR", "FOR")


def _quarter_one(m: Match) -> int | None:
    """ "kvartal ett": the article that is also the number one."""
    kinds = m.kinds()
    return 1 if any(a == "U_QUARTER" and b == "A" for a, b in pairwise(kinds)) else None


def quarter(m: Match) -> Found | None:
    n = m.last("QN") or m.first("ORD") or m.first("NUM") or m.first("WNUM") or _quarter_one(m)
    # a quarter that closes a sentence or heads one ("lansering Q2", "Q3: ramp both to
    # quota", "Q4 push: close all RFPs") is when; one inside a sentence before a noun is a
    # topic ("the Q3 results")
    closes = m.closes()
    if not isinstance(n, int) or not 1 <= n <= 4 or not (anchored(m) or closes or m.heads):
        return None
    topic = m.followed_by("W") and not m.heads
    if topic and not m.has(*MARKERS, "FOR"):
        return None  # "the Q4 2026 results deck": a topic, its year notwithstanding
    found = upcoming(m, lambda y: (date(y, n * 3 - 2, 1), p.quarter_end(y, n)))
    if found and found.last and _names_event(m):  # "before the Q1 review": in Q1
        return day(found.last, point=True)
    if found and found.first and m.has("MID"):  # "mid-Q3": the middle of its middle month
        return day(date(found.first.year, found.first.month + 1, 15))
    if found and found.first and m.has("START"):  # "at the start of Q2": its first month
        by_start = _day_before_start(m, found.first)
        return by_start or day(p.month_end(found.first.year, found.first.month))
    return found


def _day_before_start(m: Match, first: date) -> Found | None:
    """ "by the start of Q2", "before the beginning of March": due the day before the period
    begins on ``first``; None for any other phrase."""
    if m.has("START") and m.has("BY", "BEFORE"):
        return day(first - timedelta(days=1), point=True)
    return None


def tertial(m: Match) -> Found | None:
    """ "tertial 2", "andra tertialet": the four months a Swedish region or agency reports by."""
    n = m.first("NUM") or m.first("WNUM") or m.first("ORD")
    if not isinstance(n, int) or not 1 <= n <= 3:
        return None
    return upcoming(m, lambda y: (date(y, n * 4 - 3, 1), p.tertial_end(y, n)))


def half_year(m: Match) -> Found | None:
    n = m.first("HN") or m.first("ORD")
    if n == -1:
        n = 2
    closes = m.closes()
    if n not in (1, 2) or not (anchored(m) or closes or m.heads):
        return None  # "H1 — explore …", like a quarter heading a sentence
    return upcoming(m, lambda y: (date(y, n * 6 - 5, 1), p.half_end(y, n)))


def for_period(m: Match) -> Found | None:
    """ "120 % of quota for Q1", "budgeten för nästa år": the period the goal is for. It is
    the deadline only when nothing else names one: see _rank."""
    if m.has("QN", "U_QUARTER"):
        return quarter(m)
    if m.has("HN", "U_HALF_YEAR"):
        return half_year(m)
    if m.has("THIS", "NEXT"):
        return this_or_next_period(m)
    y = m.last("YEAR")
    return span(date(y, 1, 1), date(y, 12, 31))


def weekday_of_week(m: Match) -> Found | None:
    """ "fredag v. 51": that day of the ISO week."""
    found = iso_week(m)
    if found is None or found.last is None:
        return None
    return day(found.last - timedelta(days=6 - m.first("WEEKDAY")))


def iso_week(m: Match) -> Found | None:
    week = m.first("WN") or m.first("NUM")
    if not isinstance(week, int) or not 1 <= week <= 53:
        return None

    def bounds(year: int) -> tuple[date, date] | None:
        end = p.iso_week_end(year, week)
        return (end - timedelta(days=6), end) if end else None

    return upcoming(m, bounds)


# What may follow a season that a phrase such as "i vår" made: else it is a homograph
# ("i vår plattform": in our platform).
AFTER_SEASON_PHRASE: Final = frozenset(
    {"STOP", "COMMA", "CLAUSE", "MODAL", "DONE", "FILLER", *MARKERS}
)


def season(m: Match) -> Found | None:
    if not (anchored(m) or m.has("ALL")):  # "all summer", "hela sommaren": through its end
        return None
    season_token = next(t for t in m.tokens if t.kind == "SEASON")
    from_phrase = sum(t.start == season_token.start for t in m.tokens) > 1
    if from_phrase and m.next_token and m.next_token.kind not in AFTER_SEASON_PHRASE:
        return None
    key = m.first("SEASON")
    year = m.first("YEAR")
    if year is not None and year < m.today.year and not m.has(*FRAME_MARKERS):
        return IGNORE  # "the course I started back in spring 2025": the past, background
    if m.followed_by("WN", "U_WEEK", "DATE"):
        return None  # "senast sportlovet v. 9": the week says when
    # "till vårens nationella prov": by an event in the season, not by its start
    event = m.tokens[-1].kind == "SEASON" and m.followed_by(*NOUN_KINDS)
    arriving = m.has("BEFORE") or (m.has("BY") and not m.has("THIS", "IN", "DURING") and not event)
    if year is not None:
        start, end = p.season_span(key, year)
    else:
        start, end = p.season_occurrence(m.today, key, not_started=arriving or m.has("NEXT"))
    if arriving:
        return day(start - timedelta(days=1), point=True)
    return span(start, end)


def term(m: Match) -> Found | None:
    """ "under vårterminen", "HT27", "this semester", "t.o.m. vårterminens slut"."""
    value = m.first("TERM")
    key, year = value if isinstance(value, tuple) else (value, m.first("YEAR"))
    if year is not None and key is not None:
        return span(*p.term_span(key, year))
    if not anchored(m):
        return None  # "long-term", "a term paper": no time
    steps = 2 if m.has("AFTER_NEXT") else 1 if m.has("NEXT") else 0
    return span(*p.term_occurrence(m.today, key, steps))


def season_end(m: Match) -> Found | None:
    key, year = m.first("SEASON"), m.first("YEAR")
    _, end = p.season_span(key, year) if year is not None else p.season_occurrence(m.today, key)
    return day(end, point=True)


def holiday(m: Match) -> Found | None:
    if not (anchored(m) or m.has("U_WEEK")):
        return None
    key, year = m.first("HOLIDAY"), m.year()
    if year is not None:
        return day(p.holiday(key, year), point=True)
    return day(p.holiday_occurrence(m.today, key), point=True)


def holiday_week(m: Match) -> Found | None:
    """ "the week of Thanksgiving": the ISO week the holiday falls in."""
    found = holiday(m) if anchored(m) or m.has("U_WEEK") else None
    return day(p.week_sunday(found.last)) if found and found.last else None


def year(m: Match) -> Found | None:
    closes_sentence = m.closes()
    # "2027 is the year I …": a year as the subject that opens the goal
    subject = m.heads and m.followed_by("CLAUSE")
    if not (m.has(*MARKERS, "END", "ALL") or closes_sentence or subject):
        return None  # a bare number such as 2000 in "2000 users"; "hela 2027" is a year
    y = m.last("YEAR")
    kinds = m.kinds()
    if len(kinds) >= 2 and kinds[-2] == "THE" and y >= m.today.year and not closes_sentence:
        # "in the 2027 survey": an event in that year; what must be done "ahead of the 2027
        # growing season" is due some time before it, which the year does not say
        return IGNORE if m.has("BEFORE") else day(date(y, 12, 31), point=True)
    if y < m.today.year and not m.has(*FRAME_MARKERS, "END"):
        # "sen jag började 2023", "since I joined in 2024": a past year is background unless
        # it is set as a frame ("by 2025", which then warns that the deadline has passed)
        return IGNORE
    return span(date(y, 1, 1), date(y, 12, 31))


def early_year(m: Match) -> Found | None:
    """ "i början av nästa år", "early 2028": by the end of its first quarter."""
    y = m.year()
    if y is None or y < m.today.year:
        return None
    if (by_start := _day_before_start(m, date(y, 1, 1))) is not None:
        return by_start
    return span(date(y, 1, 1), date(y, 3, 31))


def mid_year(m: Match) -> Found | None:
    return day(date(m.last("YEAR"), 6, 30))


def _back_in_clause(
    tokens: list[Token], start: int, kinds: tuple[str, ...], reach: int
) -> str | None:
    """The first of ``kinds`` up to ``reach`` tokens before ``start`` in the same clause."""
    for tok in reversed(tokens[max(start - reach, 0) : start]):
        if tok.kind in ("STOP", "COMMA"):
            return None
        if tok.kind in kinds:
            return tok.kind
    return None


def _awaited(tokens: list[Token], start: int) -> str | None:
    """ "before the job starts on 6 April": the start is what the goal must be done by; a
    BEFORE or BY a few words back in the same clause says so, and this returns which."""
    return _back_in_clause(tokens, start, ("BEFORE", "BY"), 6)


# Rules for a span counted from today that a relative clause can use to say how long
# something has been so ("kunder som inte handlat på tre månader"); not "in <duration>",
# which follows a count of people too often ("train 20 people in 3 months").
SPAN_RULES: Final = frozenset({"on <months or years>"})


def _in_relative(tokens: list[Token], start: int, m: Match) -> bool:
    """A span with no frame marker inside a relative clause describes who or what, not when
    the goal is due."""
    return (
        not m.has(*FRAME_MARKERS) and _back_in_clause(tokens, start, ("RELATIVE",), 5) is not None
    )


def _ends_clause(token: Token | None) -> bool:
    return token is None or token.kind in ("STOP", "COMMA")


def dayref(m: Match) -> Found | None:
    offset = m.first("DAYREF")
    if offset == 0 and not m.has(*MARKERS) and not _ends_clause(m.next_token):
        return None  # "idag har vi 40 %": the present, background; "… idag." is a deadline
    return day(m.today + timedelta(days=offset))


def weekday(m: Match) -> Found | None:
    wd = m.first("WEEKDAY")
    if m.has("U_WEEK"):
        monday = m.today - timedelta(days=m.today.weekday())
        if m.has("NEXT"):
            monday += timedelta(weeks=1)
        return day(monday + timedelta(days=wd))
    if not m.has(*MARKERS, "THIS", "NEXT"):
        return None
    found = p.next_weekday(m.today, wd)
    if m.has("AFTER_NEXT"):
        found += timedelta(weeks=1)
    return day(found)


# --- the table ---------------------------------------------------------------------------

RULES: Final[tuple[Rule, ...]] = (
    # asides that look like time but are not a deadline
    Rule("<duration> ago", "COUNT UNIT AGO", lambda m: IGNORE),
    # the period a goal is for: its deadline only when no other phrase names one
    Rule("for <period>", "FOR THE? ((THIS|NEXT) PERIOD|YEAR|QN|HN|ORD (U_QUARTER|U_HALF_YEAR)"
         " YEARSPEC?)", for_period),
    # measures
    Rule("from <x> to <y>", "FROM CUR? AMOUNT PCT? CUR? UNIT? W? JOIN (AT_MOST|AT_LEAST|DURING)?"
         " CUR? AMOUNT (PCT|CUR|UNIT)?", lambda m: MEASURE),
    # "från QC-analytiker till QA-specialist": a step from one named role to another
    Rule("from <state> to <state>", "FROM W? (LEVEL|W|ROLE) JOIN W? (LEVEL|W|ROLE|SPECIALIST)",
         lambda m: MEASURE),
    Rule("at least/most <n>", "(AT_LEAST|AT_MOST|OVER) CUR? (AMOUNT|A)", lambda m: MEASURE),
    Rule("under <duration>", "DURING (NUM|WNUM) UNIT", lambda m: MEASURE),
    Rule("<score> of <scale>", "(NUM|WNUM) OF (NUM|WNUM)", lambda m: MEASURE),
    Rule("<n> percent", "(NUM|WNUM) PCT", lambda m: MEASURE),
    Rule("<money>", "(CUR (NUM|WNUM)|(NUM|WNUM) CUR)", lambda m: MEASURE),
    # cadences: how often, never until when
    Rule("every <period>", "EVERY DAYNUM? WNUM? (UNIT|WEEKDAY|MONTH|SEASON)", lambda m: CADENCE),
    Rule("<cadence>", "CADENCE", lambda m: CADENCE),
    Rule("per <period>", "PER UNIT", lambda m: CADENCE),
    # relative frames
    Rule(
        "within <n> to <m> <unit>",
        "(WITHIN|IN) FILLER? THE? NEXT? FILLER? COUNT (TO|BY|DASH) COUNT UNIT",
        duration_range,
    ),
    Rule("within <duration>", "(WITHIN|IN) FILLER? THE? NEXT? FILLER? COUNT UNIT", duration),
    Rule("within the next <unit>", "WITHIN THE? NEXT U_FORTNIGHT", duration),
    # "sänka den på två år" is within two years; "cykla 30 mil på en dag" is how fast, so
    # only months and years (no English "on" comes before a duration)
    Rule("on <months or years>", "ON COUNT (U_MONTH|U_HALF_YEAR|U_YEAR)", duration),
    Rule("next <duration>", "NEXT COUNT UNIT", duration),
    Rule("<duration> from now", "COUNT UNIT HENCE", duration),
    Rule("a <period>", "A UNIT", lambda m: CADENCE),
    Rule("within the <period>", "WITHIN THE? PERIOD", this_or_next_period),
    Rule("end of <month>", "MARK* (END|EARLY|MID|START) OF? THE? MONTH YEARSPEC?",
         part_of_month),
    Rule("<month> is over", "MARK* MONTH (W|CLAUSE)? END YEARSPEC?", part_of_month),
    Rule("end of <season>", "MARK* END OF? THE? SEASON YEAR?", season_end),
    Rule("mid-<year>", "MARK* MID DASH? YEAR", mid_year),
    Rule("end of <period>", "MARK* END OF? THE? (THIS|NEXT)? PERIOD", this_or_next_period),
    Rule("<period> is over", "MARK* THE? (THIS|NEXT)? PERIOD END", period_over),
    Rule("end of <year>", "MARK* END OF? (THE? U_YEAR)? YEAR", year),
    Rule("<year> is over", "MARK* YEAR (W|CLAUSE)? END", year),
    Rule("early <year>", "MARK* (EARLY|START) OF? THE? ((THIS|NEXT) U_YEAR|YEAR)", early_year),
    Rule("this/next <period>", "MARK* THE? (THIS|NEXT|AFTER_NEXT) PERIOD AFTER_NEXT?",
         this_or_next_period),
    Rule("the <period> after next", "MARK* THE? PERIOD AFTER_NEXT", this_or_next_period),
    Rule("mid-year", "MARK* MIDYEAR YEARSPEC?", midyear),
    # explicit dates
    Rule("<date>", "MARK* WEEKDAY? COMMA? THE? DATE YEARSPEC? (COMMA? WEEKDAY)?", numeric_date),
    Rule("<day>-<day> <month>", "MARK* WEEKDAY? COMMA? THE? DAYNUM JOIN THE? DAYNUM OF? MONTH"
         " YEARSPEC?", explicit_date),
    Rule("<day> <month> - <day> <month>", "MARK* DAYNUM OF? MONTH JOIN DAYNUM OF? MONTH"
         " YEARSPEC?", explicit_date),
    Rule("<month> <day>-<day>", "MARK* MONTH THE? DAYNUM JOIN MONTH? THE? DAYNUM YEARSPEC?",
         explicit_date),
    Rule("the week of <holiday>", "MARK* THE? U_WEEK OF THE? HOLIDAY YEARSPEC?", holiday_week),
    Rule("the week of <date>", "MARK* THE? U_WEEK OF (MONTH THE? DAYNUM|THE? DAYNUM OF? MONTH)",
         week_of_date),
    Rule("<day> of next month", "MARK* THE? DAYNUM OF? THE? (THIS|NEXT) U_MONTH",
         day_of_relative_month),
    Rule("<nth> <weekday> of next month", "MARK* THE? ORD WEEKDAY (OF|IN) THE? (THIS|NEXT)"
         " U_MONTH", nth_weekday_of_relative_month),
    Rule("<nth> <weekday> of <month>", "MARK* THE? ORD WEEKDAY (OF|IN) MONTH YEARSPEC?",
         nth_weekday_of_month),
    Rule("<nth> day of <month>", "MARK* THE? ORD U_DAY (OF|IN) MONTH YEARSPEC?",
         nth_day_of_month),
    Rule("<nth> week of <month>", "MARK* THE? ORD U_WEEK (OF|IN) MONTH YEARSPEC?",
         nth_week_of_month),
    Rule("<day> <month> <year>", "MARK* WEEKDAY? COMMA? THE? DAYNUM OF? MONTH YEARSPEC?"
         " (COMMA WEEKDAY)?", explicit_date),
    Rule("<month> <day> <year>", "MARK* THE? WEEKDAY? COMMA? MONTH THE? DAYNUM YEARSPEC?"
         " (COMMA WEEKDAY)?", explicit_date),
    Rule("<weekday> the <day>", "MARK* WEEKDAY THE? DAYNUM", day_of_month),
    Rule("on the <day>", "(ON|BY|BEFORE) THE? DAYNUM", day_of_month),
    # named periods
    Rule("<quarter>", "MARK* (END OF?|MID DASH?|START OF?)? THE? (QN (JOIN QN)?|ORD U_QUARTER"
         "|U_QUARTER (NUM|WNUM|A)) YEARSPEC? ((W|CLAUSE)? END)?", quarter),
    Rule("<tertial>", "MARK* (END OF?)? THE? (ORD U_TERTIAL|U_TERTIAL (NUM|WNUM)) YEARSPEC?",
         tertial),
    Rule("<weekday> of week <n>", "MARK* WEEKDAY (OF|IN)? (U_WEEK NUM|WN) YEARSPEC?",
         weekday_of_week),
    Rule("<half year>", "MARK* (END OF?)? THE? (HN|ORD U_HALF_YEAR|ORD HALF OF? THE? (THIS|NEXT)?"
         " (U_YEAR|YEAR)) YEARSPEC?", half_year),
    Rule("week <n>", "MARK* (U_WEEK NUM|WN) YEARSPEC? ((W|CLAUSE)? END)?", iso_week),
    # "under januari och februari": to the end of the second (no other clause word comes
    # between two months)
    Rule("in <month> and <month>", "MARK* BETWEEN? THE? MONTH (AND|CLAUSE) THE? MONTH YEARSPEC?",
         month_pair),
    Rule("<month>-<month>", "MARK* THE? MONTH DASH? THE? MONTH YEARSPEC?", month_range),
    Rule("<month> <year>", "MARK* (THE|POSSESSIVE)? (THIS|NEXT)? MONTH AFTER_NEXT? YEARSPEC?",
         month),
    Rule("through <month>", "THROUGH THE? (THIS|NEXT)? MONTH YEARSPEC?", through_month),
    Rule("through <season>", "THROUGH THE? (THIS|NEXT)? SEASON YEAR?", season_end),
    Rule("from <month> to <month>", "FROM THE? MONTH YEARSPEC? JOIN THE? MONTH YEARSPEC?",
         month_range),
    Rule("<season>", "MARK* (THIS|NEXT|ALL)? (THE|POSSESSIVE)? SEASON YEAR?", season),
    Rule("<holiday>", "MARK* THE? (THIS|NEXT)? HOLIDAY YEARSPEC?", holiday),
    Rule("<term>", "MARK* (END OF?)? THE? (THIS|NEXT)? TERM YEAR? END?", term),
    Rule("<fiscal year>", "MARK* (END OF?)? THE? (THIS|NEXT)? FISCAL (NUM|YEAR)?", fiscal_year),
    Rule("<year>", "MARK* ALL? THE? YEAR", year),
    Rule("<today/tomorrow>", "MARK* DAYREF", dayref),
    Rule("<weekday>", "MARK* FILLER? (THIS|NEXT)? WEEKDAY AFTER_NEXT?"
         " ((OF|IN)? (THIS|NEXT) U_WEEK)?", weekday),
)  # fmt: skip


# --- the table compiled ------------------------------------------------------------------

PIECES: Final = tuple(pieces(rule.pattern) for rule in RULES)
COMPILED: Final = tuple(re.compile(to_regex(rule_pieces)) for rule_pieces in PIECES)
OPENINGS: Final = tuple(
    frozenset(tuple(map(char_of, opening)) for opening in openings(rule_pieces))
    for rule_pieces in PIECES
)
# Each kind's character in the code string; kinds no rule names read as OTHER.
CHAR: Final[dict[str, str]] = {
    kind: char_of(kind) for ps in PIECES for kind in ps if kind[0].isalpha()
}
# Where a rule can begin: a phrase never begins with a comma ("Friday, 15 May" holds one,
# ", 15 May" is not a phrase). By kind, so that finding the places reads each token's kind
# and not its character in the code.
BEGINNING: Final = frozenset(
    kind
    for kind, char in CHAR.items()
    if kind != "COMMA" and any(o[0] == char for os in OPENINGS for o in os)
)


Candidates = tuple[tuple[int, ...], re.Pattern[str] | None]
_CANDIDATES: Final[dict[str, Candidates]] = {}  # by opening: a few hundred at most


def _candidates(opening: str) -> Candidates:
    """The rules that can match where the code reads ``opening`` (its next two kinds), in
    table order, and one regex for them whose n-th group is the n-th rule: a goal's few
    such places would otherwise each try all fifty rules. Remembered in a plain dict,
    which a compiled caller reads without a call."""
    found = _CANDIDATES.get(opening)
    if found is None:
        first, second = opening[0], opening[1:]
        rules = tuple(i for i, os in enumerate(OPENINGS) if (first,) in os or (first, second) in os)
        union = "|".join(f"({COMPILED[i].pattern})" for i in rules)
        found = _CANDIDATES[opening] = (rules, re.compile(union) if rules else None)
    return found


# A run of deadline markers ("by by by …", as pasted or generated text may hold). Every rule
# that can begin with two markers begins with MARK* (tests/analysis/test_linear.py holds it
# to that), so at every place in the run it reads the same tokens after the run, and its
# resolver reads the markers only by kind (has, arriving). Places whose markers up to the
# run's end hold the same kinds therefore read alike: where one has no hit, the next does
# not either. Trying each in turn costs a run of n markers n² regex steps.
RUN_KINDS: Final = tuple(MACROS["MARK"].strip("()").split("|"))
_MARK_RUN: Final = re.compile("[" + "".join(CHAR[kind] for kind in RUN_KINDS) + "]{3,}")


def _resumes(code: str) -> dict[int, int]:
    """Where to look next after a place in a run of markers without a hit, where that is
    further than the next place: the first place whose markers ahead hold fewer kinds, or
    the run's last marker, which other rules may begin at."""
    out: dict[int, int] = {}
    if _MARK_RUN.search(code) is None:  # most goals: one search, not an iterator
        return out
    for run in _MARK_RUN.finditer(code):
        first, last = run.start(), run.end() - 1
        seen: set[str] = set()
        distinct = last  # the first place from i on whose marker's kind does not come again
        for i in range(last, first - 1, -1):
            if code[i] not in seen:
                seen.add(code[i])
                distinct = i
            resume = min(distinct + 1, last)
            if resume > i + 1:
                out[i] = resume
    return out


class Hit(NamedTuple):
    rule: Rule
    found: Found
    first_token: int
    last_token: int  # inclusive
    deadline: date | None  # for a deadline: its day, "before" applied
    # 3: a full date with a frame marker, or the start a frame waits for; 2: a frame marker
    # (by, before, within); 1: another marker or a full date
    marked: int


STRONG_RULES: Final = frozenset({"<date>", "<day> <month> <year>", "<month> <day> <year>"})


def _deadline_of(found: Found, m: Match) -> date | None:
    if found.kind != "deadline":
        return None
    if m.arriving() and not found.point and found.first:
        before = found.first - timedelta(days=1)  # "before May" ends on 30 April
        if before >= m.today or m.has("YEAR", "DATE"):
            return before
    return found.last


def _rank(kinds: set[str], rule: Rule, after: Token | None) -> int:
    if "FOR" in kinds:
        return -1  # "budgeten för 2027 klar senast 15 mars": the other phrase is the deadline
    framed = not kinds.isdisjoint(FRAME_MARKERS)
    if "FISCAL" in kinds and not (framed and ("NUM" in kinds or "YEAR" in kinds)):
        # "FY27", "by the end of the fiscal year (June 30)": its months are the
        # organisation's, so any date beats the guess of its calendar year
        return 0
    if framed or (after is not None and after.kind == "BY"):
        # "senast 15 april", and after the date: "April 15th at the latest", "15/4 senast";
        # a full date so framed beats a framed period ("inför sommarsäsongen, senast den 15
        # maj")
        return 3 if rule.name in STRONG_RULES else 2
    return int(not kinds.isdisjoint(MARKERS) or rule.name in STRONG_RULES)


def find(tokens: list[Token], today: date, *, in_is_span: bool = False) -> list[Hit]:
    """Every rule hit in the tokens, left to right, each token used at most once.

    ``in_is_span``: the language's "in <duration>" says how long, not by when (Swedish)."""
    code = "".join([CHAR.get(token.kind, OTHER) for token in tokens])
    hits: list[Hit] = []
    # Once for the goal, not once per rule match: a scan of all tokens at every match
    # made long texts quadratic.
    responding = any(token.kind == "RESPOND" for token in tokens)
    resumes = _resumes(code)
    pos, n = 0, len(tokens)
    while pos < n:
        start = pos
        if tokens[start].kind not in BEGINNING:
            pos = start + 1
            continue
        pos = resumes.get(start, start + 1)  # unless a rule takes tokens from here
        rules, union = _candidates(code[start : start + 2])
        m = union.match(code, start) if union else None
        if m is None:
            continue
        first = (m.lastindex or 1) - 1  # the union's n-th group is its n-th rule
        heads = start == 0 or tokens[start - 1].kind == "STOP"  # the same for every rule here
        for index in rules[first:]:
            match = m if index == rules[first] else COMPILED[index].match(code, start)
            if match is None:
                continue
            end = match.end()
            next_token = tokens[end] if end < len(tokens) else None
            context = Match(tokens[start:end], today, next_token, responding, in_is_span, heads)
            rule = RULES[index]
            found = rule.resolve(context)
            # "innan vårterminen startar den 11 januari": that date is the frame, and it
            # outranks every other phrase, the term it dates among them
            awaited: str | None = None
            if found is not None and found.kind == "deadline" and start:
                before = tokens[start - 1].kind
                after_span = before == "OF" and start >= 2 and tokens[start - 2].kind in UNIT_OF
                awaited = _awaited(tokens, start - 1) if before == "FROM" else None
                begins = before == "FROM" and awaited is None
                if (
                    begins
                    or (rule.name in SPAN_RULES and _in_relative(tokens, start, context))
                    or before in ("THAN", "AGO")
                    or (before == "OBJECT" and "FOR" in context.kindset)
                    or after_span
                ):
                    # "från v. 3", "starting next week", "since March", "the course starts in
                    # June", "sedan i mars": when something begins, not ends; "än i år",
                    # "than last year": the other side of a comparison; "budgeten för nästa
                    # år", "the plan for 2027": what the thing is about; "within 5 days of
                    # month end": the event a response time counts from
                    found = IGNORE
            if found is not None:
                marked = 3 if awaited == "BEFORE" else _rank(context.kindset, rule, next_token)
                deadline = _deadline_of(found, context)
                hits.append(new_record(Hit, (rule, found, start, end - 1, deadline, marked)))
                pos = end
                break
    return hits
