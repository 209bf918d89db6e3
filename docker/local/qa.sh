#!/usr/bin/env bash
# Contract tests the way an outside QA team would run them: generated from the committed
# spec (openapi/openapi.yaml) by Portman, executed by newman against the running system
# (`make run` in another terminal), signed in through Keycloak as `manager`.
#
# What is checked, per operation: 2xx, content type, JSON body, response schema and headers
# from the spec, response time; plus variations: no token -> 401 problem+json, PUT without
# If-Match -> 428, unknown record / store outside the token -> 404, duplicate store -> 409.
# The flow creates a QA customer and vehicle in BJ01 (fresh VIN/plate/phone every run).
# Report: newman's summary on the terminal, .data/qa/junit.xml; collection: .data/qa/dms.postman.json.
set -euo pipefail
# shellcheck source=lib.sh
source "$(dirname "${BASH_SOURCE[0]}")/lib.sh"

OUT="$DATA/qa"
require_node

if ! curl -fsS -o /dev/null --max-time 3 "$MANAGEMENT_URL/q/health/ready" 2>/dev/null \
   || ! curl -fsS -o /dev/null --max-time 3 "$KEYCLOAK_URL/realms/dms/.well-known/openid-configuration" 2>/dev/null; then
  die "the system is not running (backend $BACKEND_URL, Keycloak $KEYCLOAK_URL).
       Start it with 'make run' in another terminal, wait for 'DMS is running', then run 'make qa' again."
fi
[ -f "$ROOT/openapi/openapi.yaml" ] || die "openapi/openapi.yaml is missing (make openapi)"

marker="$LOCAL/tools/node_modules/.package-lock.json"
if [ ! -f "$marker" ] || [ "$LOCAL/tools/package-lock.json" -nt "$marker" ]; then
  log "installing the pinned QA tools (docker/local/tools: npm ci)"
  (cd "$LOCAL/tools" && SCARF_ANALYTICS=false npm ci --no-audit --no-fund --loglevel=error) >&2
fi

rm -rf "$OUT"; mkdir -p "$OUT"
log "Portman: generating contract tests from openapi/openapi.yaml"
cd "$ROOT"
SCARF_ANALYTICS=false "$LOCAL/tools/node_modules/.bin/portman" \
  --local openapi/openapi.yaml \
  --baseUrl "$BACKEND_URL" \
  --portmanConfigFile "$LOCAL/qa/portman-config.json" \
  --postmanConfigFile "$LOCAL/qa/postman-config.json" \
  --output "$OUT/dms.postman.json" \
  --collectionName "DMS API contract tests" \
  --logAssignVariables false > "$OUT/portman.log" 2>&1 \
  || { cat "$OUT/portman.log" >&2; die "Portman could not generate the collection"; }
grep -iE 'warn|error' "$OUT/portman.log" >&2 || true

log "newman: running them against $BACKEND_URL"
"$LOCAL/tools/node_modules/.bin/newman" run "$OUT/dms.postman.json" \
  --reporters cli,junit --reporter-junit-export "$OUT/junit.xml" \
  --timeout-request 15000 --color "$( [ -t 1 ] && echo on || echo off )" \
  || die "contract tests failed (details above; JUnit report .data/qa/junit.xml, collection .data/qa/dms.postman.json)"
ok "contract tests passed (report: .data/qa/)"
