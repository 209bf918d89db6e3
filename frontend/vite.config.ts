/// <reference types="vitest/config" />
import { fileURLToPath, URL } from 'node:url';
import react from '@vitejs/plugin-react';
import { defineConfig, loadEnv } from 'vite';
import { VitePWA } from 'vite-plugin-pwa';
import { securityHeaders } from './security-headers.mjs';

// The SPA talks to the backend on the same origin: /api (and the spec at /q/openapi) are proxied
// to Quarkus, both by the dev server and by `vite preview` (which `make run` uses on port 5173).
const backend = process.env.BACKEND_URL ?? 'http://localhost:8080';
const proxy = {
  '/api': { target: backend, changeOrigin: false },
  '/q/openapi': { target: backend, changeOrigin: false },
};

/**
 * The installable app (issue 14): Workbox precaches the built app shell, so the SPA opens (and a
 * reload works) without a connection; GETs of the API are answered from the network and, only when
 * it fails, from the last answer kept (NetworkFirst), so a reload offline still shows the order in
 * hand. Not kept: the live event stream, the public approval links (a customer's token), anything
 * not 200. The dev server registers no worker (devOptions off), so `npm run dev` is unaffected; the
 * worker is a same-origin script, which the CSP's script-src 'self' already allows.
 */
function pwa() {
  return VitePWA({
    registerType: 'autoUpdate',
    injectRegister: 'script',
    includeAssets: ['favicon.svg', 'apple-touch-icon.png'],
    manifest: {
      name: '4S售后服务平台',
      short_name: '4S售后',
      description: '4S店售后服务：预约、接车、车间、结算',
      lang: 'zh-CN',
      start_url: '/',
      scope: '/',
      display: 'standalone',
      orientation: 'any',
      theme_color: '#0b3d91',
      background_color: '#ffffff',
      icons: [
        { src: 'pwa-192x192.png', sizes: '192x192', type: 'image/png' },
        { src: 'pwa-512x512.png', sizes: '512x512', type: 'image/png' },
        { src: 'pwa-maskable-512x512.png', sizes: '512x512', type: 'image/png', purpose: 'maskable' },
      ],
    },
    workbox: {
      globPatterns: ['**/*.{js,css,html,svg,png,woff2}'],
      navigateFallback: '/index.html',
      navigateFallbackDenylist: [/^\/api\//, /^\/q\//],
      cleanupOutdatedCaches: true,
      clientsClaim: true,
      skipWaiting: true,
      runtimeCaching: [
        {
          urlPattern: ({ url, request }) =>
            request.method === 'GET' &&
            url.pathname.startsWith('/api/') &&
            !url.pathname.startsWith('/api/public/') &&
            !url.pathname.endsWith('/events/stream') &&
            !(request.headers.get('Accept') ?? '').includes('text/event-stream'),
          handler: 'NetworkFirst',
          options: {
            cacheName: 'dms-api',
            expiration: { maxEntries: 500, maxAgeSeconds: 7 * 24 * 3600 },
            cacheableResponse: { statuses: [200] },
          },
        },
      ],
    },
  });
}

export default defineConfig(({ mode }) => {
  // The CSP names the Keycloak and API origins the build talks to (security-headers.mjs).
  const e = loadEnv(mode, process.cwd(), 'VITE_');
  const origins = { oidcAuthority: e.VITE_OIDC_AUTHORITY, apiBaseUrl: e.VITE_API_BASE_URL };
  return {
    plugins: [react(), pwa()],
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
