"""What the environment says reaches the settings whole, and a setting Smarta cannot read
stops start-up with a message naming it."""

from __future__ import annotations

import json
import os
import stat
import subprocess
import sys
from pathlib import Path

import pytest
from django.core.exceptions import ImproperlyConfigured

from smarta.web.env import env_bool, env_data_dir, env_database, env_int

from .test_deploy import production_env

SMARTA = Path(sys.executable).with_name("smarta")
BOOLEAN_SETTINGS = [
    "SMARTA_DEBUG",
    "SMARTA_EMAIL_TLS",
    "SMARTA_SECURE_COOKIES",
    "SMARTA_HSTS_INCLUDE_SUBDOMAINS",
    "SMARTA_HSTS_PRELOAD",
    "SMARTA_SSL_REDIRECT",
]
SETTING_DUMP = """
import json, sys
import django
from django.conf import settings
django.setup()
print(json.dumps(getattr(settings, sys.argv[1]), default=str))
"""
SQLITE_OPTIONS = {"transaction_mode": "IMMEDIATE"}


def setting(tmp_path: Path, name: str, **env: str):
    """One setting as the app reads it at start-up, from a fresh process."""
    out = subprocess.run(
        [sys.executable, "-c", SETTING_DUMP, name],
        env=production_env(tmp_path, **env),
        capture_output=True, text=True, check=True, timeout=60,
    )  # fmt: skip
    return json.loads(out.stdout)


def start_up(tmp_path: Path, *args: str, **env: str) -> subprocess.CompletedProcess:
    """`smarta manage check ARGS` in the given environment."""
    return subprocess.run(
        [str(SMARTA), "manage", "check", *args],
        env=production_env(tmp_path, **env),
        capture_output=True, text=True, timeout=120,
    )  # fmt: skip


def database(monkeypatch, url: str | None) -> dict:
    if url is None:
        monkeypatch.delenv("DATABASE_URL", raising=False)
    else:
        monkeypatch.setenv("DATABASE_URL", url)
    return env_database(
        "DATABASE_URL",
        sqlite_path=Path("/srv/smarta/data/smarta.sqlite3"),
        sqlite_options=SQLITE_OPTIONS,
        conn_max_age=60,
    )


def test_postgresql_keeps_the_query_options_of_its_url(monkeypatch):
    url = "postgres://smarta:p%40ss@db.example.org:5433/smarta?sslmode=require&connect_timeout=5"
    db = database(monkeypatch, url)
    assert db["ENGINE"] == "django.db.backends.postgresql"
    assert (db["NAME"], db["USER"], db["PASSWORD"]) == ("smarta", "smarta", "p@ss")
    assert (db["HOST"], int(db["PORT"])) == ("db.example.org", 5433)
    assert db["OPTIONS"] == {"sslmode": "require", "connect_timeout": 5}
    assert db["CONN_MAX_AGE"] == 60


def test_the_app_reads_the_query_options_of_database_url(tmp_path):
    url = "postgres://smarta:secret@db.example.org/smarta?sslmode=require&connect_timeout=5"
    db = setting(tmp_path, "DATABASES", DATABASE_URL=url)["default"]
    assert db["OPTIONS"] == {"sslmode": "require", "connect_timeout": 5}
    assert (db["HOST"], db["NAME"], db["CONN_MAX_AGE"]) == ("db.example.org", "smarta", 60)


def test_the_app_reads_a_sqlite_database_url(tmp_path):
    path = tmp_path / "elsewhere.sqlite3"
    db = setting(tmp_path, "DATABASES", DATABASE_URL=f"sqlite:///{path}")["default"]
    assert (db["ENGINE"], db["NAME"]) == ("django.db.backends.sqlite3", str(path))
    assert "journal_mode=WAL" in db["OPTIONS"]["init_command"]


def test_postgresql_over_a_unix_socket(monkeypatch):
    db = database(monkeypatch, "postgresql://%2Fvar%2Frun%2Fpostgresql/smarta")
    assert (db["HOST"], db["NAME"]) == ("/var/run/postgresql", "smarta")


def test_a_sqlite_url_names_an_absolute_file_with_four_slashes(monkeypatch):
    db = database(monkeypatch, "sqlite:////var/lib/smarta/smarta.sqlite3")
    assert db["ENGINE"] == "django.db.backends.sqlite3"
    assert db["NAME"] == "/var/lib/smarta/smarta.sqlite3"
    assert db["OPTIONS"] == SQLITE_OPTIONS  # the same WAL and locking set-up as the default


def test_a_sqlite_url_with_three_slashes_is_relative(monkeypatch):
    db = database(monkeypatch, "sqlite:///smarta.sqlite3?timeout=20")
    assert db["NAME"] == "smarta.sqlite3"
    assert db["OPTIONS"] == {**SQLITE_OPTIONS, "timeout": 20}


@pytest.mark.parametrize("url", [None, "", "  "])
def test_without_a_url_the_database_is_sqlite_in_the_data_folder(monkeypatch, url):
    db = database(monkeypatch, url)
    assert db == {
        "ENGINE": "django.db.backends.sqlite3",
        "NAME": Path("/srv/smarta/data/smarta.sqlite3"),
        "OPTIONS": SQLITE_OPTIONS,
    }


@pytest.mark.parametrize(
    ("url", "says"),
    [
        ("mysql://smarta:secret@db/smarta", "unsupported scheme 'mysql'"),
        ("sqlite://", "needs a file"),
        ("postgres://smarta:secret@db:port/smarta", "not a valid url"),
    ],
)
def test_a_url_smarta_cannot_use_is_refused_without_showing_the_password(monkeypatch, url, says):
    with pytest.raises(ImproperlyConfigured) as refused:
        database(monkeypatch, url)
    assert "DATABASE_URL" in str(refused.value) and says in str(refused.value)
    assert "secret" not in str(refused.value)


@pytest.mark.parametrize("value", ["1", "TRUE", "Yes", " on "])
def test_a_boolean_setting_is_on_with_1_true_yes_or_on_in_any_case(monkeypatch, value):
    monkeypatch.setenv("SMARTA_SOMETHING", value)
    assert env_bool("SMARTA_SOMETHING", False) is True


@pytest.mark.parametrize("value", ["0", "false", "NO", "Off"])
def test_a_boolean_setting_is_off_with_0_false_no_or_off_in_any_case(monkeypatch, value):
    monkeypatch.setenv("SMARTA_SOMETHING", value)
    assert env_bool("SMARTA_SOMETHING", True) is False


@pytest.mark.parametrize("default", [True, False])
def test_an_empty_or_unset_boolean_setting_is_its_default(monkeypatch, default):
    monkeypatch.delenv("SMARTA_SOMETHING", raising=False)
    assert env_bool("SMARTA_SOMETHING", default) is default
    monkeypatch.setenv("SMARTA_SOMETHING", " ")
    assert env_bool("SMARTA_SOMETHING", default) is default


@pytest.mark.parametrize("value", ["ture", "2", "enabled", "y"])
def test_any_other_boolean_value_is_refused_naming_the_words(monkeypatch, value):
    monkeypatch.setenv("SMARTA_SOMETHING", value)
    with pytest.raises(ImproperlyConfigured) as refused:
        env_bool("SMARTA_SOMETHING", False)
    message = str(refused.value)
    assert f"SMARTA_SOMETHING={value!r}" in message
    assert "1/0, true/false, yes/no, on/off" in message


def test_a_mistyped_debug_stops_start_up(tmp_path):
    result = start_up(tmp_path, SMARTA_DEBUG="ture")
    assert result.returncode != 0
    assert "SMARTA_DEBUG='ture' is not a boolean" in result.stderr
    assert "1/0, true/false, yes/no, on/off" in result.stderr


@pytest.mark.parametrize("name", BOOLEAN_SETTINGS)
def test_every_boolean_setting_is_strict_even_in_debug_mode(tmp_path, name):
    """SMARTA_DEBUG=1 decides the secure-cookie and redirect settings, yet a typo in them
    is still reported rather than left to bite when debug mode is turned off."""
    env = {"SMARTA_DEBUG": "1", name: "ture"}
    result = subprocess.run(
        [sys.executable, "-c", SETTING_DUMP, "DEBUG"],
        env=production_env(tmp_path, **env),
        capture_output=True, text=True, timeout=60,
    )  # fmt: skip
    assert result.returncode != 0
    assert f"{name}='ture' is not a boolean" in result.stderr


def test_a_number_setting_that_is_not_a_number_is_refused_by_name(monkeypatch):
    monkeypatch.setenv("SMARTA_EMAIL_PORT", "25a")
    with pytest.raises(ImproperlyConfigured, match="SMARTA_EMAIL_PORT='25a' is not a whole"):
        env_int("SMARTA_EMAIL_PORT", 25)
    monkeypatch.setenv("SMARTA_EMAIL_PORT", " 587 ")
    assert env_int("SMARTA_EMAIL_PORT", 25) == 587


def test_a_new_data_folder_is_private_and_so_is_the_secret_key(tmp_path):
    env = production_env(tmp_path)
    del env["SMARTA_SECRET_KEY"]  # so one is generated into the data folder
    subprocess.run(
        [sys.executable, "-c", SETTING_DUMP, "DEBUG"],
        env=env, capture_output=True, text=True, check=True, timeout=60,
    )  # fmt: skip
    data = tmp_path / "data"
    assert stat.S_IMODE(data.stat().st_mode) == 0o700
    assert stat.S_IMODE((data / "secret_key").stat().st_mode) == 0o600


def test_the_database_file_is_created_in_a_private_folder(tmp_path):
    check = start_up(tmp_path, "--database", "default")  # connects: SQLite makes its file
    assert check.returncode == 0, check.stderr
    data = tmp_path / "data"
    assert (data / "smarta.sqlite3").exists()
    assert stat.S_IMODE(data.stat().st_mode) == 0o700


def test_an_existing_data_folder_of_ours_is_tightened(monkeypatch, tmp_path):
    data = tmp_path / "data"
    data.mkdir(mode=0o755)
    data.chmod(0o755)
    monkeypatch.setenv("SMARTA_DATA_DIR", str(data))
    assert env_data_dir("SMARTA_DATA_DIR", "data") == data
    assert stat.S_IMODE(data.stat().st_mode) == 0o700


@pytest.mark.skipif(os.getuid() != 0, reason="only root can give a folder to someone else")
def test_a_data_folder_someone_else_owns_is_left_as_it_is(monkeypatch, tmp_path):
    data = tmp_path / "data"
    data.mkdir()
    data.chmod(0o755)
    os.chown(data, 12345, 12345)
    monkeypatch.setenv("SMARTA_DATA_DIR", str(data))
    env_data_dir("SMARTA_DATA_DIR", "data")
    assert stat.S_IMODE(data.stat().st_mode) == 0o755


@pytest.mark.parametrize(
    ("env", "message"),
    [
        ({"SMARTA_OIDC_ISSUER": "https://accounts.google.com"},
         "SMARTA_OIDC_ISSUER needs SMARTA_OIDC_CLIENT_ID and SMARTA_OIDC_CLIENT_SECRET"),
        ({"SMARTA_PASSWORD_LOGIN": "0"}, "SMARTA_PASSWORD_LOGIN=0 needs SMARTA_OIDC_ISSUER"),
        ({"SMARTA_SIGNUP": "sometimes"}, "SMARTA_SIGNUP='sometimes': use one of open, invite"),
        ({"SMARTA_OIDC_ISSUER": "https://accounts.google.com", "SMARTA_OIDC_CLIENT_ID": "c",
          "SMARTA_OIDC_CLIENT_SECRET": "s"},
         "Google as issuer needs SMARTA_OIDC_ALLOWED_DOMAINS"),
    ],
    ids=["issuer without a client", "no way to sign in", "unknown sign-up mode",
         "every Google account"],
)  # fmt: skip
def test_a_sign_in_setting_that_cannot_work_stops_start_up(tmp_path, env, message):
    result = start_up(tmp_path, **env)
    assert result.returncode != 0 and message in result.stderr


def test_the_organisations_sign_in_is_read_from_the_environment(tmp_path):
    secret = tmp_path / "client-secret"
    secret.write_text("s3cret\n")
    env = {
        "SMARTA_OIDC_ISSUER": "https://login.microsoftonline.com/tenant/v2.0/",
        "SMARTA_OIDC_CLIENT_ID": "app-id", "SMARTA_OIDC_CLIENT_SECRET_FILE": str(secret),
        "SMARTA_OIDC_ALLOWED_DOMAINS": "Example.org, example.com",
    }  # fmt: skip
    assert setting(tmp_path, "SMARTA_OIDC_ISSUER", **env) == (
        "https://login.microsoftonline.com/tenant/v2.0"
    )
    assert setting(tmp_path, "OIDC_RP_CLIENT_SECRET", **env) == "s3cret"
    assert setting(tmp_path, "SMARTA_OIDC_ALLOWED_DOMAINS", **env) == [
        "example.org", "example.com",
    ]  # fmt: skip
    assert start_up(tmp_path, **env).returncode == 0
