"""An organisation's whole database as one file: to keep as a backup, or to move Smarta to
another server or from SQLite to PostgreSQL (``smarta manage export_org`` / ``restore_org``).

The file ("smarta-org", version 1) is JSON Lines, so both commands stream it and use little
memory however large the organisation: the first line is a header ::

    {"format": "smarta-org", "version": 1,
     "migrations": [["api", "0001_initial"], ...],    # the schema it was written with
     "counts": {"auth.group": 0, "auth.user": 12, ...}}  # objects that follow, per model

and every further line is one row in Django's own serialization format (``dumpdata``), model
by model in the order of MODELS and by primary key within a model, so exporting the same data
twice gives the same bytes. Primary keys are kept, so ids in API URLs and links stay valid
after a restore. Rows that ``migrate`` creates (content types and permissions) are referred to
by natural key, since their ids differ between databases; moments keep their microseconds.

What goes in is everything the organisation owns (MODELS); NOT_EXPORTED names the rest and why.
Secrets go along, because a restore is how an organisation moves and scripts, feedback links
and subscribed calendars should keep working: password hashes, and the hashes of API tokens
and feedback links, which cannot be turned back into a working secret; the calendar feed's
secret is stored as it is and does open that person's feed. The file is therefore as
sensitive as the database, and is written readable by its owner only.

A restore goes into an empty database (or, asked to replace, empties it first) in one
transaction: it checks the header, loads every row, checks the counts against the header (a
file cut short is refused, not half-loaded) and resets the id sequences so new rows get fresh
ids on PostgreSQL. Any failure leaves the database as it was.
"""

from __future__ import annotations

import json
import os
import tempfile
from collections import Counter
from collections.abc import Iterator
from contextlib import contextmanager
from datetime import datetime
from itertools import chain
from pathlib import Path
from typing import IO, Any

from django.apps import apps
from django.contrib.auth.models import Permission
from django.contrib.contenttypes.models import ContentType
from django.core import serializers
from django.core.management.color import no_style
from django.core.serializers import jsonl
from django.core.serializers.base import DeserializationError
from django.core.serializers.json import DjangoJSONEncoder
from django.db import DatabaseError, connection, models, transaction
from django.db.migrations.loader import MigrationLoader
from django.db.migrations.recorder import MigrationRecorder

FORMAT = "smarta-org"
VERSION = 1
MAX_HEADER_CHARS = 1_000_000
BATCH = 2000  # rows held before they are inserted

# In dependency order, so the file reads top-down (the database checks links at commit).
MODELS = (
    "auth.group",
    "auth.user",
    "planner.department",
    "planner.profile",
    "planner.assessment",
    "planner.area",
    "planner.vision",
    "planner.goal",
    "planner.goalproposal",  # a goal a manager proposed, until and after it is answered
    "planner.goalversion",
    "planner.milestone",
    "planner.step",
    "planner.metric",
    "planner.checkin",
    "planner.reflection",
    "planner.goalcomment",
    "planner.feedbackrequest",
    "planner.talk",
    "planner.remindersent",
    "planner.notification",  # the inbox: read or not, mailed or waiting to be
    "planner.auditevent",  # who approved, asked for changes, imported or moved whom
    "api.apitoken",
    "admin.logentry",  # the admin's record of changes (to reporting lines, say), by object id
)
NOT_EXPORTED = {
    "contenttypes.contenttype": "created by migrate; rows name them by natural key",
    "auth.permission": "created by migrate; rows name them by natural key",
    "sessions.session": "logins of the moment: after a move, people sign in again",
    "axes.accessattempt": "login throttling of the moment",
    "axes.accessattemptexpiration": "login throttling of the moment",
    "axes.accessfailurelog": "login throttling of the moment",
    "axes.accesslog": "login throttling of the moment",
    "planner.jobrun": "the daily jobs' lease of the day: after a move, the next day makes its own",
}
# Rows the file names by natural key rather than by id.
BY_NATURAL_KEY = (ContentType, Permission)


class BackupFileError(Exception):
    """The file is not an organisation export this Smarta can restore, or is damaged."""


class RestoreRefused(Exception):
    """The database already holds an organisation and replacing it was not asked for."""

    def __init__(self, holdings: dict[str, int]):
        self.holdings = holdings
        listed = ", ".join(f"{label}: {count}" for label, count in holdings.items())
        super().__init__(f"the database already holds an organisation ({listed})")


def people_count_text(counts: dict[str, int]) -> str:
    """How many people (accounts) the counts hold: "1 person", "12 people"."""
    number = counts.get("auth.user", 0)
    return f"{number} {'person' if number == 1 else 'people'}"


def _models() -> list[type]:
    return [apps.get_model(label) for label in MODELS]


# ---------------------------------------------------------------- export


class _Encoder(DjangoJSONEncoder):
    """Moments in full: Django's encoder cuts them to milliseconds, which a restore would lose."""

    def default(self, o: Any) -> Any:
        if isinstance(o, datetime):
            return o.isoformat()
        return super().default(o)


class _Serializer(jsonl.Serializer):
    """Django's JSON Lines with natural keys for BY_NATURAL_KEY only: every other link stays an
    id (kept by the restore), so loading a row needs no lookups."""

    def end_object(self, obj) -> None:
        # The same text as Django's json.dump, but json.dumps takes the C encoder: twice as fast
        self.stream.write(json.dumps(self.get_dump_object(obj), **self.json_kwargs) + "\n")
        self._current = None

    def handle_fk_field(self, obj, field) -> None:
        self.use_natural_foreign_keys = issubclass(field.related_model, BY_NATURAL_KEY)
        super().handle_fk_field(obj, field)

    def handle_m2m_field(self, obj, field) -> None:
        self.use_natural_foreign_keys = issubclass(field.related_model, BY_NATURAL_KEY)
        super().handle_m2m_field(obj, field)


@contextmanager
def _snapshot() -> Iterator[None]:
    """Every read inside sees the database as it was at one moment, while the app writes on.

    PostgreSQL: a read-only REPEATABLE READ transaction. SQLite: a DEFERRED transaction, which
    reads one snapshot of the WAL without the write lock that Django's IMMEDIATE transactions
    (``smarta.web.settings``) would hold, and make the app's writes wait for, all along.
    """
    if connection.vendor == "sqlite":
        with connection.cursor() as cursor:
            cursor.execute("BEGIN DEFERRED")
            try:
                yield
            finally:
                cursor.execute("ROLLBACK")  # nothing was written
    else:
        with transaction.atomic(), connection.cursor() as cursor:
            cursor.execute("SET TRANSACTION ISOLATION LEVEL REPEATABLE READ READ ONLY")
            yield


def _schema() -> list[list[str]]:
    """The newest migration of each exported app in this Smarta."""
    wanted = {label.partition(".")[0] for label in MODELS}
    leaves = MigrationLoader(None, ignore_no_migrations=True).graph.leaf_nodes()
    return sorted([app, name] for app, name in leaves if app in wanted)


def org_write(stream: IO[str]) -> dict[str, int]:
    """Write the organisation to ``stream`` in the format described at the top; returns the
    number of rows written per model."""
    with _snapshot():
        querysets = [model._base_manager.order_by("pk") for model in _models()]
        counts = {label: qs.count() for label, qs in zip(MODELS, querysets, strict=True)}
        header = {"format": FORMAT, "version": VERSION, "migrations": _schema(), "counts": counts}
        stream.write(json.dumps(header) + "\n")
        rows = chain.from_iterable(qs.iterator(chunk_size=2000) for qs in querysets)
        _Serializer().serialize(rows, stream=stream, cls=_Encoder)
    return counts


def org_export(path: Path) -> dict[str, int]:
    """Write the organisation to the file ``path``, which appears whole or not at all.

    The file is readable by its owner only (it holds password hashes); an existing file is
    replaced. Raises OSError when it cannot be written."""
    path = Path(path)
    handle, temporary = tempfile.mkstemp(dir=path.parent, prefix=f".{path.name}.", suffix=".tmp")
    try:
        with open(handle, "w", encoding="utf-8") as stream:
            counts = org_write(stream)
            stream.flush()
            os.fsync(stream.fileno())
        os.replace(temporary, path)
    except BaseException:
        Path(temporary).unlink(missing_ok=True)
        raise
    return counts


# ---------------------------------------------------------------- restore


def _not_an_export(why: str) -> BackupFileError:
    return BackupFileError(f"this is not an organisation export from Smarta ({why})")


def _header(stream: IO[str]) -> dict:
    """The first line, checked: format, version, a schema this database has, counts."""
    try:
        header = json.loads(stream.readline(MAX_HEADER_CHARS))
    except ValueError:  # UnicodeDecodeError too: not text at all
        raise _not_an_export("its first line is not a smarta-org header") from None
    if not isinstance(header, dict) or header.get("format") != FORMAT:
        raise _not_an_export("its first line is not a smarta-org header")
    version = header.get("version")
    if not isinstance(version, int) or isinstance(version, bool) or version < 1:
        raise BackupFileError("the file does not say which version of the format it uses")
    if version > VERSION:
        raise BackupFileError(
            f"the file uses format version {version}; this Smarta reads version {VERSION}"
        )
    counts = header.get("counts")
    if not isinstance(counts, dict) or not all(
        label in MODELS and isinstance(n, int) and n >= 0 for label, n in counts.items()
    ):
        raise BackupFileError("the header's counts are damaged")
    _check_schema(header.get("migrations"))
    return header


def _check_schema(migrations: Any) -> None:
    if not isinstance(migrations, list) or not all(
        isinstance(m, list) and len(m) == 2 and all(isinstance(p, str) for p in m)
        for m in migrations
    ):
        raise BackupFileError("the header's list of migrations is damaged")
    applied = MigrationRecorder(connection).applied_migrations()
    missing = [f"{app}.{name}" for app, name in migrations if (app, name) not in applied]
    if missing:
        raise BackupFileError(
            "this database lacks migrations the file was written with "
            f"({', '.join(missing)}): run `smarta manage migrate` with a Smarta at least as "
            "new as the one that exported it, then restore"
        )


def org_holdings() -> dict[str, int]:
    """How many rows of each exported model the database holds, for those it holds any of."""
    counts = {label: apps.get_model(label)._base_manager.count() for label in MODELS}
    return {label: count for label, count in counts.items() if count}


def _tables() -> list[str]:
    """The exported models' tables, with the many-to-many links between them."""
    exported = _models()
    return [model._meta.db_table for model in exported] + [
        field.remote_field.through._meta.db_table
        for model in exported
        for field in model._meta.local_many_to_many
    ]


def _empty_tables() -> None:
    """Delete every exported row (--replace)."""
    with connection.cursor() as cursor:
        for sql in connection.ops.sql_flush(no_style(), _tables()):
            cursor.execute(sql)


def _insert(rows: list[models.Model]) -> None:
    """Insert rows of one model in batches, as ``Model.save(raw=True)`` inserts one: with the
    values as given, where ``bulk_create`` would stamp ``auto_now`` moments with the present.
    (One INSERT per row would take minutes for a large organisation on PostgreSQL.)"""
    model = type(rows[0])
    fields = model._meta.local_concrete_fields
    size = connection.ops.bulk_batch_size(fields, rows)
    for start in range(0, len(rows), size):
        model._base_manager._insert(rows[start : start + size], fields=fields, raw=True)


def _load(stream: IO[str]) -> Counter[str]:
    """Insert every row that follows the header; returns the count per model."""
    counts: Counter[str] = Counter()
    line = 1

    def numbered() -> Iterator[str]:
        nonlocal line
        for text in stream:
            line += 1
            yield text

    pending: list[models.Model] = []
    links = []  # (row, many-to-many field, ids): set once every row is in
    try:
        for row in serializers.deserialize("jsonl", numbered()):
            label = row.object._meta.label_lower
            if label not in MODELS:
                raise BackupFileError(f"line {line}: {label} is not part of an organisation")
            if pending and (type(row.object) is not type(pending[0]) or len(pending) == BATCH):
                _insert(pending)
                pending = []
            pending.append(row.object)
            links += [(row.object, name, ids) for name, ids in row.m2m_data.items() if ids]
            counts[label] += 1
    except (DeserializationError, UnicodeDecodeError) as error:
        raise BackupFileError(f"line {line}: {str(error) or error.__cause__}") from error
    if pending:
        _insert(pending)
    for row, name, ids in links:
        getattr(row, name).set(ids)
    return counts


def _check_counts(expected: dict[str, int], loaded: dict[str, int]) -> None:
    wrong = [
        f"{label}: {expected.get(label, 0)} announced, {loaded.get(label, 0)} found"
        for label in MODELS
        if expected.get(label, 0) != loaded.get(label, 0)
    ]
    if wrong:
        raise BackupFileError(
            "the rows are not those its header announces; cut short or edited? "
            f"({'; '.join(wrong)})"
        )


def _reset_sequences() -> None:
    """New rows continue after the highest restored id (PostgreSQL; SQLite does this itself)."""
    with connection.cursor() as cursor:
        for sql in connection.ops.sequence_reset_sql(no_style(), _models()):
            cursor.execute(sql)


def org_restore(stream: IO[str], *, replace: bool = False) -> dict[str, int]:
    """Load an organisation export into this database, all of it or nothing.

    Raises :class:`RestoreRefused` when the database already holds rows of MODELS, unless
    ``replace``, which deletes them first; :class:`BackupFileError` for a file that is not an
    export, comes from a newer schema, or is damaged or cut short. Returns the counts loaded.
    """
    header = _header(stream)
    try:
        with transaction.atomic():
            holdings = org_holdings()
            if holdings and not replace:
                raise RestoreRefused(holdings)
            if replace:
                _empty_tables()
            loaded = dict(_load(stream))
            _check_counts(header["counts"], loaded)
            # Every link points at a row now, rather than a bare "constraint failed" at commit
            connection.check_constraints(table_names=_tables())
            _reset_sequences()
    except DatabaseError as error:  # a duplicate id, a link to a row the file lacks, …
        raise BackupFileError(f"the rows do not fit together: {error}") from error
    return loaded
