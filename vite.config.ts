import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';
import { contentSecurityPolicyPlugin } from './electron/build/contentSecurityPolicy';

// The renderer only. The main process, preload and CLI are Node bundles made by esbuild in
// electron/build/build.mjs, which also runs this config (see the note there on why not
// electron-vite). Vitest has its own vitest.config.ts.
export default defineConfig({
  root: fileURLToPath(new URL('./renderer', import.meta.url)),
  // Relative asset URLs: the built page is loaded from file:// (and from inside app.asar).
  base: './',
  plugins: [react(), contentSecurityPolicyPlugin()],
  build: {
    outDir: fileURLToPath(new URL('./dist/renderer', import.meta.url)),
    emptyOutDir: true,
    // No data: URLs for fonts or other assets (the CSP allows data: for images only), and no
    // inline modulepreload polyfill: Chromium supports modulepreload natively.
    assetsInlineLimit: 0,
    modulePreload: { polyfill: false },
    // The bundle is read from disk by a desktop app, never downloaded: one ~1 MB chunk (React,
    // zod, dnd-kit, chrono-node) costs nothing worth code-splitting for.
    chunkSizeWarningLimit: 2_000,
    sourcemap: true,
    // Two pages: the app (index.html) and the note-taker page the room serves (room.html).
    rolldownOptions: {
      input: {
        index: fileURLToPath(new URL('./renderer/index.html', import.meta.url)),
        room: fileURLToPath(new URL('./renderer/room.html', import.meta.url)),
      },
    },
  },
  server: { strictPort: true },
});
