"""The gettext catalogues are complete: every string in the code has its Swedish text.

The test extracts the strings afresh (makemessages in a copy of the package) and compares
them with the committed catalogues, so a new string without a translation fails here.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

import polib
import pytest

PACKAGE = Path(__file__).resolve().parents[2] / "src" / "smarta"
LOCALE = PACKAGE / "locale"


@pytest.fixture(scope="module")
def extracted(tmp_path_factory) -> dict[str, polib.POFile]:
    if not shutil.which("xgettext"):
        pytest.fail("gettext is missing: run `make test`, which installs it")
    copy = tmp_path_factory.mktemp("pkg") / "smarta"
    shutil.copytree(PACKAGE, copy, ignore=shutil.ignore_patterns("__pycache__", "locale"))
    django_admin = Path(sys.executable).with_name("django-admin")
    (copy / "locale").mkdir(exist_ok=True)
    # Without settings, makemessages writes to ./locale of the copy, not to the real one.
    env = {k: v for k, v in os.environ.items() if k != "DJANGO_SETTINGS_MODULE"}
    subprocess.run(
        [str(django_admin), "makemessages", "-l", "sv", "-l", "en", "--no-location"],
        cwd=copy, check=True, capture_output=True, env=env,
    )  # fmt: skip
    return {lang: polib.pofile(str(copy / "locale" / lang / "LC_MESSAGES" / "django.po"))
            for lang in ("sv", "en")}  # fmt: skip


def _ids(entry: polib.POEntry) -> tuple[str, str]:
    return (entry.msgctxt or "", entry.msgid)


@pytest.mark.parametrize("lang", ["sv", "en"])
def test_the_committed_catalogue_holds_every_string_in_the_code(extracted, lang):
    committed = polib.pofile(str(LOCALE / lang / "LC_MESSAGES" / "django.po"))
    missing = {_ids(e) for e in extracted[lang]} - {_ids(e) for e in committed}
    assert not missing, f"run `make messages` and translate: {sorted(missing)[:20]}"


def test_every_string_has_its_swedish_translation():
    catalogue = polib.pofile(str(LOCALE / "sv" / "LC_MESSAGES" / "django.po"))
    untranslated = [e.msgid for e in catalogue.untranslated_entries()]
    fuzzy = [e.msgid for e in catalogue.fuzzy_entries()]
    assert not untranslated and not fuzzy, (untranslated + fuzzy)[:20]


@pytest.mark.parametrize("lang", ["sv", "en"])
def test_the_compiled_catalogue_matches_the_source(lang):
    po = polib.pofile(str(LOCALE / lang / "LC_MESSAGES" / "django.po"))
    mo = polib.mofile(str(LOCALE / lang / "LC_MESSAGES" / "django.mo"))
    translated = {_ids(e): e.msgstr for e in po.translated_entries() if not e.msgid_plural}
    compiled = {_ids(e): e.msgstr for e in mo if e.msgid and not e.msgid_plural}
    assert translated == compiled, "run `make messages`"
