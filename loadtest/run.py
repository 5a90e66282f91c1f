"""``python -m loadtest.run`` (``make loadtest``): seed an organisation, serve it with
gunicorn as in production, drive it with locust on loopback, print the figures.

The database is the one the environment names: PostgreSQL when ``DATABASE_URL`` is set
(``scripts/with-postgres.sh`` starts a throwaway one), else SQLite in a fresh data folder.
``make loadtest`` runs it once for each. The run's people get user names no earlier run
used, so it can share a database with other data.

gunicorn runs one worker per core (``os.cpu_count()``) of the class ``--worker-class``:
``sync`` by default (see ``WORKER_CLASS`` for why). The server runs with
``SMARTA_SECURE_COOKIES=0``, as a plain-HTTP test install must, or the session cookie would
never come back over http://. Exit status 1 when any request failed.
"""

from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
from functools import partial
from pathlib import Path

from rich.console import Console
from rich.table import Table
from rich.text import Text

from tests.servers import Server

from .people import new_prefix

ROOT = Path(__file__).resolve().parents[1]
P95_TARGET_MS = 150
# sync, as the README's deployment runs it (gunicorn -w $(nproc), behind a reverse proxy that
# buffers slow clients): the work is CPU in Python (about 40 ms a page, a few ms of it SQL),
# so threads would mostly take turns at the GIL, and each worker answers one request at a
# time, first come first served. sync keeps no connection alive between requests, as the
# proxy's connections to it; gthread's keep-alive (2 s) races a client that comes back
# after a think time, which shows up as "connection closed". gevent would need the database
# driver patched and keeps a database connection per greenlet.
WORKER_CLASS, THREADS = "sync", 4


class LoadServer(Server):
    """The tests' production server, with one gunicorn worker per core of the chosen class;
    its output goes to ``server.log`` in its data folder."""

    def __init__(self, *, worker_class: str = WORKER_CLASS, threads: int = THREADS) -> None:
        self.workers = os.cpu_count() or 1
        self.worker_class, self.threads = worker_class, threads
        extra = ["--workers", str(self.workers), "--worker-class", worker_class]
        if worker_class == "gthread":  # more than one thread turns sync into gthread
            extra += ["--threads", str(threads)]
        super().__init__(production=True, env={"SMARTA_SECURE_COOKIES": "0"}, gunicorn_args=extra)

    def describe(self) -> str:
        threads = f", {self.threads} threads each" if self.worker_class == "gthread" else ""
        return f"gunicorn {self.workers} × {self.worker_class}{threads}"


def database_name() -> str:
    return "PostgreSQL" if os.environ.get("DATABASE_URL") else "SQLite"


def run(args: argparse.Namespace) -> dict:
    """One leg: server, seed, drive; the figures as loadtest/drive.py gives them."""
    server = LoadServer(worker_class=args.worker_class, threads=args.threads)
    try:
        server.start()
        prefix = new_prefix()
        subprocess.run(
            [sys.executable, "-m", "loadtest.seed", "--prefix", prefix,
             "--people", str(args.people), "--goals", str(args.goals),
             "--checkins", str(args.checkins)],
            env=server.env, cwd=ROOT, check=True, timeout=1800,
        )  # fmt: skip
        drive = subprocess.run(
            [sys.executable, "-m", "loadtest.drive", "--host", server.url,
             "--server-pid", str(server.process.pid), "--prefix", prefix,
             "--people", str(args.people), "--users", str(args.users),
             "--spawn-rate", str(args.spawn_rate), "--seconds", str(args.seconds),
             "--think", *map(str, args.think)],
            cwd=ROOT, check=True, stdout=subprocess.PIPE, text=True,
            timeout=args.seconds + 300 + 3 * args.users,
        )  # fmt: skip
        result = json.loads(drive.stdout)
        result["server"] = server.describe()
        result["server_log"] = server.log.read_text(errors="replace")[-4000:]
        return result
    finally:
        server.stop()


def failed(result: dict) -> int:
    """Failed requests, in both phases, and exceptions in the simulated users."""
    return (
        result["logins"]["total"]["failures"]
        + result["mix"]["total"]["failures"]
        + sum(e["count"] for e in result["exceptions"])
    )


def _table(title: str, figures: dict) -> Table:
    cpu, requests = figures["server_cpu"], figures["total"]["requests"]
    caption = (
        f"the server's CPU time: {1000 * cpu / max(requests, 1):.0f} ms a request, "
        f"{cpu / figures['seconds']:.2f} cores busy on average"
    )
    table = Table(title=title, title_justify="left", caption=caption, caption_justify="left")
    table.add_column("request")
    for column in ("requests", "req/s", "p50 ms", "p95 ms", "p99 ms", "max ms", "errors"):
        table.add_column(column, justify="right")
    rows = [row for row in figures["rows"] if row["requests"] or row["failures"]]
    for row in [*rows, {**figures["total"], "name": "total"}]:
        table.add_row(
            Text(row["name"]), str(row["requests"]), f"{row['rps']:.1f}", str(row["p50"]),
            str(row["p95"]), str(row["p99"]), f"{row['max']:.0f}", str(row["failures"]),
            end_section=row is rows[-1],
        )  # fmt: skip
    return table


def report(args: argparse.Namespace, result: dict, console: Console) -> None:
    think = "no think time" if args.think == [0, 0] else "think {:g}–{:g} s".format(*args.think)
    mix, logins = result["mix"], result["logins"]
    say = partial(console.print, markup=False, highlight=False)
    console.print(_table(
        f"{database_name()}: {args.users} users, {think}, {mix['seconds']:.0f} s after all "
        f"logged in; {result['server']}", mix,
    ))  # fmt: skip
    console.print(_table(
        f"the logins before it ({result['logins_ended']} users, {logins['seconds']:.0f} s, "
        f"{args.spawn_rate:g} users started a second)", logins,
    ))  # fmt: skip
    for error in mix["errors"] + logins["errors"]:
        say(f"{error['count']} × {error['request']}: {error['error']}", style="red")
    for error in result["exceptions"]:
        say(f"{error['count']} × {error['error']}\n{error['traceback']}", style="red")
    if failed(result):
        say(f"the server's log ends:\n{result['server_log']}", style="red")
    p95 = mix["total"]["p95"]
    verdict = "met" if p95 < P95_TARGET_MS and not failed(result) else "MISSED"
    say(f"target (no errors, p95 under {P95_TARGET_MS} ms): {verdict}: {failed(result)} errors, "
        f"p95 {p95} ms")  # fmt: skip


def parser() -> argparse.ArgumentParser:
    p = argparse.ArgumentParser(
        prog="python -m loadtest.run",
        description="Seed people, serve them with gunicorn, drive it with locust, print figures.",
    )
    p.add_argument("--people", type=int, default=2000)
    p.add_argument("--goals", type=int, default=10, help="per person")
    p.add_argument("--checkins", type=int, default=20, help="per goal")
    p.add_argument("--users", type=int, default=50, help="simulated people at once")
    p.add_argument("--spawn-rate", type=float, default=5, help="users started a second")
    p.add_argument("--seconds", type=float, default=60, help="how long the mix runs")
    p.add_argument("--think", type=float, nargs=2, default=[1.0, 5.0], metavar=("MIN", "MAX"),
                   help="seconds between a user's visits, uniform (0 0: none)")  # fmt: skip
    p.add_argument("--worker-class", default=WORKER_CLASS, choices=["gthread", "sync"])
    p.add_argument("--threads", type=int, default=THREADS, help="per gthread worker")
    return p


def main(argv: list[str] | None = None) -> int:
    args = parser().parse_args(argv)
    if args.users > args.people:
        parser().error("each user logs in as a different person: --users > --people")
    console = Console(width=120)
    console.print(f"{database_name()}: seeding {args.people} people × {args.goals} goals × "
                  f"{args.checkins} check-ins", markup=False, highlight=False)  # fmt: skip
    result = run(args)
    report(args, result, console)
    return 1 if failed(result) else 0


if __name__ == "__main__":
    sys.exit(main())
