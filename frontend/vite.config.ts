/// <reference types="vitest/config" />
import { fileURLToPath, URL } from 'node:url';
import react from '@vitejs/plugin-react';
import { defineConfig, loadEnv } from 'vite';
import { securityHeaders } from './security-headers.mjs';

// The SPA talks to the backend on the same origin: /api (and the spec at /q/openapi) are proxied
// to Quarkus, both by the dev server and by `vite preview` (which `make run` uses on port 5173).
const backend = process.env.BACKEND_URL ?? 'http://localhost:8080';
const proxy = {
  '/api': { target: backend, changeOrigin: false },
  '/q/openapi': { target: backend, changeOrigin: false },
};

export default defineConfig(({ mode }) => {
  // The CSP names the Keycloak and API origins the build talks to (security-headers.mjs).
  const e = loadEnv(mode, process.cwd(), 'VITE_');
  const origins = { oidcAuthority: e.VITE_OIDC_AUTHORITY, apiBaseUrl: e.VITE_API_BASE_URL };
  return {
    plugins: [react()],
    resolve: {
      alias: { '@': fileURLToPath(new URL('./src', import.meta.url)) },
    },
    server: { port: 5173, strictPort: true, proxy, headers: securityHeaders({ ...origins, dev: true }) },
    preview: { port: 5173, strictPort: true, proxy, headers: securityHeaders(origins) },
    build: {
      target: 'es2022',
      sourcemap: true,
      chunkSizeWarningLimit: 600,
    },
    test: {
      environment: 'jsdom',
      globals: true,
      setupFiles: ['./src/test/setup.ts'],
      include: ['src/**/*.test.{ts,tsx}'],
      css: false,
      restoreMocks: true,
      // Mantine screens render slowly in jsdom on a loaded 2-core machine; a slow render is not a failure.
      testTimeout: 60000,
    },
  };
});
