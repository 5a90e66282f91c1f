"""The ``smarta`` command: check one goal, or analyse a batch of goals as JSON lines."""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Iterable, Iterator
from datetime import date
from typing import IO, Any

from .analysis import LANGUAGES, Analysis, UnknownLanguageError, analyze


def _date(value: str) -> date:
    try:
        return date.fromisoformat(value)
    except ValueError:
        raise argparse.ArgumentTypeError(f"not a date (YYYY-MM-DD): {value!r}") from None


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="smarta", description=__doc__)
    sub = parser.add_subparsers(dest="command", required=True)
    check = sub.add_parser("check", help="check one goal and show a readable report")
    check.add_argument("text", help="the goal, in Swedish or English")
    check.add_argument(
        "--lang", choices=LANGUAGES, help="the goal's language (detected if left out)"
    )
    check.add_argument("--today", type=_date, help="the day the goal was written (YYYY-MM-DD)")
    check.add_argument("--json", action="store_true", help="print the whole analysis as JSON")
    batch = sub.add_parser("analyze", help="analyse goals given as JSON lines")
    batch.add_argument("--jsonl", action="store_true", required=True,
                       help="read and write JSON lines (the only format)")  # fmt: skip
    batch.add_argument("file", nargs="?", help="input file (standard input when left out)")
    serve = sub.add_parser("serve", help="apply migrations and start the web app")
    serve.add_argument("--host", default="127.0.0.1")
    serve.add_argument("--port", type=int, default=8000)
    sub.add_parser("manage", help="run a Django management command", add_help=False)
    return parser


def main(argv: list[str] | None = None) -> int:
    argv = sys.argv[1:] if argv is None else argv
    if argv[:1] == ["manage"]:  # everything after "manage" belongs to Django
        return _manage(argv[1:])
    args = build_parser().parse_args(argv)
    if args.command == "check":
        return _check(args)
    if args.command == "serve":
        return _serve(args.host, args.port)
    return _analyze_jsonl(args.file)


def _django():
    import os

    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "smarta.web.settings")
    from django.core.management import execute_from_command_line

    return execute_from_command_line


def _manage(args: list[str]) -> int:
    _django()(["smarta manage", *args])
    return 0


def _serve(host: str, port: int) -> int:
    run = _django()
    run(["smarta manage", "migrate", "--noinput", "-v", "0"])
    from django.conf import settings

    if settings.SMARTA_JOBS_IN_SERVE:  # reminders without cron on the embedded default
        from smarta.planner.jobs import scheduler

        scheduler.start()
    print(f"Smarta is running at http://{host}:{port}/ (Ctrl+C stops it)")
    run(["smarta manage", "runserver", f"{host}:{port}", "--noreload"])
    return 0


def _check(args: argparse.Namespace) -> int:
    result = analyze(args.text, lang=args.lang, today=args.today)
    if args.json:
        print(json.dumps(result.to_dict(), ensure_ascii=False, indent=2))
    else:
        from .report import render

        render(result)
    return 0


def analyze_line(line: str, number: int) -> dict[str, Any]:
    """One input line to one output object: the analysis, or an error for that line only."""
    try:
        item = json.loads(line)
    except json.JSONDecodeError as exc:
        return {"id": None, "line": number, "error": f"not JSON: {exc.msg}"}
    except ValueError as exc:  # JSON that Python will not read: an integer of 4 301 digits
        return {"id": None, "line": number, "error": f"not JSON Python can read: {exc}"}
    if not isinstance(item, dict):
        return {"id": None, "line": number, "error": "expected a JSON object"}
    ident = item.get("id")
    text = item.get("text")
    if not isinstance(text, str) or not text.strip():
        return {"id": ident, "line": number, "error": "missing or empty 'text'"}
    try:
        today = date.fromisoformat(item["today"]) if item.get("today") is not None else None
    except (TypeError, ValueError):
        return {
            "id": ident,
            "line": number,
            "error": f"bad 'today' (YYYY-MM-DD): {item['today']!r}",
        }
    try:
        result: Analysis = analyze(text, lang=item.get("lang"), today=today)
    except UnknownLanguageError as exc:
        return {"id": ident, "line": number, "error": str(exc)}
    except Exception as exc:  # analyze() means never to raise; if it does, only this line fails
        error = f"could not analyse: {type(exc).__name__}: {exc}"
        return {"id": ident, "line": number, "error": error}
    return {"id": ident, **result.to_dict()}


def _lines(stream: IO[str]) -> Iterator[tuple[int, str]]:
    for number, line in enumerate(stream, start=1):
        if line.strip():
            yield number, line


def analyze_stream(lines: Iterable[tuple[int, str]], out: IO[str], errors: IO[str]) -> int:
    """Write one result per input line, in order, and say on ``errors`` which lines failed
    and why; 1 if any line failed, else 0."""
    status = 0
    for number, line in lines:
        result = analyze_line(line, number)
        if "error" in result:
            status = 1
            print(f"smarta: line {number}: {result['error']}", file=errors)
        out.write(json.dumps(result, ensure_ascii=False) + "\n")
    return status


def _analyze_jsonl(path: str | None) -> int:
    if path is None:
        return analyze_stream(_lines(sys.stdin), sys.stdout, sys.stderr)
    try:
        with open(path, encoding="utf-8") as stream:
            return analyze_stream(_lines(stream), sys.stdout, sys.stderr)
    except OSError as exc:
        print(f"smarta: cannot read {path}: {exc.strerror}", file=sys.stderr)
        return 2


if __name__ == "__main__":
    sys.exit(main())
