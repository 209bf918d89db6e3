# shellcheck shell=bash
# Shared helpers for the local scripts (sourced, not executed).
# Everything here works without Docker: Keycloak from Maven Central, the backend jar,
# `vite preview` and PostgreSQL found or started by ensure-postgres.sh.

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
LOCAL="$ROOT/docker/local"
CACHE="$ROOT/.cache"
DATA="$ROOT/.data"
LOGS="$DATA/logs"

KEYCLOAK_VERSION="26.7.3"
KEYCLOAK_HOME="$CACHE/keycloak/keycloak-$KEYCLOAK_VERSION"
REALM_FILE="$ROOT/docker/keycloak/dms-realm.json"
# The production realm template; the e2e imports it as realm dms-production next to the dev realm
# (KEYCLOAK_PRODUCTION_REALM=1) to prove it imports, has the properties it claims and gives the
# backend tokens it accepts (frontend/e2e/flows/production-realm.mjs).
PRODUCTION_REALM_FILE="$ROOT/docker/keycloak/dms-realm.production.json"
PRODUCTION_REALM=dms-production
BACKEND_JAR="$ROOT/backend/target/quarkus-app/quarkus-run.jar"
BACKEND_AOT="$ROOT/backend/target/quarkus-app/app.aot"
GREENMAIL_VERSION="2.1.8"
GREENMAIL_JAR="$CACHE/greenmail/greenmail-standalone-$GREENMAIL_VERSION.jar"

KEYCLOAK_PORT=8180
BACKEND_PORT=8080
MANAGEMENT_PORT=9000
SPA_PORT=5173
SMTP_PORT=3025
MAIL_API_PORT=8025
MAIL_API_URL="http://localhost:$MAIL_API_PORT"
KEYCLOAK_URL="http://localhost:$KEYCLOAK_PORT"
BACKEND_URL="http://localhost:$BACKEND_PORT"
# Health, metrics, OpenAPI UI: the backend's management interface (never on the public port).
MANAGEMENT_URL="http://localhost:$MANAGEMENT_PORT"
SPA_URL="http://localhost:$SPA_PORT"
# A second backend instance for the production realm's check (e2e only).
PRODUCTION_BACKEND_PORT=8081
PRODUCTION_MANAGEMENT_PORT=9001
PRODUCTION_BACKEND_URL="http://localhost:$PRODUCTION_BACKEND_PORT"

if [ -t 1 ] && [ -z "${NO_COLOR:-}" ]; then
  _B=$'\e[1m' _G=$'\e[32m' _Y=$'\e[33m' _R=$'\e[31m' _N=$'\e[0m'
else
  _B='' _G='' _Y='' _R='' _N=''
fi
log()  { printf '%s==>%s %s\n' "$_B" "$_N" "$*" >&2; }
ok()   { printf '%s ok%s %s\n' "$_G" "$_N" "$*" >&2; }
warn() { printf '%swarning:%s %s\n' "$_Y" "$_N" "$*" >&2; }
die()  { printf '%serror:%s %s\n' "$_R" "$_N" "$*" >&2; exit 1; }
now()  { date +%s; }

# --- Java -------------------------------------------------------------------
# Picks a JDK >= 21: $JAVA_HOME if good enough, else Temurin 25, else any JDK 21+ under /usr/lib/jvm.
use_java() {
  local home
  home="$("$LOCAL/java-home.sh")" || exit 1
  export JAVA_HOME="$home"
  case ":$PATH:" in *":$JAVA_HOME/bin:"*) ;; *) export PATH="$JAVA_HOME/bin:$PATH" ;; esac
  # Maven 3.8's bundled Guava triggers sun.misc.Unsafe warnings on JDK 24+: silence them.
  if [ -z "${MAVEN_OPTS:-}" ] && [ "$(sed -n 's/^JAVA_VERSION="\([0-9]*\).*/\1/p' "$JAVA_HOME/release" 2>/dev/null || echo 0)" -ge 24 ] 2>/dev/null; then
    export MAVEN_OPTS="--sun-misc-unsafe-memory-access=allow"
  fi
}

# --- processes --------------------------------------------------------------
# Each service runs in its own session/process group (setsid), so stopping it kills the
# whole tree (kc.sh -> java, npm -> vite) and Ctrl-C in the terminal reaches only us.
STARTED_PIDS=()
STARTED_NAMES=()

start_bg() { # name, command...
  local name="$1"; shift
  mkdir -p "$LOGS"
  : > "$LOGS/$name.log"
  setsid "$@" >>"$LOGS/$name.log" 2>&1 < /dev/null &
  local pid=$!
  STARTED_PIDS+=("$pid")
  STARTED_NAMES+=("$name")
  echo "$pid" > "$LOGS/$name.pid"
  log "started $name (pid $pid, log .data/logs/$name.log)"
}

is_alive() { kill -0 "$1" 2>/dev/null; }

stop_all() {
  local i pid name n=${#STARTED_PIDS[@]}
  for (( i = n - 1; i >= 0; i-- )); do
    pid="${STARTED_PIDS[$i]}"; name="${STARTED_NAMES[$i]}"
    if is_alive "$pid"; then
      log "stopping $name (pid $pid)"
      kill -TERM -- "-$pid" 2>/dev/null || kill -TERM "$pid" 2>/dev/null || true
    fi
  done
  local deadline=$(( $(now) + 20 ))
  for (( i = n - 1; i >= 0; i-- )); do
    pid="${STARTED_PIDS[$i]}"
    while is_alive "$pid" && [ "$(now)" -lt "$deadline" ]; do sleep 0.3; done
    if is_alive "$pid"; then
      warn "${STARTED_NAMES[$i]} did not stop in time, killing it"
      kill -KILL -- "-$pid" 2>/dev/null || kill -KILL "$pid" 2>/dev/null || true
    fi
    rm -f "$LOGS/${STARTED_NAMES[$i]}.pid"
  done
  STARTED_PIDS=(); STARTED_NAMES=()
}

show_log_tail() { # name [lines]
  local f="$LOGS/$1.log"
  [ -f "$f" ] || return 0
  printf '\n%s----- last %s lines of .data/logs/%s.log -----%s\n' "$_B" "${2:-40}" "$1" "$_N" >&2
  tail -n "${2:-40}" "$f" >&2
}

# wait_http name url timeout-seconds pid
wait_http() {
  local name="$1" url="$2" timeout="$3" pid="$4" start
  start=$(now)
  until curl -fsS -o /dev/null --max-time 3 "$url" 2>/dev/null; do
    if ! is_alive "$pid"; then
      show_log_tail "$name" 60
      die "$name exited before it became ready (see .data/logs/$name.log)"
    fi
    if [ $(( $(now) - start )) -ge "$timeout" ]; then
      show_log_tail "$name" 60
      die "$name not ready after ${timeout}s ($url)"
    fi
    sleep 1
  done
  ok "$name ready after $(( $(now) - start ))s ($url)"
}

# --- ports ------------------------------------------------------------------
port_in_use() {
  if command -v ss >/dev/null 2>&1; then
    ss -Hltn "sport = :$1" 2>/dev/null | grep -q .
  else
    (exec 3<>"/dev/tcp/127.0.0.1/$1") 2>/dev/null
  fi
}

require_free_ports() {
  local p busy=()
  for p in "$@"; do port_in_use "$p" && busy+=("$p"); done
  [ ${#busy[@]} -eq 0 ] && return 0
  for p in "${busy[@]}"; do
    printf '  port %s is taken: %s\n' "$p" \
      "$(ss -Hltnp "sport = :$p" 2>/dev/null | grep -o 'users:(([^)]*))' | head -1 || true)" >&2
  done
  die "port(s) ${busy[*]} in use. Is 'make run' already running in another terminal? Stop it (Ctrl-C) or free the ports, then retry."
}

# --- prerequisites ----------------------------------------------------------
require_node() {
  command -v node >/dev/null 2>&1 || die "node is not installed (Node >= 20.19 is needed; Debian: apt-get install nodejs npm, or https://nodejs.org)"
  command -v npm  >/dev/null 2>&1 || die "npm is not installed"
  local v; v="$(node -p 'process.versions.node')"
  node -e 'const [a,b]=process.versions.node.split(".").map(Number); process.exit(a>20||(a===20&&b>=19)?0:1)' \
    || die "Node $v is too old: Node >= 20.19 is needed"
}

# artifact coordinates, directory -> copies one artifact from Maven Central (via ~/.m2) into the directory.
maven_fetch() {
  mvn -B -q org.apache.maven.plugins:maven-dependency-plugin:3.8.1:copy \
    -Dartifact="$1" -DoutputDirectory="$2" -Dmdep.overWriteReleases=true 2>&1 | grep -v -e '^WARNING:' -e '^\s*$' >&2 || true
}

# Downloads the Keycloak distribution once (Maven Central) into .cache/keycloak.
ensure_keycloak() {
  if [ -x "$KEYCLOAK_HOME/bin/kc.sh" ]; then return 0; fi
  command -v mvn >/dev/null 2>&1 || die "mvn is not installed (needed to fetch Keycloak from Maven Central)"
  log "downloading Keycloak $KEYCLOAK_VERSION from Maven Central (once, ~170 MB)"
  mkdir -p "$CACHE/keycloak"
  maven_fetch "org.keycloak:keycloak-quarkus-dist:$KEYCLOAK_VERSION:tar.gz" "$CACHE/keycloak"
  local tgz="$CACHE/keycloak/keycloak-quarkus-dist-$KEYCLOAK_VERSION.tar.gz"
  [ -f "$tgz" ] || die "Keycloak download failed (is Maven Central reachable?)"
  tar -xzf "$tgz" -C "$CACHE/keycloak"
  rm -f "$tgz"   # the copy in ~/.m2 is enough
  [ -x "$KEYCLOAK_HOME/bin/kc.sh" ] || die "Keycloak archive did not contain bin/kc.sh"
  ok "Keycloak $KEYCLOAK_VERSION in .cache/keycloak"
}

# Puts the realm(s) in data/import. Keycloak never overwrites an imported realm, so when a realm
# file (or the set of realms) changed since the last import its dev database (data/h2) is dropped.
# With KEYCLOAK_PRODUCTION_REALM=1 the production template is imported too, unchanged but for its
# name (dms-production); Keycloak fills its ${DMS_SPA_URL} and ${DMS_INTEGRATOR_STORES} from the environment
# by replacing the text before it parses the file, so the stores' quotes come escaped (inside a JSON string).
prepare_realm() {
  local sum files=("$REALM_FILE")
  [ "${KEYCLOAK_PRODUCTION_REALM:-0}" = 1 ] && files+=("$PRODUCTION_REALM_FILE")
  sum="$(cat "${files[@]}" | sha256sum | cut -d' ' -f1)-${#files[@]}"
  mkdir -p "$KEYCLOAK_HOME/data/import"
  if [ "$(cat "$KEYCLOAK_HOME/data/.realm-sha256" 2>/dev/null)" != "$sum" ]; then
    [ -d "$KEYCLOAK_HOME/data/h2" ] && log "realm files changed: resetting Keycloak's dev database"
    rm -rf "$KEYCLOAK_HOME/data/h2"
    echo "$sum" > "$KEYCLOAK_HOME/data/.realm-sha256"
  fi
  rm -f "$KEYCLOAK_HOME/data/import/"*.json
  cp "$REALM_FILE" "$KEYCLOAK_HOME/data/import/dms-realm.json"
  if [ "${KEYCLOAK_PRODUCTION_REALM:-0}" = 1 ]; then
    node -e 'const fs = require("fs"); const r = JSON.parse(fs.readFileSync(process.argv[1], "utf8"));
      r.realm = process.argv[3]; fs.writeFileSync(process.argv[2], JSON.stringify(r, null, 2));' \
      "$PRODUCTION_REALM_FILE" "$KEYCLOAK_HOME/data/import/$PRODUCTION_REALM-realm.json" "$PRODUCTION_REALM" \
      || die "could not prepare the production realm for import"
  fi
}

start_keycloak() {
  ensure_keycloak
  prepare_realm
  start_bg keycloak env JAVA_HOME="$JAVA_HOME" \
    DMS_SPA_URL="$SPA_URL" DMS_INTEGRATOR_STORES='[\"BJ01\"]' \
    KC_BOOTSTRAP_ADMIN_USERNAME=admin KC_BOOTSTRAP_ADMIN_PASSWORD=admin \
    "$KEYCLOAK_HOME/bin/kc.sh" start-dev --http-port="$KEYCLOAK_PORT" \
    --hostname="$KEYCLOAK_URL" --import-realm
}
wait_keycloak() {
  wait_http keycloak "$KEYCLOAK_URL/realms/dms/.well-known/openid-configuration" 240 "$(cat "$LOGS/keycloak.pid")"
  if [ "${KEYCLOAK_PRODUCTION_REALM:-0}" = 1 ]; then
    wait_http keycloak "$KEYCLOAK_URL/realms/$PRODUCTION_REALM/.well-known/openid-configuration" 30 "$(cat "$LOGS/keycloak.pid")"
  fi
}

# --- mail -------------------------------------------------------------------
# GreenMail standalone (Maven Central, once into .cache/greenmail): a real SMTP server on 3025 that
# keeps every mail the backend sends; its REST API on 8025 lists and shows them.
ensure_greenmail() {
  if [ -f "$GREENMAIL_JAR" ]; then return 0; fi
  command -v mvn >/dev/null 2>&1 || die "mvn is not installed (needed to fetch GreenMail from Maven Central)"
  log "downloading GreenMail $GREENMAIL_VERSION from Maven Central (once)"
  mkdir -p "$CACHE/greenmail"
  maven_fetch "com.icegreen:greenmail-standalone:$GREENMAIL_VERSION:jar" "$CACHE/greenmail"
  [ -f "$GREENMAIL_JAR" ] || die "GreenMail download failed (is Maven Central reachable?)"
  ok "GreenMail $GREENMAIL_VERSION in .cache/greenmail"
}

start_greenmail() {
  ensure_greenmail
  start_bg greenmail "$JAVA_HOME/bin/java" -Xmx96m -Dgreenmail.setup.test.smtp -Dgreenmail.hostname=127.0.0.1 \
    -Dgreenmail.api.hostname=127.0.0.1 -Dgreenmail.api.port="$MAIL_API_PORT" -jar "$GREENMAIL_JAR"
}
wait_greenmail() {
  wait_http greenmail "$MAIL_API_URL/api/user" 60 "$(cat "$LOGS/greenmail.pid")"
}

# --- backend ----------------------------------------------------------------
backend_outdated() {
  [ -f "$BACKEND_JAR" ] || return 0
  [ -n "$(find "$ROOT/backend/src/main" "$ROOT/backend/pom.xml" -newer "$BACKEND_JAR" -print -quit 2>/dev/null)" ]
}

build_backend() {
  command -v mvn >/dev/null 2>&1 || die "mvn is not installed (Debian: apt-get install maven)"
  if backend_outdated; then
    log "building the backend (mvn package -DskipTests; log .data/logs/backend-build.log)"
    local t; t=$(now)
    mkdir -p "$LOGS"
    if ! (cd "$ROOT/backend" && mvn -B -ntp package -DskipTests) > "$LOGS/backend-build.log" 2>&1; then
      show_log_tail backend-build 60
      die "backend build failed"
    fi
    ok "backend built in $(( $(now) - t ))s"
  else
    ok "backend jar is up to date"
  fi
}

# db name -> starts the packaged backend against it. A 256 MB heap keeps the process under the
# 350 MB RSS budget at 64 clients (make bench); DMS_BACKEND_JAVA_OPTS overrides it. Logs are
# readable lines here (production writes JSON: DMS_LOG_JSON); the management port listens on
# localhost only.
# start_backend db [name realm port management-port]: the e2e starts a second instance (backend-production)
# on the same database that trusts only the production realm.
start_backend() {
  local db="$1" name="${2:-backend}" realm="${3:-dms}" port="${4:-$BACKEND_PORT}" mgmt="${5:-$MANAGEMENT_PORT}"
  local aot=()
  [ -f "$BACKEND_AOT" ] && [ "$BACKEND_AOT" -nt "$BACKEND_JAR" ] && aot=(-XX:AOTCache="$BACKEND_AOT")
  start_bg "$name" env \
    QUARKUS_DATASOURCE_JDBC_URL="jdbc:postgresql://$PG_HOST:$PG_PORT/$db" \
    QUARKUS_DATASOURCE_USERNAME="$PG_USER" \
    QUARKUS_DATASOURCE_PASSWORD="$PG_PASSWORD" \
    QUARKUS_OIDC_AUTH_SERVER_URL="$KEYCLOAK_URL/realms/$realm" \
    QUARKUS_HTTP_PORT="$port" \
    DMS_MANAGEMENT_PORT="$mgmt" DMS_MANAGEMENT_HOST=127.0.0.1 \
    DMS_LOG_JSON="${DMS_LOG_JSON:-false}" \
    QUARKUS_SCHEDULER_ENABLED="${QUARKUS_SCHEDULER_ENABLED:-true}" \
    DMS_SMTP_HOST=127.0.0.1 DMS_SMTP_PORT="$SMTP_PORT" \
    "$JAVA_HOME/bin/java" ${DMS_BACKEND_JAVA_OPTS:--Xmx256m} "${aot[@]}" -jar "$BACKEND_JAR"
}

# db -> (re)trains the JDK's AOT cache for a jar that has none or a stale one (backend/aot-cache.sh: one
# training start, ~20 s, only after a rebuild); start_backend then starts from it (issue 13).
train_backend_cache() {
  local db="$1" t; t=$(now)
  [ -f "$BACKEND_AOT" ] && [ "$BACKEND_AOT" -nt "$BACKEND_JAR" ] && { ok "backend AOT cache is up to date"; return 0; }
  log "training the backend's AOT cache (one start; log .data/logs/backend-aot.log)"
  if QUARKUS_DATASOURCE_JDBC_URL="jdbc:postgresql://$PG_HOST:$PG_PORT/$db" QUARKUS_DATASOURCE_USERNAME="$PG_USER" \
     QUARKUS_DATASOURCE_PASSWORD="$PG_PASSWORD" QUARKUS_OIDC_AUTH_SERVER_URL="$KEYCLOAK_URL/realms/dms" \
     DMS_LOG_JSON=false AOT_HTTP_PORT="$BACKEND_PORT" AOT_MANAGEMENT_PORT="$MANAGEMENT_PORT" \
     AOT_JAVA_OPTS="${DMS_BACKEND_JAVA_OPTS:--Xmx256m}" AOT_LOG="$LOGS/backend-aot.log" \
     "$ROOT/backend/aot-cache.sh" >/dev/null; then
    [ -f "$BACKEND_AOT" ] && ok "backend AOT cache trained in $(( $(now) - t ))s"
  else
    warn "no AOT cache (training failed, see .data/logs/backend-aot.log): the backend starts without it"
  fi
}
wait_backend() { # [name management-port]
  local name="${1:-backend}" mgmt="${2:-$MANAGEMENT_PORT}"
  wait_http "$name" "http://localhost:$mgmt/q/health/ready" 120 "$(cat "$LOGS/$name.pid")"
}

# --- frontend ---------------------------------------------------------------
FRONTEND="$ROOT/frontend"

frontend_deps() {
  require_node
  local marker="$FRONTEND/node_modules/.package-lock.json"
  if [ ! -f "$marker" ] || [ "$FRONTEND/package-lock.json" -nt "$marker" ] || [ "$FRONTEND/package.json" -nt "$marker" ]; then
    log "installing frontend dependencies (npm ci)"
    (cd "$FRONTEND" && npm ci --no-audit --no-fund) >&2 || die "npm ci failed in frontend/"
  else
    ok "frontend dependencies are up to date"
  fi
}

frontend_build() {
  local index="$FRONTEND/dist/index.html"
  if [ ! -f "$index" ] || [ -n "$(find "$FRONTEND/src" "$FRONTEND/public" "$FRONTEND/index.html" \
        "$FRONTEND/package.json" "$FRONTEND"/vite.config.* "$ROOT/openapi/openapi.yaml" \
        -newer "$index" -print -quit 2>/dev/null)" ]; then
    log "building the SPA (npm run build; log .data/logs/frontend-build.log)"
    local t; t=$(now)
    if ! (cd "$FRONTEND" && npm run build) > "$LOGS/frontend-build.log" 2>&1; then
      show_log_tail frontend-build 60
      die "SPA build failed"
    fi
    ok "SPA built in $(( $(now) - t ))s"
  else
    ok "SPA build is up to date"
  fi
}

start_spa() {
  # npm's own process would survive a signal to vite alone; the process group gets both.
  start_bg spa bash -c "cd '$FRONTEND' && exec npm run preview -- --port $SPA_PORT --strictPort --host localhost"
}
wait_spa() {
  wait_http spa "$SPA_URL/" 60 "$(cat "$LOGS/spa.pid")"
}

# --- PostgreSQL -------------------------------------------------------------
# ensure_postgres [--fresh db] db... : sets PG_HOST PG_PORT PG_USER PG_PASSWORD PG_SOURCE
ensure_postgres() {
  local out
  out="$("$LOCAL/ensure-postgres.sh" --env "$@")" || exit 1
  eval "$out"
}

load_demo_data() {
  log "loading demo data (idempotent)"
  DMS_API_URL="$BACKEND_URL" DMS_KEYCLOAK_URL="$KEYCLOAK_URL" node "$LOCAL/demo-data.mjs" \
    || die "demo data could not be loaded (see above)"
}

ensure_chromium() {
  "$LOCAL/ensure-chromium.sh"
}
