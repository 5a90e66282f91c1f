"""``smarta manage restore_org FILE [--replace]``: load an export_org file (planner.backup)."""

from __future__ import annotations

from pathlib import Path

from django.core.management.base import BaseCommand, CommandError

from smarta.planner.data.backup import (
    BackupFileError,
    RestoreRefused,
    org_restore,
    people_count_text,
)


class Command(BaseCommand):
    help = (
        "Load an organisation written by export_org into this (migrated, empty) database, in "
        "one transaction: all of it or nothing."
    )

    def add_arguments(self, parser) -> None:
        parser.add_argument("file", type=Path, help="a file written by export_org")
        parser.add_argument(
            "--replace", action="store_true",
            help="delete the organisation this database holds first (people, goals, …)",
        )  # fmt: skip

    def handle(self, *args, file: Path, replace: bool, **options) -> None:
        try:
            with file.open(encoding="utf-8") as stream:
                counts = org_restore(stream, replace=replace)
        except OSError as error:
            raise CommandError(f"cannot read {file}: {error.strerror or error}") from None
        except RestoreRefused as refused:
            raise CommandError(
                f"{refused}. Restore into an empty database, or pass --replace to delete what "
                "it holds first; nothing was changed."
            ) from None
        except BackupFileError as error:
            raise CommandError(f"{file}: {error}; nothing was changed.") from None
        self.stdout.write(
            f"{sum(counts.values())} rows restored from {file}: {people_count_text(counts)}."
        )
