# Sourced by the bench scripts: start_backend_for DB HTTP_PORT MANAGEMENT_PORT LOG starts the packaged
# backend against a throw-away database with tokens checked against $PUBKEY (token.mjs; no
# Keycloak), jobs and scheduler off, and waits until it is ready. $APP is its pid; stopped on exit.
# It starts from the JDK's AOT cache when train_cache_for has made one for this jar (issue 13).
bench_env() {
  export DMS_DB_URL=jdbc:postgresql://127.0.0.1:5432/$1 QUARKUS_OIDC_PUBLIC_KEY=$PUBKEY \
    QUARKUS_OIDC_AUTH_SERVER_URL= QUARKUS_OIDC_TOKEN_ISSUER=bench DMS_JOBS_ENABLED=false
}
start_backend_for() {
  local aot=()
  [ -f ../target/quarkus-app/app.aot ] && [ ../target/quarkus-app/app.aot -nt ../target/quarkus-app/quarkus-run.jar ] \
    && aot=(-XX:AOTCache=../target/quarkus-app/app.aot)
  ( bench_env "$1"; export QUARKUS_HTTP_PORT=$2 DMS_MANAGEMENT_PORT=$3
    exec "$JAVA_HOME/bin/java" ${DMS_BACKEND_JAVA_OPTS:--Xmx256m} "${aot[@]}" -jar ../target/quarkus-app/quarkus-run.jar ) > "$4" 2>&1 &
  APP=$!
  trap 'kill $APP 2>/dev/null || true' EXIT
  until curl -sf "localhost:$3/q/health/ready" >/dev/null; do sleep 0.5; done
}

# train_cache_for DB HTTP_PORT MANAGEMENT_PORT: trains the AOT cache (../aot-cache.sh) with the bench token.
train_cache_for() {
  ( bench_env "$1"; AOT_HTTP_PORT=$2 AOT_MANAGEMENT_PORT=$3 AOT_TRAIN_TOKEN=$TOKEN AOT_STORE=BENCH \
    AOT_JAVA_OPTS="${DMS_BACKEND_JAVA_OPTS:--Xmx256m}" AOT_LOG=/tmp/dms-bench-aot.log ../aot-cache.sh )
}
