"""``smarta manage export_org FILE``: the whole organisation to one file (planner.backup)."""

from __future__ import annotations

from pathlib import Path

from django.core.management.base import BaseCommand, CommandError
from django.db import DatabaseError

from smarta.planner.data.backup import org_export, people_count_text


class Command(BaseCommand):
    help = (
        "Write everything the organisation owns (people, reporting lines, goals and their "
        "follow-up, feedback, talks, API tokens) to FILE, for restore_org. The file holds "
        "password hashes: keep it like the database."
    )

    def add_arguments(self, parser) -> None:
        parser.add_argument("file", type=Path, help="the file to write (replaced if it exists)")

    def handle(self, *args, file: Path, **options) -> None:
        try:
            counts = org_export(file)
        except OSError as error:
            raise CommandError(f"cannot write {file}: {error.strerror or error}") from None
        except DatabaseError as error:  # not migrated, say
            raise CommandError(f"cannot read the database: {error}") from None
        self.stdout.write(
            f"{sum(counts.values())} rows written to {file}: {people_count_text(counts)}."
        )
