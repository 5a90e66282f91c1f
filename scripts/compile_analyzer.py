"""Compile the analyzer's engine with mypyc into src/smarta/analysis/_compiled (`make compiled`).

mypyc (part of mypy) turns typed Python modules into C extension modules, as black and
mypy ship themselves. The build runs on a copy of the sources in a temporary folder, so
nothing in src/ is touched until it has succeeded; then the extension modules and the
digest of the sources they came from are put in place (see smarta/analysis/compiled.py).
"""

from __future__ import annotations

import os
import shutil
import sys
import tempfile
from pathlib import Path

from mypyc.build import mypycify
from setuptools import setup

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "src"))
os.environ["SMARTA_ANALYZER"] = "pure"  # import the loader without loading a build

from smarta.analysis import compiled  # noqa: E402

# One shared library for all modules, named inside the package so that the package's
# path finds it (by default mypyc names it by a hash, at the top level of sys.path).
GROUP = "smarta.analysis.engine_group"


def main() -> None:
    with tempfile.TemporaryDirectory(prefix="smarta-mypyc-") as tmp:
        work = Path(tmp)
        package = work / "smarta" / "analysis"
        shutil.copytree(compiled.PACKAGE / "lang", package / "lang",
                        ignore=shutil.ignore_patterns("__pycache__"))  # fmt: skip
        shutil.copy(compiled.PACKAGE.parent / "__init__.py", work / "smarta")
        for name in compiled.NOT_COMPILED:  # for mypy's view of the package only
            shutil.copy(compiled.PACKAGE / name, package)
        made_from = compiled.digest(compiled.SUFFIX)  # this interpreter builds the modules
        sources = []
        for path in compiled.modules():
            shutil.copy(path, package)
            sources.append(f"smarta/analysis/{path.name}")
        os.chdir(work)  # mypyc names modules by their paths from here
        setup(
            name="smarta-analysis-compiled",
            ext_modules=mypycify(sources, opt_level="3", group_name=GROUP),
            script_args=["build_ext", "--inplace", "--build-temp", str(work / "tmp")],
        )
        shutil.rmtree(compiled.BUILD, ignore_errors=True)
        compiled.BUILD.mkdir()
        for built in package.glob("*.so"):
            shutil.copy(built, compiled.BUILD)
        compiled.DIGEST.write_text(made_from + "\n")  # last: a half-copied build is not current
    print(f"compiled {len(sources)} modules into {compiled.BUILD.relative_to(ROOT)}")


if __name__ == "__main__":
    main()
