# Sourced by the bench scripts: start_backend_for DB HTTP_PORT MANAGEMENT_PORT LOG starts the packaged
# backend against a throw-away database with tokens checked against $PUBKEY (token.mjs; no
# Keycloak), jobs and scheduler off, and waits until it is ready. $APP is its pid; stopped on exit.
start_backend_for() {
  DMS_DB_URL=jdbc:postgresql://127.0.0.1:5432/$1 QUARKUS_HTTP_PORT=$2 DMS_MANAGEMENT_PORT=$3 QUARKUS_OIDC_PUBLIC_KEY=$PUBKEY \
  QUARKUS_OIDC_AUTH_SERVER_URL= QUARKUS_OIDC_TOKEN_ISSUER=bench DMS_JOBS_ENABLED=false \
    "$JAVA_HOME/bin/java" ${DMS_BACKEND_JAVA_OPTS:--Xmx256m} -jar ../target/quarkus-app/quarkus-run.jar > "$4" 2>&1 &
  APP=$!
  trap 'kill $APP 2>/dev/null || true' EXIT
  until curl -sf "localhost:$3/q/health/ready" >/dev/null; do sleep 0.5; done
}
