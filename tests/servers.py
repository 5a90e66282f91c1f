"""Real server processes for the tests that talk HTTP to Smarta (browser, fuzz, faults).

A server is a child process on a free loopback port with its own data folder, started the
way a person or a deployment starts it: ``smarta serve`` (the development server) or gunicorn
(the production one). It inherits DATABASE_URL, so under ``scripts/with-postgres.sh`` it uses
that PostgreSQL database; ``smarta serve`` migrates first, and :func:`start` migrates before
gunicorn too.
"""

from __future__ import annotations

import contextlib
import json
import os
import shutil
import signal
import socket
import subprocess
import sys
import tempfile
import time
import urllib.error
import urllib.request
from collections.abc import Sequence
from pathlib import Path

SMARTA = [sys.executable, "-m", "smarta.cli"]
GUNICORN = Path(sys.executable).with_name("gunicorn")


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


class Server:
    """One server process; :meth:`kill` and :meth:`start` again keep its port and data."""

    def __init__(
        self, *, production: bool = False, env: dict[str, str] | None = None,
        gunicorn_args: Sequence[str] = (),
    ) -> None:  # fmt: skip
        self.production = production
        self.gunicorn_args = list(gunicorn_args)  # after ours: gunicorn takes the last value
        self.port = free_port()
        self.url = f"http://127.0.0.1:{self.port}"
        self.data_dir = Path(tempfile.mkdtemp(prefix="smarta-server-"))
        self.env = {
            **os.environ,
            "SMARTA_DATA_DIR": str(self.data_dir),
            "SMARTA_DEBUG": "0",
            "SMARTA_EMAIL_BACKEND": "django.core.mail.backends.filebased.EmailBackend",
            **(env or {}),
        }
        self.log = self.data_dir / "server.log"
        self.process: subprocess.Popen | None = None

    def manage(self, *args: str, check: bool = True) -> subprocess.CompletedProcess:
        """``smarta manage ARGS`` against this server's database, as a separate process."""
        return subprocess.run(
            [*SMARTA, "manage", *args], env=self.env,
            capture_output=True, text=True, check=check, timeout=300,
        )  # fmt: skip

    def add_person(self, username: str, password: str) -> None:
        """A person in this server's database, made by Django's own user manager."""
        self.manage(
            "shell", "-c",
            "from django.contrib.auth import get_user_model; "
            f"get_user_model().objects.create_user({username!r}, password={password!r})",
        )  # fmt: skip

    def token(self, username: str, password: str) -> str:
        """An API token for the person, taken the way a script takes one."""
        status, answer = call(
            "POST", f"{self.url}/api/v1/token", {"username": username, "password": password}
        )
        assert status == 201, answer
        return answer["token"]

    def start(self, timeout: float = 60) -> Server:
        if self.production:
            self.manage("migrate", "--noinput", "-v", "0")
            command = [
                str(GUNICORN), "smarta.web.wsgi", "--bind", f"127.0.0.1:{self.port}",
                "--workers", "2", *self.gunicorn_args,
            ]  # fmt: skip
        else:
            command = [*SMARTA, "serve", "--port", str(self.port)]
        with self.log.open("ab") as log:  # a file: a pipe nobody reads fills up and stalls it
            self.process = subprocess.Popen(
                command, env=self.env, stdout=log, stderr=subprocess.STDOUT,
                start_new_session=True,  # so kill() reaches gunicorn's workers too
            )  # fmt: skip
        self._wait_ready(timeout)
        return self

    def _wait_ready(self, timeout: float) -> None:
        assert self.process is not None
        deadline = time.monotonic() + timeout
        while True:
            try:
                urllib.request.urlopen(f"{self.url}/login/", timeout=2)
                return
            except OSError:
                if self.process.poll() is not None or time.monotonic() > deadline:
                    self.kill()
                    output = self.log.read_text(errors="replace")
                    raise RuntimeError(f"the server did not start:\n{output}") from None
                time.sleep(0.2)

    def kill(self, sig: int = signal.SIGKILL) -> None:
        """Sends ``sig`` to the server's whole process group and waits for it to end."""
        if self.process is None or self.process.poll() is not None:
            return
        with contextlib.suppress(ProcessLookupError):  # it ended on its own meanwhile
            os.killpg(self.process.pid, sig)
        self.process.wait(timeout=30)

    def stop(self) -> None:
        self.kill(signal.SIGTERM)
        shutil.rmtree(self.data_dir, ignore_errors=True)


def call(method: str, url: str, body=None, token: str | None = None) -> tuple[int, dict]:
    """One JSON request: (status, the body read as JSON, or its text as ``{"text": …}``).
    Raises OSError or HTTPException when no answer comes."""
    headers = {"Content-Type": "application/json"}
    if token:
        headers["Authorization"] = f"Bearer {token}"
    data = None if body is None else json.dumps(body).encode()
    request = urllib.request.Request(url, data=data, method=method, headers=headers)
    try:
        with urllib.request.urlopen(request, timeout=30) as response:
            return response.status, _json(response.read())
    except urllib.error.HTTPError as error:
        return error.code, _json(error.read())


def _json(raw: bytes) -> dict:
    try:
        return json.loads(raw or b"{}")
    except ValueError:  # an error page, say
        return {"text": raw[:2000].decode(errors="replace")}
