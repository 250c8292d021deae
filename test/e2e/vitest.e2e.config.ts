import { defineConfig } from 'vitest/config';

// End-to-end: the built renderer in Debian's Chromium, the real core in this process.
// One file at a time: each launches a browser and the machines have two cores.
export default defineConfig({
  test: {
    name: 'e2e',
    root: new URL('../..', import.meta.url).pathname,
    include: ['test/e2e/**/*.e2e.ts'],
    environment: 'node',
    fileParallelism: false,
    testTimeout: 60_000,
    hookTimeout: 60_000,
  },
});
