# syntax=docker/dockerfile:1
# SPA image: Vite build on Node 20, served by nginx, which also proxies /api and /q to the
# backend (same origin, as `vite preview` does for `make run`).
# Build from the repository root:  docker build -f docker/frontend.Dockerfile -t dms-frontend .
# The Keycloak URL and client are build-time settings (VITE_OIDC_AUTHORITY, VITE_OIDC_CLIENT_ID);
# the defaults match compose.yaml (Keycloak published on localhost:8180).
# Untested here: no Docker engine on the machines this project is built on.

FROM node:20-bookworm-slim AS build
WORKDIR /src
COPY frontend/package.json frontend/package-lock.json frontend/
RUN cd frontend && npm ci --no-audit --no-fund
COPY frontend frontend
COPY openapi openapi
ARG VITE_OIDC_AUTHORITY=http://localhost:8180/realms/dms
ARG VITE_OIDC_CLIENT_ID=dms-spa
ENV VITE_OIDC_AUTHORITY=$VITE_OIDC_AUTHORITY VITE_OIDC_CLIENT_ID=$VITE_OIDC_CLIENT_ID
RUN cd frontend && npm run build

FROM nginx:1.27-alpine
COPY docker/nginx.conf /etc/nginx/conf.d/default.conf
COPY --from=build /src/frontend/dist /usr/share/nginx/html
EXPOSE 80
