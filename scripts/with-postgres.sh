#!/usr/bin/env bash
# Runs a command against a throwaway PostgreSQL server:
#
#   scripts/with-postgres.sh .venv/bin/pytest -m "not browser"
#
# Installs Debian's PostgreSQL server when it is missing, starts a private cluster in a
# temporary folder (as a non-root user, listening on 127.0.0.1 on a free port), creates a
# role with a random password and a database, exports DATABASE_URL=postgres://… and runs the
# command. The cluster is stopped and deleted however the command ends; its exit status is
# this script's.
set -euo pipefail

if [ $# -eq 0 ]; then
    echo "usage: $0 COMMAND [ARG...]" >&2
    exit 2
fi

SUDO=""
[ "$(id -u)" = 0 ] || SUDO=sudo

pg_bindir() {
    # The newest installed major version.
    ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -n 1
}

if [ -z "$(pg_bindir)" ] || [ ! -x "$(pg_bindir)/initdb" ]; then
    echo "installing Debian's PostgreSQL server"
    $SUDO apt-get update -qq
    $SUDO apt-get install -y -qq --no-install-recommends postgresql
fi
BIN="$(pg_bindir)"

# PostgreSQL refuses to run as root: then run the server as the `postgres` system user
# (Debian's package creates it), or create a system user for it.
RUN_AS=()
if [ "$(id -u)" = 0 ]; then
    PGUSER_OS=postgres
    if ! id "$PGUSER_OS" >/dev/null 2>&1; then
        PGUSER_OS=smarta-pg
        id "$PGUSER_OS" >/dev/null 2>&1 || useradd --system --no-create-home --shell /usr/sbin/nologin "$PGUSER_OS"
    fi
    RUN_AS=(runuser -u "$PGUSER_OS" --)
fi

DIR="$(mktemp -d "${TMPDIR:-/tmp}/smarta-pg.XXXXXX")"
chmod 700 "$DIR"
[ "${#RUN_AS[@]}" -eq 0 ] || chown "$PGUSER_OS" "$DIR"

cleanup() {
    local status=$?
    if [ -f "$DIR/data/postmaster.pid" ]; then
        "${RUN_AS[@]}" "$BIN/pg_ctl" -D "$DIR/data" -m immediate -w stop >/dev/null 2>&1 || true
    fi
    rm -rf "$DIR"
    exit "$status"
}
trap cleanup EXIT
trap 'exit 130' INT
trap 'exit 143' TERM

PORT="$(python3 -c 'import socket; s = socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])')"
PASSWORD="$(python3 -c 'import secrets; print(secrets.token_hex(24))')"
DB=smarta
ROLE=smarta

"${RUN_AS[@]}" "$BIN/initdb" -D "$DIR/data" -U postgres --auth=trust --auth-host=scram-sha-256 \
    -E UTF8 --locale=C.UTF-8 >"$DIR/initdb.log" 2>&1 || { cat "$DIR/initdb.log" >&2; exit 1; }
# Only the socket in $DIR and 127.0.0.1; fsync off: the data is thrown away anyway.
"${RUN_AS[@]}" "$BIN/pg_ctl" -D "$DIR/data" -l "$DIR/server.log" -w -t 60 \
    -o "-c listen_addresses=127.0.0.1 -p $PORT -k $DIR -c fsync=off -c synchronous_commit=off -c full_page_writes=off" \
    start >/dev/null || { cat "$DIR/server.log" >&2; exit 1; }

"${RUN_AS[@]}" "$BIN/psql" -h "$DIR" -p "$PORT" -U postgres -d postgres -v ON_ERROR_STOP=1 -q <<SQL
CREATE ROLE $ROLE LOGIN PASSWORD '$PASSWORD' CREATEDB;
CREATE DATABASE $DB OWNER $ROLE;
SQL

# CREATEDB: pytest-django creates (and drops) its own test_smarta database.
export DATABASE_URL="postgres://$ROLE:$PASSWORD@127.0.0.1:$PORT/$DB"
echo "PostgreSQL $("$BIN/postgres" --version | awk '{print $3}') on 127.0.0.1:$PORT (throwaway, in $DIR)"

set +e
"$@"
status=$?
set -e
exit "$status"
