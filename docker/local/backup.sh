#!/usr/bin/env bash
# make backup: one pg_dump of the DMS database. Photos, signatures and the audit trail live in
# PostgreSQL, so this one file is everything needed to restore the system.
#
#   backup.sh [--db NAME] [--out FILE]
#
# Server: DATABASE_URL (postgres://user:pass@host:port/db) or QUARKUS_DATASOURCE_JDBC_URL
# (+ _USERNAME, _PASSWORD) when set, else the server `make run` uses (ensure-postgres.sh).
# Database: --db, else the one named in that URL, else dms.
# Writes FILE (default .data/backups/<db>-<UTC time>.dump, pg_dump's compressed custom format)
# and FILE.sha256; restore it with `make restore FILE=...` (restore.sh).
set -euo pipefail
# shellcheck source=lib.sh
source "$(dirname "${BASH_SOURCE[0]}")/lib.sh"

DB="" OUT=""
while [ $# -gt 0 ]; do
  case "$1" in
    --db) shift; DB="${1:?--db needs a name}" ;;
    --out) shift; OUT="${1:?--out needs a file}" ;;
    -h|--help) sed -n '2,12p' "$0"; exit 0 ;;
    *) die "unknown argument $1 (usage: backup.sh [--db NAME] [--out FILE])" ;;
  esac
  shift
done

url_database() { # the database named in a postgres:// or jdbc:postgresql:// URL, if any
  local rest="${1#*://}"
  [[ "$rest" == */* ]] || return 0
  rest="${rest#*/}"; echo "${rest%%\?*}"
}
[ -n "$DB" ] || DB="$(url_database "${DATABASE_URL:-${QUARKUS_DATASOURCE_JDBC_URL:-}}")"
[ -n "$DB" ] || DB=dms
command -v pg_dump >/dev/null 2>&1 || die "pg_dump not found: install the PostgreSQL client (Debian: apt-get install postgresql-client)"

ensure_postgres
export PGPASSWORD="$PG_PASSWORD" PGOPTIONS="-c client_min_messages=warning"
[ -n "$OUT" ] || OUT="$DATA/backups/$DB-$(date -u +%Y%m%dT%H%M%SZ).dump"
mkdir -p "$(dirname "$OUT")"

log "backing up database $DB on $PG_HOST:$PG_PORT"
t=$(now)
# Written beside the target and renamed when complete: a failed run never leaves a half backup.
pg_dump -h "$PG_HOST" -p "$PG_PORT" -U "$PG_USER" -d "$DB" --format=custom --compress=6 \
  --file="$OUT.partial" || { rm -f "$OUT.partial"; die "pg_dump of $DB failed"; }
pg_restore --list "$OUT.partial" >/dev/null || { rm -f "$OUT.partial"; die "the dump cannot be read back"; }
mv "$OUT.partial" "$OUT"
(cd "$(dirname "$OUT")" && sha256sum "$(basename "$OUT")" > "$(basename "$OUT").sha256")
tables=$(pg_restore --list "$OUT" | grep -c ' TABLE DATA ' || true)
ok "backup of $DB ($tables tables, $(du -h "$OUT" | cut -f1)) in $(( $(now) - t ))s: $OUT"
echo "$OUT"
