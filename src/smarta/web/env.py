"""Typed helpers that read settings from the environment (one place for every knob)."""

from __future__ import annotations

import os
import secrets
import stat
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

import dj_database_url
from django.core.exceptions import ImproperlyConfigured

DATABASE_SCHEMES = ("postgres", "postgresql", "sqlite")
TRUE_WORDS = ("1", "true", "yes", "on")
FALSE_WORDS = ("0", "false", "no", "off")


def env_str(name: str, default: str = "") -> str:
    return os.environ.get(name, default)


def env_bool(name: str, default: bool = False) -> bool:
    """NAME as a boolean: one of TRUE_WORDS or FALSE_WORDS in any case, or ``default`` when
    unset or empty. Any other value stops start-up naming the variable: a typo ("ture") must not
    quietly mean off."""
    value = os.environ.get(name, "").strip().lower()
    if not value:
        return default
    if value in TRUE_WORDS:
        return True
    if value in FALSE_WORDS:
        return False
    accepted = ", ".join(map("/".join, zip(TRUE_WORDS, FALSE_WORDS, strict=True)))
    raise ImproperlyConfigured(
        f"{name}={os.environ[name]!r} is not a boolean: use one of {accepted}"
        " (any case), or leave it empty for the default"
    )


def env_int(name: str, default: int) -> int:
    """NAME as a whole number, ``default`` when unset or empty; anything else stops start-up
    naming the variable (int() alone would not say which one)."""
    value = os.environ.get(name, "").strip()
    if not value:
        return default
    try:
        return int(value)
    except ValueError:
        raise ImproperlyConfigured(f"{name}={value!r} is not a whole number") from None


def env_choice(name: str, choices: tuple[str, ...], default: str) -> str:
    """NAME as one of ``choices`` (any case), ``default`` when unset or empty; anything else
    stops start-up naming the variable and the choices."""
    value = os.environ.get(name, "").strip().lower()
    if not value:
        return default
    if value not in choices:
        raise ImproperlyConfigured(f"{name}={os.environ[name]!r}: use one of {', '.join(choices)}")
    return value


def env_list(name: str, default: list[str]) -> list[str]:
    value = os.environ.get(name)
    return [v.strip() for v in value.split(",") if v.strip()] if value else default


def env_database(
    name: str, *, sqlite_path: Path, sqlite_options: dict[str, Any], conn_max_age: int
) -> dict[str, Any]:
    """Django's database settings from the URL in NAME, read by dj-database-url: user,
    password, host, port, name and the query string as OPTIONS (``?sslmode=require``).

    Unset or empty, the database is SQLite at ``sqlite_path``. SQLite (default or URL) gets
    ``sqlite_options``, which options in the URL override; PostgreSQL keeps its connections
    ``conn_max_age`` seconds. Other schemes are refused: Smarta runs on these two only.
    """
    url = os.environ.get(name, "").strip()
    if not url:
        return {
            "ENGINE": "django.db.backends.sqlite3",
            "NAME": sqlite_path,
            "OPTIONS": dict(sqlite_options),
        }
    # Messages name the variable, never the URL: it holds the password.
    scheme = urlsplit(url).scheme
    if scheme not in DATABASE_SCHEMES:
        raise ImproperlyConfigured(
            f"{name}: unsupported scheme {scheme!r}; use postgres://… or sqlite:///…"
        )
    try:
        config: dict[str, Any] = dict(dj_database_url.parse(url))
    except ValueError as exc:
        raise ImproperlyConfigured(f"{name}: {exc}") from None
    if scheme != "sqlite":
        config["CONN_MAX_AGE"] = conn_max_age
        return config
    if config["NAME"] == ":memory:":  # would lose everything at each new connection
        raise ImproperlyConfigured(f"{name}: sqlite:// needs a file: sqlite:////path/to/file")
    config["OPTIONS"] = {**sqlite_options, **config.get("OPTIONS", {})}
    return config


def env_data_dir(name: str, default: str) -> Path:
    """The folder NAME names (``default`` when unset or empty), created if missing and kept
    private to the app's user: a new one is made 0700, and one that exists and is ours loses
    any group and other access. It holds the database, the generated secret key and, with
    the file mail backend, password-reset links; a folder someone else owns is left as it is."""
    path = Path(os.environ.get(name) or default).resolve()
    path.mkdir(mode=0o700, parents=True, exist_ok=True)
    status = path.stat()
    if status.st_uid == os.getuid() and status.st_mode & 0o077:
        path.chmod(stat.S_IMODE(status.st_mode) & 0o700)
    return path


def env_secret(name: str, fallback_file: Path | None) -> str:
    """A secret from NAME, or the file NAME_FILE names, or one generated once and kept in
    ``fallback_file`` (inside the data folder, never in the repository); without a
    ``fallback_file``, "" (a secret someone else issues, which Smarta cannot make up)."""
    if os.environ.get(name):
        return os.environ[name]
    if os.environ.get(f"{name}_FILE"):
        return Path(os.environ[f"{name}_FILE"]).read_text(encoding="utf-8").strip()
    if fallback_file is None:
        return ""
    if fallback_file.exists():
        return fallback_file.read_text(encoding="utf-8").strip()
    fallback_file.parent.mkdir(mode=0o700, parents=True, exist_ok=True)
    value = secrets.token_urlsafe(50)
    # 0600 from the moment it exists (writing first and chmod after left a moment at 0644)
    descriptor = os.open(fallback_file, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
    with os.fdopen(descriptor, "w", encoding="utf-8") as out:
        out.write(value)
    return value
