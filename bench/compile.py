"""Build the analyzer with mypyc into build/mypyc, for `make bench-compiled`.

The analyzer is pure Python and is deployed as such; this measures what the same source
would give compiled to C by mypyc (as black and mypy ship), so the choice can be made on
figures. The copy in build/ is rebuilt from src/ every time: it never shadows the source.
"""

from __future__ import annotations

import os
import shutil
from pathlib import Path

from mypyc.build import mypycify
from setuptools import setup

ROOT = Path(__file__).resolve().parents[1]
OUT = ROOT / "build" / "mypyc"


def main() -> None:
    shutil.rmtree(OUT, ignore_errors=True)
    (OUT / "smarta").mkdir(parents=True)
    shutil.copy(ROOT / "src" / "smarta" / "__init__.py", OUT / "smarta")
    shutil.copytree(
        ROOT / "src" / "smarta" / "analysis",
        OUT / "smarta" / "analysis",
        ignore=shutil.ignore_patterns("__pycache__"),
    )
    sources = sorted(str(p.relative_to(OUT)) for p in (OUT / "smarta" / "analysis").rglob("*.py"))
    os.chdir(OUT)  # mypyc names modules by their paths from here
    setup(
        name="smarta-analysis-mypyc",
        ext_modules=mypycify(sources, opt_level="3"),
        script_args=["build_ext", "--inplace", "--build-temp", str(OUT / "tmp")],
    )


if __name__ == "__main__":
    main()
