#!/usr/bin/env bash
# Finds (or starts) a PostgreSQL server and creates the requested databases if missing.
#
#   ensure-postgres.sh [--env] [--fresh DB]... [DB]...
#   ensure-postgres.sh --stop          # stops the private cluster in .data/pg, if running
#
# Which server, in this order:
#   1. DATABASE_URL (postgres://user:pass@host:port/db or jdbc:postgresql://host:port/db)
#      or QUARKUS_DATASOURCE_JDBC_URL (+ QUARKUS_DATASOURCE_USERNAME/PASSWORD), if set;
#   2. a server answering on 127.0.0.1:5432 (user postgres);
#   3. a private cluster in .data/pg on port 55432 (DMS_PG_PORT), made with Debian's
#      PostgreSQL binaries (installed with apt-get when missing and we are root).
# DMS_PG_PRIVATE=1 skips step 2 (to try step 3 on a machine that has a server).
#
# Output on stdout: "HOST PORT", or with --env shell assignments
# (PG_HOST PG_PORT PG_USER PG_PASSWORD PG_SOURCE, PG_SOURCE = env|local|private-started|private-running).
# --fresh DB drops and re-creates DB (used for the end-to-end database).
set -euo pipefail

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
PG_DIR="$ROOT/.data/pg"
PRIVATE_PORT="${DMS_PG_PORT:-55432}"
# The server runs as the postgres OS user when we are root; it must be able to reach
# .data/pg. In a checkout under a private home (e.g. /root) it cannot: use /var/tmp then.
if [ "$(id -u)" = 0 ] && id postgres >/dev/null 2>&1 \
   && ! runuser -u postgres -- test -x "$ROOT" 2>/dev/null; then
  PG_DIR="/var/tmp/dms-pg-$(printf %s "$ROOT" | sha1sum | cut -c1-8)"
fi

say() { printf '==> %s\n' "$*" >&2; }
die() { printf 'error: %s\n' "$*" >&2; exit 1; }

emit_env=0; stop=0; fresh=(); dbs=()
while [ $# -gt 0 ]; do
  case "$1" in
    --env) emit_env=1 ;;
    --stop) stop=1 ;;
    --fresh) shift; [ $# -gt 0 ] || die "--fresh needs a database name"; fresh+=("$1") ;;
    -h|--help) sed -n '2,20p' "$0"; exit 0 ;;
    -*) die "unknown option $1" ;;
    *) dbs+=("$1") ;;
  esac
  shift
done

# Debian's server binaries (newest version first); client tools may also be on PATH.
pg_bin_dir() {
  local d
  for d in $(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -rV); do
    [ -x "$d/initdb" ] && [ -x "$d/pg_ctl" ] && { echo "$d"; return 0; }
  done
  return 1
}
if bindir="$(pg_bin_dir)"; then PATH="$PATH:$bindir"; fi

as_postgres() { # run a server command as the postgres OS user when we are root
  if [ "$(id -u)" = 0 ]; then runuser -u postgres -- "$@"; else "$@"; fi
}

private_running() {
  [ -f "$PG_DIR/PG_VERSION" ] && bindir="$(pg_bin_dir)" && as_postgres "$bindir/pg_ctl" -D "$PG_DIR" status >/dev/null 2>&1
}

if [ "$stop" = 1 ]; then
  if private_running; then
    say "stopping the private PostgreSQL cluster in .data/pg"
    as_postgres "$bindir/pg_ctl" -D "$PG_DIR" -m fast -w stop >/dev/null
  fi
  exit 0
fi

have_client() { command -v psql >/dev/null 2>&1 && command -v pg_isready >/dev/null 2>&1; }
if ! have_client && [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null 2>&1; then
  say "installing postgresql-client (apt-get)"
  apt-get -o DPkg::Lock::Timeout=600 update -q >/dev/null
  DEBIAN_FRONTEND=noninteractive apt-get -o DPkg::Lock::Timeout=600 install -y -q postgresql-client >/dev/null
fi
have_client || die "psql/pg_isready not found: install the PostgreSQL client (Debian: apt-get install postgresql-client)"

PG_USER=postgres PG_PASSWORD="" PG_SOURCE=""

parse_url() { # postgres://user:pass@host:port/db  or  jdbc:postgresql://host:port/db?...
  local url="${1#jdbc:}" rest auth hostport
  rest="${url#*://}"
  rest="${rest%%/*}"
  if [[ "$rest" == *@* ]]; then
    auth="${rest%@*}"; hostport="${rest##*@}"
    PG_USER="${auth%%:*}"
    [[ "$auth" == *:* ]] && PG_PASSWORD="${auth#*:}"
  else
    hostport="$rest"
  fi
  PG_HOST="${hostport%%:*}"
  if [[ "$hostport" == *:* ]]; then PG_PORT="${hostport##*:}"; else PG_PORT=5432; fi
  [ -n "$PG_HOST" ] || die "cannot read a host from '$1'"
}

if [ -n "${DATABASE_URL:-}" ]; then
  parse_url "$DATABASE_URL"; PG_SOURCE="env"
elif [ -n "${QUARKUS_DATASOURCE_JDBC_URL:-}" ]; then
  parse_url "$QUARKUS_DATASOURCE_JDBC_URL"; PG_SOURCE="env"
  PG_USER="${QUARKUS_DATASOURCE_USERNAME:-$PG_USER}"; PG_PASSWORD="${QUARKUS_DATASOURCE_PASSWORD:-$PG_PASSWORD}"
fi

if [ "$PG_SOURCE" = env ]; then
  pg_isready -q -h "$PG_HOST" -p "$PG_PORT" -t 5 \
    || die "the PostgreSQL server from DATABASE_URL/QUARKUS_DATASOURCE_JDBC_URL ($PG_HOST:$PG_PORT) does not answer"
elif [ "${DMS_PG_PRIVATE:-0}" != 1 ] && pg_isready -q -h 127.0.0.1 -p 5432 -t 3; then
  PG_HOST=127.0.0.1 PG_PORT=5432 PG_SOURCE=local
else
  PG_HOST=127.0.0.1 PG_PORT="$PRIVATE_PORT"
  if private_running; then
    PG_SOURCE=private-running
  else
    if ! bindir="$(pg_bin_dir)"; then
      if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null 2>&1; then
        say "no PostgreSQL server found and no server binaries: installing Debian's postgresql (apt-get)"
        apt-get -o DPkg::Lock::Timeout=600 update -q >/dev/null
        DEBIAN_FRONTEND=noninteractive apt-get -o DPkg::Lock::Timeout=600 install -y -q postgresql >/dev/null
        bindir="$(pg_bin_dir)" || die "apt-get install postgresql did not provide /usr/lib/postgresql/*/bin"
      else
        die "no PostgreSQL found: set DATABASE_URL, start a server on 127.0.0.1:5432, or install Debian's postgresql package (sudo apt-get install postgresql)"
      fi
    fi
    id postgres >/dev/null 2>&1 || [ "$(id -u)" != 0 ] \
      || die "the 'postgres' OS user does not exist (it comes with Debian's postgresql-common package)"
    if [ ! -f "$PG_DIR/PG_VERSION" ]; then
      mkdir -p "$(dirname "$PG_DIR")"
      say "creating a private PostgreSQL cluster in .data/pg ($("$bindir/postgres" --version))"
      rm -rf "$PG_DIR"; mkdir -p "$PG_DIR"
      [ "$(id -u)" = 0 ] && chown postgres:postgres "$PG_DIR"
      chmod 700 "$PG_DIR"
      as_postgres "$bindir/initdb" -D "$PG_DIR" -U postgres --auth=trust -E UTF8 --locale=C.UTF-8 >/dev/null \
        || die "initdb failed in .data/pg"
    fi
    # Unix sockets have a ~107-byte path limit; fall back to /tmp for deep checkouts.
    sockdir="$PG_DIR"; [ ${#PG_DIR} -gt 80 ] && sockdir=/tmp
    say "starting the private PostgreSQL cluster on 127.0.0.1:$PG_PORT"
    as_postgres "$bindir/pg_ctl" -D "$PG_DIR" -l "$PG_DIR/server.log" -w -t 60 \
      -o "-p $PG_PORT -k $sockdir -c listen_addresses=localhost" start >/dev/null \
      || { tail -n 20 "$PG_DIR/server.log" >&2 || true; die "the private PostgreSQL cluster did not start (log: .data/pg/server.log)"; }
    PG_SOURCE=private-started
  fi
fi

export PGPASSWORD="$PG_PASSWORD"
export PGOPTIONS="-c client_min_messages=warning"
psql_admin() { psql -X -q -v ON_ERROR_STOP=1 -h "$PG_HOST" -p "$PG_PORT" -U "$PG_USER" -d postgres "$@"; }
db_exists() { [ "$(psql_admin -tAc "SELECT 1 FROM pg_database WHERE datname = '$1'")" = 1 ]; }

for db in ${fresh[@]+"${fresh[@]}"}; do
  say "re-creating database $db"
  psql_admin -c "DROP DATABASE IF EXISTS \"$db\" WITH (FORCE)" >/dev/null
  psql_admin -c "CREATE DATABASE \"$db\"" >/dev/null
done
for db in ${dbs[@]+"${dbs[@]}"}; do
  if ! db_exists "$db"; then
    say "creating database $db"
    psql_admin -c "CREATE DATABASE \"$db\"" >/dev/null
  fi
done

if [ "$emit_env" = 1 ]; then
  printf 'PG_HOST=%q\nPG_PORT=%q\nPG_USER=%q\nPG_PASSWORD=%q\nPG_SOURCE=%q\n' \
    "$PG_HOST" "$PG_PORT" "$PG_USER" "$PG_PASSWORD" "$PG_SOURCE"
else
  echo "$PG_HOST $PG_PORT"
fi
