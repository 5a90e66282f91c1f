"""The production server killed with SIGKILL mid-stream loses no check-in it acknowledged.

A few threads write check-ins through the API while gunicorn (master and workers, one process
group) is killed; the server is restarted on the same port and data, and every check-in it
answered 201 for must be there with the values sent. Requests the kill cut off are unknown:
they may or may not have been stored, but nothing stored may differ from what was sent.

Why an answered check-in survives:

- SQLite runs in WAL mode with ``synchronous=NORMAL`` (``smarta.web.settings``). A commit
  appends the transaction to the ``-wal`` file with ``write()`` before COMMIT returns, and
  Django commits before the response is sent, so once the client has its 201 the data is in
  the operating system's page cache. Killing the process does not touch that cache; the next
  connection finds the committed frames in the WAL and reads them. NORMAL only skips the
  ``fsync`` at each commit (the WAL is synced at checkpoints), so a power cut or a kernel crash
  can lose the last transactions, though never corrupt the database; ``synchronous=FULL``
  would fsync every commit and survive that too, at a cost on every write.
- On PostgreSQL (the suite under ``scripts/with-postgres.sh``; the server inherits
  DATABASE_URL) the app process holds no data: a commit is acknowledged by the database server,
  which this test does not kill. Its own crash safety is PostgreSQL's WAL and ``fsync`` (the
  throwaway test cluster turns fsync off, which matters only if PostgreSQL itself dies).
"""

from __future__ import annotations

import http.client
import secrets
import sqlite3
import threading
import time
import urllib.error
import urllib.request
from contextlib import closing
from dataclasses import dataclass, field

import pytest

from tests.servers import Server, call

WRITERS = 4
ACKNOWLEDGED_BEFORE_KILL = 40
ROUNDS = 3  # each kill lands at another moment of a write
PASSWORD = "correct horse battery staple 42"
DAY = "2026-03-02"


@dataclass
class Attempt:
    """One check-in sent: its body, when it went and how it ended."""

    body: dict
    started: float
    ended: float = 0.0
    status: int | None = None  # None: no answer at all
    answer: dict = field(default_factory=dict)
    refused: bool = False  # the connection was refused: the server was already gone


def send(url: str, token: str, body: dict) -> Attempt:
    attempt = Attempt(body=body, started=time.monotonic())
    try:
        attempt.status, attempt.answer = call("POST", url, body, token)
    except urllib.error.URLError as error:  # no connection at all
        attempt.refused = isinstance(error.reason, ConnectionRefusedError)
    except (OSError, http.client.HTTPException):  # connection dropped before an answer
        pass
    attempt.ended = time.monotonic()
    return attempt


def writer(name: str, url: str, token: str, attempts: list, killing: threading.Event) -> None:
    """Send check-ins until one gets no answer after the kill began (or 5 000 were sent)."""
    for count in range(5000):
        body = {"day": DAY, "value": count + 0.25, "note": f"{name}, check-in {count}"}
        attempt = send(url, token, body)
        attempts.append(attempt)  # list.append is atomic: the threads share one list
        if attempt.status is None and killing.is_set():
            return


@dataclass
class Round:
    """Check-ins written by WRITERS threads until the server was killed under them."""

    attempts: list[Attempt]
    killed_at: float

    def acknowledged(self) -> list[Attempt]:
        return [a for a in self.attempts if a.status == 201]

    def cut_off(self) -> list[Attempt]:
        """Requests on an open connection when the server died: sent, never answered."""
        return [
            a
            for a in self.attempts
            if a.status is None and a.started < self.killed_at and not a.refused
        ]


def write_until_killed(server: Server, url: str, token: str, number: int) -> Round:
    attempts: list[Attempt] = []
    killing = threading.Event()
    threads = [
        threading.Thread(
            target=writer, args=(f"round {number} writer {n}", url, token, attempts, killing),
            daemon=True,
        )
        for n in range(WRITERS)
    ]  # fmt: skip
    for thread in threads:
        thread.start()
    deadline = time.monotonic() + 120
    while sum(a.status == 201 for a in attempts) < ACKNOWLEDGED_BEFORE_KILL:
        assert time.monotonic() < deadline, "the writers are too slow"
        assert all(t.is_alive() for t in threads), "a writer stopped before the kill"
        time.sleep(0.005)
    killing.set()
    killed_at = time.monotonic()
    server.kill()  # SIGKILL to gunicorn's whole process group
    for thread in threads:
        thread.join(timeout=60)
        assert not thread.is_alive()
    return Round(attempts, killed_at)


def person_with_goal(server: Server) -> tuple[str, int]:
    """A new person in the server's database (a unique name: on PostgreSQL it is shared with
    other server tests), their API token and a goal."""
    username = f"fault-{secrets.token_hex(4)}"
    server.add_person(username, PASSWORD)
    token = server.token(username, PASSWORD)
    status, goal = call(
        "POST", f"{server.url}/api/v1/goals", {"title": "Run 5 km under 25 minutes by June"},
        token,
    )  # fmt: skip
    assert status == 201, goal
    return token, goal["id"]


def uses_sqlite(server: Server) -> bool:
    return not server.env.get("DATABASE_URL")


@pytest.fixture
def server():
    server = Server(production=True).start()
    yield server
    server.stop()


def test_sigkill_mid_stream_loses_no_acknowledged_checkin(server):
    token, goal_id = person_with_goal(server)
    url = f"{server.url}/api/v1/goals/{goal_id}/checkins"
    acknowledged: list[Attempt] = []
    sent: set[tuple[float, str]] = set()
    cut_off = 0
    for number in range(ROUNDS):
        round_ = write_until_killed(server, url, token, number)
        # Before the kill every write is answered 201: anything else is a fault of its own.
        assert [(a.status, a.answer) for a in round_.attempts if a.status not in (201, None)] == []
        assert [a for a in round_.attempts if a.status is None and a.ended < round_.killed_at] == []
        # The kill struck mid-stream: writes had been acknowledged, and at least one request
        # was on an open connection when the server died (dropped, not refused).
        assert len(round_.acknowledged()) >= ACKNOWLEDGED_BEFORE_KILL
        assert round_.cut_off(), "no request was in flight when the server was killed"
        acknowledged += round_.acknowledged()
        sent |= {(a.body["value"], a.body["note"]) for a in round_.attempts}
        cut_off += len(round_.cut_off())

        server.start()  # the same port and data
        status, stored = call("GET", url, token=token)
        assert status == 200, stored
        by_id = {c["id"]: c for c in stored}
        for attempt in acknowledged:
            row = by_id.get(attempt.answer["id"])
            assert row is not None, f"acknowledged check-in {attempt.answer['id']} is gone"
            assert (row["day"], row["value"], row["note"]) == (
                DAY, attempt.body["value"], attempt.body["note"],
            )  # fmt: skip
        # Whatever else is stored is a cut-off request stored whole, never a changed one.
        assert {(c["value"], c["note"]) for c in stored} <= sent
        assert len(acknowledged) <= len(by_id) == len(stored) <= len(acknowledged) + cut_off
    # The restarted server takes writes again.
    status, answer = call("POST", url, {"day": DAY, "value": 1.5}, token)
    assert status == 201, answer


def test_sqlite_runs_in_wal_mode_with_synchronous_normal():
    """The two settings the durability argument above rests on, read through the app's own
    database connection."""
    server = Server(production=True)
    if not uses_sqlite(server):
        pytest.skip("the server uses PostgreSQL (DATABASE_URL)")
    try:
        result = server.manage(
            "shell", "-v", "0", "-c",
            "from django.db import connection\n"
            "with connection.cursor() as c:\n"
            "    print(c.execute('PRAGMA journal_mode').fetchone()[0],"
            " c.execute('PRAGMA synchronous').fetchone()[0])",
        )  # fmt: skip
        assert result.stdout.split() == ["wal", "1"]  # 1 is NORMAL
        # WAL is a property of the file, so every later connection finds the log
        with closing(sqlite3.connect(server.data_dir / "smarta.sqlite3")) as db:
            assert db.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
    finally:
        server.stop()
