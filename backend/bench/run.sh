#!/usr/bin/env bash
# `make bench`: the performance budgets, measured (never as timed tests), on a throw-away database at the
# budget size (200 000 vehicles, 1 000 000 repair orders; dms_bench, port 8090, management 9090; tokens are
# checked against a key made per run, so no Keycloak is needed).
#  1. backend start time and RSS;
#  2. the yardstick (yardstick.mjs): each hot path through the API (wrk) and, in the same run, pgbench
#     executing the statements the backend issued for one such request (captured from PostgreSQL's log),
#     at 16 and 64 clients; a table and JSON under .data/bench/;
#  3. peak RSS under that load.
# BENCH_SECONDS (20) per measurement, BENCH_PATHS (vehicle,order,plate,phone,create).
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")"
JAVA_HOME=${JAVA_HOME:-/usr/lib/jvm/temurin-25-jdk-amd64}
PGURL=${BENCH_PG:-postgresql://postgres@127.0.0.1:5432}
as_root() { if [ "$(id -u)" = 0 ]; then "$@"; else sudo -n "$@"; fi; }
if ! command -v wrk >/dev/null; then
  echo "==> installing wrk (apt-get)"; as_root apt-get -o DPkg::Lock::Timeout=900 install -y -q wrk >/dev/null
fi
command -v pgbench >/dev/null || { echo "pgbench is missing (Debian: postgresql-contrib / postgresql-client)" >&2; exit 1; }
PGLOG=${BENCH_PGLOG:-$(ls /var/log/postgresql/postgresql-*-main.log 2>/dev/null | head -1)}
[ -r "$PGLOG" ] || { echo "PostgreSQL's log is not readable (set BENCH_PGLOG): the yardstick captures the backend's SQL from it" >&2; exit 1; }
[ -f ../target/quarkus-app/quarkus-run.jar ] || (cd .. && mvn -B -q package -DskipTests)
psql "$PGURL/postgres" -qc 'drop database if exists dms_bench' -c 'create database dms_bench'
eval "$(node token.mjs | sed 's/^/export /')"
source ./app.sh
start_backend_for dms_bench 8090 9090 /tmp/dms-bench-app.log
echo "seeding 200 000 vehicles and 1 000 000 repair orders ..."
time psql "$PGURL/dms_bench" -q -f seed.sql
kill $APP; wait $APP 2>/dev/null || true

echo "capturing the SQL of one request per path (log_statement=all on dms_bench only, for this step) ..."
psql "$PGURL/postgres" -qc "alter database dms_bench set log_statement = 'all'"
start_backend_for dms_bench 8090 9090 /tmp/dms-bench-app.log
PATHS=${BENCH_PATHS:-vehicle,order,plate,phone,create} PGURL="$PGURL/dms_bench" PGLOG="$PGLOG" node yardstick.mjs capture
kill $APP; wait $APP 2>/dev/null || true
psql "$PGURL/postgres" -qc "alter database dms_bench reset log_statement"

echo "training the JDK's AOT cache for this jar (one start, its first requests) ..."
train_cache_for dms_bench 8090 9090 || echo "no AOT cache: measuring the start without it"
start_backend_for dms_bench 8090 9090 /tmp/dms-bench-app.log
started=$(grep -o 'started in [0-9.]*s' /tmp/dms-bench-app.log | grep -o '[0-9.]*')
rss_start=$(( $(ps -o rss= -p $APP) / 1024 ))
echo "backend start: ${started} s, RSS after start: ${rss_start} MB"
EXTRA_JSON="{\"startSeconds\":$started,\"rssAfterStartMb\":$rss_start}" PATHS=${BENCH_PATHS:-vehicle,order,plate,phone,create} SECONDS_PER_RUN=${BENCH_SECONDS:-20} \
  PGURL="$PGURL/dms_bench" node yardstick.mjs load
echo "peak RSS under load: $(( $(awk '/VmHWM/ {print $2}' /proc/$APP/status) / 1024 )) MB (budget 350), now $(( $(ps -o rss= -p $APP) / 1024 )) MB"
