import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';

/** Where `pnpm --filter @rembuk/client dev` forwards API and realtime traffic (the server's default port). */
const DEV_BACKEND = 'http://localhost:3000';

export default defineConfig({
  plugins: [react()],
  resolve: {
    // One Yjs instance only: two copies break `instanceof` checks and corrupt documents.
    dedupe: ['yjs'],
  },
  build: {
    outDir: 'dist',
    emptyOutDir: true,
    target: 'es2020',
    // Low-end phones on hotel wifi: keep one small entry, no source maps shipped.
    sourcemap: false,
  },
  server: {
    proxy: {
      '/api': DEV_BACKEND,
      '/healthz': DEV_BACKEND,
      '/socket.io': { target: DEV_BACKEND, ws: true },
      '/yjs': { target: DEV_BACKEND, ws: true },
    },
  },
});
