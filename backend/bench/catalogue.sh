#!/usr/bin/env bash
# Issue 8's catalogue budgets, measured (never a timed test): a 50 000-part price list imported as
# CSV and XLSX through the API (budget < 30 s) and search as you type over it (budget p95 < 100 ms).
# Runs the @Tag("bench") test CatalogueBenchmark against a throw-away database dms_bench_catalogue;
# the figures are printed and written to target/catalogue-bench.txt.
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."
export JAVA_HOME=${JAVA_HOME:-/usr/lib/jvm/temurin-25-jdk-amd64}
PGURL=${BENCH_PG:-postgresql://postgres@127.0.0.1:5432}
psql "$PGURL/postgres" -qc 'drop database if exists dms_bench_catalogue' -c 'create database dms_bench_catalogue'
DMS_TEST_DB_URL=jdbc:postgresql://127.0.0.1:5432/dms_bench_catalogue \
  mvn -B -q ${MVN_OFFLINE:-} test -Dtest=CatalogueBenchmark -Dsurefire.excludedGroups=none -Dsurefire.failIfNoSpecifiedTests=false
cat target/catalogue-bench.txt
