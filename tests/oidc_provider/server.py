"""Starts the test provider as a server process on a free loopback port.

:class:`Provider` makes a folder with a fresh RSA key (0600), a random client secret and
people.json, migrates the provider's own SQLite database, registers the client and the people
(``seed``), and runs Django's development server there until :meth:`stop`.
"""

from __future__ import annotations

import contextlib
import json
import os
import secrets
import shutil
import signal
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import requests
from cryptography.hazmat.primitives import serialization
from cryptography.hazmat.primitives.asymmetric import rsa

from tests.servers import free_port

ROOT = Path(__file__).resolve().parents[2]


class Provider:
    def __init__(self, *, redirect_uri: str, people: dict[str, dict]) -> None:
        self.port = free_port()
        self.url = f"http://127.0.0.1:{self.port}"
        self.issuer = f"{self.url}/o"  # django-oauth-toolkit's, from where its routes are
        self.dir = Path(tempfile.mkdtemp(prefix="oidc-provider-"))
        self.client_id = "smarta-" + secrets.token_hex(4)
        self.client_secret = secrets.token_urlsafe(32)
        self.key = rsa.generate_private_key(public_exponent=65537, key_size=2048)
        key_file = self.dir / "key.pem"
        key_file.touch(mode=0o600)
        key_file.write_bytes(
            self.key.private_bytes(
                serialization.Encoding.PEM,
                serialization.PrivateFormat.PKCS8,
                serialization.NoEncryption(),
            )
        )
        self.people = people
        self.save_people()
        self.env = {
            **{k: v for k, v in os.environ.items() if k != "DATABASE_URL"},
            "DJANGO_SETTINGS_MODULE": "tests.oidc_provider.settings",
            "PYTHONPATH": str(ROOT),
            "OIDC_PROVIDER_DIR": str(self.dir),
            "OIDC_PROVIDER_SECRET_KEY": secrets.token_urlsafe(40),
            "OIDC_CLIENT_ID": self.client_id,
            "OIDC_CLIENT_SECRET": self.client_secret,
            "OIDC_REDIRECT_URI": redirect_uri,
        }
        self.log = self.dir / "server.log"
        self.process: subprocess.Popen | None = None

    def save_people(self) -> None:
        """Writes ``people`` for the provider, which reads the claims at every request."""
        (self.dir / "people.json").write_text(json.dumps(self.people))

    def _run(self, *args: str) -> None:
        subprocess.run(
            [sys.executable, *args], env=self.env, cwd=ROOT, check=True, timeout=300,
            capture_output=True,
        )  # fmt: skip

    def start(self, timeout: float = 60) -> Provider:
        self._run("-m", "django", "migrate", "--noinput", "-v", "0")
        self._run("-m", "tests.oidc_provider.seed")
        with self.log.open("ab") as log:
            self.process = subprocess.Popen(
                [sys.executable, "-m", "django", "runserver", "--noreload",
                 f"127.0.0.1:{self.port}"],
                env=self.env, cwd=ROOT, stdout=log, stderr=subprocess.STDOUT,
                start_new_session=True,
            )  # fmt: skip
        deadline = time.monotonic() + timeout
        while True:
            try:
                requests.get(f"{self.issuer}/.well-known/openid-configuration", timeout=2)
                return self
            except requests.ConnectionError:
                if self.process.poll() is not None or time.monotonic() > deadline:
                    output = self.log.read_text(errors="replace")
                    self.stop()
                    raise RuntimeError(f"the provider did not start:\n{output}") from None
                time.sleep(0.2)

    def stop(self) -> None:
        if self.process is not None and self.process.poll() is None:
            with contextlib.suppress(ProcessLookupError):
                os.killpg(self.process.pid, signal.SIGTERM)
            self.process.wait(timeout=30)
        shutil.rmtree(self.dir, ignore_errors=True)
