import { defineConfig } from 'vitest/config';

// The capture profile (profileCapture.ts), run by hand: never part of `npm test` or the bench.
export default defineConfig({
  test: {
    name: 'profile',
    environment: 'node',
    include: ['test/bench/ui/profileCapture.ts'],
  },
});
