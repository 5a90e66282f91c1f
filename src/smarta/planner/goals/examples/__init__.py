"""Example goals to start from: one JSON file of data per language (``sv.json``, ``en.json``).

Each example is a whole SMART goal that the analyzer itself judges specific, measurable and
time-bound, on any day (its time frame is relative: "inom sex månader", "before next
summer"); ``tests/web/test_examples.py`` holds every one to that. A field says whom it is
for (sales, software, health care …), a kind whether it is a performance or a development
goal, a sphere whether it is professional (the default) or personal.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from functools import cache
from pathlib import Path

from django.utils.translation import gettext_lazy as _

from smarta.analysis import LANGUAGES

HERE = Path(__file__).parent

# The fields an example is for, in the order a person is offered them.
FIELDS = {
    "sales": _("Sales"),
    "software": _("Software"),
    "health": _("Health care"),
    "teaching": _("Teaching"),
    "trades": _("Trades"),
    "students": _("Students"),
    "managers": _("Managers"),
    "personal": _("Personal"),
}


@dataclass(frozen=True)
class Example:
    key: str  # "sv-12": the language and the example's place in its file
    lang: str
    field: str
    kind: str
    sphere: str
    text: str


@cache
def examples(lang: str) -> tuple[Example, ...]:
    """The examples in ``lang``, in their file's order; none for a language without a file."""
    if lang not in LANGUAGES:
        return ()
    rows = json.loads((HERE / f"{lang}.json").read_text(encoding="utf-8"))
    return tuple(
        Example(
            key=f"{lang}-{n}",
            lang=lang,
            field=row["field"],
            kind=row["kind"],
            sphere=row.get("sphere", "professional"),
            text=row["text"],
        )
        for n, row in enumerate(rows, start=1)
    )


def example(key: str) -> Example | None:
    """The example named by ``key`` ("sv-12"), or None for anything else."""
    lang, _sep, number = key.partition("-")
    found = examples(lang)
    if not (number.isascii() and number.isdigit()) or not 1 <= int(number) <= len(found):
        return None
    return found[int(number) - 1]


def examples_in(lang: str, field: str | None = None) -> list[Example]:
    """The examples in ``lang`` for ``field``, or all of them for no field or an unknown one."""
    every = examples(lang)
    return [e for e in every if e.field == field] if field in FIELDS else list(every)
