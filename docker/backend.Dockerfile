# syntax=docker/dockerfile:1
# Backend image: Maven build on Temurin 21, then the Quarkus fast-jar on a Temurin 21 JRE.
# Build from the repository root:  docker build -f docker/backend.Dockerfile -t dms-backend .
# (compose.yaml does this). Untested here: the machines this project is built on have no
# Docker engine; `make run` is the verified way to run the system.

FROM maven:3.9-eclipse-temurin-21 AS build
WORKDIR /src
# Dependencies first, so a code change does not re-download them.
COPY backend/pom.xml backend/pom.xml
RUN mvn -B -q -f backend/pom.xml dependency:go-offline || true
COPY backend backend
COPY openapi openapi
RUN mvn -B -f backend/pom.xml package -DskipTests

FROM eclipse-temurin:21-jre
RUN useradd --system --uid 1001 --home-dir /app dms
WORKDIR /app
COPY --from=build --chown=1001 /src/backend/target/quarkus-app/lib/ lib/
COPY --from=build --chown=1001 /src/backend/target/quarkus-app/*.jar ./
COPY --from=build --chown=1001 /src/backend/target/quarkus-app/app/ app/
COPY --from=build --chown=1001 /src/backend/target/quarkus-app/quarkus/ quarkus/
USER 1001
EXPOSE 8080 9000
ENV JAVA_OPTS="-Xmx256m -Djava.util.logging.manager=org.jboss.logmanager.LogManager"
# Configuration comes from the environment: QUARKUS_DATASOURCE_JDBC_URL/USERNAME/PASSWORD,
# QUARKUS_OIDC_AUTH_SERVER_URL (see compose.yaml).
ENTRYPOINT ["sh", "-c", "exec java $JAVA_OPTS -jar /app/quarkus-run.jar"]
