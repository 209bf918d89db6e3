/// <reference types="vitest/config" />
import { fileURLToPath, URL } from 'node:url';
import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';

// The SPA talks to the backend on the same origin: /api and /q are proxied to Quarkus,
// both by the dev server and by `vite preview` (which `make run` uses on port 5173).
const backend = process.env.BACKEND_URL ?? 'http://localhost:8080';
const proxy = {
  '/api': { target: backend, changeOrigin: false },
  '/q': { target: backend, changeOrigin: false },
};

export default defineConfig({
  plugins: [react()],
  resolve: {
    alias: { '@': fileURLToPath(new URL('./src', import.meta.url)) },
  },
  server: { port: 5173, strictPort: true, proxy },
  preview: { port: 5173, strictPort: true, proxy },
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
    testTimeout: 20000,
  },
});
