import { defineConfig } from 'vitest/config';

// Benchmarks run in plain Node outside the root config's projects, whose `include` patterns
// only name *.test.ts files; `npm run bench` points here.
export default defineConfig({
  test: {
    name: 'bench',
    environment: 'node',
    benchmark: { include: ['test/bench/**/*.bench.ts'] },
  },
});
