"""The production configuration: `check --deploy` is clean, and the hardening is on unless
SMARTA_DEBUG (which `make run` sets to serve plain HTTP on 127.0.0.1)."""

from __future__ import annotations

import json
import os
import secrets
import string
import subprocess
import sys
from pathlib import Path

import pytest

from smarta import limits

SMARTA = Path(sys.executable).with_name("smarta")
SETTINGS_DUMP = """
import json
from django.conf import settings
import django
django.setup()
print(json.dumps({k: getattr(settings, k) for k in (
    "DEBUG", "SESSION_COOKIE_SECURE", "CSRF_COOKIE_SECURE", "SECURE_HSTS_SECONDS",
    "SECURE_HSTS_INCLUDE_SUBDOMAINS", "SECURE_SSL_REDIRECT", "SECURE_PROXY_SSL_HEADER",
    "MIDDLEWARE", "SMARTA_INVITATIONS_PER_DAY")}))
"""


def production_env(tmp_path: Path, **extra: str) -> dict[str, str]:
    alphabet = string.ascii_letters + string.digits + "!@#%^&*(-_=+)"
    env = {
        k: v
        for k, v in os.environ.items()
        if not k.startswith("SMARTA_") and k not in ("DATABASE_URL", "DJANGO_SETTINGS_MODULE")
    }
    env.update(
        SMARTA_SECRET_KEY="".join(secrets.choice(alphabet) for _ in range(50)),
        SMARTA_ALLOWED_HOSTS="smarta.example.org",
        SMARTA_DATA_DIR=str(tmp_path / "data"),
        DJANGO_SETTINGS_MODULE="smarta.web.settings",
    )
    env.update(extra)
    return env


def _settings(tmp_path: Path, **extra: str) -> dict:
    out = subprocess.run(
        [sys.executable, "-c", SETTINGS_DUMP],
        env=production_env(tmp_path, **extra),
        capture_output=True, text=True, check=True, timeout=60,
    )  # fmt: skip
    return json.loads(out.stdout)


def test_check_deploy_reports_no_issues(tmp_path):
    result = subprocess.run(
        [str(SMARTA), "manage", "check", "--deploy"],
        env=production_env(tmp_path),
        capture_output=True, text=True, timeout=120,
    )  # fmt: skip
    output = result.stdout + result.stderr
    assert result.returncode == 0, output
    assert "no issues" in output, output
    assert "WARNING" not in output and "ERROR" not in output, output


def test_production_defaults_are_hardened(tmp_path):
    s = _settings(tmp_path)
    assert s["DEBUG"] is False
    assert s["SESSION_COOKIE_SECURE"] and s["CSRF_COOKIE_SECURE"]
    assert s["SECURE_HSTS_SECONDS"] == 31536000
    assert s["SECURE_HSTS_INCLUDE_SUBDOMAINS"] is True
    assert s["SECURE_SSL_REDIRECT"] is False  # the proxy in front terminates TLS
    assert s["SECURE_PROXY_SSL_HEADER"] is None
    assert "smarta.web.csp.ContentSecurityPolicyMiddleware" in s["MIDDLEWARE"]
    assert s["SMARTA_INVITATIONS_PER_DAY"] == limits.INVITATIONS_PER_DAY


def test_environment_turns_knobs(tmp_path):
    s = _settings(
        tmp_path,
        SMARTA_SSL_REDIRECT="1",
        SMARTA_PROXY_SSL_HEADER="X-Forwarded-Proto",
        SMARTA_HSTS_SECONDS="3600",
        SMARTA_INVITATIONS_PER_DAY="3",
    )
    assert s["SECURE_SSL_REDIRECT"] is True
    assert s["SECURE_PROXY_SSL_HEADER"] == ["HTTP_X_FORWARDED_PROTO", "https"]
    assert s["SECURE_HSTS_SECONDS"] == 3600
    assert s["SMARTA_INVITATIONS_PER_DAY"] == 3


@pytest.mark.parametrize("extra", [{"SMARTA_SECURE_COOKIES": "0"}, {"SMARTA_DEBUG": "1"}])
def test_plain_http_is_possible(tmp_path, extra):
    """`make run` (SMARTA_DEBUG=1) and SMARTA_SECURE_COOKIES=0 work over plain HTTP."""
    s = _settings(tmp_path, **extra)
    assert not s["SESSION_COOKIE_SECURE"] and not s["CSRF_COOKIE_SECURE"]
    assert s["SECURE_HSTS_SECONDS"] == 0
    assert s["SECURE_SSL_REDIRECT"] is False


def test_pages_carry_the_content_security_policy(client):
    response = client.get("/login/")
    assert response.status_code == 200
    csp = response["Content-Security-Policy"]
    assert "default-src 'self'" in csp and "script-src 'self'" in csp
    assert "frame-ancestors 'none'" in csp and "'unsafe-inline'" not in csp
