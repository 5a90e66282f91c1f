"""The compiled analyzer is loaded only when it was built from the sources beside it, and
reads every goal exactly as the pure-Python source does."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

import smarta.analysis
from smarta.analysis import compiled, engine

DATA = Path(__file__).resolve().parents[1] / "data"


@pytest.fixture
def package(tmp_path, monkeypatch):
    """A copy of the analyzer's sources, with the loader pointed at it."""
    copy = tmp_path / "analysis"
    shutil.copytree(compiled.PACKAGE, copy, ignore=shutil.ignore_patterns("_compiled", "*.pyc"))
    monkeypatch.setattr(compiled, "PACKAGE", copy)
    monkeypatch.setattr(compiled, "BUILD", copy / "_compiled")
    monkeypatch.setattr(compiled, "DIGEST", copy / "_compiled" / "DIGEST")
    monkeypatch.delenv("SMARTA_ANALYZER", raising=False)
    return copy


def build(package: Path, suffix: str = compiled.SUFFIX) -> None:
    """What scripts/compile_analyzer.py leaves, without the extension modules."""
    (package / "_compiled").mkdir()
    (package / "_compiled" / "DIGEST").write_text(compiled.digest(suffix) + "\n")


def test_a_current_build_goes_first_on_the_package_path(package):
    build(package)
    path = [str(package)]
    assert compiled.activate(path) is True
    assert path == [str(package / "_compiled"), str(package)]


def test_no_build_or_a_stale_one_leaves_the_sources(package, monkeypatch):
    path = [str(package)]
    assert compiled.activate(path) is False  # none built
    build(package)
    with (package / "rules.py").open("a") as f:
        f.write("# an edit after the build\n")
    assert compiled.activate(path) is False
    assert path == [str(package)]
    monkeypatch.setenv("SMARTA_ANALYZER", "compiled")
    with pytest.raises(compiled.StaleBuildError, match="make compiled"):
        compiled.activate(path)


def test_an_edit_to_the_language_registry_makes_the_build_stale(package):
    build(package)
    with (package / "lang" / "__init__.py").open("a") as f:
        f.write("# a new field's type\n")
    assert compiled.is_current() is False


def test_a_build_for_another_interpreter_is_not_current(package):
    other = ".cpython-311-x86_64-linux-gnu.so"
    if other == compiled.SUFFIX:
        other = ".cpython-312-x86_64-linux-gnu.so"
    build(package, other)  # built from these very sources, by another Python
    path = [str(package)]
    assert compiled.activate(path) is False
    assert path == [str(package)]


def test_pure_never_loads_a_build(package, monkeypatch):
    build(package)
    monkeypatch.setenv("SMARTA_ANALYZER", "pure")
    path = [str(package)]
    assert compiled.activate(path) is False
    assert path == [str(package)]


def test_this_process_runs_the_build_it_asked_for():
    wanted = os.environ.get("SMARTA_ANALYZER")
    if wanted is None:
        pytest.skip("SMARTA_ANALYZER unset: either build may run (make test sets it)")
    assert smarta.analysis.COMPILED is (wanted == "compiled")
    assert Path(engine.__file__).suffix == (".so" if wanted == "compiled" else ".py")


def _run(build_name: str, args: list[str], stdin: str = "") -> str:
    run = subprocess.run(
        [sys.executable, *args], input=stdin, capture_output=True, text=True, check=True,
        env={**os.environ, "SMARTA_ANALYZER": build_name},
    )  # fmt: skip
    return run.stdout


def test_the_compiled_build_reads_every_goal_as_the_source_does():
    if not compiled.is_current():
        pytest.skip("no current compiled build (make compiled)")
    goals = ""
    for path in sorted(DATA.glob("*.jsonl")):
        goals += path.read_text(encoding="utf-8")
    lines = [json.loads(line) for line in goals.splitlines() if line.strip()]
    assert len(lines) >= 300
    loaded = ["-c", "from smarta.analysis import engine; print(engine.__file__)"]
    assert _run("compiled", loaded).strip().endswith(".so")
    assert _run("pure", loaded).strip().endswith(".py")
    analyze = ["-m", "smarta.cli", "analyze", "--jsonl"]
    assert _run("compiled", analyze, goals) == _run("pure", analyze, goals)
