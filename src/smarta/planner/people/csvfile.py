"""A people file (CSV, UTF-8, columns email,name,department,manager_email), read whole.

The command line and the HR page read it the same way; a file that is not UTF-8 or not CSV
is refused with where it went wrong, and nothing is imported."""

from __future__ import annotations

import csv
import io
from collections.abc import Mapping

from django.utils.translation import gettext as _

from smarta.planner.team.services import IMPORT_COLUMNS


class PeopleFileError(ValueError):
    pass


def read_rows(raw: bytes) -> list[tuple[int, Mapping[str, str | None]]]:
    """(line number, row) for each row of the file."""
    try:
        text = raw.decode("utf-8-sig")
    except UnicodeDecodeError as error:
        line = raw.count(b"\n", 0, error.start) + 1
        raise PeopleFileError(
            _("line %(line)s: the file is not UTF-8 text; save it as UTF-8 (in Excel: CSV UTF-8)")
            % {"line": line}
        ) from None
    reader = csv.DictReader(io.StringIO(text, newline=""))
    try:
        missing = [c for c in IMPORT_COLUMNS if c not in (reader.fieldnames or [])]
        if missing:
            raise PeopleFileError(
                _("line 1: missing columns: %(columns)s") % {"columns": ", ".join(missing)}
            )
        # line_num after reading a row is the line it ended on (a quoted field may span lines)
        return [(reader.line_num, row) for row in reader]
    except csv.Error as error:  # a field over csv's size limit, say
        raise PeopleFileError(
            _("not a CSV file near line %(line)s: %(error)s")
            % {"line": reader.line_num, "error": error}
        ) from None


def write_people(people) -> str:
    """The people as a file the import reads back."""
    out = io.StringIO()
    writer = csv.writer(out)
    writer.writerow(IMPORT_COLUMNS)
    for person in people:
        profile = getattr(person, "profile", None)
        department = profile.department.name if profile and profile.department else ""
        manager = profile.manager.email if profile and profile.manager else ""
        writer.writerow([person.email, person.get_full_name(), department, manager])
    return out.getvalue()
