import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';
import { VitePWA } from 'vite-plugin-pwa';
import { websocketOnlyEngineIo } from './build/websocketOnlyEngineIo.js';

/** Where `pnpm --filter @rembuk/client dev` forwards API and realtime traffic (the server's default port). */
const DEV_BACKEND = 'http://localhost:3000';

/**
 * Pages only organizers, facilitators and projectors open: left out of the service worker's precache, so a
 * participant's phone on hotel wifi downloads only what a participant uses (and they need the network anyway).
 * The staff messages (idStaff) and the moderation menu stay precached: a facilitator's board opens the menu offline.
 */
const NOT_PRECACHED = ['**/CreateEventPage-*', '**/OrganizerPage-*', '**/QrSheetPage-*', '**/FacilitatorPage-*', '**/ProjectorPage-*', '**/JoinScreen-*'];

export default defineConfig({
  plugins: [
    react(),
    websocketOnlyEngineIo(),
    VitePWA({
      // A new version waits for the participant's tap or a page change (client/src/pwa/AppUpdates.ts).
      registerType: 'prompt',
      injectRegister: false,
      filename: 'sw.js',
      includeAssets: ['icon.svg', 'apple-touch-icon.png'],
      manifest: {
        name: 'Rembuk',
        short_name: 'Rembuk',
        description: 'Papan diskusi kelompok: tantangan dan langkah tindak lanjut.',
        lang: 'id',
        start_url: '/',
        scope: '/',
        display: 'standalone',
        background_color: '#ffffff',
        theme_color: '#0b3d2e',
        icons: [
          { src: '/icon-192.png', sizes: '192x192', type: 'image/png', purpose: 'any' },
          { src: '/icon-512.png', sizes: '512x512', type: 'image/png', purpose: 'any' },
          { src: '/icon-512.png', sizes: '512x512', type: 'image/png', purpose: 'maskable' },
          { src: '/icon.svg', sizes: 'any', type: 'image/svg+xml', purpose: 'any' },
        ],
      },
      workbox: {
        globPatterns: ['**/*.{js,css,html}'],
        globIgnores: NOT_PRECACHED,
        // Hashed file names change with their content: the browser's HTTP cache may answer the precache.
        dontCacheBustURLsMatching: /^assets\//,
        // The app's pages load the shell offline; nothing else does. Keys and tickets ride in URL fragments and
        // request headers, never in these paths, and no API answer, socket or export is ever cached (no runtime
        // caching at all).
        navigateFallback: 'index.html',
        navigateFallbackAllowlist: [/^\/$/, /^\/new\/?$/, /^\/[jbofp]\//],
        navigateFallbackDenylist: [/^\/api\//, /^\/socket\.io\//, /^\/yjs\//, /^\/healthz/],
        // The first worker takes the page it was installed from, so a board joined a moment ago already reloads
        // offline. Later versions still wait (no skipWaiting) until AppUpdates applies them.
        clientsClaim: true,
        cleanupOutdatedCaches: true,
      },
    }),
  ],
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
    // The participant's scripts are one file with no <link rel=modulepreload> left to polyfill; staff pages' lazy
    // chunks are preloaded by Vite's own helper, which checks for support itself.
    modulePreload: { polyfill: false },
    rolldownOptions: {
      output: {
        codeSplitting: {
          // Everything the entry imports statically (home, join, board, realtime) in one file: left alone, Rolldown
          // splits out the parts the lazy staff pages share (React, socket.io, storage), and a phone pays a request,
          // its headers and a worse compression ratio for each (about 5 kB on the wire in all). The staff pages
          // stay lazy and import from it.
          groups: [{ name: 'participant', tags: ['$initial'] }],
        },
      },
    },
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
