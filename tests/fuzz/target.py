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
# ``smarta manage shell -c`` snippets; the name and password go in as JSON string literals.
_CREATE_USER = (
    "from django.contrib.auth import get_user_model; "
    "get_user_model().objects.create_user(username={name}, password={password})"
)
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


def _shell(server: Server, code: str) -> None:
    server.manage("shell", "-c", code)


@contextmanager
def running_target() -> Iterator[Target]:
    """A started production server with a fresh person; stopped after."""
    name, password = f"fuzz-{secrets.token_hex(6)}", secrets.token_urlsafe(24)
    literals = {"name": json.dumps(name), "password": json.dumps(password)}
    server = Server(production=True).start()
    try:
        _shell(server, _CREATE_USER.format(**literals))
        try:
            yield Target(server.url, name, password, server.log)
        finally:
            _shell(server, _DELETE_USER.format(**literals))
    finally:
        server.stop()
