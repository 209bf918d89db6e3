#!/usr/bin/env bash
# Brings up the whole system on this machine, without Docker:
#   PostgreSQL (found or private) -> Keycloak 8180, GreenMail SMTP 3025 / API 8025
#   -> backend jar 8080 (management: health, metrics, OpenAPI UI on 9000) -> SPA preview 5173
#
#   run.sh            foreground (make run): demo data, URLs, wait; Ctrl-C stops everything
#   run.sh --e2e      (make e2e) fresh database dms_e2e, demo data, `npm run e2e`, stop everything;
#                     Keycloak also imports the production realm template (as dms-production) and a
#                     second backend (8081, management 9001) on the same database trusts only it
#
# Logs go to .data/logs/. Only what this script started is stopped.
set -euo pipefail
# shellcheck source=lib.sh
source "$(dirname "${BASH_SOURCE[0]}")/lib.sh"

MODE=run
case "${1:-}" in
  "") ;;
  --e2e) MODE=e2e ;;
  *) die "usage: run.sh [--e2e]" ;;
esac

PG_SOURCE=""
CLEANED=0
cleanup() {
  local rc=$?
  [ "$CLEANED" = 1 ] && return
  CLEANED=1
  set +e   # a failed message (e.g. into a closed pipe) must not abort stopping the services
  trap '' INT TERM PIPE   # neither a second Ctrl-C nor a closed output pipe (make run | tee) may cut the clean-up short
  if [ ${#STARTED_PIDS[@]} -gt 0 ] || [ "$PG_SOURCE" = private-started ]; then
    echo >&2
    stop_all
    if [ "$PG_SOURCE" = private-started ]; then
      "$LOCAL/ensure-postgres.sh" --stop || true
    fi
    ok "stopped everything this run started"
  fi
  return $rc
}
trap cleanup EXIT
trap 'exit 130' INT
trap 'exit 143' TERM

T0=$(now)
use_java
require_node
PORTS=("$KEYCLOAK_PORT" "$BACKEND_PORT" "$MANAGEMENT_PORT" "$SPA_PORT" "$SMTP_PORT" "$MAIL_API_PORT")
[ "$MODE" = e2e ] && PORTS+=("$PRODUCTION_BACKEND_PORT" "$PRODUCTION_MANAGEMENT_PORT")
require_free_ports "${PORTS[@]}"
mkdir -p "$LOGS"

if [ "$MODE" = e2e ]; then
  DB=dms_e2e
  ensure_postgres --fresh "$DB"
  ensure_chromium
  # The jobs (reminders R-APT-6, no-shows R-APT-7, readiness) and the outbox run every few seconds,
  # so a flow can wait for a reminder e-mail or a job run by polling instead of a minute each.
  export DMS_JOBS_EVERY="${DMS_JOBS_EVERY:-5s}" DMS_JOBS_DELAY="${DMS_JOBS_DELAY:-2s}" DMS_OUTBOX_EVERY="${DMS_OUTBOX_EVERY:-5s}"
  # The production realm template is imported next to the dev realm (flow production-realm).
  export KEYCLOAK_PRODUCTION_REALM=1
else
  DB=dms
  ensure_postgres "$DB"
fi
ok "PostgreSQL $PG_HOST:$PG_PORT ($PG_SOURCE), database $DB"

# Keycloak takes longest to boot (~40 s the first time): start it first, build meanwhile.
start_keycloak
start_greenmail
build_backend
frontend_deps
frontend_build
start_spa
wait_keycloak
wait_greenmail
# The end-to-end run starts from a fresh clone once: training the cache would cost more than it saves.
[ "$MODE" = e2e ] || train_backend_cache "$DB"
start_backend "$DB"
if [ "$MODE" = e2e ]; then
  # A second instance on the same database, started at the same time (Flyway migrates once), that
  # trusts only the production realm. Its scheduled jobs are off, so the flows that wait for a job
  # or an e-mail see one instance's timing.
  QUARKUS_SCHEDULER_ENABLED=false start_backend "$DB" backend-production "$PRODUCTION_REALM" "$PRODUCTION_BACKEND_PORT" "$PRODUCTION_MANAGEMENT_PORT"
fi
wait_spa
wait_backend
[ "$MODE" = e2e ] && wait_backend backend-production "$PRODUCTION_MANAGEMENT_PORT"
load_demo_data
ok "stack up in $(( $(now) - T0 ))s"

if [ "$MODE" = e2e ]; then
  log "running the end-to-end tests (frontend: npm run e2e)"
  t=$(now)
  if (cd "$FRONTEND" && E2E_BASE_URL="$SPA_URL" CHROMIUM_PATH="${CHROMIUM_PATH:-/usr/bin/chromium}" \
        E2E_API_URL="$BACKEND_URL" E2E_KEYCLOAK_URL="$KEYCLOAK_URL" E2E_MAIL_API_URL="$MAIL_API_URL" \
        E2E_PRODUCTION_API_URL="$PRODUCTION_BACKEND_URL" E2E_PRODUCTION_REALM="$PRODUCTION_REALM" npm run e2e); then
    ok "end-to-end tests passed in $(( $(now) - t ))s"
    exit 0
  fi
  for s in keycloak greenmail backend backend-production spa; do show_log_tail "$s" 40; done
  die "end-to-end tests failed (logs in .data/logs/)"
fi

cat <<EOF

${_B}DMS is running${_N}
  SPA (web app)    $SPA_URL
  API              $BACKEND_URL/api   (spec: $BACKEND_URL/q/openapi)
  OpenAPI UI       $MANAGEMENT_URL/q/swagger-ui   (management port)
  Health, metrics  $MANAGEMENT_URL/q/health/ready  $MANAGEMENT_URL/q/metrics   (management port)
  Keycloak         $KEYCLOAK_URL   (admin console: admin / admin)
  Mail (GreenMail) SMTP localhost:$SMTP_PORT; what the backend sent: curl $MAIL_API_URL/api/user
                   then curl $MAIL_API_URL/api/user/<address>/messages   (SMS: the appointment's messages)
  PostgreSQL       $PG_HOST:$PG_PORT database $DB ($PG_SOURCE)
  Logs             .data/logs/

${_B}Demo log-ins${_N} (password ${_B}demo${_N} for all)
  user       role               stores       name
  advisor    advisor            BJ01         王 顾问
  workshop   workshop           BJ01         李 技师 (foreman)
  inspector  workshop           BJ01         周 质检 (QC inspector)
  cashier    cashier            BJ01         赵 收银
  cs         customer-service   BJ01         陈 客服
  manager    service-manager    BJ01, SH01   刘 经理
  integrator client: dms-integrator / dms-integrator-secret (client credentials, role integrator, store BJ01)
  second integrator: dms-partner / dms-partner-secret (same role; sees only its own bookings)

Press Ctrl-C to stop everything.
EOF

# Wait; `wait` returns at once on a signal so the trap runs without delay.
while true; do
  for i in "${!STARTED_PIDS[@]}"; do
    if ! is_alive "${STARTED_PIDS[$i]}"; then
      show_log_tail "${STARTED_NAMES[$i]}" 40
      die "${STARTED_NAMES[$i]} stopped unexpectedly (log .data/logs/${STARTED_NAMES[$i]}.log); shutting down"
    fi
  done
  sleep 5 & wait $! || true
done
