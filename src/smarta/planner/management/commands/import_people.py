"""``smarta manage import_people FILE.csv``: people, departments and reporting lines from a CSV.

Columns: email,name,department,manager_email, in UTF-8. Bad rows are reported with their
line number and the rest imported; the exit status is 1 when any row was refused. A file
that is not UTF-8 or not CSV imports nothing and says where it went wrong.
"""

from __future__ import annotations

from pathlib import Path

from django.core.management.base import BaseCommand, CommandError

from smarta.planner.people.csvfile import PeopleFileError, read_rows
from smarta.planner.team.services import IMPORT_COLUMNS, people_import


class Command(BaseCommand):
    help = "Import people, departments and reporting lines (managers) from a CSV file."

    def add_arguments(self, parser) -> None:
        parser.add_argument(
            "file", type=Path, help="CSV file with columns " + ",".join(IMPORT_COLUMNS)
        )
        parser.add_argument(
            "--dry-run", action="store_true", help="say what would change; save and send nothing"
        )

    def handle(self, *args, file: Path, dry_run: bool = False, **options) -> None:
        try:
            raw = file.read_bytes()
        except OSError as error:
            raise CommandError(f"cannot read {file}: {error.strerror}") from None
        try:
            rows = read_rows(raw)
        except PeopleFileError as error:
            raise CommandError(str(error)) from None
        result = people_import(rows=rows, dry_run=dry_run, source=str(file))
        for line, reason in result.errors:
            self.stderr.write(f"line {line}: {reason}")
        would = "would be " if dry_run else ""
        self.stdout.write(
            f"{result.created} people {would}created, {result.updated} {would}updated, "
            f"{result.unchanged} unchanged, {len(result.errors)} rows refused."
            + (" Nothing was saved (--dry-run)." if dry_run else "")
        )
        if result.errors:
            raise CommandError(f"{len(result.errors)} rows refused", returncode=1)
