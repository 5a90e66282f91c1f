"""The terminal report of ``smarta check``, drawn with Rich."""

from __future__ import annotations

from rich.console import Console
from rich.table import Table
from rich.text import Text

from .analysis import Analysis, Verdict
from .analysis.lang import get_language

MARK = {True: ("✔", "green"), False: ("✘", "red")}


def _row(table: Table, name: str, verdict: Verdict) -> None:
    mark, style = MARK[verdict.met]
    evidence = ", ".join(f"“{e.text}” ({e.reason})" for e in verdict.evidence)
    detail = Text(evidence or "–")
    if verdict.suggestion:
        detail.append("\n→ " + verdict.suggestion, style="yellow")
    table.add_row(Text(mark, style=style), Text(name, style="bold"), detail)


def render(result: Analysis, console: Console | None = None) -> None:
    console = console or Console()
    texts = get_language(result.lang).texts
    console.print(Text(result.text, style="bold"))
    table = Table(show_header=False, box=None, padding=(0, 1))
    for key in ("specific", "measurable", "time_bound"):
        _row(table, texts[f"criterion.{key}"], getattr(result, key))
    console.print(table)
    if result.deadline:
        console.print(f"[bold]Deadline:[/bold] {result.deadline.date.isoformat()} "
                      f"(“{result.deadline.phrase.text}”)")  # fmt: skip
    for warning in result.warnings:
        console.print(f"[bold red]![/bold red] {warning.message}")
    if result.rewrite:
        console.print(f"[bold]→[/bold] {result.rewrite.text}")
    for question in result.questions:
        console.print(f"  [dim]?[/dim] {question.text}")
