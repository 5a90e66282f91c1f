"""The server schemathesis fuzzes, shared by tests/fuzz/test_openapi.py and scripts/fuzz.py.

The production server (gunicorn, tests/servers.py) with one person in its database, whose
name and password schemathesis logs in with (tests/fuzz/schemathesis.toml). Under
scripts/with-postgres.sh the server uses the DATABASE_URL database, which other servers of
the same run share: the person has a name of their own and is deleted with their data at the
end.
"""

from __future__ import annotations

import json
import os
import secrets
import subprocess
import sys
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path

from tests.servers import Server

ROOT = Path(__file__).resolve().parents[2]
CONFIG = Path(__file__).with_name("schemathesis.toml")
SCHEMATHESIS = [sys.executable, "-m", "schemathesis.cli"]
SCHEMA_PATH = "/api/v1/openapi.json"
# A ``smarta manage shell -c`` snippet; the name goes in as a JSON string literal.
_DELETE_USER = (
    "from django.contrib.auth import get_user_model; "
    "get_user_model().objects.filter(username={name}).delete()"
)


@dataclass(frozen=True)
class Target:
    url: str
    username: str
    password: str
    log: Path

    def log_tail(self, lines: int = 60) -> str:
        """The end of the server's output (tracebacks of any 500 are there)."""
        return "\n".join(self.log.read_text(errors="replace").splitlines()[-lines:])

    def fuzz(self, *options: str, **kwargs) -> subprocess.CompletedProcess:
        """``st run`` with every check against this server's OpenAPI document; ``options`` go
        to ``st run``, ``kwargs`` to ``subprocess.run``. One request at a time: with several
        threads, Python 3.11's ``ast`` fails now and then inside Hypothesis (CPython
        gh-106905), and the run would report an error of its own."""
        env = {
            **os.environ,
            "SCHEMATHESIS_HOOKS": "tests.fuzz.hooks",
            "SMARTA_FUZZ_USERNAME": self.username,
            "SMARTA_FUZZ_PASSWORD": self.password,
        }
        command = [
            *SCHEMATHESIS, "--config-file", str(CONFIG), "run", self.url + SCHEMA_PATH,
            "--checks", "all", "--workers", "1", "--no-color", *options,
        ]  # fmt: skip
        return subprocess.run(command, env=env, cwd=ROOT, **kwargs)


@contextmanager
def running_target() -> Iterator[Target]:
    """A started production server with a fresh person; stopped after."""
    name, password = f"fuzz-{secrets.token_hex(6)}", secrets.token_urlsafe(24)
    server = Server(production=True).start()
    try:
        server.add_person(name, password)
        try:
            yield Target(server.url, name, password, server.log)
        finally:
            server.manage("shell", "-c", _DELETE_USER.format(name=json.dumps(name)))
    finally:
        server.stop()
