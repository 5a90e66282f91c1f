"""The analyzer's engine compiled by mypyc, used only when it was built from these sources.

The engine is pure Python and runs as such anywhere. ``make`` also compiles its modules
with mypyc (``scripts/compile_analyzer.py``): the same source, turned into C extension
modules in ``_compiled/``, about 1.5 times as fast. The package loads them only when the
digest recorded at build time matches the sources beside them, so an edited source is
never shadowed by a stale build; it runs as Python until the next build.

The engine's module constants are declared ``Final``: compiled, they are then C variables
rather than names looked up in a dictionary on every use.

``SMARTA_ANALYZER`` chooses: ``pure`` never loads the build, ``compiled`` requires it
(the test suite sets this so it fails rather than quietly testing the other build), and
unset loads it when it is there and current.
"""

from __future__ import annotations

import hashlib
import os
from importlib.machinery import EXTENSION_SUFFIXES
from pathlib import Path

PACKAGE = Path(__file__).resolve().parent
BUILD = PACKAGE / "_compiled"
DIGEST = BUILD / "DIGEST"
# The package's own entry points and its language data stay Python: the data is read
# once per process, and the registry imports each language module from the source tree.
NOT_COMPILED = frozenset({"__init__.py", "compiled.py"})
# The extension modules this interpreter loads (".cpython-312-x86_64-linux-gnu.so"): a build
# for another Python would not be imported, and its digest must not say it is current.
SUFFIX = EXTENSION_SUFFIXES[0]


def modules() -> list[Path]:
    """The modules mypyc compiles: the engine, one level deep."""
    return sorted(p for p in PACKAGE.glob("*.py") if p.name not in NOT_COMPILED)


def digest(suffix: str) -> str:
    """What the build was made from: the compiled modules, the language registry's types,
    which mypyc relies on, and the extension suffix of the interpreter it was built for."""
    h = hashlib.sha256(suffix.encode() + b"\0")
    for path in [*modules(), PACKAGE / "lang" / "__init__.py"]:
        h.update(path.name.encode() + b"\0" + path.read_bytes() + b"\0")
    return h.hexdigest()


def is_current() -> bool:
    try:
        return DIGEST.read_text().strip() == digest(SUFFIX)
    except OSError:
        return False


class StaleBuildError(RuntimeError):
    """SMARTA_ANALYZER=compiled, but there is no build of the current sources."""


def activate(package_path: list[str]) -> bool:
    """Put the compiled modules ahead of the sources on the package's path when they may
    be used; True when they are. Called once, by the package, before any engine import."""
    wanted = os.environ.get("SMARTA_ANALYZER", "")
    if wanted == "pure":
        return False
    if not is_current():
        if wanted == "compiled":
            raise StaleBuildError(
                "SMARTA_ANALYZER=compiled but the compiled analyzer is missing or older than"
                " its sources: run `make compiled`"
            )
        return False
    package_path.insert(0, str(BUILD))
    return True
