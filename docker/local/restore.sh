#!/usr/bin/env bash
# make restore FILE=...: restores a backup made by backup.sh (pg_dump custom format).
#
#   restore.sh [--db NAME] [--yes] FILE
#
# The dump is restored into a new database first; only when that succeeded does it take the
# name NAME (default dms). A database NAME that already exists is not dropped: it is renamed to
# NAME_before_restore_<UTC time> (drop it yourself once the restore is checked). Its sessions are
# ended, so running backends answer 503 for a moment and then continue on the restored data;
# replacing an existing database asks for confirmation unless --yes is given.
# Server: as backup.sh (DATABASE_URL / QUARKUS_DATASOURCE_JDBC_URL, else the local one). The role
# needs CREATEDB and must own NAME (or be a superuser).
set -euo pipefail
# shellcheck source=lib.sh
source "$(dirname "${BASH_SOURCE[0]}")/lib.sh"

DB="" YES=0 FILE=""
while [ $# -gt 0 ]; do
  case "$1" in
    --db) shift; DB="${1:?--db needs a name}" ;;
    --yes) YES=1 ;;
    -h|--help) sed -n '2,14p' "$0"; exit 0 ;;
    -*) die "unknown option $1 (usage: restore.sh [--db NAME] [--yes] FILE)" ;;
    *) [ -z "$FILE" ] || die "one backup file at a time"; FILE="$1" ;;
  esac
  shift
done
[ -n "$FILE" ] || die "which backup? usage: make restore FILE=.data/backups/<file>.dump [DB=dms]"
[ -f "$FILE" ] || die "no such backup file: $FILE"
url_database() {
  local rest="${1#*://}"
  [[ "$rest" == */* ]] || return 0
  rest="${rest#*/}"; echo "${rest%%\?*}"
}
[ -n "$DB" ] || DB="$(url_database "${DATABASE_URL:-${QUARKUS_DATASOURCE_JDBC_URL:-}}")"
[ -n "$DB" ] || DB=dms
[[ "$DB" =~ ^[a-z_][a-z0-9_]{0,40}$ ]] || die "database name '$DB': lower-case letters, digits and _ only"
command -v pg_restore >/dev/null 2>&1 || die "pg_restore not found: install the PostgreSQL client (Debian: apt-get install postgresql-client)"

if [ -f "$FILE.sha256" ]; then
  (cd "$(dirname "$FILE")" && sha256sum --quiet -c "$(basename "$FILE").sha256") \
    || die "$FILE does not match its checksum $FILE.sha256: the file is damaged"
fi
pg_restore --list "$FILE" >/dev/null 2>&1 || die "$FILE is not a pg_dump custom-format backup"

ensure_postgres
export PGPASSWORD="$PG_PASSWORD" PGOPTIONS="-c client_min_messages=warning"
psql_admin() { psql -X -q -v ON_ERROR_STOP=1 -h "$PG_HOST" -p "$PG_PORT" -U "$PG_USER" -d postgres "$@"; }
exists() { [ "$(psql_admin -tAc "SELECT 1 FROM pg_database WHERE datname = '$1'")" = 1 ]; }

STAMP="$(date -u +%Y%m%dT%H%M%SZ)"
WORK="${DB}_restoring"
KEPT="${DB}_before_restore_$(echo "$STAMP" | tr 'A-Z' 'a-z')"
if exists "$DB" && [ "$YES" != 1 ]; then
  [ -t 0 ] || die "database $DB exists: add --yes (make restore ... YES=1) to replace it (it is kept as $KEPT)"
  read -r -p "Replace database $DB on $PG_HOST:$PG_PORT with $FILE? (the current one is kept as $KEPT) [y/N] " answer
  [[ "$answer" =~ ^[Yy] ]] || die "nothing restored"
fi

log "restoring $FILE into a new database $WORK on $PG_HOST:$PG_PORT"
t=$(now)
psql_admin -c "DROP DATABASE IF EXISTS \"$WORK\"" >/dev/null
psql_admin -c "CREATE DATABASE \"$WORK\"" >/dev/null
if ! pg_restore -h "$PG_HOST" -p "$PG_PORT" -U "$PG_USER" -d "$WORK" --no-owner --no-privileges \
      --exit-on-error --jobs=2 "$FILE"; then
  psql_admin -c "DROP DATABASE IF EXISTS \"$WORK\"" >/dev/null || true
  die "pg_restore failed; database $DB is unchanged"
fi

if exists "$DB"; then
  log "replacing database $DB (kept as $KEPT)"
  psql_admin -c "ALTER DATABASE \"$DB\" ALLOW_CONNECTIONS false" >/dev/null
  # Ends the sessions on it (running backends reconnect to the restored database); a session takes a moment to go.
  for _ in $(seq 1 100); do
    left=$(psql_admin -tAc "SELECT count(pg_terminate_backend(pid)) FROM pg_stat_activity WHERE datname = '$DB' AND pid <> pg_backend_pid()")
    [ "$left" = 0 ] && break
    sleep 0.1
  done
  psql_admin -c "ALTER DATABASE \"$DB\" RENAME TO \"$KEPT\"" >/dev/null \
    || { psql_admin -c "ALTER DATABASE \"$DB\" ALLOW_CONNECTIONS true" >/dev/null; die "could not set $DB aside; it is unchanged (the restored copy is $WORK)"; }
  psql_admin -c "ALTER DATABASE \"$KEPT\" ALLOW_CONNECTIONS true" >/dev/null
fi
psql_admin -c "ALTER DATABASE \"$WORK\" RENAME TO \"$DB\"" >/dev/null
ok "restored $FILE into database $DB in $(( $(now) - t ))s$(exists "$KEPT" && echo "; the previous one is $KEPT")"
