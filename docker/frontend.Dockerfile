# syntax=docker/dockerfile:1
# SPA image: Vite build on Node 20, served by nginx, which also proxies /api (and the spec at
# /q/openapi) to the backend (same origin, as `vite preview` does for `make run`), with the
# security headers of docker/nginx-security-headers.conf.
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
# The image's entrypoint fills ${DMS_*} from the environment into conf.d/security-headers.inc.
COPY docker/nginx-security-headers.conf /etc/nginx/templates/security-headers.inc.template
# Origins the CSP allows besides the app's own: Keycloak as the browser sees it (as VITE_OIDC_AUTHORITY),
# and the API when it is not proxied by this nginx (empty: same origin).
ENV DMS_KEYCLOAK_ORIGIN=http://localhost:8180 DMS_API_ORIGIN=""
COPY --from=build /src/frontend/dist /usr/share/nginx/html
EXPOSE 80
