#!/usr/bin/env bash
# Performance budgets, measured (never as timed tests): backend start and RSS, single-record
# reads and plate search at 64 concurrent clients over 200 000 vehicles / 1 000 000 repair
# orders. Uses a throw-away database dms_bench and port 8090 (management 9090); tokens are verified against a
# key made per run (quarkus.oidc.public-key), so no Keycloak is needed.
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")"
JAVA_HOME=${JAVA_HOME:-/usr/lib/jvm/temurin-25-jdk-amd64}
PGURL=${BENCH_PG:-postgresql://postgres@127.0.0.1:5432}
command -v wrk >/dev/null || { echo "wrk is missing: apt-get install -y wrk" >&2; exit 1; }
[ -f ../target/quarkus-app/quarkus-run.jar ] || (cd .. && mvn -B -q package -DskipTests)
psql "$PGURL/postgres" -qc 'drop database if exists dms_bench' -c 'create database dms_bench'
eval "$(node token.mjs | sed 's/^/export /')"
source ./app.sh
start_backend_for dms_bench 8090 9090 /tmp/dms-bench-app.log
echo "seeding 200 000 vehicles and 1 000 000 repair orders ..."
time psql "$PGURL/dms_bench" -q -f seed.sql
kill $APP; wait $APP 2>/dev/null || true
start_backend_for dms_bench 8090 9090 /tmp/dms-bench-app.log
echo "backend start: $(grep -o 'started in [0-9.]*s' /tmp/dms-bench-app.log), RSS after start: $(( $(ps -o rss= -p $APP) / 1024 )) MB"
wrk -t2 -c64 -d10s -s get-vehicle.lua http://localhost:8090 >/dev/null   # warm-up
echo "GET vehicle by id, 64 clients:  $(wrk -t2 -c64 -d30s -s get-vehicle.lua http://localhost:8090 | tail -1)"
echo "plate prefix search, 64 clients: $(wrk -t2 -c64 -d20s -s search-vehicles.lua http://localhost:8090 | tail -1)"
echo "RSS under load: $(( $(ps -o rss= -p $APP) / 1024 )) MB"
