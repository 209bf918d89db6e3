#!/usr/bin/env bash
# Trains the JDK's ahead-of-time cache (JEP 483/514/515, JDK 25) for the packaged backend, so that later
# starts load and link its classes from the cache and begin with the training run's method profiles
# (issue 13: start <= 2 s). Where the time went before: `make bench` profiled start-up with JFR — of the
# main thread's samples, 26 % building the OpenAPI document (parse + YAML of the 42k-line contract),
# 24 % Hibernate Validator's metadata for every constrained class, 17 % Hibernate ORM's entity binding,
# 7 % configuration, 6 % Flyway's validation; all of it interpreted, cold code, which is what the cache helps.
#
#   aot-cache.sh            -> prints the cache's path when it is current (or was just trained), else nothing
#
# The training run starts the jar with the environment the caller gives it (database, ports, OIDC), waits
# until it is ready, sends the requests of a working day's first minute (health, the contract, the API with
# $AOT_TRAIN_TOKEN if set, else unauthenticated 401s), and stops it; the JVM writes the cache as it exits.
# A cache older than the jar is trained again; a JDK below 25 gets none (the flags do not exist there).
# Environment: JAVA_HOME, AOT_HTTP_PORT (8080), AOT_MANAGEMENT_PORT (9000), AOT_TRAIN_TOKEN, AOT_STORE (BJ01),
# AOT_JAVA_OPTS (the heap flags the real start will use: the cache keeps the GC it was made with),
# AOT_LOG (where the training run's output goes).
set -euo pipefail
HERE="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
APP_DIR="$HERE/target/quarkus-app"
JAR="$APP_DIR/quarkus-run.jar"
CACHE="$APP_DIR/app.aot"
JAVA="${JAVA_HOME:?JAVA_HOME is not set}/bin/java"
major="$(sed -n 's/^JAVA_VERSION="\([0-9]*\).*/\1/p' "$JAVA_HOME/release" 2>/dev/null || echo 0)"
[ "${major:-0}" -ge 25 ] || exit 0
[ -f "$JAR" ] || { echo "aot-cache: $JAR is missing (mvn package first)" >&2; exit 1; }
if [ -f "$CACHE" ] && [ "$CACHE" -nt "$JAR" ] && [ -z "$(find "$APP_DIR/lib" "$APP_DIR/app" "$APP_DIR/quarkus" -newer "$CACHE" -print -quit)" ]; then
  echo "$CACHE"; exit 0
fi
http="${AOT_HTTP_PORT:-8080}" mgmt="${AOT_MANAGEMENT_PORT:-9000}" store="${AOT_STORE:-BJ01}"
log="${AOT_LOG:-/dev/null}"
rm -f "$CACHE" "$CACHE.config"
# shellcheck disable=SC2086
QUARKUS_HTTP_PORT="$http" DMS_MANAGEMENT_PORT="$mgmt" QUARKUS_SCHEDULER_ENABLED=false DMS_JOBS_ENABLED=false \
  "$JAVA" ${AOT_JAVA_OPTS:--Xmx256m} -XX:AOTCacheOutput="$CACHE" -jar "$JAR" > "$log" 2>&1 &
pid=$!
trap 'kill "$pid" 2>/dev/null || true' EXIT
for _ in $(seq 1 480); do
  curl -sf "http://localhost:$mgmt/q/health/ready" >/dev/null 2>&1 && break
  kill -0 "$pid" 2>/dev/null || { echo "aot-cache: the training run stopped before it was ready (log: $log)" >&2; exit 1; }
  sleep 0.5
done
auth=()
[ -n "${AOT_TRAIN_TOKEN:-}" ] && auth=(-H "Authorization: Bearer $AOT_TRAIN_TOKEN")
for _ in 1 2 3; do
  curl -s -o /dev/null "http://localhost:$mgmt/q/health/ready"
  curl -s -o /dev/null "http://localhost:$http/q/openapi"
  for path in me "stores/$store/vehicles?limit=20" "stores/$store/customers?limit=20" "stores/$store/repair-orders?limit=20" \
              "stores/$store/appointments?limit=20" "stores/$store/workshop/board" "stores/$store/tasks?limit=20"; do
    curl -s -o /dev/null "${auth[@]}" -H 'Accept: application/json' "http://localhost:$http/api/$path"
  done
  curl -s -o /dev/null "${auth[@]}" -H 'Content-Type: application/json' -d '{}' "http://localhost:$http/api/stores/$store/repair-orders"
done
kill -TERM "$pid"
wait "$pid" 2>/dev/null || true
trap - EXIT
[ -f "$CACHE" ] && echo "$CACHE"
