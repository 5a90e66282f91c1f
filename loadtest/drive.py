"""``python -m loadtest.drive``: the locustfile's people against a running server, headless,
on locust's library API; prints the figures as one JSON object.

Two phases. First every user logs in, ramping up at ``--spawn-rate``: each login verifies an
Argon2 hash twice (the form and the API token), about 0.2 s of CPU each, so logging 50
people in at once is a load of its own; its figures are kept apart. Then the figures are
reset and the mix runs for ``--seconds``. Runs in its own process because locust patches the
standard library for gevent when imported.

Besides locust's figures it reads the CPU time the server's processes (``--server-pid`` and
its children: gunicorn's workers) spent in each phase, which a shared machine does not
inflate the way it inflates response times.
"""

from __future__ import annotations

import argparse
import json
import time

import gevent
import psutil
from locust.env import Environment
from locust.log import setup_logging
from locust.stats import RequestStats, StatsEntry

from .locustfile import Person

PERCENTILES = {"p50": 0.50, "p95": 0.95, "p99": 0.99}


def _row(entry: StatsEntry, seconds: float) -> dict:
    return {
        "name": entry.name,
        "requests": entry.num_requests,
        "failures": entry.num_failures,
        "rps": entry.num_requests / seconds if seconds else 0.0,
        **{key: entry.get_response_time_percentile(q) for key, q in PERCENTILES.items()},
        "max": entry.max_response_time,
    }


def server_cpu(pid: int) -> float:
    """CPU seconds the process and its children have used so far."""
    processes = [psutil.Process(pid), *psutil.Process(pid).children(recursive=True)]
    return sum(sum(p.cpu_times()[:2]) for p in processes)


def figures(stats: RequestStats, seconds: float, cpu: float) -> dict:
    """Per request name and in total: count, failures, requests/s and percentiles in ms;
    ``cpu``: the server's CPU seconds meanwhile."""
    return {
        "seconds": seconds,
        "server_cpu": cpu,
        "rows": [_row(e, seconds) for e in sorted(stats.entries.values(), key=lambda e: e.name)],
        "total": _row(stats.total, seconds),
        "errors": [
            {"request": e.name, "error": str(e.error), "count": e.occurrences}
            for e in stats.errors.values()
        ],
    }


def _wait_for_logins(users: int, timeout: float) -> None:
    deadline = time.monotonic() + timeout
    while Person.logins_ended < users and time.monotonic() < deadline:
        gevent.sleep(0.1)


def drive(
    *, host: str, server_pid: int, prefix: str, people: int, users: int, spawn_rate: float,
    seconds: float, think: tuple[float, float],
) -> dict:  # fmt: skip
    Person.configure(host=host, prefix=prefix, people=people, users=users, think=think)
    env = Environment(user_classes=[Person])
    runner = env.create_local_runner()
    started, cpu = time.monotonic(), server_cpu(server_pid)
    runner.start(users, spawn_rate=spawn_rate)
    # Generous: each login is a few hundred ms of CPU, and the machine may be shared.
    _wait_for_logins(users, timeout=60 + users * 2)
    logins = figures(env.stats, time.monotonic() - started, server_cpu(server_pid) - cpu)
    env.stats.reset_all()
    started, cpu = time.monotonic(), server_cpu(server_pid)
    gevent.sleep(seconds)
    mix = figures(env.stats, time.monotonic() - started, server_cpu(server_pid) - cpu)
    runner.quit()
    exceptions = [
        {"error": e["msg"], "count": e["count"], "traceback": e["traceback"]}
        for e in runner.exceptions.values()
    ]
    return {"users": users, "logins_ended": Person.logins_ended, "logins": logins, "mix": mix,
            "exceptions": exceptions}  # fmt: skip


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description="Drive a server with locust; print JSON figures.")
    parser.add_argument("--host", required=True, help="the server's base URL")
    parser.add_argument("--server-pid", type=int, required=True, help="whose CPU time to read")
    parser.add_argument("--prefix", required=True, help="the seeded people's user-name prefix")
    parser.add_argument("--people", type=int, required=True, help="how many were seeded")
    parser.add_argument("--users", type=int, default=50, help="simulated people at once")
    parser.add_argument("--spawn-rate", type=float, default=5, help="users started a second")
    parser.add_argument("--seconds", type=float, default=60, help="how long the mix runs")
    parser.add_argument(
        "--think",
        type=float,
        nargs=2,
        default=(1.0, 5.0),
        metavar=("MIN", "MAX"),
        help="seconds between visits (0 0: none)",
    )
    args = parser.parse_args(argv)
    setup_logging("WARNING")
    result = drive(
        host=args.host, server_pid=args.server_pid, prefix=args.prefix, people=args.people,
        users=args.users, spawn_rate=args.spawn_rate, seconds=args.seconds,
        think=tuple(args.think),
    )  # fmt: skip
    print(json.dumps(result))


if __name__ == "__main__":
    main()
