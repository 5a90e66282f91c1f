"""Goal sentences in Swedish and English, varied the way people write them.

The seed writes them as goals and the load sends them to /api/v1/analyze. Most name a
measure and a deadline; some are vague ("Bli bättre på Excel."), as real goals are. A
measured goal comes with the metric its numbers make, so check-ins can move along it.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, timedelta
from random import Random

LANGS = ("sv", "en")
MONTHS = {
    "sv": "januari februari mars april maj juni juli augusti september oktober november december",
    "en": "January February March April May June July August September October November December",
}


@dataclass(frozen=True)
class Metric:
    name: str
    unit: str
    baseline: float
    target: float


@dataclass(frozen=True)
class GoalText:
    text: str
    lang: str
    metric: Metric | None


def _month(lang: str, day: date) -> str:
    return MONTHS[lang].split()[day.month - 1]


def _deadline(rng: Random, lang: str, today: date, months: tuple[int, int]) -> str:
    """A deadline phrase 2 to 14 months (or as given) after ``today``, in one of several forms."""
    day = today + timedelta(days=30 * rng.randint(*months) + rng.randint(0, 27))
    month, quarter = _month(lang, day), (day.month - 1) // 3 + 1
    n = max(2, (day - today).days // 30)
    forms = {
        "sv": [
            f"senast den {day.day} {month} {day.year}",
            f"före utgången av {month} {day.year}",
            f"senast i {month} {day.year}",
            f"inom {n} månader",
            f"senast kvartal {quarter} {day.year}",
        ],
        "en": [
            f"by {day.day} {month} {day.year}",
            f"by the end of {month} {day.year}",
            f"before {month} {day.year}",
            f"within {n} months",
            f"by the end of Q{quarter} {day.year}",
        ],
    }
    return rng.choice(forms[lang])


# Each row: the Swedish and English words for one slot value.
CERTS = [
    ("AWS Solutions Architect-certifieringen", "the AWS Solutions Architect exam"),
    ("PMP-certifieringen", "the PMP exam"),
    ("B2-provet i franska", "the B2 exam in French"),
    ("ITIL 4 Foundation", "ITIL 4 Foundation"),
    ("Scrum Master-certifieringen PSM I", "the PSM I Scrum Master exam"),
    ("CFA nivå 1", "CFA level 1"),
]
# (what sv, what en, unit sv, unit en, lowest start, highest start, smallest and largest change)
CHANGES_UP = [
    ("andelen nöjda kunder", "customer satisfaction", "procent", "percent", 60, 78, 5, 15),
    ("antalet kundmöten per månad", "customer meetings a month", "möten", "meetings", 4, 10, 3, 8),
    ("testtäckningen i vårt API", "test coverage of our API", "procent", "percent", 35, 70, 10, 25),
    ("försäljningen i region Syd", "sales in the southern region", "MSEK", "MSEK", 12, 30, 3, 8),
    ("antalet lösta ärenden per dag", "tickets solved a day", "ärenden", "tickets", 20, 40, 5, 15),
]
CHANGES_DOWN = [
    ("ledtiden för kodgranskning", "the lead time for code review", "dagar", "days", 3, 6, 1, 2),
    ("antalet öppna buggar", "the number of open bugs", "buggar", "bugs", 40, 90, 15, 30),
    ("tiden för månadsbokslutet", "the time to close the books", "dagar", "days", 8, 12, 2, 5),
    ("personalomsättningen i teamet", "staff turnover in the team", "procent", "percent",
     12, 20, 3, 8),
]  # fmt: skip
TOPICS = [
    ("testautomatisering", "test automation"),
    ("vår nya arkitektur", "our new architecture"),
    ("GDPR i vardagen", "GDPR in daily work"),
    ("hållbar upphandling", "sustainable procurement"),
    ("ledarskap", "leadership"),
    ("förhandlingsteknik", "negotiation"),
]
AUDIENCES = [
    ("andra team", "other teams"),
    ("ledningsgruppen", "the management team"),
    ("nyanställda", "new employees"),
]
SKILLS = [
    ("SQL", "SQL"),
    ("Python", "Python"),
    ("Power BI", "Power BI"),
    ("coachande ledarskap", "coaching"),
    ("Excel", "Excel"),
    ("att presentera", "presenting"),
    ("att ge feedback", "giving feedback"),
]
PROJECTS = [
    ("flytten till det nya CRM-systemet", "the move to the new CRM"),
    ("införandet av ett nytt ekonomisystem", "the roll-out of a new finance system"),
    ("omorganisationen av kundtjänst", "the reorganisation of customer service"),
    ("upphandlingen av molntjänster", "the procurement of cloud services"),
]
ROLES = [
    ("teamledare", "a team lead"),
    ("enhetschef", "a head of unit"),
    ("senior arkitekt", "a senior architect"),
    ("produktägare", "a product owner"),
]


def _pick(rng: Random, rows: list[tuple], lang: str) -> str:
    return rng.choice(rows)[LANGS.index(lang)]


def _change(rng: Random, lang: str, today: date, up: bool) -> GoalText:
    row = rng.choice(CHANGES_UP if up else CHANGES_DOWN)
    what, unit = row[LANGS.index(lang)], row[2 + LANGS.index(lang)]
    start = rng.randint(row[4], row[5])
    end = start + rng.randint(row[6], row[7]) * (1 if up else -1)
    deadline = _deadline(rng, lang, today, (3, 12))
    verb = {("sv", True): "Öka", ("sv", False): "Minska", ("en", True): "Increase",
            ("en", False): "Reduce"}[lang, up]  # fmt: skip
    text = {
        "sv": f"{verb} {what} från {start} till {end} {unit} {deadline}.",
        "en": f"{verb} {what} from {start} to {end} {unit} {deadline}.",
    }[lang]
    return GoalText(text, lang, Metric(what, unit, start, end))


def _count(rng: Random, lang: str, today: date) -> GoalText:
    """Talks given, books read or projects done: counted from zero."""
    n, deadline = rng.randint(2, 8), _deadline(rng, lang, today, (2, 12))
    topic, kind = _pick(rng, TOPICS, lang), rng.randrange(3)
    if kind == 0:
        audience = _pick(rng, AUDIENCES, lang)
        text, unit = {
            "sv": (f"Hålla {n} presentationer om {topic} för {audience} {deadline}.", "st"),
            "en": (f"Give {n} talks on {topic} to {audience} {deadline}.", "talks"),
        }[lang]
        name = {"sv": "presentationer", "en": "talks given"}[lang]
    elif kind == 1:
        text, unit = {
            "sv": (f"Läsa {n} fackböcker om {topic} {deadline}.", "böcker"),
            "en": (f"Read {n} books on {topic} {deadline}.", "books"),
        }[lang]
        name = {"sv": "lästa böcker", "en": "books read"}[lang]
    else:
        skill = _pick(rng, SKILLS, lang)
        text, unit = {
            "sv": (f"Gå en kurs i {skill} och använda det i {n} projekt {deadline}.", "projekt"),
            "en": (f"Take a course in {skill} and use it in {n} projects {deadline}.", "projects"),
        }[lang]
        name = {"sv": "projekt", "en": "projects"}[lang]
    return GoalText(text, lang, Metric(name, unit, 0, n))


def _unmeasured(rng: Random, lang: str, today: date) -> GoalText:
    """A certificate, a project to lead, or a vague wish."""
    kind = rng.randrange(3)
    if kind == 0:
        cert, deadline = _pick(rng, CERTS, lang), _deadline(rng, lang, today, (2, 10))
        text = {"sv": f"Klara {cert} {deadline}.", "en": f"Pass {cert} {deadline}."}[lang]
    elif kind == 1:
        project, deadline = _pick(rng, PROJECTS, lang), _deadline(rng, lang, today, (4, 14))
        text = {
            "sv": f"Leda {project} och bli klar {deadline}.",
            "en": f"Lead {project} and finish it {deadline}.",
        }[lang]
    else:
        skill = _pick(rng, SKILLS, lang)
        text = {"sv": f"Bli bättre på {skill}.", "en": f"Get better at {skill}."}[lang]
    return GoalText(text, lang, None)


def short_term(rng: Random, lang: str, today: date) -> GoalText:
    """A goal for the next 2 to 14 months, written on ``today``."""
    kind = rng.random()
    if kind < 0.45:
        return _change(rng, lang, today, up=rng.random() < 0.6)
    if kind < 0.75:
        return _count(rng, lang, today)
    return _unmeasured(rng, lang, today)


def long_term(rng: Random, lang: str, today: date) -> GoalText:
    """Where the person wants to be in a few years."""
    role, years = _pick(rng, ROLES, lang), rng.randint(2, 5)
    text = {
        "sv": f"Bli {role} inom {years} år.",
        "en": f"Become {role} within {years} years.",
    }[lang]
    return GoalText(text, lang, None)
