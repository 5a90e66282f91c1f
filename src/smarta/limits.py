"""Every bound Smarta puts on what a person or a program may send it, in one place.

The web forms, the models, the plan import, the API and the command line all read their limits
from here, so a goal that one entry point accepts is never refused (or worse, half-handled) by
another. The README's "Limits" table lists the same values. Nothing here imports Django.
"""

from __future__ import annotations

from datetime import date
from typing import Final

# Text, in characters.
GOAL_TEXT: Final = 2_000  # one goal's sentence: a long paragraph, never a document
GOAL_TITLE: Final = 60  # a goal's short title, shown in lists beside its deadline
TITLE: Final = 300  # a milestone's or a step's title
LONG_TEXT: Final = 10_000  # notes, reflections, answers, comments
NAME: Final = 200  # a metric's name, a department
AREA_NAME: Final = 120  # a strength's or weakness's area in "where I stand" (its column's width)
UNIT: Final = 40  # a metric's unit
EMAIL: Final = 254  # an e-mail address (RFC 5321), or a user name in its place
PASSWORD: Final = 1_000  # far over any passphrase; hashing never sees a megabyte

# Dates: what a plan can sensibly span, and far enough from year 9999 that date arithmetic
# (a cadence added, the end of a period) never overflows.
EARLIEST: Final = date(1970, 1, 1)
LATEST: Final = date(2200, 12, 31)

# Numbers: a check-in value, a baseline, a target. Doubles are exact to 2**53 (about 9e15);
# within ±1e15 a chart's scale and a progress share are always finite and well-defined.
VALUE: Final = 1e15

# Whole numbers.
MAX_ID: Final = 2**63 - 1  # a database id (PostgreSQL's bigint)
MAX_VERSION: Final = 2**31 - 1  # a goal's version counter (an integer column everywhere)
SCORE: Final = (1, 10)  # motivation, likelihood
CONFIDENCE: Final = (1, 5)  # an area's confidence in "where I stand"

# Cadences.
CHECKIN_EVERY_DAYS: Final = (1, 365)
REFLECTION_EVERY_WEEKS: Final = (1, 52)
REMINDER_DAYS_BEFORE: Final = (0, 60)  # each number in "7,1,0"
REMINDER_DAYS_COUNT: Final = 10  # how many numbers that list may hold

# Feedback invitations one person may send in a day (the setting SMARTA_INVITATIONS_PER_DAY
# may lower or raise it).
INVITATIONS_PER_DAY: Final = 20
# Days a feedback link can be answered (the setting SMARTA_FEEDBACK_LINK_DAYS may change it).
FEEDBACK_LINK_DAYS: Final = 14
# A report's check-in on a shared goal more days late than this is told to the manager (the
# setting SMARTA_MANAGER_LATE_AFTER_DAYS may change it).
MANAGER_LATE_AFTER_DAYS: Final = 7
# How long a person marked as left can still download their plan from the link they are mailed.
LEAVER_EXPORT_DAYS: Final = 30

# A person's plan file (My data → import).
IMPORT_BYTES: Final = 5_000_000
IMPORT_GOALS: Final = 500
IMPORT_DEPTH: Final = 20  # nesting of JSON objects and lists

# Signing in with the organisation's account: how far the provider's clock may be from ours
# when an ID token's times are checked (issued at, expires).
OIDC_CLOCK_SKEW_SECONDS: Final = 60
