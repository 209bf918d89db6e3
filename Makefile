# DMS after-sales platform: the front door. Each target is a thin call into docker/local/;
# `make help` lists them. Two commands matter: `make run` and `make test`.
SHELL := /bin/bash
.DEFAULT_GOAL := help
.SUFFIXES:

LOCAL := docker/local

# A JDK >= 21 ($JAVA_HOME if it qualifies, else Temurin 25, else any 21+ under /usr/lib/jvm).
JDK := $(shell $(LOCAL)/java-home.sh 2>/dev/null)
ifneq ($(JDK),)
export JAVA_HOME := $(JDK)
export PATH := $(JDK)/bin:$(PATH)
# Maven 3.8's bundled Guava prints sun.misc.Unsafe warnings on JDK 24+: silence them.
ifeq ($(shell test "0$$(sed -n 's/^JAVA_VERSION="\([0-9]*\).*/\1/p' $(JDK)/release 2>/dev/null)" -ge 24 && echo y),y)
export MAVEN_OPTS ?= --sun-misc-unsafe-memory-access=allow
endif
endif

.PHONY: help run test qa openapi demo-data build clean backend-test frontend-test lint e2e jdk bench backup restore

help: ## list the targets
	@echo "DMS after-sales platform. Usage: make <target>"
	@echo
	@grep -hE '^[a-z0-9-]+:.*## ' $(MAKEFILE_LIST) | awk 'BEGIN {FS = ":.*## "}; {printf "  %-14s %s\n", $$1, $$2}'
	@echo
	@echo "Start with: make run (the whole system + demo data), make test (every test and check)."

run: jdk ## start PostgreSQL, Keycloak, backend and SPA with demo data; Ctrl-C stops it all
	@$(LOCAL)/run.sh

test: jdk ## every test and check: OpenAPI lint, backend, frontend, end-to-end (as CI does)
	@$(LOCAL)/test.sh all

qa: ## contract tests generated from openapi/openapi.yaml (Portman + newman) against `make run`
	@$(LOCAL)/qa.sh

lint: ## Spectral lint of openapi/openapi.yaml
	@$(LOCAL)/test.sh lint

backend-test: jdk ## backend tests on real PostgreSQL (mvn verify, incl. OpenAPI drift check)
	@$(LOCAL)/test.sh backend

frontend-test: ## frontend npm ci, typecheck, lint and unit tests
	@$(LOCAL)/test.sh frontend

e2e: jdk ## end-to-end tests in Chromium against the whole stack (database dms_e2e)
	@$(LOCAL)/test.sh e2e

openapi: jdk ## regenerate openapi/openapi.yaml from the backend code, and the SPA's API types from it
	cd backend && mvn -B -q test -Dtest=OpenApiContractTest -Dsurefire.failIfNoSpecifiedTests=false -Dopenapi.update=true
	cd frontend && npm run -s gen:api

bench: jdk ## performance budgets: start, RSS, and each hot path against pgbench on the same SQL (200 000 vehicles, 1 000 000 orders)
	@backend/bench/run.sh

demo-data: ## load the demo stores, customers and vehicles into a running stack (idempotent)
	@node $(LOCAL)/demo-data.mjs

backup: ## pg_dump of the database (DB=dms) into .data/backups/ (or OUT=file): orders, photos, signatures, audit trail
	@$(LOCAL)/backup.sh $(if $(DB),--db $(DB)) $(if $(OUT),--out $(OUT))

restore: ## restore FILE=<dump> into DB (default dms); the database it replaces is kept as <db>_before_restore_<time> (YES=1: no question)
	@$(LOCAL)/restore.sh $(if $(DB),--db $(DB)) $(if $(YES),--yes) $(FILE)

build: jdk ## build the backend jar and the SPA (no tests)
	cd backend && mvn -B -ntp package -DskipTests
	cd frontend && npm ci --no-audit --no-fund && npm run build

clean: ## remove build output, node_modules, logs and the private database (.data/); keeps .cache/
	-@$(LOCAL)/ensure-postgres.sh --stop
	rm -rf backend/target frontend/dist frontend/node_modules $(LOCAL)/tools/node_modules .data

jdk:
	@test -n "$(JDK)" || $(LOCAL)/java-home.sh
