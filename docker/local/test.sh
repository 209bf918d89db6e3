#!/usr/bin/env bash
# Every test and check, the same on a laptop, in .ci/run and in GitHub Actions.
#
#   test.sh [all|lint|backend|frontend|e2e]...     (make test = all)
#
#   lint      Spectral on openapi/openapi.yaml (ruleset openapi/.spectral.yaml, errors fail)
#   backend   mvn verify: unit + API tests on real PostgreSQL (database dms_test),
#             OpenAPI drift check, response validation against the spec
#   frontend  npm ci, typecheck, lint, unit tests (Vitest)
#   e2e       the whole stack on database dms_e2e (fresh) + a real Chromium
set -euo pipefail
# shellcheck source=lib.sh
source "$(dirname "${BASH_SOURCE[0]}")/lib.sh"

steps=("$@"); [ ${#steps[@]} -eq 0 ] && steps=(all)
[ "${steps[*]}" = all ] && steps=(lint backend frontend e2e)

T0=$(now)
declare -a SUMMARY=()
step_done() { SUMMARY+=("$(printf '%-9s %4ss' "$1" "$2")"); }

tools() { # pinned CLI tools (spectral, portman, newman) from docker/local/tools
  require_node
  local marker="$LOCAL/tools/node_modules/.package-lock.json"
  if [ ! -f "$marker" ] || [ "$LOCAL/tools/package-lock.json" -nt "$marker" ]; then
    log "installing the pinned QA tools (docker/local/tools: npm ci)"
    (cd "$LOCAL/tools" && SCARF_ANALYTICS=false npm ci --no-audit --no-fund --loglevel=error) >&2 \
      || die "npm ci failed in docker/local/tools"
  fi
}

step_lint() {
  local spec="$ROOT/openapi/openapi.yaml" rules="$ROOT/openapi/.spectral.yaml"
  [ -f "$spec" ] || die "openapi/openapi.yaml is missing (generate it with: make openapi)"
  tools
  if [ ! -f "$rules" ]; then
    warn "openapi/.spectral.yaml is missing: linting with Spectral's built-in 'spectral:oas' rules"
    rules="$LOCAL/spectral-fallback.yaml"
  fi
  log "Spectral: openapi/openapi.yaml"
  "$LOCAL/tools/node_modules/.bin/spectral" lint "$spec" --ruleset "$rules" --fail-severity error \
    || die "Spectral found errors in openapi/openapi.yaml"
}

step_backend() {
  use_java
  command -v mvn >/dev/null 2>&1 || die "mvn is not installed (Debian: apt-get install maven)"
  # A fresh database every run: a schema left by another branch or an interrupted run never leaks in.
  ensure_postgres --fresh dms_test
  log "backend: mvn verify (database dms_test on $PG_HOST:$PG_PORT)"
  (cd "$ROOT/backend" && \
    DMS_TEST_DB_URL="jdbc:postgresql://$PG_HOST:$PG_PORT/dms_test" \
    DMS_DB_USER="$PG_USER" DMS_DB_PASSWORD="$PG_PASSWORD" \
    mvn -B -ntp verify) || die "backend tests failed"
  stop_private_pg
}

step_frontend() {
  require_node
  log "frontend: npm ci"
  (cd "$FRONTEND" && npm ci --no-audit --no-fund) || die "npm ci failed in frontend/"
  log "frontend: typecheck";  (cd "$FRONTEND" && npm run typecheck) || die "frontend typecheck failed"
  log "frontend: lint";       (cd "$FRONTEND" && npm run lint)      || die "frontend lint failed"
  log "frontend: unit tests"; (cd "$FRONTEND" && CI=true npm run test) || die "frontend unit tests failed"
}

step_e2e() {
  "$LOCAL/run.sh" --e2e
}

# A private cluster started for the backend tests is stopped right after them.
stop_private_pg() {
  [ "${PG_SOURCE:-}" = private-started ] && "$LOCAL/ensure-postgres.sh" --stop
  return 0
}

trap 'stop_private_pg' EXIT

for s in "${steps[@]}"; do
  case "$s" in
    lint|backend|frontend|e2e) ;;
    *) die "unknown step '$s' (lint, backend, frontend, e2e, all)" ;;
  esac
  t=$(now)
  printf '\n%s=== %s ===%s\n' "$_B" "$s" "$_N" >&2
  "step_$s"
  step_done "$s" $(( $(now) - t ))
  ok "$s passed in $(( $(now) - t ))s"
done

printf '\n%sAll checks passed%s in %ss\n' "$_G" "$_N" "$(( $(now) - T0 ))" >&2
printf '  %s\n' "${SUMMARY[@]}" >&2
