"""``smarta manage import_people FILE.csv``: people, departments and reporting lines from a CSV.

Columns: email,name,department,manager_email, in UTF-8. Bad rows are reported with their
line number and the rest imported; the exit status is 1 when any row was refused. A file
that is not UTF-8 or not CSV imports nothing and says where it went wrong.
"""

from __future__ import annotations

import csv
import io
from pathlib import Path

from django.core.management.base import BaseCommand, CommandError

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
            text = raw.decode("utf-8-sig")
        except UnicodeDecodeError as error:
            line = raw.count(b"\n", 0, error.start) + 1
            raise CommandError(
                f"line {line}: the file is not UTF-8 text; save it as UTF-8 (in Excel: "
                "CSV UTF-8) and import it again"
            ) from None
        reader = csv.DictReader(io.StringIO(text, newline=""))
        try:
            missing = [c for c in IMPORT_COLUMNS if c not in (reader.fieldnames or [])]
            if missing:
                raise CommandError(f"line 1: missing columns: {', '.join(missing)}")
            # line_num after reading a row is the line it ended on (a quoted field may span lines)
            rows = ((reader.line_num, row) for row in reader)
            result = people_import(rows=rows, dry_run=dry_run, source=str(file))
        except csv.Error as error:  # a field over csv's size limit, say: nothing was imported
            # csv counts a line when it has read it, or only once a quoted field has ended
            raise CommandError(f"not a CSV file near line {reader.line_num}: {error}") from None
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
