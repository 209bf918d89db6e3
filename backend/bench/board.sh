#!/usr/bin/env bash
# Issue 9's board budget, measured (never as a timed test): GET /api/stores/BENCH/workshop/board
# for a store with 200 open jobs (100 planned today, 40 in progress, 100 in the queue) and
# 1 000 000 historical repair orders, at 16 concurrent clients; budget p95 < 50 ms. Throw-away
# database dms_bench_board, port 8091 (management 9091), tokens against a per-run key (no Keycloak).
#   backend/bench/board.sh        (BENCH_SECONDS=20, BENCH_CLIENTS=16)
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")"
JAVA_HOME=${JAVA_HOME:-/usr/lib/jvm/temurin-25-jdk-amd64}
PGURL=${BENCH_PG:-postgresql://postgres@127.0.0.1:5432}
DB=dms_bench_board
[ -f ../target/quarkus-app/quarkus-run.jar ] || (cd .. && mvn -B -q package -DskipTests)
psql "$PGURL/postgres" -qc "drop database if exists $DB" -c "create database $DB"
eval "$(node token.mjs | sed 's/^/export /')"
source ./app.sh
start_backend_for $DB 8091 9091 /tmp/dms-bench-board.log
trap 'kill $APP 2>/dev/null || true; psql "$PGURL/postgres" -qc "drop database if exists $DB" || true' EXIT
echo "seeding 1 000 000 historical repair orders, then the board's 200 open jobs ..."
time psql "$PGURL/$DB" -q -f seed.sql -f board-seed.sql
URL=http://localhost:8091/api/stores/BENCH/workshop/board
jobs=$(curl -sf -H "Authorization: Bearer $TOKEN" "$URL" | node -e 'let s="";process.stdin.on("data",d=>s+=d).on("end",()=>{const b=JSON.parse(s);console.log(`${b.jobs.length} jobs, ${b.technicians.length} technicians, ${b.bays.length} bays`)})')
echo "board: $jobs"
node board-load.mjs "$URL" "${BENCH_CLIENTS:-16}" 5 >/dev/null   # warm-up
echo "GET board: $(node board-load.mjs "$URL" "${BENCH_CLIENTS:-16}" "${BENCH_SECONDS:-20}")"
