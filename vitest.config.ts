import { defineConfig } from 'vitest/config';
import react from '@vitejs/plugin-react';

// Two projects: plain Node for shared/, the core and the mocked Electron glue; jsdom for the
// renderer's components. End-to-end tests and benchmarks have their own configs and scripts.
export default defineConfig({
  plugins: [react()],
  test: {
    projects: [
      {
        extends: true,
        test: {
          name: 'node',
          environment: 'node',
          // Some files start child processes (writers, Chromium printing a PDF): seconds each on a busy 2-core machine.
          testTimeout: 30_000,
          // A CLI command waits for the database's full check, run in a worker thread: starting one
          // takes longer than expect.poll's default second on a loaded machine.
          expect: { poll: { timeout: 10_000 } },
          include: [
            'test/shared/**/*.test.ts',
            'test/electron/**/*.test.ts',
            'test/architecture/**/*.test.ts',
          ],
        },
      },
      {
        extends: true,
        test: {
          name: 'renderer',
          environment: 'jsdom',
          include: ['test/renderer/**/*.test.{ts,tsx}'],
          setupFiles: ['test/helpers/setupRenderer.ts'],
          // Typed key by key over a real core, a component test takes seconds on a shared 2-core machine.
          testTimeout: 20_000,
        },
      },
    ],
  },
});
